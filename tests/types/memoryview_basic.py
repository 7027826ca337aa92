# memoryview over bytes and bytearray: indexing, slicing without copying, writes through.
ba = bytearray(b"hello")
mv = memoryview(ba)
print(len(mv), mv[0], bytes(mv[1:3]), mv[-1])
mv[0] = ord("J")
print(ba)
sub = mv[1:4]
sub[0] = ord("E")
print(ba, bytes(sub), len(sub))
ro = memoryview(b"abc")
print(bytes(ro), ro[2], list(ro))
try:
    ro[0] = 1
except TypeError:
    print("TypeError: read-only")
print(bytes(memoryview(b"xyz")[1:]), memoryview(b"ab") == b"ab")
