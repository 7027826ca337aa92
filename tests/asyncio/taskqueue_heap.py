# _asyncio.TaskQueue, the pairing heap under the loop: pops come in key order with ties
# in push order, remove() from anywhere keeps the order, keys compare across the
# ticks wraparound, and misuse raises.
from _asyncio import Task, TaskQueue

ready = TaskQueue()


def coro():
    yield


def check(name, got, want):
    print(name, "ok" if got == want else "MISMATCH %r != %r" % (got, want))


q = TaskQueue()
keys = [(i * 7919) % 23 for i in range(60)]
tasks = [Task(coro(), ready) for _ in keys]
for t, k in zip(tasks, keys):
    q.push(t, k)
print(len(q), bool(q), q.first_key())
order = sorted(range(60), key=lambda i: (keys[i], i))
removed = {order[5], order[17], order[40], order[0]}
for i in removed:
    q.remove(tasks[i])
print(tasks[order[0]].queue is None, tasks[order[1]].queue is q)
got = []
while q:
    got.append(tasks.index(q.pop()))
check("order", got, [i for i in order if i not in removed])
print(len(q), q.peek(), q.first_key())

# Wraparound: 2**30 - 5 comes before 3 (ticks_diff says 3 is 8 later).
q.push(tasks[0], 3)
q.push(tasks[1], (1 << 30) - 5)
check("wrap", [tasks.index(q.pop()), tasks.index(q.pop())], [1, 0])

# Equal keys: strictly first in, first out, across interleaved pops.
for t in tasks[:10]:
    q.push(t)
got = [tasks.index(q.pop()) for _ in range(5)]
for t in tasks[:5]:
    q.push(t)
got += [tasks.index(q.pop()) for _ in range(10)]
check("fifo", got, list(range(10)) + list(range(5)))

for bad in (lambda: q.pop(), lambda: q.remove(tasks[0]), lambda: q.push(1),
            lambda: (q.push(tasks[0]), q.push(tasks[0]))):
    try:
        bad()
    except (IndexError, ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
