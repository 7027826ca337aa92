# Custom exception hierarchies and catching by base class.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
class NotFound(AppError):
    pass
class Denied(AppError):
    pass
def op(kind):
    if kind == "nf":
        raise NotFound("missing", 404)
    if kind == "dn":
        raise Denied("nope", 403)
    if kind == "app":
        raise AppError("generic")
    return "ok"
for kind in ["ok", "nf", "dn", "app"]:
    try:
        print(op(kind))
    except NotFound as e:
        print("NotFound", e, e.code)
    except AppError as e:
        print(type(e).__name__, str(e), e.args, repr(e))
class Empty(Exception): pass
try:
    raise Empty
except Empty as e:
    print("empty", repr(e), e.args, str(e) == "")
print(isinstance(NotFound("x"), AppError), NotFound.__mro__[1].__name__)
