# struct: unpack_from, pack_into (offsets, writable buffers) and iter_unpack.
import struct

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

data = b"abcdefg"
for off in [0, 3, 4, 8, -8, -3, -4, -7]:
    t(struct.unpack_from, "<i", data, off)
t(struct.unpack_from, "<h", data)
t(struct.unpack_from, "<h", data, offset=5)
t(struct.unpack_from, "<h", buffer=b"\x00\x01")
t(struct.unpack_from, "<2h", bytearray(b"\x01\x00\x02\x00"), 0)
b = bytearray(6)
for off in [4, 7, -8, -3, -4, 0]:
    t(struct.pack_into, "<i", b, off, 0x01020304)
    print(b)
t(struct.pack_into, "<i", b"xxxx", 0, 1)
t(struct.pack_into, "<i", "xxxx", 0, 1)
t(struct.pack_into, "<i", b)
t(struct.pack_into, "<i", b, 0)
t(struct.pack_into, "<i", b, 0, 1, 2)
t(struct.pack_into, "<i")
m = memoryview(b)
struct.pack_into(">H", m, 1, 0xabcd)
print(b)
t(struct.pack_into, "<H", memoryview(b"abcd"), 0, 1)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
it = struct.iter_unpack("<hb", bytearray(b"\x01\x00\x07\x02\x00\x08"))
print(type(it).__name__, next(it), next(it))
t(next, it)
t(struct.iter_unpack, "i", b"abcde")
t(struct.iter_unpack, "", b"abcde")
print(list(struct.iter_unpack("@x0i", b"")), list(struct.iter_unpack("@x0i", bytes(8))))
print(list(struct.iter_unpack("<i", b"")))
