# Raising non-exceptions is a TypeError; exception classes vs instances; catching tuples.
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError
    except (KeyError, (IndexError, ValueError)):
        print("nested tuple matched")
except TypeError as e:
    print("TypeError", e)
excs = (TypeError, ValueError)
try:
    int("q")
except excs as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise ValueError("x")
except Exception as e:
    print(isinstance(e, ValueError), e.__class__.__name__, e.args[0])
