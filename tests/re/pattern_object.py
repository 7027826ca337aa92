# re: Pattern attributes, equality, methods with pos/endpos (clamped as CPython does)
import re

p = re.compile(r'(?P<w>\w)(\d)?')
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()), type(p.groupindex).__name__ in ('dict', 'mappingproxy'))
print(p == re.compile(r'(?P<w>\w)(\d)?'), p == re.compile(r'(?P<w>\w)(\d)?', re.I), p != re.compile('x'), p == 5)
print(hash(p) == hash(re.compile(r'(?P<w>\w)(\d)?')), re.compile(b'a') == re.compile('a'))
s = 'ab1cd2'
for pos, endpos in [(0, 6), (1, 6), (2, 4), (-3, 100), (4, 2), (6, 6), (7, 9), (0, 0)]:
    m = p.search(s, pos, endpos)
    print(pos, endpos, m and (m.span(), m.pos, m.endpos), p.match(s, pos, endpos) is not None,
          p.fullmatch(s, pos, endpos) is not None, p.findall(s, pos, endpos),
          [x.span() for x in p.finditer(s, pos, endpos)])
print(p.search(s, pos=3).span(), p.search(s, endpos=2).span(), p.match(string=s, pos=4).span())
print(re.compile('$').search('abc', 0, 2).span(), re.compile('^').findall('abc', 1), re.compile(r'\b').findall('ab', 1))
print(re.compile('').findall('abc', 1, 2), re.compile('c').fullmatch('abc', 2).span(), re.compile('a').fullmatch('ab', 0, 1).span())
print(p.sub('-', s), p.sub('-', s, 1), p.subn(repl='-', string=s, count=2), p.split(s), p.split(s, 1), p.split(string=s, maxsplit=2))
print(re.compile('x').search('x', True), re.compile('x').search('yx', endpos=False))
print(type(p).__name__ in ('Pattern', 're.Pattern'), type(p.match('a')).__name__ in ('Match', 're.Match'))
print(re.Pattern is type(p), re.Match is type(p.match('a')), isinstance(p, re.Pattern))
try:
    p.pattern = 'x'
except AttributeError:
    print('read-only pattern')
