# re: ^ $ \A \Z \b \B, with and without MULTILINE, and where pos/endpos put them
import re


def fa(pattern, subject, flags=0):
    print(repr(pattern), repr(subject), [m.span() for m in re.finditer(pattern, subject, flags)])


for s in ['abc', 'abc\n', 'abc\n\n', 'a\nb\nc', '']:
    fa('^', s)
    fa('$', s)
    fa('^', s, re.M)
    fa('$', s, re.M)
    fa(r'\A', s)
    fa(r'\Z', s)
fa(r'^\w+$', 'one\ntwo\nthree', re.M)
fa(r'^\w+$', 'one\ntwo\nthree')
fa(r'\w+$', 'one\ntwo\n')
fa(r'\bfoo\b', 'foo foobar barfoo (foo)')
fa(r'\Boo\B', 'foo good ooh')
fa(r'\b', 'ab cd')
fa(r'\B', 'ab cd')
fa(r'\b', '')
fa(r'\B', '')
fa(r'\b', ' ')
fa(r'\bé', 'é aé é')
fa(r'(?a)\bé', 'é aé é')
p = re.compile(r'^a|\Ab|c$|\bd')
print(p.search('xa', 1), p.search('xb', 1), p.search('cx', 0, 1).span(), p.search('x d', 1).span())
print(re.compile('(?m)^a').search('x\na', 2).span(), re.compile('$').search('ab\n', 0, 2).span())
