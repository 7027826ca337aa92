# Semicolons, backslash continuation, implicit joining, comments, indentation styles.
a = 1; b = 2; c = a + \
    b
print(a, b, c)
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,  # comment inside
    3,
]
print(items)
d = {
    "k": "v",
}
print(d)
if a == 1: print("inline if"); print("second stmt")
def f(x,
      y,
      z=3):
        return x + y + z   # unusual indentation still fine
print(f(1,
        2))
for i in range(2): print("loop", i)
class C: x = 1; y = 2
print(C.x + C.y)
print("tab-free", end="")
print()
