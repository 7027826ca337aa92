# re: literal characters and escapes (\n \t \\ \. \xhh \uXXXX \U, octal, \0) and '.'
import re


def show(pattern, subject, flags=0):
    m = re.search(pattern, subject, flags)
    print(repr(pattern), repr(subject), m and (m.span(), m.group()))


show('abc', 'xxabcxx')
show('a.c', 'a-c a\nc')
show('a.c', 'a\nc')
show('a.c', 'a\nc', re.DOTALL)
show(r'\n\t\r\f\v\a', 'x\n\t\r\f\v\ax')
show(r'\\', 'a\\b')
show(r'\.', 'a.b')
show(r'\x41\x62', 'zAbz')
show(r'\u00e9\u20ac', 'café€')
show(r'\U0001F600', 'x😀y')
show(r'\101\0', 'A\x00')
show(r'\012', 'a\nb')
show(r'\0', 'a\x00')
show(r'\00a', '\x00a')
show(r'\*\+\?\(\)\[\]\{\}\|\^\$', '*+?()[]{}|^$')
show(r'\-\#\&\~\ \é', '-#&~ é')
show('é+', 'caféé!')
show('...', '日本語!')
show(r'a\tb', 'a\tb')
show('\t', 'a\tb')
show('x{', 'ax{')
show('x{1,', 'x{1,')
show('x{a}', 'x{a}')
show('x{,}', 'xxx')
show('}', 'a}')
show(']', 'a]')
print(re.match('', 'abc').span(), re.search('$', 'abc').span())
