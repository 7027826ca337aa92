# Starred assignment that takes nothing: the starred name gets an empty list.
*a, = []
print(a)
*b, = ()
x, *c = "x"
*d, y = [1]
p, *q, r = (1, 2)
print(b, x, c, d, y, p, q, r)
for *e, f in [(1,), (2, 3)]:
    print(e, f)
