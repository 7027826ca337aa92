# asyncio.event: Event (CPython's and MicroPython's) and ThreadSafeFlag (MicroPython's).

from . import core


class Event:
    def __init__(self):
        self._set = False
        self._waiters = core.TaskQueue()

    def is_set(self):
        return self._set

    def set(self):
        # Every waiter runs next round, in the order they came.
        self._set = True
        while self._waiters:
            core._ready.push(self._waiters.pop())

    def clear(self):
        self._set = False

    async def wait(self):
        if not self._set:
            await core.Pause(self._waiters)
        return True


class ThreadSafeFlag:
    # One waiter at a time; wait() clears the flag as it returns. set() may come from
    # a scheduled callback (micropython.schedule) as well as from a task.
    def __init__(self):
        self._flag = False
        self._waiter = core.TaskQueue()

    def set(self):
        self._flag = True
        while self._waiter:
            core._ready.push(self._waiter.pop())

    def clear(self):
        self._flag = False

    async def wait(self):
        while not self._flag:
            if self._waiter:
                raise RuntimeError("ThreadSafeFlag: another task is waiting")
            await core.Pause(self._waiter)
        self._flag = False
