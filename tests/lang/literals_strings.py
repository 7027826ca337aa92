# String literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print("tab\there", "nl\\n", "quote\"s", 'apos\'s', "back\\slash")
print(r"raw\n\t", R"raw2\\", rb"rawbytes\n", br"\x00")
print("\x41\x42", "\101\102", "\u00e9", "\u03a9", "\U0001F600" == chr(0x1F600))
print("con" "cat" 'enated', ("multi"
      "line"))
s = """line1
line2
    indented"""
print(s)
print(len("\n"), len(r"\n"), len("\\"), len("\0"), repr("\0"))
print("a\
b")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\r\n\x07\x7f"))
print(repr("é"), repr("\u200b"), repr("日本"), ascii("日本é"))
print(f"{'f-string'}", F"{1+1}", rf"{2}\n", fr"\t{3}")
