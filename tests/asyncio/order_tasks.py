# Task scheduling order: create_task, sleep(0) round-robin, awaiting tasks, results.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def child(n):
    print("child", n)
    return n * 10


async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    print("main")
    print("t1", await t1)
    print("t2", await t2)
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    await asyncio.sleep(0)
    print("main between")
    print(await a, await b)
    print(a.done(), b.done(), a.result(), b.cancelled())
    # A task awaited twice, and awaited after it finished.
    t = asyncio.create_task(child(3))
    print(await t, await t)
    tick = asyncio.create_task(ticker("t", 4))
    r = await asyncio.gather(child(4), ticker("g", 2))
    print("gather", r)
    await tick
    return "done"


print(asyncio.run(main()))
