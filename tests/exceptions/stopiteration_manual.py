# Manual iteration with next(), StopIteration, and iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"), next(iter(""), None))
d = iter({"a": 1})
print(next(d), next(d, "end"))
def manual_for(iterable):
    out = []
    it = iter(iterable)
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_for("abc"), manual_for(range(3)), manual_for({}))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], "a")
print(list(z), list(z))
