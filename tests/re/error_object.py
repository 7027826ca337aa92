# re: the re.error exception: attributes, str with position, line and column
import re

for p in ['a(b', 'ab\ncd(', '\n\n)x', 'x\ny\nz[', b'ab\n(']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(str(e)), repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
try:
    re.compile('(?<=a+)')
except re.error as e:
    print(repr(str(e)), e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, isinstance(re.error('x'), Exception))
for args, kw in [(('plain',), {}), (('msg', 'pat', 1), {}), (('m', 'a\nbc', 3), {}), (('m',), {'pos': 2}),
                 (('m',), {'pattern': 'abc', 'pos': 1}), (('m', b'x\ny', 2), {}), (('m', None, 3), {})]:
    e = re.error(*args, **kw)
    print(repr(str(e)), e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
for args, kw in [((), {}), (('a', 'b', 1, 2), {}), (('a',), {'x': 1}), (('a', 'p'), {'pattern': 'q'})]:
    try:
        re.error(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    raise re.error('custom', 'pat', 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e, '|', e.pattern, e.pos)
