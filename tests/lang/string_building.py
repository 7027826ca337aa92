# Building strings in loops: concatenation, join, repetition, formatting tables.
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 200, 12.0)]
print("%-8s %5s %8s" % ("name", "qty", "price"))
for name, qty, price in rows:
    print("%-8s %5d %8.2f" % (name, qty, price))
print("{:<8}|{:>5}|{:>8}".format("total", sum(r[1] for r in rows), "%.2f" % sum(r[1] * r[2] for r in rows)))
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append("[" + "*" * i + "]")
print(" ".join(parts))
print("\n".join(f"{i:>3}: {'#' * (i % 4)}" for i in range(6)))
line = "-" * 20
print(line + "\n" + "|" + "centered".center(18) + "|\n" + line)
