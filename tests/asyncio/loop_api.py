# The loop object: get_event_loop / new_event_loop, run_until_complete with a
# coroutine and a task, run_forever ended by stop(), current_task.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    print("work", x, asyncio.current_task() is not None)
    return x * 2


async def stopper(loop):
    await asyncio.sleep(0.01)
    print("stopping")
    loop.stop()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(work(1)))
t = loop.create_task(work(2))
print(loop.run_until_complete(t), t.done())
loop.create_task(stopper(loop))
loop.run_forever()
print("after run_forever")
print(loop.is_running())
loop.close()
