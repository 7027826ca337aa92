# array.array: construction, repr, sequence methods and operators.
from array import array

print(array('i', [1, 2, 3]), array('d'), array('b', [-1]))
print(array('f', [1.1, 2.5]), array('d', [1e300, -0.0, float('inf')]), array('f', [1e300]))
print(array('b', range(3)), array('B', bytearray(b'\x01\x02')), array('h', b'\x01\x00'))
print(array('d', array('b', [1, 2])), array('Q', [2**64 - 1]), array('q', [-2**63]))
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a.typecode, a.itemsize, len(a), list(a), a.tolist(), a[-1], 2 in a, 9 in a)

a = array('h', [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array('h', [10]))
a.insert(0, -1)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(1), a.index(7, 2), a.count(1), a.count(42))
a.reverse()
print(a, len(a), bool(a), bool(array('h')))
a.fromlist([3, 3])
print(a, a.tolist())

x, y = array('i', [1, 2]), array('i', [3])
print(x + y, x * 2, 3 * y, x * 0, x * -1)
x += y
x *= 2
print(x)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('d', [1.0, 3.0]))
print(array('b', [1, 2]) < array('b', [1, 2, 0]), array('b', [2]) > array('b', [1, 9]))
print(array('b', [1]) != array('b', [1]), array('b') == array('b'), x == [1, 2])
print(array('f', [0.5]) >= array('b', [0]), array('b', [1]) <= array('b', [1]))

for item in array('H', [7, 8]):
    print(item, end=' ')
print()
b = array('l', [1, 2])
b[0] = -5
b[-1] = 6
del b[0]
print(b, b.buffer_info()[1])
