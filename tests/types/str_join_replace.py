# join over various iterables, replace with counts, and errors on non-strings.
print(",".join(["a", "b"]), "".join(("x", "y")), "-".join("abc"), " ".join(str(i) for i in range(3)))
print("|".join({"k": 1, "j": 2}), ", ".join(map(str, [1.5, None, True])), "x".join([]), "x".join(["only"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
s = "the cat sat on the mat"
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("zz", "y"), s.replace(" ", ""))
print("aaa".replace("a", "a" * 3), "".replace("", "x"), "ab".replace("", "|"))
print(s.replace("at", "at", 0) == s, s.upper().replace("CAT", "dog"))
