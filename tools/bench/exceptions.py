# Exceptions raised and caught in loops; try/finally; with.
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

def work(n):
    caught = 0
    total = 0
    c = Ctx()
    for i in range(n):
        try:
            total += risky(i)
        except ValueError:
            caught += 1
        except KeyError as e:
            caught += 2
        finally:
            total += 1
        with c:
            total ^= i
    return caught, total

print(work(int(800000 * SCALE)))
