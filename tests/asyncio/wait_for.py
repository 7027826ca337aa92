# wait_for: a result in time, a timeout that cancels the awaitable (its cleanup runs
# before TimeoutError), a task that swallows the cancellation, timeout 0 and None,
# wait_for over gather, and the caller being cancelled.
import asyncio


async def slow(name, t):
    try:
        await asyncio.sleep(t)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "kept"


async def main():
    print(await asyncio.wait_for(slow("fast", 0.01), 1))
    try:
        await asyncio.wait_for(slow("late", 1), 0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(swallow(), 0.01))
    print(await asyncio.wait_for(slow("none", 0), None))
    try:
        await asyncio.wait_for(slow("zero", 0.01), 0)
    except asyncio.TimeoutError:
        print("timeout at 0")
    t = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.gather(slow("g1", 1), slow("g2", 1)), 0.01)
    except TimeoutError:
        print("gather timed out")

    async def outer():
        try:
            await asyncio.wait_for(slow("inner", 1), 5)
        except asyncio.CancelledError:
            print("outer cancelled")
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer done", o.cancelled())


asyncio.run(main())
