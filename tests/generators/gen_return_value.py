# Return values from generators reach StopIteration.value and yield from.
def g(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def driver():
    result = yield from g(3)
    yield "total=%d" % result
d = driver()
print(next(d), d.send(10), d.send(20), d.send(30))
def only_return():
    return "early"
    yield
try:
    next(only_return())
except StopIteration as e:
    print("value", e.value)
def nested_returns(depth):
    if depth == 0:
        return 0
    r = yield from nested_returns(depth - 1)
    yield depth
    return r + depth
gen = nested_returns(3)
print(list(gen))
def collect():
    r = yield from nested_returns(4)
    return r
try:
    c = collect()
    while True:
        next(c)
except StopIteration as e:
    print("sum of depths", e.value)
