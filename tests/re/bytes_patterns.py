# re: bytes patterns on bytes, bytearray and memoryview; mixing with str is a TypeError
import re


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: re.match(b'a.c', b'a\xffc').group())
t(lambda: re.search(rb'\d+', bytearray(b'ab123')).group())
t(lambda: re.search(rb'\d+', memoryview(b'ab123')).span())
t(lambda: re.match(b'a', bytearray(b'abc')).string)
t(lambda: re.findall(rb'[\x80-\xff]+', b'a\x80\x81b\xffc'))
t(lambda: re.match(rb'\xe9', b'\xe9').group())
t(lambda: re.match(b'\xe9', b'\xe9').group())
t(lambda: re.match(rb'\w', b'\xe9'))
t(lambda: re.match(rb'(?i)\xe9', b'\xc9'))
t(lambda: re.match(rb'(?i)k', b'K').group())
t(lambda: re.split(rb'\s+', b'a b\tc'))
t(lambda: re.sub(rb'(\w+)', rb'<\1>', b'ab cd'))
t(lambda: re.compile(b'(?P<name>x)').groupindex['name'])
t(lambda: re.match(b'(?P<name>x)', b'x').group('name'))
t(lambda: re.compile(b'a').pattern)
t(lambda: re.search('a', b'abc'))
t(lambda: re.search(b'a', 'abc'))
t(lambda: re.search('a', bytearray(b'a')))
t(lambda: re.search(b'a', memoryview(b'xa')).span())
t(lambda: re.compile(b'a').search('a'))
t(lambda: re.compile('a').findall(b'a'))
t(lambda: re.compile(b'a').sub(b'b', 'a'))
t(lambda: re.compile(b'a').split('a'))
t(lambda: re.compile(b'a').finditer('a'))
t(lambda: re.search(b'a', 123))
t(lambda: re.search(b'a', [97]))
t(lambda: re.compile(bytearray(b'a')))
t(lambda: re.compile(memoryview(b'a')))
t(lambda: re.compile(b'\\u0041'))
t(lambda: re.compile(b'\\N{DASH}'))
t(lambda: re.compile(b'(?u)a'))
t(lambda: re.compile(b'a', re.U))
t(lambda: re.compile(b'(?L)a').flags)
t(lambda: re.compile(b'(?a)a').flags)
t(lambda: re.compile(b'\\x'))
t(lambda: re.compile(b'[\xe9-\xe0]'))
b = bytearray(b'hello world')
m = re.search(b'(wor)(ld)', b)
del b[3:]
print(m.group(), m.group(1, 2), m.span(), m.expand(b'[\\1|\\2]'), m)
t(lambda: re.match(b'(a)', bytearray(b'a')).expand(b'<\\1>'))
t(lambda: re.sub(b'(a)', b'<\\1>', bytearray(b'xay')))
