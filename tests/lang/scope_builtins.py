# Shadowing builtins at module and function level, and restoring them.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
import builtins
print(builtins.abs(-3), builtins.len([1, 2]))
list = "not a list"
print(list)
del list
print(list("ab"))
def g():
    return sum([1, 2, 3])
sum = lambda x: -1
print(g())
del sum
print(g())
