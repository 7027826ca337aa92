# hash equality rules and id/is identity (values of ids are never printed).
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(0) == 0, hash(7) == 7, hash(-3) == -3, hash(None) == hash(None))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), id(a) == id(a))
x = object()
print(x is x, x == x, x != object(), type(id(x)).__name__, type(hash(x)).__name__)
s1 = "interned"
print(s1 is s1, None is None, True is True)
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
d = {}
d[hash("k")] = 1
print(len(d))
