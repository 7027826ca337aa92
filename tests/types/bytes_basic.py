# bytes: literals, indexing (ints), slicing, methods, repr, conversions.
b = b"hello\x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1][:3], b[::3])
print(repr(b"\t\n\r\\'\""), repr(b"'"), repr(b'"'), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"x" < b"y", b"" == bytes())
print(b"a,b,c".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]), b"abc".upper(), b"ABC".lower())
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc".decode(), bytes("é", "utf-8"), "é".encode("utf-8").hex(), bytes.fromhex("41 42ff"))
print(list(b"AB"), [x for x in b"\x01\x02"], tuple(b"ab"), sum(b"\x01\x02\x03"))
print(b"%d-%s" % (5, b"x"), b"abc".isalpha(), b"123".isdigit(), b"ab".center(6, b"*"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
print(hash(b"abc") == hash(bytes(b"abc")), {b"k": 1}[b"k"], bytes(b"copy"), b"x" == "x")
