# Event: waiters wake in order when set, wait() returns at once when set, clear.
# Lock: mutual exclusion in request order, async with, locked(), release errors.
import asyncio


async def waiter(ev, name):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke", r)


async def user(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(lock, n, log) for n in "xyz"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # A waiter cancelled while queued for the lock does not take it.
    await lock.acquire()
    t1 = asyncio.create_task(user(lock, "p", log))
    t2 = asyncio.create_task(user(lock, "q", log))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0.01)
    print(log[-2:], t1.cancelled(), t2.done(), lock.locked())


asyncio.run(main())
