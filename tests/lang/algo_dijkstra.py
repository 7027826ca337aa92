# Shortest paths with Dijkstra's algorithm using a hand-written binary heap.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]: m = l
                if r < len(a) and a[r] < a[m]: m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
graph = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
def dijkstra(src):
    dist, prev = {src: 0}, {}
    h = Heap()
    h.push((0, src))
    while len(h):
        d, u = h.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                h.push((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
node, path = "E", []
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
