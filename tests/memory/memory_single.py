# mote-args: -X heapsize=64K
# Single allocations larger than a small heap raise MemoryError; smaller ones then work.
# Not differential (CPython has no heap limit): see memory_single.exp.
def attempt(make):
    try:
        obj = make()
        return "allocated %d" % len(obj)
    except MemoryError:
        return "caught"
print(attempt(lambda: bytearray(1000000)))
print(attempt(lambda: "x" * 1000000))
print(attempt(lambda: [0] * 1000000))
print(attempt(lambda: bytearray(100)))
print(attempt(lambda: list(range(50))))
