# re: re.escape for str and bytes, purge, and module functions taking Pattern objects
import re

print(re.escape('a.b c\n-_#'))
print(re.escape('()[]{}?*+-|^$\\.&~# \t\n\r\v\f'))
print(re.escape('abc_123 é日😀'), re.escape(''), re.escape('\x00\x01'))
print(re.escape(b'a.b c'), re.escape(bytearray(b'x-y')), re.escape(memoryview(b'(a)')))
print(re.escape(b'\xff\x00*'))
for s in ['1.5+2*3', '[x](y){z}', 'a\\b', 'what?!', 'é.ü']:
    print(repr(s), re.fullmatch(re.escape(s), s) is not None, re.findall(re.escape(s), 'x' + s + s))
print(re.purge(), re.search('a', 'ba').span(), re.purge())
p = re.compile('(a)(b)?')
print(re.match(p, 'ab').groups(), re.search(p, 'xa').span(), re.findall(p, 'aab'), re.sub(p, '-', 'aab'))
print(re.split(p, 'xaby'), re.fullmatch(p, 'ab').span(), [m.span() for m in re.finditer(p, 'aba')])
print(re.compile(p) is p, re.compile(p, 0) is p)
for i in range(30):
    re.match('x%d' % i, 'x%d' % i)
print(re.match('x5', 'x5').group(), re.match('x25', 'x25').group(), re.compile('q', re.I) is re.compile('q', re.I))
