# More bytes methods: hex, fromhex, split variants, strip, translate-free ops, comparison.
b = b"  Hello, Bytes!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.lower(), b.upper())
print(b.split(), b.split(b","), b.rsplit(b" ", 1), b.partition(b","), b.splitlines())
print(b"\x00\x01\xfe\xff".hex(), bytes.fromhex("deadbeef"), bytes.fromhex(""), b"abc".hex())
print(b"abc".endswith(b"c"), b"abc".index(b"c"), b"aXbXc".replace(b"X", b"--"), b"abc".rfind(b"a"))
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", sorted([b"b", b"a", b"ab"]))
print(bytes(b"x") is not None, b"".join([b"x", bytearray(b"y")]), b"x" * 0, bytes(0))
print(b"hello world".title(), b"Hello".swapcase(), b"12".zfill(4), b"x".ljust(3, b"-"))
print(b"%s=%d (%x)" % (b"key", 42, 255), b"%5s|" % b"ab", b"%c" % 65)
