# Closures created in loops share the loop variable unless captured by default arg.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make():
    out = []
    for i in range(3):
        def inner(j=i):
            return j * 10 + i
        out.append(inner)
    return out
print([f() for f in make()])
def counter_factory():
    counters = []
    for start in (0, 100):
        def make_counter(n=start):
            state = [n]
            def step():
                state[0] += 1
                return state[0]
            return step
        counters.append(make_counter())
    return counters
a, b = counter_factory()
print(a(), a(), b(), a(), b())
