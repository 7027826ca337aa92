# Functions defined inside functions and loops, returned, stored and called later.
def make_ops():
    ops = {}
    for name, k in [("double", 2), ("triple", 3)]:
        def op(x, k=k):
            return x * k
        ops[name] = op
    def compose(*fs):
        def run(x):
            for f in fs:
                x = f(x)
            return x
        return run
    ops["six"] = compose(ops["double"], ops["triple"])
    return ops
ops = make_ops()
print(sorted(ops), ops["double"](5), ops["triple"](5), ops["six"](5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
print(fib.__name__, outer.__name__, outer(1).__name__)
