# Closures capture variables, not values; each call makes a new cell.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in late()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def counter_pair():
    n = 0
    def get():
        return n
    def put(v):
        nonlocal n
        n = v
    return get, put
get, put = counter_pair()
put(42)
print(get())
