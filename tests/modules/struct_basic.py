# struct: pack/unpack of every code in every byte order, counts, padding, strings.
import struct

for order in "<>!=":
    for code, vals in [("b", (-128, 127)), ("B", (0, 255)), ("h", (-32768, 32767)),
                       ("H", (0, 65535)), ("i", (-2**31, 2**31 - 1)), ("I", (0, 2**32 - 1)),
                       ("l", (-2**31, 7)), ("L", (2**32 - 1, 3)), ("q", (-2**63, 2**63 - 1)),
                       ("Q", (0, 2**64 - 1)), ("?", (True, False))]:
        fmt = order + "2" + code
        data = struct.pack(fmt, *vals)
        print(fmt, struct.calcsize(fmt), data.hex(), struct.unpack(fmt, data))
print(struct.pack("<3sx2s", b"abcdef", b"z"), struct.unpack("<3sx2s", b"abc\x00z\x00"))
print(struct.pack("5p", b"abcdefgh"), struct.pack("p", b"abc"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("0s", b"abc"), struct.unpack("0s", b""), struct.pack("300p", b"a" * 300)[:3])
print(struct.pack("c3c", b"a", b"b", b"c", b"d"), struct.unpack("cc", b"xy"))
print(struct.pack("??", [], "x"), struct.unpack("??", b"\x00\x05"))
print(struct.pack("< h  h ", 1, 2), struct.calcsize(b"hh"), struct.calcsize(""))
print(struct.unpack(">h", bytearray(b"\xff\xfe")), struct.unpack("<h", memoryview(b"\x01\x02")))
print(struct.pack("!I", True), struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<d", Idx()))
# native alignment and sizes: only what is the same on every host
print(struct.calcsize("@bh"), struct.calcsize("@bi"), struct.calcsize("@b0i"), struct.calcsize("=bi"))
print(struct.calcsize("@hb"), struct.calcsize("@ci"), struct.calcsize("bd") == 1 + 7 + 8)
print(struct.unpack("@bi", struct.pack("@bi", 1, 2)), struct.pack("@b0i", 1))
print(struct.calcsize("9999999999999999h"))
