# yield from: delegation, return values, send and throw forwarding.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g), g.send("A"), g.send("B"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def delegating():
    yield from catcher()
    yield "after"
d = delegating()
print(next(d), d.throw(ValueError), next(d))
def ret_none():
    yield from []
    return
print(list(ret_none()))
def gen_ret():
    return (yield from iter([7, 8]))
print(list(gen_ret()))
