# re: sub and subn: count, callables, empty matches, literal and template replacements
import re

print(re.sub(r'\d', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', 2), re.sub(r'\d+', '#', 'a1b22c333', count=1))
print(re.subn(r'\d', '#', 'a1b22c333'), re.subn(r'\d', '#', 'a1b22c333', -1), re.subn('x', '#', 'abc'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('b*', '-', 'abbc'), re.sub('(b)*', r'[\1]', 'abc'))
print(re.sub('a', '', 'banana'), re.sub('^', '> ', 'a\nb', flags=re.M), re.sub('$', '!', 'a\nb\n'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1, b=2'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'x1 y22 z333'))
print(re.sub('a', lambda m: None, 'banana'), re.sub('a', lambda m: '', 'banana'))
spans = []
print(re.sub('x*', lambda m: spans.append(m.span()) or '.', 'axxb'), spans)
print(re.sub('(a)|b', lambda m: str(m.lastindex), 'ab'))
print(re.sub('é', 'e', 'café é'), re.sub('(?i)É', lambda m: m.group() + str(m.span()), 'éÉ'))
print(re.sub(r'\s+', ' ', '  many   spaces\there\n'))
print(re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('a', '\\\\', 'bab'), re.sub('a', r'\\n', 'bab'))
print(re.sub('.', '-', ''), re.sub('', '', ''), re.sub('', 'x', ''), re.subn('', 'x', 'ab'))
print(re.sub(b'a', b'-', b'banana'), re.sub(b'(a)', br'[\1]', b'bab'), re.subn(b'a', lambda m: b'!', bytearray(b'aa')))
print(re.sub(re.compile('a'), 'b', 'aaa'), re.sub(pattern='a', repl='b', string='aa', count=1, flags=0))
print(re.sub('x', lambda m: 1 / 0, 'abc'))
try:
    re.sub('b', lambda m: 1 / 0, 'abc')
except ZeroDivisionError:
    print('ZeroDivisionError from the callable')
print(re.sub('a', '\\g<0>\\g<0>', 'a' * 5), re.sub('(?:)', '|', 'é日'))
