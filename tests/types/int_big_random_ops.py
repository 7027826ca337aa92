# Big-int arithmetic on pseudo-random operands of many sizes (borrow and carry
# chains, one-digit and multi-digit products, Karatsuba sizes, division with small
# and large quotients), checked against identities and printed as checksums.
seed = 987654321

def rnd(bits):
    global seed
    v = 0
    while bits > 0:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        v = (v << 32) | (seed >> 32)
        bits -= 32
    return v

def rnd_signed(bits):
    v = rnd(bits)
    return -v if v & 1 else v

checks = 0
acc = 0
for bits in (31, 32, 33, 63, 64, 65, 96, 128, 200, 512, 1000, 2048, 5000):
    for _ in range(12):
        a = rnd_signed(bits)
        b = rnd_signed(bits // 2 + 1) or 1
        c = rnd_signed(32) or 7
        s = a - b
        assert s + b == a
        assert (a - a) == 0 and (a + (-a)) == 0
        p = a * b
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
        assert (a * c) // c == a
        q2, r2 = divmod(p + c, b)
        checks += 4
        acc = (acc * 31 + (p % 1000000007) + (q % 999983) + (r2 % 65521) + (s & 0xffff)) % (1 << 61)
        # Borrow across a run of zero digits.
        z = 1 << (bits + 64)
        acc ^= (z - 1).bit_length() + ((z - b) % 1000003)
print(checks, acc)
