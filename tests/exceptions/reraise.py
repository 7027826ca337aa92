# Re-raising with bare raise, raise e, and raising inside except and finally.
def inner():
    raise ValueError("inner")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise e
except KeyError as e:
    print("re-raised", e)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print("replaced by", e, "context", repr(e.__context__))
try:
    try:
        raise TypeError("t")
    finally:
        print("finally runs before propagation")
except TypeError:
    print("then caught")
def raise_class():
    raise AttributeError
try:
    raise_class()
except AttributeError as e:
    print("class raised", repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
