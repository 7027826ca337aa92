# Exception chaining: raise from, __cause__, __context__, __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise OSError("io")
    except OSError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__context__.args)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__))
