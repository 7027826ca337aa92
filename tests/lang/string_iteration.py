# Iterating over strings and bytes; enumerate, zip, reversed, comprehension on characters.
s = "héllo"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print([c for c in s if c in "aeioué"], list(reversed(s)), "".join(sorted(s)))
for a, b in zip("abc", "xyz"):
    print(a + b, end=" ")
print()
for byte in b"AZ":
    print(byte, chr(byte))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels, {c: "banana".count(c) for c in sorted(set("banana"))})
