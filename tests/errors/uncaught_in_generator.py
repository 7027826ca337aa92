# An exception raised inside a generator propagates out of the for loop.
def gen():
    yield 1
    yield 2
    raise RuntimeError("generator failed")
for v in gen():
    print("got", v)
