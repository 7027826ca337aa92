import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\nlast"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(repr(s.read(3)), s.tell(), repr(s.read(5)), s.tell())
print(s.readlines())
s.seek(7)
print(repr(s.read()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("x")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1))
print([line for line in io.StringIO("a\nb\n\nc")])
print(io.StringIO("abc").read(-1), io.StringIO("abc").read(None), io.StringIO(None).read())
print(io.StringIO("abc\ndef").readline(2))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in (lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue(), lambda: c.tell(),
            lambda: io.StringIO(b"x"), lambda: io.StringIO().write(b"x"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO("a").seek(1, 1),
            lambda: io.StringIO().seek(0, 3), lambda: io.StringIO().truncate(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
out = io.StringIO()
print("a", 1, sep="-", end="!\n", file=out)
print(repr(out.getvalue()), out.readable(), out.writable(), out.seekable())
out.writelines(["p", "q"])
print(repr(out.getvalue()), io.StringIO(initial_value="kw").read())
