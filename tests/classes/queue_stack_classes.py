# Queue and stack classes used by a breadth-first and depth-first graph search.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def push(self, x):
        self._in.append(x)
    def pop(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __bool__(self):
        return bool(self._in or self._out)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def search(container):
    seen, order = set(), []
    container.push("a")
    while container:
        n = container.pop()
        if n in seen:
            continue
        seen.add(n)
        order.append(n)
        for m in graph[n]:
            container.push(m)
    return order
print("bfs", search(Queue()))
print("dfs", search(Stack()))
