import io

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.tell(), b.readline(), b.readlines())
print(b.write(b"XY"), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(1, 0), b.seek(2, 1), b.read(1))
b.seek(12)
b.write(bytearray(b"z"))
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
print(list(io.BytesIO(b"1\n2\n3")))
print(io.BytesIO().read(), io.BytesIO(b"q").read(None))
b2 = io.BytesIO()
b2.writelines([b"a", b"b", memoryview(b"c")])
print(b2.getvalue(), b2.readable(), b2.writable(), b2.seekable())
with io.BytesIO(b"x") as c:
    print(c.read())
print(c.closed)
for bad in (lambda: c.read(), lambda: c.write(b"x"), lambda: c.seek(0),
            lambda: io.BytesIO("x"), lambda: io.BytesIO().write("x"),
            lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError))
