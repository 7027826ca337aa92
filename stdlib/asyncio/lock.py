# asyncio.lock: Lock. Release hands the lock straight to the first waiter, so tasks
# get it in the order they asked (CPython's Lock behaves the same for them).

from . import core


class Lock:
    def __init__(self):
        self._locked = False
        self._owner = None  # the waiter the lock was handed to, until it runs
        self._waiters = core.TaskQueue()

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        if self._waiters:
            t = self._waiters.pop()
            self._owner = t
            core._ready.push(t)
        else:
            self._locked = False

    async def acquire(self):
        if not self._locked:
            self._locked = True
            return True
        try:
            await core.Pause(self._waiters)
        except core.CancelledError:
            if self._owner is core.cur_task:
                # Handed the lock, then cancelled before running: pass it on.
                self._owner = None
                self.release()
            raise
        self._owner = None
        return True

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
