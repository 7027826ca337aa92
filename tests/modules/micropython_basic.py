# micropython: const, the emitter decorators, opt_level, kbd_intr and the argument errors
import micropython
from micropython import const

X = const(5)
_HIDDEN = const(1 << 4)
Y = const(X * 3 + _HIDDEN)
print(X, Y, _HIDDEN, micropython.const("text"), micropython.const((1, 2)))

@micropython.native
def f(a):
    return a + 1

@micropython.viper
def g(a: int) -> int:
    return a * 2

@micropython.bytecode
def h():
    return "h"

print(f(1), g(21), h(), f.__name__, g.__name__)

old = micropython.opt_level()
print(old, micropython.opt_level(1), micropython.opt_level())
exec("assert False, 'stripped at level 1'")
print("assert skipped at opt_level 1")
micropython.opt_level(old)
try:
    exec("assert False, 'kept at level 0'")
except AssertionError as e:
    print("AssertionError", e)

print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
print(micropython.alloc_emergency_exception_buf(100))
su = micropython.stack_use()
print(type(su).__name__, su > 0)

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(micropython.const)
show(micropython.opt_level, "1")
show(micropython.kbd_intr, None)
show(micropython.schedule, print)
