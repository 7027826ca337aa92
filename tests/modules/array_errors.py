# array.array: errors with CPython's types and messages.
from array import array


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for tc in 'bBhHiIlLqQ':
    for v in (-2**70, -2**31 - 1, -129, -1, 256, 65536, 2**32, 2**63, 2**64):
        attempt(lambda: array(tc, [v]))
for tc in 'bd':
    for v in ('x', 1.5, None, 2**2000):
        attempt(lambda: array(tc, [v]))
a = array('i', [1, 2])
attempt(lambda: array('z'))
attempt(lambda: array('bb'))
attempt(lambda: array(1))
attempt(lambda: array('b', 'abc'))
attempt(lambda: array('b', 5))
attempt(lambda: array('h', b'abc'))
attempt(lambda: array('b', array('d', [1.0])))
attempt(lambda: a.pop(5))
attempt(lambda: array('i').pop())
attempt(lambda: a.remove(9))
attempt(lambda: a.index(9))
attempt(lambda: a.__setitem__(5, 1))
attempt(lambda: a[5])
attempt(lambda: a[-3])
attempt(lambda: a + array('b'))
attempt(lambda: a + [1])
attempt(lambda: a.extend(array('b')))
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a * 'x')
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.fromlist([1, 'x']))
attempt(lambda: a.insert('x', 1))
attempt(lambda: a.append(1.0))
attempt(lambda: a.__delitem__(7))
attempt(lambda: a.__iadd__([1]))
attempt(lambda: array('B', [1]).__setitem__(0, 256))
attempt(lambda: array('f', [1]).append('s'))
print(a)
attempt(lambda: hash(a))
attempt(lambda: a['x'])
attempt(lambda: a.__setitem__('x', 1))
attempt(lambda: a[2**70])
attempt(lambda: array('\x00'))
attempt(lambda: array('é'))
