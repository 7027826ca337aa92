# MicroPython's own asyncio API: sleep_ms, wait_for_ms, ThreadSafeFlag, the loop's
# exception handler for a task nobody awaits, new_event_loop resetting the loop.
import asyncio


async def flagger(flag):
    await asyncio.sleep_ms(5)
    print("setting flag")
    flag.set()


async def failing():
    raise ValueError("nobody waits for me")


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def main():
    print(await asyncio.sleep_ms(1, "slept"))
    flag = asyncio.ThreadSafeFlag()
    asyncio.create_task(flagger(flag))
    await flag.wait()
    print("flag seen")
    flag.set()
    await flag.wait()  # already set: returns at once and clears it
    print("flag again")
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(100), 5)
    except asyncio.TimeoutError:
        print("wait_for_ms timed out")
    print(await asyncio.wait_for_ms(asyncio.sleep_ms(1, "in time"), 100))
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    asyncio.create_task(failing())
    await asyncio.sleep_ms(5)
    loop.set_exception_handler(None)


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep_ms(1, "fresh loop")))
