# Generator functions: lazy evaluation, state between yields, return ends iteration.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
print(next(g))
print(list(g))
print(list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, "abcdef"))
def early():
    yield 1
    return
    yield 2
print(list(early()))
print(type(g).__name__, iter(g) is g)
def gen_with_args(*args, sep="-"):
    for a in args:
        yield str(a) + sep
print("".join(gen_with_args(1, 2, 3, sep="+")))
