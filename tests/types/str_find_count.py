# find/index/count with start and end, in both directions.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("bra", -4), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind("z"), s.rfind("", 3))
print(s.count("a"), s.count("a", 5), s.count("abra"), s.count("aa"), "aaaa".count("aa"), s.count("", 2, 5))
print(s.index("c"), s.rindex("b"), s.startswith("ab", 7), s.endswith("bra", 0, 4), s.endswith(("x", "ra")))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("z", 2)
except ValueError as e:
    print("ValueError", e)
print("ab" in s, "ac" in s, s.replace("abra", "X"), s.replace("a", "", 3))
