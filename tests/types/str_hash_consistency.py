# Interned strings (names, literals) and strings built at run time must hash and
# compare alike, or dict and set lookups would miss.
lit = "a"
built = "ab"[0]
joined = "".join(["a"])
print(hash(lit) == hash(built) == hash(joined), lit == built == joined)
d = {"key": 1, "a": 2}
print(d["".join(["k", "e", "y"])], d[built], "ke" + "y" in d)
s = {lit, built, joined, "b", "ab"[1]}
print(len(s), sorted(s))
import builtins
name = "".join(chr(c) for c in b"print")
print(getattr(builtins, name) is print, hasattr(builtins, name))
