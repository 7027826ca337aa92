# re: lookahead and lookbehind, positive and negative, with captures and pos
import re


def show(pattern, subject, pos=0):
    print(repr(pattern), [(m.span(), m.groups()) for m in re.compile(pattern).finditer(subject, pos)])


show(r'\w+(?=,)', 'a, bb, ccc')
show(r'\w+(?!,)\b', 'a, bb, ccc')
show(r'(?<=\$)\d+', 'cost $30 or 40')
show(r'(?<!\$)\b\d+', 'cost $30 or 40')
show(r'(?<=a|b)c', 'ac bc cc')
show(r'(?<=ab|cd)e', 'abe cde ae')
show(r'(?<=(a))b', 'ab')
show(r'(?=(\w+))\w', 'ab')
show(r'(?=(a+))a*b\1', 'baaabac')
show(r'(?!(a))b', 'ab b')
show(r'x(?=y)', 'xy xz')
show(r'x(?!y)', 'xy xz')
show(r'(?<=x)', 'axbx')
show(r'(?<!x)', 'axb')
show(r'(?=a)*a', 'aa')
show(r'(?=(a))?', 'ab')
show(r'\b(?=\w{3}\b)\w+', 'ab abc abcd xyz')
show(r'(?<=é)\w', 'éa éb')
show(r'(?<=日本)語', '日本語 本語')
show(r'(?<!\d)(?<!-)\d+', '12 -3 45')
show(r'(?<=(?<=a)b)c', 'abc bc')
show(r'(?<=a)b', 'ab', 1)
show(r'(?<!a)b', 'ab', 1)
show(r'(?<=\b)\w', 'ab cd')
show(r'(?<=(?P<x>a))(?P=x)', 'aa')
show(r'(?<=a{3})b', 'aaab aab')
show(r'(?<=[ab]\d)c', 'a1c b2c cc')
show(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123 abcdef 123456 x1y2z3')
show(r'(?<=\d{3})(?<!999)x', '123x 999x')
