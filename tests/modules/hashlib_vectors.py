# hashlib: FIPS 180-4 / RFC 1321 test vectors for sha256, sha1 and md5.
import hashlib

vectors = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
           b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
           b"The quick brown fox jumps over the lazy dog", bytes(range(256))]

for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    for v in vectors:
        print(name, len(v), ctor(v).hexdigest())
    print(name, ctor(b"abc").digest())

# Every length around the padding boundaries (55, 56, 63, 64 bytes ...).
for n in range(50, 130):
    data = bytes((i * 7 + 3) & 255 for i in range(n))
    print(n, hashlib.sha256(data).hexdigest()[:16], hashlib.sha1(data).hexdigest()[:16],
          hashlib.md5(data).hexdigest()[:16])
