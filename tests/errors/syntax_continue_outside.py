# A syntax error: continue outside any loop.
def f():
    continue
