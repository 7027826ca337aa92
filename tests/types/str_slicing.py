# String indexing and slicing, including negative and stepped slices.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[100:], s[-100:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3], s[2:8:3], s[::100])
print(s[slice(1, 4)], s[slice(None, None, -3)])
for i in range(-3, 3):
    print(i, s[i:], s[:i], s[i::-1])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
u = "héllo wörld"
print(u[1], u[::-1], u[1:4], len(u), u.upper())
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
