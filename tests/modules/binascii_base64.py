# binascii: b2a_base64 / a2b_base64, padding rules and the non-strict decoder.
import binascii

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except binascii.Error as e:
        print("binascii.Error", e)
    except Exception as e:
        print(type(e).__name__, e)

for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data)
t(binascii.b2a_base64, b"hello", newline=False)
t(binascii.b2a_base64, bytearray(b"hi"), newline=0)
t(binascii.b2a_base64, memoryview(b"abcd"))
t(binascii.b2a_base64, "x")
t(binascii.b2a_base64, b"a", False)
for s in ["aGVsbG8=\n", "aGVsbG8", "aGVsbG", "aGVsb", "a", "aG!!Vs bG8=", "aGVsbG8=extra",
          "====", "", "ab=c", "ab==", "ab=", "abc=d=", "a=b=c=d", "YQ", "YQ=", "YWJj\nZGVm"]:
    t(binascii.a2b_base64, s)
t(binascii.a2b_base64, b"aGVsbG8=", strict_mode=False)
t(binascii.a2b_base64, bytearray(b"YQ=="))
t(binascii.a2b_base64, 5)
t(binascii.a2b_base64, "\xe9")
t(binascii.a2b_base64, "ab\xff")
