# Encoding and decoding text: utf-8 round trips, errors, bytes <-> str boundaries.
texts = ["ascii", "é", "€uro", "日本", "\U0001F600", ""]
for t in texts:
    b = t.encode()
    print(repr(t), len(t), len(b), b, b.decode() == t)
print("abc".encode("ascii"), b"abc".decode("ascii"), str(b"\xe2\x82\xac", "utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(b"\xff\xfe".decode("utf-8", "replace") == "\ufffd\ufffd", b"a\xffb".decode("utf-8", "ignore"))
print(bytes("x", "utf-8") == b"x", bytearray("é", "utf-8"), len("é".encode("utf-8")))
