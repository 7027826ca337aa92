# Binary files: bytes in and out, seeking, modes x and +.
P = "/tmp/mote_io_test_binary.bin"

with open(P, "wb") as f:
    print(f.write(b"ab\r\ncd\n\x00\xff"), f.write(bytearray(b"!")), f.tell())
    print(f.name, f.mode, f.writable(), f.readable())
with open(P, "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.read())
    print(f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1))
    f.seek(0)
    print(list(f), f.readlines())
with open(P, "r+b") as f:
    f.seek(1)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
with open(P, "w+b") as f:
    print(f.read(), f.write(b"xyz"), f.seek(0), f.read(2))
with open(P, "ab") as f:
    f.write(b"+")
with open(P, "rb") as f:
    print(f.read())
print(type(f.fileno) is not None)
for m in ("wb", "w+b", "rb", "r+b", "ab", "a+b", "bw+"):
    with open(P, m) as f:
        print(m, f.mode, type(f).__name__)
