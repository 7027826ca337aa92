# Text files: write, read back, universal newlines, iteration, print(file=).
P = "/tmp/mote_io_test_text.txt"

f = open(P, "w")
print(f.write("héllo\n"), f.write("a\r\nb\rc\n"), f.writelines(["x\n", "y"]))
print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.tell())
print("via print", 42, file=f)
f.close()
print(f.closed)
f.close()

with open(P) as f:
    print(repr(f.read()))
with open(P, newline="") as f:
    print(repr(f.read()))
with open(P, "r") as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.readline(2)), f.readlines())
with open(P) as f:
    print([line for line in f])
    print(f.seek(0), repr(f.read(2)), f.tell())
f = open(P, "a")
print(f.write("more"), f.tell())
f.close()
with open(P, "r+") as f:
    print(f.write("H"), f.seek(0), repr(f.readline()))
    print(f.seek(0, 2), f.write("!"), f.seek(0), repr(f.read()))
with open(P, mode="w", encoding="utf-8") as f:
    f.write("new")
with open(P, "rt") as f:
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
with open(P, "a") as f:
    print(repr(f))
with open(P, "rb") as f:
    print(repr(f))
with open(P, "r+b") as f:
    print(repr(f), f.mode)
