# Case conversion and character class predicates on varied input.
samples = ["hello", "HELLO", "Hello World", "hello world", "123", "12a", "", " ", "\t\n", "Ab1", "a_b", "ÀÉ", "ß"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
for s in ["hello world", "HELLO wORLD", "o'neil mc-d", "123abc", "a1b2"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("Straße".lower(), "ÉCOLE".lower(), "éCOLE".capitalize())
