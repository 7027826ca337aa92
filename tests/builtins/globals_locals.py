# globals() and locals() basic use.
gv = "global value"
print(globals()["gv"], "gv" in globals(), globals()["__name__"])
globals()["made"] = 123
print(made)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return "gv" in locals(), "gv" in globals()
print(g())
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(__name__, type(globals()).__name__)
