# re: capturing, nested, non-capturing and named groups; lastindex and lastgroup
import re


def show(pattern, subject):
    m = re.search(pattern, subject)
    if m is None:
        print(repr(pattern), None)
        return
    print(repr(pattern), m.groups(), m.regs, m.lastindex, m.lastgroup, sorted(m.groupdict().items()))


show('(a)(b)(c)', 'abc')
show('((a)(b))', 'ab')
show('(a(b(c)))', 'abc')
show('(?:a)(b)', 'ab')
show('(?:(a)|(b))+', 'ab')
show('(a)|(b)', 'b')
show('(a)?b', 'b')
show('(a)*', 'aaa')
show('(a|b)*', 'abba')
show('((a)|b)*', 'ab')
show('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe')
show('(?P<x>a)|(?P<y>b)', 'b')
show('(?P<x>a)(?P<y>b)?', 'a')
show('(?P<outer>(?P<inner>a)b)', 'ab')
show('(a)(?P<n>b)(c)', 'abc')
show('()', 'x')
show('(|a)+', 'a')
show('(a)(?:b)(c)', 'abc')
show('((((a))))', 'a')
show('x(?#a comment)y', 'xy')
p = re.compile('(?P<a>.)(?P<b>.)(.)')
print(p.groups, sorted(p.groupindex.items()))
print(re.compile('no groups').groups, dict(re.compile('x').groupindex))
m = re.match(r'(\d+)-(\d+)(?:-(\d+))?', '10-20')
print(m.groups(), m.groups('0'), m.group(1, 2, 3), m.span(3), m.start(3), m.end(3))
