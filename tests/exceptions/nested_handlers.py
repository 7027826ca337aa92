# Nested try blocks, exceptions raised in handlers, handler matching order.
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        raise KeyError("two")
    return n
for n in range(4):
    try:
        try:
            print("result", risky(n))
        except ValueError as e:
            print("inner ValueError", e)
        except TypeError as e:
            print("inner TypeError", e)
            raise RuntimeError("escalated")
        finally:
            print("inner finally", n)
    except RuntimeError as e:
        print("outer RuntimeError", e)
    except KeyError as e:
        print("outer KeyError", e)
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as e:
            print("deep", e)
        print("still in first handler")
        raise
except ValueError as e:
    print("bare raise re-raised the first:", e)
