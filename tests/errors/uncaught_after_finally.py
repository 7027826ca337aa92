# finally blocks run before an uncaught exception ends the program.
def f():
    try:
        raise KeyError("k")
    finally:
        print("finally 1")
try:
    f()
finally:
    print("finally 2")
