# strip family with character sets, and padding/alignment helpers.
for s in ["  x  ", "\t\nx\r\n", "xxaxx", "", "   "]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")))
print("www.example.com".strip("cmowz."), "<<a>>".strip("<>"), "abcba".lstrip("ba"), "abcba".rstrip("ab"))
for w in [0, 3, 7, 8]:
    print(repr("abc".ljust(w)), repr("abc".rjust(w, "-")), repr("abc".center(w, "*")), repr("42".zfill(w)))
print("+5".zfill(4), "-".zfill(3), "x".center(4, "ab"[0]))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
