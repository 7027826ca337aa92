# The "as" name is deleted after the handler; exceptions are objects to keep.
try:
    raise ValueError("kept")
except ValueError as err:
    saved = err
try:
    err
except NameError:
    print("err unbound after handler")
print(saved, type(saved).__name__)
e = "outer value"
try:
    raise KeyError(1)
except KeyError as e:
    pass
print("e" in dir())
errors = []
for v in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(v))
    except ValueError as exc:
        errors.append(type(exc).__name__)
print(errors)
def f():
    try:
        raise IndexError("inside f")
    except IndexError as ex:
        return ex
r = f()
print(repr(r), r.args)
