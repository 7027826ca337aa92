# split/rsplit/splitlines/partition edge cases.
print("a  b".split(" "), " a b ".split(" "), "a\tb\nc  d".split(), "  ".split(), "  ".split(" "))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".rsplit(",", 0), ",a,".split(","))
print("one two three".split(None, 1), "one two three".rsplit(None, 1), "x".split("x"))
print("aXbXc".split("X"), "abc".split("abc"), "aaa".split("a"), "abab".split("ab"))
print("line\n".splitlines(), "\n\nx".splitlines(), "a\rb\r\nc".splitlines(), "".splitlines())
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("a b c".split(maxsplit=1), "a-b-c".rsplit("-", maxsplit=1))
print("k=v=w".partition("="), "nothing".rpartition("="), "=".partition("="))
