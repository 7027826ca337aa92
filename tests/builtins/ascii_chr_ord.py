# ascii() escapes, chr/ord round trips across ranges.
print(ascii("plain"), ascii("é"), ascii("☕"), ascii("\U0001F600"), ascii(b"bytes"), ascii(["ü", 1]), ascii("\x7f"))
for cp in [0, 9, 10, 31, 32, 65, 126, 127, 128, 255, 256, 0x3A9, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), repr(c), ascii(c))
print(ord(b"A"), ord(bytearray(b"z")))
