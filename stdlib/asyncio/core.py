# asyncio.core: the event loop, tasks, sleeping and the wait for streams.
#
# The loop runs in rounds the way CPython's does (BaseEventLoop._run_once), so that
# programs print in the same order under both: each round waits for I/O (no longer
# than until the first sleeper is due, not at all when tasks are ready), notes the
# sleepers that are due, runs the tasks that were ready when the round began, and
# then makes the due sleepers ready for the next round (in CPython a timer's callback
# runs in one round and wakes its task for the next). Whatever a step makes ready
# (a new task, a finished task's waiters, a done callback) runs in the next round.
#
# What a task's coroutine yields tells the loop what it waits for (_asyncio.Pause
# and Task yield these): None, run again next round; an int, sleep that many ms; a
# TaskQueue, park there until something moves the task to the ready queue.

from time import ticks_ms as _ticks, ticks_diff as _ticks_diff, ticks_add as _ticks_add
from time import sleep_ms as _sleep_ms
from _asyncio import TaskQueue, Task, Pause, Call, CancelledError, InvalidStateError

TimeoutError = TimeoutError  # CPython 3.11: asyncio.TimeoutError is the builtin

_ready = TaskQueue()     # tasks to step, in order
_due = TaskQueue()       # sleepers whose time came this round
_sleeping = TaskQueue()  # tasks asleep, by wake time
_io = None               # the _IOQueue, once a task waits for a stream
_pending = {}            # tasks not done yet, in creation order (dict as ordered set)
cur_task = None
_running = False
_stop = 0                # 1: stop() was called; the loop ends with this round
_handler = None          # set by Loop.set_exception_handler

# ticks_add refuses a delay of half the ticks period or more: longer sleeps go in steps.
_MAX_SLEEP = (1 << 29) - 1


def _is_coro(c):
    return hasattr(c, "send") and hasattr(c, "throw")


# ---- tasks -----------------------------------------------------------------------------

def create_task(coro):
    if not _is_coro(coro):
        raise TypeError("a coroutine was expected, got %r" % (coro,))
    t = Task(coro, _ready)
    _ready.push(t)
    _pending[t] = None
    return t


def ensure_future(aw):
    if isinstance(aw, Task) or hasattr(aw, "add_done_callback"):
        return aw
    if _is_coro(aw):
        return create_task(aw)
    if hasattr(aw, "__await__"):
        return create_task(_await(aw))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await(aw):
    return await aw


def current_task():
    if not _running:
        raise RuntimeError("no running event loop")
    return cur_task


def _wake(t):
    # Moves a parked or sleeping task to the ready queue (a no-op once it is there).
    q = t.queue
    if q is not None and q is not _ready:
        q.remove(t)
        _ready.push(t)


def _finish(t, value, exc):
    _pending.pop(t, None)
    watched = t._watched()
    t._finish(value, exc)
    if exc is not None and not watched and not isinstance(exc, CancelledError):
        call_exception_handler({"message": "Task exception was never retrieved",
                                "exception": exc, "future": t})


def _step(t):
    global cur_task
    cur_task = t
    exc = t.data
    try:
        if exc is None:
            v = t.coro.send(None)
        else:
            t.data = None
            v = t.coro.throw(exc)
    except StopIteration as e:
        cur_task = None
        _finish(t, e.value, None)
        return
    except BaseException as e:
        cur_task = None
        _finish(t, None, e)
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return
    cur_task = None
    try:
        if v is None:
            _ready.push(t)
        elif type(v) is int:
            _sleeping.push(t, _ticks_add(_ticks(), v))
        elif type(v) is TaskQueue:
            v.push(t)
        else:
            raise RuntimeError("Task got bad yield: %r" % (v,))
    except RuntimeError as e:
        # Thrown in at its next step, where the task can see it.
        t.data = e
        _ready.push(t)


# ---- sleeping --------------------------------------------------------------------------

def sleep_ms(t, result=None):
    if t > _MAX_SLEEP:
        return _sleep_long(t, result)
    return Pause(t if t > 0 else None, result)


def sleep(t, result=None):
    if t <= 0:
        return Pause(None, result)
    ms = int(t * 1000)
    if ms < t * 1000:
        ms += 1  # never wake early
    return sleep_ms(ms, result)


async def _sleep_long(t, result):
    while t > _MAX_SLEEP:
        await Pause(_MAX_SLEEP)
        t -= _MAX_SLEEP
    await Pause(t)
    return result


def _park():
    # Parks the current task in a queue of its own until _wake moves it.
    return Pause(TaskQueue())


# ---- streams: the wait for I/O ---------------------------------------------------------

