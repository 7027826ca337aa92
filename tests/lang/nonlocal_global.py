# global and nonlocal declarations across nested scopes.
g = 1
def set_global():
    global g
    g = 2
def read_global():
    return g
set_global()
print(g, read_global())
def create():
    global created
    created = "made"
create()
print(created)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
x = "module"
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x
print(shadow())
def unbound():
    try:
        print(y)
    except NameError:
        print("NameError")
    y = 1
    return y
try:
    unbound()
except UnboundLocalError:
    print("UnboundLocalError")
