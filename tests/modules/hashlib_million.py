# hashlib: a million 'a' fed in uneven chunks, and incremental vs one-shot hashing.
import hashlib

chunk = b"a" * 1000
for name in ("sha256", "sha1", "md5"):
    h = hashlib.new(name)
    for i in range(1000):
        h.update(chunk)
    print(name, h.hexdigest())

data = bytes((i * 31 + 17) & 255 for i in range(1000))
for name in ("sha256", "sha1", "md5"):
    one = hashlib.new(name, data).digest()
    for step in (1, 3, 63, 64, 65, 200):
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        print(name, step, h.digest() == one)

# digest() does not finish the object: it can be updated and read again.
h = hashlib.sha256(b"ab")
print(h.hexdigest(), h.hexdigest() == h.hexdigest())
h.update(b"c")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest())
