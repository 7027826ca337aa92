# binascii: hexlify / unhexlify (and their b2a_hex / a2b_hex names) with separators.
import binascii

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except binascii.Error as e:
        print("binascii.Error", e)
    except Exception as e:
        print(type(e).__name__, e)

data = b"\x01\xab\xff\x00\x11"
t(binascii.hexlify, data)
t(binascii.hexlify, data, "-")
t(binascii.hexlify, data, b":", 2)
t(binascii.hexlify, data, ":", -2)
t(binascii.hexlify, data, ":", 0)
t(binascii.hexlify, bytearray(b"ab"), sep=".")
t(binascii.hexlify, memoryview(b"xyz"), sep=".", bytes_per_sep=2)
t(binascii.hexlify, b"")
t(binascii.b2a_hex, b"\x10\x20")
t(binascii.hexlify, "ab")
t(binascii.hexlify, b"ab", "--")
t(binascii.hexlify, b"ab", 5)
t(binascii.hexlify, b"ab", foo=1)
t(binascii.hexlify)
t(binascii.unhexlify, "aB01")
t(binascii.unhexlify, b"00ff7F")
t(binascii.a2b_hex, bytearray(b"00ff"))
t(binascii.unhexlify, b"")
t(binascii.unhexlify, b"abc")
t(binascii.unhexlify, "zz")
t(binascii.unhexlify, "0g")
t(binascii.unhexlify, "\xe90")
t(binascii.unhexlify, 5)
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__)
try:
    binascii.unhexlify("1")
except ValueError as e:
    print("ValueError", e)
