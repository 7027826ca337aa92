# Awaitables that suspend (custom __await__), driven by a tiny manual loop.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("suspend", self.tag)
        return "resumed " + str(got)
async def task(name):
    a = await Sleep(name + "-1")
    b = await Sleep(name + "-2")
    return [a, b]
coro = task("t")
print(coro.send(None))
print(coro.send("first"))
try:
    coro.send("second")
except StopIteration as e:
    print("result", e.value)
def run_all(coros):
    queue = [(i, c, False) for i, c in enumerate(coros)]
    results = {}
    step = 0
    while queue:
        idx, c, started = queue.pop(0)
        step += 1
        try:
            req = c.send(step if started else None)
            print("task", idx, "yielded", req)
            queue.append((idx, c, True))
        except StopIteration as e:
            results[idx] = e.value
    return results
print(run_all([task("a"), task("b")]))
c = task("z")
c.send(None)
c.close()
print("closed suspended coroutine")
