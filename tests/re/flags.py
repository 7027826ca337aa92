# re: the flag values, Pattern.flags for each combination, and their effects
import re

print([int(f) for f in (re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)])
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL, re.X == re.VERBOSE,
      re.A == re.ASCII, re.U == re.UNICODE, re.L == re.LOCALE, re.T == re.TEMPLATE)
for p, f in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U),
             ('(?i)a', 0), ('(?s)(?m)a', 0), ('(?a)a', 0), ('(?u)a', 0), ('(?x)a', re.I), ('(?i:a)', 0)]:
    print(repr(p), int(f), re.compile(p, f).flags)
for p, f in [(b'a', 0), (b'a', re.I), (b'a', re.L), (b'a', re.A), (b'(?L)a', 0), (b'(?a)a', 0)]:
    print(repr(p), int(f), re.compile(p, f).flags)
print(re.findall('a.', 'Ab\na\nAB', re.I), re.findall('a.', 'Ab\na\nAB', re.I | re.S))
print(re.findall('^a$', 'a\nA\na', re.I | re.M))
print(re.findall(r'\w+', 'éa b', re.A), re.findall(r'\w+', 'éa b', re.U))
print(re.search('(?i)HELLO', 'say hello').span(), re.search('hello', 'HeLLo', flags=re.IGNORECASE).span())
print(re.split('x', 'aXbxc', flags=re.I), re.sub('x', '-', 'aXbxc', flags=re.I), re.subn('x', '-', 'aXbxc', 1, re.I))
print(re.findall('a', 'aA', re.I), list(m.span() for m in re.finditer('a', 'aA', re.I)))
print(re.fullmatch('ab', 'AB', re.I).span(), re.match('b', 'B', re.I).span())
print(re.compile('a', re.I).search('xA').span(), re.compile(re.compile('a', re.I)).flags)
print(re.search('a', 'A', 0), re.search('a', 'A', flags=0))
