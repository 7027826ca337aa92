# Recursion: calls and returns, small-int arithmetic.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

# fib's work grows by 1.6x per step of n.
print(fib(32 if SCALE >= 1 else 24))
