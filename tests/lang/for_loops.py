# for loops over many iterables, with else, break and continue.
for i in range(3):
    print("range", i)
for ch in "abc":
    print("str", ch)
for k, v in [("x", 1), ("y", 2)]:
    print("pair", k, v)
for x in (10, 20):
    print("tuple", x)
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print("dict", key, d[key])
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("loop", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("else after", i)
for i in []:
    print("never")
else:
    print("empty else")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in range(10, 0, -3):
    print("down", x)
