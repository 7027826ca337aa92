# Sleepers wake in time order; sleep returns its result; a sleeper and a busy ticker.
import asyncio


async def sleeper(name, t):
    r = await asyncio.sleep(t, name)
    print("woke", r)
    return r


async def main():
    tasks = [asyncio.create_task(sleeper(n, t)) for n, t in
             [("c", 0.06), ("a", 0.02), ("b", 0.04), ("z", 0)]]
    for t in tasks:
        print(await t)
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(-1, "negative"))
    print(await asyncio.sleep(0.001, "short"))


asyncio.run(main())
