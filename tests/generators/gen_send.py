# send(): values flow into generators; first send must be None.
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield "final %d" % total
a = accumulator()
print(a.send(None), a.send(5), a.send(10), a.send(None))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo got", received)
e = echo()
next(e)
print(e.send("a"), e.send("b"))
e.close()
g = accumulator()
try:
    g.send(1)
except TypeError as ex:
    print("TypeError", ex)
def averager():
    total, n, avg = 0, 0, None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
av = averager()
next(av)
print([av.send(v) for v in [10, 20, 30, 40]])
