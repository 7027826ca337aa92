# Word counting and text processing on a fixed text.
text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. Quick quick!"""
words = []
for raw in text.lower().split():
    w = raw.strip(".;!,")
    if w:
        words.append(w)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, n)
print(len(words), len(counts))
lines = text.splitlines()
print([len(l) for l in lines])
print(" ".join(w.capitalize() for w in lines[0].split()))
print("".join(reversed(lines[1])))
print(max(words, key=len), min(words, key=len))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in lines[0])
print(caesar)
