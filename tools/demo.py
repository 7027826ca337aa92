# The README's demo: a little of everything Mote runs, printed so you can see it.
# Mandelbrot set in ASCII (float arithmetic and nested loops).
for y in range(-10, 11):
    row = ""
    for x in range(-40, 20):
        c = complex(x / 20, y / 10)
        z = 0j
        n = 0
        while abs(z) < 2 and n < 30:
            z = z * z + c
            n += 1
        row += " .:-=+*#%@"[n % 10] if n < 30 else " "
    print(row)

# Big integers: 50 digits of pi by Machin's formula.
def arctan_inv(x, digits):
    total = term = 10 ** (digits + 10) // x
    n, sign = 3, -1
    while term:
        term //= x * x
        total += sign * (term // n)
        n, sign = n + 2, -sign
    return total

pi = 4 * (4 * arctan_inv(5, 50) - arctan_inv(239, 50)) // 10 ** 10
print("pi =", str(pi)[0] + "." + str(pi)[1:])

# Generators, classes and f-strings.
class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

def words(text):
    for w in text.split():
        yield w.strip(".,").lower()

c = Counter()
for w in words("The quick brown fox jumps over the lazy dog. The dog sleeps."):
    c.add(w)
top = sorted(c.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(", ".join(f"{w}={n}" for w, n in top))
