# str constructor, multiplication, membership, iteration, comparison, immutability.
print(str(), str(5), str(2.50), str([]), repr(str), str(str))
print("ab" * 3, 3 * "ab", "x" * -1, "" * 5, "abc" + "def")
print("b" in "abc", "bd" in "abcd", "" in "", "abc" not in "ab")
print([c for c in "hey"], list("abc"), tuple("ab"), sorted("bca"), set("aa") == {"a"})
print(min("hello"), max("hello"), len(""), len("a\tb"))
s = "immutable"
t = s
s += "!"
print(s, t)
print(ord("A"), chr(66), ord("\n"), chr(0x41 + 25))
print("%s" % "x" == "x", "abc".upper().lower().title())
print(hash("abc") == hash("ab" + "c"), "abc" == "ab" + "c")
print(str.upper("x"), str.join(",", ["a", "b"]), str.__name__)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
