# heapq: push/pop order, heapify layout, replace/pushpop, nsmallest/nlargest, errors.
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h = [9, 4, 7, 1, 3, 8, 2, 6]; heapq.heapify(h); print(h)
print(heapq.heapreplace(h, 5), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2]), heapq.nlargest(2, "hello"), heapq.nsmallest(10, [3, 1]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(3, [(1, 'a'), (2, 'b'), (1, 'c')], key=lambda t: t[0]), heapq.nsmallest(1, [3, 1, 2]))
# ties keep the order CPython's sift loops give: compare only the first item
class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, other): return self.k < other.k
    def __repr__(self): return f"{self.k}{self.tag}"
h = []
for i, k in enumerate([3, 1, 3, 1, 2, 1, 3, 2]):
    heapq.heappush(h, Item(k, "abcdefgh"[i]))
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = [Item(k, "abcdefgh"[i]) for i, k in enumerate([2, 2, 1, 1, 2, 1, 3, 3])]
heapq.heapify(h); print(h)
print(heapq.nsmallest(3, [Item(1, 'x'), Item(0, 'y'), Item(1, 'z'), Item(0, 'w')]))
data = [(i * 7919) % 101 for i in range(50)]
heap = []
for x in data:
    heapq.heappush(heap, x)
print([heapq.heappop(heap) for _ in range(len(heap))] == sorted(data))
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
          lambda: heapq.heapify(5), lambda: heapq.nsmallest("a", [1]), lambda: heapq.heappush([1], "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    heapq.nsmallest(2, [1], foo=1)
except TypeError as e:
    print("TypeError", e)
