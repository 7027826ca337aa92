# gather: results in order, return_exceptions, the first error raised while the other
# children go on, cancelled children, an empty gather, and the same coroutine twice.
import asyncio


async def val(x, t=0):
    await asyncio.sleep(t)
    print("val", x)
    return x


async def fail(msg, t=0):
    await asyncio.sleep(t)
    print("fail", msg)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(val(1, 0.02), val(2), val(3, 0.01)))
    print(await asyncio.gather())
    r = await asyncio.gather(val(1), fail("bad"), val(3), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(val("slow", 0.03), fail("first", 0.01))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.05)
    t = asyncio.create_task(val("victim", 1))
    g = asyncio.gather(t, val("ok"), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([repr(x) for x in await g])
    t = asyncio.create_task(val("victim2", 1))
    g = asyncio.gather(t, val("ok2"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    c = val("twice")
    print(await asyncio.gather(c, c))


asyncio.run(main())
