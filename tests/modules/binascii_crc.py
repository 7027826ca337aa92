# binascii: crc32 and crc_hqx, chaining and the masking of the start value.
import binascii

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(binascii.crc32, b"hello")
t(binascii.crc32, b"")
t(binascii.crc32, b"world", binascii.crc32(b"hello "))
print(binascii.crc32(b"hello world"))
t(binascii.crc32, b"", -1)
t(binascii.crc32, b"a", 2**40)
t(binascii.crc32, b"a", 2**100 + 5)
t(binascii.crc32, bytearray(b"abc"), True)
t(binascii.crc32, memoryview(bytes(range(256))))
t(binascii.crc32, "a")
t(binascii.crc32, b"", 1.5)
t(binascii.crc_hqx, b"hello", 0)
t(binascii.crc_hqx, b"hello", 0xffff)
t(binascii.crc_hqx, b"123456789", 0)
t(binascii.crc_hqx, b"x", -1)
t(binascii.crc_hqx, b"x", 2**70)
t(binascii.crc_hqx, bytes(range(256)), 0x1d0f)
t(binascii.crc_hqx, "x", 0)
acc = 0
for i in range(50):
    acc = binascii.crc32(bytes([i]) * i, acc)
print(acc)
