# Generators: yield, generator expressions, yield from.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v

def chain(*gens):
    for g in gens:
        yield from g

def work(n):
    total = sum(evens(count_up(n)))
    total += sum(x * 2 for x in range(n) if x % 3)
    total += sum(chain(count_up(n // 2), count_up(n // 3)))
    return total

print(work(int(1600000 * SCALE)))