class _IOQueue:
    # The streams tasks wait on, each with a queue of readers and one of writers,
    # polled with select.poll's ipoll. A stream is registered by its descriptor (so a
    # stream closed while registered can still be dropped), else as itself.
    def __init__(self):
        import select
        self.select = select
        self.poller = select.poll()
        self.map = {}  # key -> [key, readers, writers]

    def _update(self, e):
        mask = (self.select.POLLIN if e[1] else 0) | (self.select.POLLOUT if e[2] else 0)
        if mask:
            self.poller.modify(e[0], mask)
        else:
            self.poller.unregister(e[0])
            del self.map[e[0]]

    def queue(self, s, writing):
        fileno = getattr(s, "fileno", None)
        k = fileno() if fileno else s
        e = self.map.get(k)
        if e is None:
            e = [k, TaskQueue(), TaskQueue()]
            self.map[k] = e
            self.poller.register(k, 0)
        self.poller.modify(k, (self.select.POLLIN if e[1] or not writing else 0)
                           | (self.select.POLLOUT if e[2] or writing else 0))
        return e[2 if writing else 1]

    def wait(self, timeout):
        pollin, pollout = self.select.POLLIN, self.select.POLLOUT
        for k, ev in self.poller.ipoll(timeout):
            e = self.map.get(k)
            if e is None:
                continue
            if ev & ~pollout:
                while e[1]:
                    _ready.push(e[1].pop())
            if ev & ~pollin:
                while e[2]:
                    _ready.push(e[2].pop())
            self._update(e)  # ipoll allows changes to the poller while it iterates


def _io_wait(s, writing):
    # What a stream awaits: park the current task until s is readable (writable).
    global _io
    if _io is None:
        _io = _IOQueue()
    return Pause(_io.queue(s, writing))


# ---- the loop --------------------------------------------------------------------------

def _round():
    global cur_task
    if _ready or _stop:
        timeout = 0
    else:
        k = _sleeping.first_key()
        timeout = -1 if k is None else max(0, _ticks_diff(k, _ticks()))
    if _io is not None and _io.map:
        _io.wait(timeout)
    elif timeout > 0:
        _sleep_ms(timeout)
    elif timeout < 0:
        # Nothing can wake anything: wait as CPython does (forever, or until Ctrl-C).
        _sleep_ms(10)
        return
    now = _ticks()
    while _sleeping and _ticks_diff(_sleeping.first_key(), now) <= 0:
        _due.push(_sleeping.pop())
    n = len(_ready)
    while n:
        n -= 1
        _step(_ready.pop())
    while _due:
        _ready.push(_due.pop())


def _run():
    global _running, _stop
    if _running:
        raise RuntimeError("This event loop is already running")
    _running = True
    try:
        while True:
            _round()
            if _stop:
                break
    finally:
        _running = False
        _stop = 0


def _stop_when_done(fut):
    stop()


def run_until_complete(aw):
    t = ensure_future(aw)
    if _running:
        raise RuntimeError("This event loop is already running")
    # As in CPython: a done callback stops the loop at the end of the round it runs in.
    t.add_done_callback(_stop_when_done)
    try:
        _run()
    finally:
        t.remove_done_callback(_stop_when_done)
    if not t.done():
        raise RuntimeError("Event loop stopped before Future completed.")
    return t.result()


def run_forever():
    global _stop
    if _running:
        raise RuntimeError("This event loop is already running")
    _run()


def stop():
    global _stop
    _stop = 1


def run(main):
    if _running:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not _is_coro(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    try:
        return run_until_complete(create_task(main))
    finally:
        _cancel_all()


def _cancel_all():
    # As CPython's asyncio.run: what is left is cancelled and run to its end.
    left = list(_pending)
    if not left:
        return
    for t in left:
        t.cancel()
    from .funcs import gather
    run_until_complete(gather(*left, return_exceptions=True))
    for t in left:
        if not t.cancelled() and t.exception() is not None:
            call_exception_handler({"message": "unhandled exception during asyncio.run() shutdown",
                                    "exception": t.exception(), "task": t})


# ---- exception handling ----------------------------------------------------------------

def default_exception_handler(context):
    import sys
    print(context["message"], file=sys.stderr)
    exc = context.get("exception")
    if exc is not None:
        sys.print_exception(exc, sys.stderr)


def call_exception_handler(context):
    if _handler is None:
        default_exception_handler(context)
    else:
        _handler(Loop, context)


# ---- the loop object -------------------------------------------------------------------

class Loop:
    # There is one loop; its methods work on the module's state.
    create_task = staticmethod(create_task)
    run_until_complete = staticmethod(run_until_complete)
    run_forever = staticmethod(run_forever)
    stop = staticmethod(stop)

    @staticmethod
    def close():
        pass

    @staticmethod
    def is_running():
        return _running

    @staticmethod
    def is_closed():
        return False

    @staticmethod
    def set_exception_handler(handler):
        global _handler
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        _handler = handler

    @staticmethod
    def get_exception_handler():
        return _handler

    @staticmethod
    def default_exception_handler(context):
        default_exception_handler(context)

    call_exception_handler = staticmethod(call_exception_handler)


def get_event_loop(*args):
    return Loop


def get_running_loop():
    if not _running:
        raise RuntimeError("no running event loop")
    return Loop


def new_event_loop():
    # One loop only: a new one is the old one emptied, as in MicroPython.
    global _ready, _due, _sleeping, _io, _pending, _handler, _stop
    if _running:
        raise RuntimeError("Cannot run the event loop while another loop is running")
    _ready, _due, _sleeping = TaskQueue(), TaskQueue(), TaskQueue()
    _io = None
    _pending = {}
    _handler = None
    _stop = 0
    return Loop


def set_event_loop(loop):
    pass
