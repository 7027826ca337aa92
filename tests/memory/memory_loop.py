# mote-args: -X heapsize=64K
# Allocating past a small heap raises MemoryError, which can be caught; the runtime still
# works afterwards. Not differential (CPython has no heap limit): see memory_loop.exp.
def exhaust():
    hog = []
    try:
        for i in range(100000):
            hog.append([i] * 8)
    except MemoryError:
        return "caught"
    return "no MemoryError"
print(exhaust())
print(sum(range(100)), [x * 2 for x in range(5)], "ok".upper(), {i: i for i in range(3)})
print(exhaust())
print("done")
