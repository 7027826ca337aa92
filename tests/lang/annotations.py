# Annotations are accepted and ignored at run time.
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, sorted(kw)]
print(f(1), f(2, "y", 3, 4, c=2.5, z=0))
x: int = 5
y: list
print(x)
class P:
    name: str = "point"
    count: int
    def m(self) -> None:
        local: int = 3
        return local
print(P.name, P().m())
print("y" in globals())
