# open() errors and operations on files in the wrong state, as CPython reports them.
import io

P = "/tmp/mote_io_test_errors.txt"
with open(P, "w") as f:
    f.write("data\n")


def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: open("/tmp/mote_io_no/such_file.txt"))
attempt(lambda: open("/tmp"))
attempt(lambda: open(P, "x"))
attempt(lambda: open(P, "q"))
attempt(lambda: open(P, "rw"))
attempt(lambda: open(P, "rr"))
attempt(lambda: open(P, "rbt"))
attempt(lambda: open(P, "rb", encoding="utf-8"))
attempt(lambda: open(P, "rb", newline=""))
attempt(lambda: open(1.5))
r = open(P)
attempt(lambda: r.write("x"))
w = open(P, "a")
attempt(lambda: w.read())
attempt(lambda: w.readline())
attempt(lambda: open(P, "ab").read())
attempt(lambda: open(P, "rb").write(b"x"))
attempt(lambda: w.write(b"x"))
attempt(lambda: open(P, "wb").write("x"))
attempt(lambda: r.seek(1, 1))
r.close()
w.close()
attempt(lambda: r.read())
attempt(lambda: w.write("x"))
attempt(lambda: r.readline())
b = open(P, "rb")
b.close()
attempt(lambda: b.read())
try:
    open(P, "r").write("x")
except OSError as e:
    print("caught as OSError", isinstance(e, io.UnsupportedOperation))
try:
    open("/tmp/mote_io_no/x")
except OSError as e:
    print(e.errno, e.strerror, e.filename)
