# array.array and the buffer protocol: bytes, memoryview, struct, tobytes/frombytes.
import struct
from array import array

a = array('B', [1, 2, 255])
print(bytes(a), bytearray(a), a.tobytes(), bytes(memoryview(a)), len(memoryview(a)))
m = memoryview(a)
m[0] = 9
print(a)
h = array('h', [1, -2, 300])
print(h.tobytes() == struct.pack('=3h', 1, -2, 300), len(bytes(h)))
h.byteswap()
print(h)
h.byteswap()
h.frombytes(struct.pack('=h', 7))
print(h)
d = array('d', [0.0, 0.0])
struct.pack_into('=d', d, 8, 2.5)
print(d, struct.unpack_from('=d', d, 8))
i = array('i', [0, 0, 0])
struct.pack_into('=i', i, 4, -42)
print(i, struct.unpack('=3i', i))
q = array('q', [1, 2])
q.frombytes(bytes(array('q', [3])))
print(q, array('B', b'xyz'), array('b').tobytes())
f = array('f', [1.5])
f.byteswap()
f.byteswap()
print(f, b'\x02' in bytes(a))
