# Bitwise operators on positive and negative ints, and shifts.
vals = [0, 1, 5, -1, -6, 255, -256, 12345]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1, a << 3, a >> 2, a & -a)
print(-1 >> 10, -1024 >> 3, -5 >> 1, 5 >> 10, 1 << 64, -1 << 70)
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print(-12 & 7, -12 | 7, -12 ^ 7, 12 & -7, -12 & -7)
print(bin(-10), hex(-255), oct(-8), bin(0), hex(0))
big = (1 << 100) - 1
print(big & 0xFFFF, big >> 90, (big ^ (1 << 99)) >> 95, -big >> 98, ~big)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
