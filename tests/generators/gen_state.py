# Generator attributes and states: gi_running-free checks, reuse after exhaustion, local state.
def g():
    x = yield 1
    yield x
gen = g()
print(next(gen), gen.send("sent"))
try:
    next(gen)
except StopIteration:
    print("done")
try:
    next(gen)
except StopIteration:
    print("still done")
def counter():
    c = 0
    while True:
        c += 1
        yield c
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a), next(b))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def lots():
    for i in range(1000):
        yield i
print(sum(lots()), len(list(lots())))
gens = [(lambda k: (i * k for i in range(3)))(k) for k in range(1, 4)]
print([list(x) for x in gens])
