# Closures, lambdas and higher-order calls.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def make_adder(k):
    def add(x):
        return x + k
    return add

def compose(f, g):
    return lambda x: f(g(x))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def work(n):
    fs = [make_adder(k) for k in range(10)]
    h = compose(fs[3], fs[4])
    inc = counter()
    total = 0
    for i in range(n):
        total += fs[i % 10](i) + h(i)
        inc()
    total += sum(map(lambda v: v * 2, range(1000)))
    return total % 1000003, inc()

print(work(int(1000000 * SCALE)))
