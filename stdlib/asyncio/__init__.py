# asyncio for Mote: MicroPython's API (run, create_task, sleep, sleep_ms, gather,
# wait_for, Event, Lock, ThreadSafeFlag, streams, the loop object), behaving as
# CPython 3.11's asyncio does where the two share an API. The scheduler is in core
# (over the C module _asyncio); the rest loads on first use.

from .core import *

_lazy = {
    "wait_for": "funcs", "wait_for_ms": "funcs", "gather": "funcs",
    "Event": "event", "ThreadSafeFlag": "event",
    "Lock": "lock",
    "open_connection": "stream", "start_server": "stream", "Stream": "stream",
    "StreamReader": "stream", "StreamWriter": "stream", "Server": "stream",
}


def __getattr__(attr):
    mod = _lazy.get(attr)
    if mod is None:
        if attr in ("funcs", "event", "lock", "stream"):
            # A submodule not loaded yet (from asyncio import funcs).
            return __import__("asyncio." + attr, None, None, [attr])
        raise AttributeError("module 'asyncio' has no attribute '%s'" % attr)
    value = getattr(__import__("asyncio." + mod, None, None, [attr]), attr)
    globals()[attr] = value
    return value
