# struct: the float codes e, f and d, rounding and overflow.
import struct

for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-8, 65504.0, 65519.0, 6.1e-5, 5.960464477539063e-08,
          2.9802322387695312e-08, 3.0e-08, 1.0009765625, 1.00048828125, 1.00146484375,
          float("inf"), float("-inf")]:
    for fmt in ["<e", ">e", "<f", ">d"]:
        data = struct.pack(fmt, v)
        print(fmt, repr(v), data.hex(), struct.unpack(fmt, data))
print(struct.pack("<e", float("nan")), struct.pack("<e", -float("inf")))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"))
print(struct.unpack("<e", b"\x01\x7c")[0] != struct.unpack("<e", b"\x01\x7c")[0])
print(struct.pack("<f", 3.4028235e+38), struct.pack("<f", 3.40282356e+38))
print(struct.pack("<f", 1e-46), struct.pack("<f", 1.5), struct.pack("@f", 1e300))
print(struct.pack("<d", 1), struct.pack("<e", True))
for fmt, v in [("<f", 3.4028235677973366e+38), ("<f", 1e300), ("<f", -1e39), ("<e", 65520.0), ("e", 1e300), ("<d", "x"),
               ("<f", None), ("e", b"1")]:
    try:
        struct.pack(fmt, v)
    except Exception as e:
        print(fmt, type(e).__name__, e)
