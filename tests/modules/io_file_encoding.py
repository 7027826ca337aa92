# Text file encodings and errors= handlers, and bad bytes in UTF-8 files.
P = "/tmp/mote_io_test_encoding.txt"


def attempt(fn):
    try:
        return fn()
    except Exception as e:
        print(type(e).__name__, e)


with open(P, "wb") as f:
    f.write(b"caf\xe9\nok\n")
with open(P, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(P, encoding="latin_1") as f:
    print(f.readline(), f.read(1), f.read(2))
with open(P, errors="replace") as f:
    print(repr(f.read()))
with open(P) as f:
    attempt(f.read)
with open(P, encoding="ascii", errors="ignore") as f:
    print(f.readlines())
attempt(lambda: open(P, encoding="no-such-codec"))
with open(P, "w", encoding="latin-1") as f:
    print(f.write("é€"[:1] + "x"))
    attempt(lambda: f.write("€"))
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", encoding="ascii", errors="replace") as f:
    f.write("aé")
with open(P, "rb") as f:
    print(f.read())
