# Unbounded recursion raises RecursionError, which can be caught; the runtime goes on.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print("recursion")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion")
class Node:
    def depth(self):
        return 1 + self.depth()
try:
    Node().depth()
except RuntimeError:
    print("method recursion caught as RuntimeError")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("still works", fact(20), sum(range(10)))
try:
    down(0)
except RecursionError:
    print("recursion again")
