# re: the Match API: group, groups, groupdict, start, end, span, regs, [], attributes
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<bang>!)?')
m = p.search('>> John Smith <<', 2, 14)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0, 'bang'))
print(m[0], m[1], m['first'], m['bang'], m.groups(), m.groups('-'), m.groups(default=0))
print(sorted(m.groupdict().items()), sorted(m.groupdict('?').items()), sorted(m.groupdict(default=1).items()))
print(m.start(), m.end(), m.span(), m.start(1), m.end('last'), m.span('bang'), m.start(3), m.end(3))
print(m.regs, m.pos, m.endpos, m.lastindex, m.lastgroup, m.string, m.re is p, m.re.pattern)
print(m.group(True), m.start(False), bool(m))
m2 = re.match('(a)(b)?', 'a')
print(m2.lastindex, m2.lastgroup, m2.groups(), m2.span(2), m2.regs)
m3 = re.match('(?P<x>a)|(?P<y>b)', 'b')
print(m3.lastindex, m3.lastgroup, m3.group('x'), m3.group('y'))
m4 = re.match('((a)b)', 'ab')
print(m4.lastindex, m4.lastgroup)
m5 = re.match('x', 'x')
print(m5.lastindex, m5.lastgroup, m5.groups(), m5.groupdict(), m5.regs)
for bad in [4, -1, 'nope', 1.0, None, 2 ** 80]:
    for fn in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            fn(bad)
        except IndexError as e:
            print('IndexError', e, end='; ')
    print()
try:
    m.group([])
except TypeError as e:
    print('TypeError', e)
for attr in ('string', 'pos', 'lastindex'):
    try:
        setattr(m, attr, 1)
    except AttributeError:
        print('read-only', attr)
