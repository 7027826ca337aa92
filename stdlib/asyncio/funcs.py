# asyncio.funcs: gather and wait_for, with CPython 3.11's semantics (which MicroPython's
# documentation describes the same way for the cases they share).

from . import core
from .core import CancelledError, Pause, TaskQueue, ensure_future


class _Gather:
    # What gather() returns: a future over its children, made (and the children
    # scheduled) at the call, as CPython's _GatheringFuture.
    def __init__(self, children, return_exceptions):
        self._children = children
        self._return_exceptions = return_exceptions
        self._left = len(children)
        self._waiters = TaskQueue(self)  # cancelling a waiter cancels the gather
        self._callbacks = []
        self._done = False
        self._result = None
        self._exc = None
        self._cancel_requested = False
        if not children:
            self._set(None, [])
        for c in children:
            c.add_done_callback(self._child_done)

    def _set(self, exc, result):
        self._done = True
        self._exc = exc
        self._result = result
        while self._waiters:
            core._ready.push(self._waiters.pop())
        for cb in self._callbacks:
            core._ready.push(core.Task(core.Call(cb, self), core._ready))
        self._callbacks = None

    def _child_done(self, child):
        self._left -= 1
        if self._done:
            return
        if not self._return_exceptions:
            if child.cancelled():
                return self._set(CancelledError(), None)
            exc = child.exception()
            if exc is not None:
                return self._set(exc, None)
        if self._left == 0:
            if self._cancel_requested:
                return self._set(CancelledError(), None)
            results = []
            for c in self._children:
                if c.cancelled():
                    args = (c.data if isinstance(c, core.Task) else c._exc).args
                    results.append(CancelledError(args[0] if args else ""))
                else:
                    exc = c.exception()
                    results.append(c.result() if exc is None else exc)
            self._set(None, results)

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def cancel(self, msg=None):
        if self._done:
            return False
        ret = False
        for c in self._children:
            if c.cancel(msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret

    def result(self):
        if not self._done:
            raise core.InvalidStateError("Result is not set.")
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if not self._done:
            raise core.InvalidStateError("Exception is not set.")
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def add_done_callback(self, fn):
        if self._done:
            core._ready.push(core.Task(core.Call(fn, self), core._ready))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = 0
        if self._callbacks:
            n = self._callbacks.count(fn)
            self._callbacks = [c for c in self._callbacks if c != fn]
        return n

    def __await__(self):
        if not self._done:
            yield self._waiters
        return self.result()

    __iter__ = __await__


def gather(*aws, return_exceptions=False):
    children = []
    seen = {}
    for a in aws:
        # The same coroutine given twice runs once (CPython keeps one task per awaitable).
        t = seen.get(id(a))
        if t is None:
            t = ensure_future(a)
            seen[id(a)] = t
        children.append(t)
    return _Gather(children, return_exceptions)


def _waker(task):
    def wake(_):
        core._wake(task)
    return wake


async def _cancel_and_wait(fut):
    # Cancels fut and waits until it is done, however it ends.
    wake = _waker(core.cur_task)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        while not fut.done():
            await core._park()
    finally:
        fut.remove_done_callback(wake)


async def wait_for(aw, timeout):
    if timeout is None:
        return await aw
    fut = ensure_future(aw)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    wake = _waker(core.cur_task)
    fut.add_done_callback(wake)
    try:
        # Sleeps until the timeout, unless fut's end wakes this task first.
        await core.sleep(timeout)
    except CancelledError:
        if fut.done():
            return fut.result()
        fut.remove_done_callback(wake)
        await _cancel_and_wait(fut)
        raise
    if fut.done():
        return fut.result()
    fut.remove_done_callback(wake)
    await _cancel_and_wait(fut)
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


def wait_for_ms(aw, timeout):
    return wait_for(aw, None if timeout is None else timeout / 1000)
