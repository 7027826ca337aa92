# Coroutines awaiting other coroutines in loops; results gathered by hand.
async def square(x):
    return x * x
async def total(n):
    s = 0
    for i in range(n):
        s += await square(i)
    return s
async def gather(*coros):
    out = []
    for c in coros:
        out.append(await c)
    return out
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(total(10)), run(gather(square(3), total(4), square(-2))))
async def fails():
    raise KeyError("async")
async def guard():
    try:
        return await fails()
    except KeyError as e:
        return "guarded " + repr(e)
    finally:
        print("guard finally")
print(run(guard()))
co = square(5)
print(type(co).__name__, run(co))
try:
    run(co)
except RuntimeError as e:
    print("RuntimeError", e)
