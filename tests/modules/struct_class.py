# struct.Struct: a compiled format with pack/unpack methods, size and format.
import struct

s = struct.Struct("<hI4s")
print(type(s).__name__, s.format, s.size)
data = s.pack(-2, 70000, b"ab")
print(data, s.unpack(data))
print(s.unpack_from(b"xx" + data, 2), s.unpack_from(buffer=data), s.unpack_from(b"xx" + data, offset=2))
b = bytearray(12)
print(s.pack_into(b, 1, 5, 6, b"wxyz"), b)
print([t for t in s.iter_unpack(data * 3)])
print(struct.Struct(b">q").format, struct.Struct(format="b").size, struct.Struct("").size)
s2 = struct.Struct("@i2xh")
print(s2.size == struct.calcsize("@i2xh"), s2.unpack(s2.pack(1, 2)))
def t(f, *args):
    try:
        print(repr(f(*args)))
    except struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)
t(s.pack, 1, 2)
t(s.pack, 1, 2, 3)
t(s.unpack, b"abc")
t(s.unpack_from, b"abc", 1)
t(s.pack_into, bytearray(3), 0, 1, 2, b"")
t(struct.Struct, "i", 3)
t(struct.Struct, "q!")
t(struct.Struct, 1.5)
try:
    s.size = 3
except AttributeError:
    print("AttributeError")
class MyError(struct.error):
    pass
try:
    raise MyError("mine")
except struct.error as e:
    print("caught", type(e).__name__, e, isinstance(e, Exception))
