# Task.cancel: CancelledError inside the task, cleanup in finally, await of a cancelled
# task, cancelling a finished task, cancel messages, swallowing a cancellation.
import asyncio


async def worker():
    try:
        print("worker start")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker cancelled", repr(e))
        raise
    finally:
        print("worker finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores it")
    return "survived"


async def quick():
    return 5


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.done(), t.cancelled(), t.cancel())

    t = asyncio.create_task(worker())
    print("cancel before start ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("never started")

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(quick())
    await t
    print("cancel done ->", t.cancel(), t.result())

    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
