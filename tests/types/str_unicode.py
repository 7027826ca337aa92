# Non-ASCII strings: length, indexing, ord/chr, encode/decode, case mapping.
s = "naïve café ☕ 日本語"
print(len(s), s[2], s[-1], s[11], s.upper(), s.split())
print([ord(c) for c in "aé☕"], chr(233), chr(9749), chr(0x1F600) == "\U0001F600", len("\U0001F600"))
b = s.encode("utf-8")
print(len(b), b[:8], b.decode("utf-8") == s)
print("é".encode(), b"\xc3\xa9".decode(), "€".encode("utf-8"))
print(s.find("café"), s.index("日"), "日本" in s, s.count("a"))
print(sorted("cbaé"), max("abc☕"), "ü" > "u")
print(repr("\u00e9"), repr("\x00\x1f"), ascii("ü☕"))
try:
    b"\xff".decode("utf-8")
except UnicodeError as e:
    print("UnicodeError")
print(str(b"\xc3\xa9", "utf-8"), bytes("é", "utf-8"))
print(s[::-1], "".join(reversed("日本")), s.replace("é", "e"))
