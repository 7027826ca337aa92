# struct: CPython's struct.error messages for bad formats, values and buffers.
import struct

print(issubclass(struct.error, Exception), struct.error.__name__)
def t(f, *args):
    try:
        print(repr(f(*args)))
    except struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ["3", "z", "3 h", "h<", "<n", ">N", "=P", "99999999999999999999h"]:
    t(struct.calcsize, fmt)
t(struct.calcsize, 5)
t(struct.Struct, 5)
for order in "@<>=!":
    for code in "bBhHiIlLqQ":
        for v in [2**40, -1, 10**30, -10**30]:
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, v if v < 2**50 else "big", e)
for code in "nN":
    t(struct.pack, code, 10**30)
    t(struct.pack, code, -10**30)
t(struct.pack, "N", -1)
for code in "bhiqc?sp":
    t(struct.pack, code, 1.5)
    t(struct.pack, code, "a")
t(struct.pack, "c", b"ab")
t(struct.pack, "c", bytearray(b"a"))
t(struct.pack, "s", bytearray(b"ab"))
t(struct.pack, "x", 1)
t(struct.pack, "i")
t(struct.pack, "ii", 1)
t(struct.pack)
t(struct.unpack, "i", b"abc")
t(struct.unpack, "i", b"abcde")
t(struct.unpack, "i", 5)
t(struct.unpack, "i", "abcd")
