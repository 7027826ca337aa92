# asyncio.run cancels the tasks still pending when main returns, lets them clean up,
# and returns main's value; exceptions from main propagate out of run.
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise
    finally:
        print("background finally")


async def late():
    print("late starts")
    return 1


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.015)
    asyncio.create_task(late())
    print("main returns")
    return 42


print(asyncio.run(main()))


async def boom():
    await asyncio.sleep(0)
    raise KeyError("boom")

try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", repr(e))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()

asyncio.run(nested())
print("current_task outside:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
