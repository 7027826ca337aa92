# An exception raised in finally replaces the one in flight; context links them.
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
except ValueError:
    print("never")
def g():
    try:
        return "value"
    finally:
        print("cleanup before return")
print(g())
def h():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            last = e
        finally:
            print("finally", i)
    return repr(last)
print(h())
