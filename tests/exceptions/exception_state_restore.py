# After handling, code runs normally; nested handling keeps the outer exception.
import sys
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError:
        pass
    print("outer still", repr(sys.exc_info()[1]))
print("after", sys.exc_info() == (None, None, None))
def report():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(report().__name__)
print(report())
