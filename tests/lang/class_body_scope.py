# Class bodies execute once, top to bottom, in their own namespace.
log = []
class C:
    log.append("body starts")
    x = 10
    y = x * 2
    def m(self):
        return x_global
    log.append("body ends")
x_global = "global"
print(log, C.x, C.y, C().m())
x = "module x"
class D:
    x = "class x"
    def get(self):
        return x
    z = [x for _ in range(1)]
print(D().get(), D.x)
class E:
    if True:
        flag = "yes"
    else:
        flag = "no"
    for i in range(3):
        pass
print(E.flag, E.i)
def factory(v):
    class Inner:
        value = v
        def get(self):
            return v * 2
    return Inner
A = factory(3)
B = factory(5)
print(A.value, A().get(), B.value, B().get(), A is B)
