# re: lazy (*? +? ?? {m,n}?), possessive (*+ ++ ?+ {m,n}+) quantifiers and atomic groups
import re


def show(pattern, subject):
    print(repr(pattern), [(m.span(), m.groups()) for m in re.finditer(pattern, subject)])


show('a*?', 'aaa')
show('a+?', 'aaa')
show('a??b', 'ab b')
show('a{2,3}?', 'aaaaaaa')
show('a{2,}?', 'aaaaa')
show('<.*?>', '<a><bb><>')
show('<.*>', '<a><bb><>')
show('(a+?)(a*)', 'aaaa')
show('(?:ab)*?c', 'ababc')
show('(ab)+?', 'ababab')
show('(a|b)*?c', 'abbac')
show('x(.*?)y(.*?)z', 'x1y2z x3yz')
show('a*+', 'aaab')
show('a*+a', 'aaaa')
show('a++b', 'aab ab b')
show('a?+a', 'a aa')
show('a{1,2}+a', 'aa aaa')
show('(?:ab)*+ab', 'abab')
show('(?:ab)++c', 'ababc')
show('(?>a+)b', 'aab')
show('(?>a+)a', 'aaa')
show('(?>(a+))(b)', 'aab')
show('(?>a|ab)c', 'abc ac')
show('(?>x*)(?>y*)z', 'xxyyz xz')
show('"(?>[^"]*)"', 'say "hi" and "bye"')
show('(.)(?>.*?)b', 'aab')
print(re.match('(?:a|b)*?c', 'ab' * 300 + 'c').span(), re.match('(a+)+?b', 'aaab').groups())
