# bytearray: mutation by index, slice, append/extend/pop, and conversions.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba), ba[1], bytes(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba2 = bytearray(4)
ba2[1:3] = b"\x01\x02"
print(ba2, bytearray(), bytearray([1, 2, 3]), bytearray("é", "utf-8"))
print(ba2 == b"\x00\x01\x02\x00", bytearray(b"ab") + b"cd", bytearray(b"ab") * 2)
c = bytearray(b"abcabc")
print(c.find(b"c"), c.count(b"a"), c.replace(b"a", b"A"), c.decode(), c.upper(), c.reverse(), c)
c.insert(0, 88)
c.remove(ord("a"))
print(c, c.index(b"b"), list(c[:3]))
try:
    c[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError", e)
