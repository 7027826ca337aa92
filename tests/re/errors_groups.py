# re: bad group names, references, extensions and inline flags
import re

for p in ['(?P<1a>x)', '(?P<a b>x)', '(?P<a>x)(?P<a>y)', '(?P<a>(?P<a>y))', '(?P=b)', '(?P=a)(?P<a>x)',
          '(?P<a>(?P=a))', '(?P<a', '(?P<>a)', '(?P<a>', '(?P=', '(?P=)', '(?P=a', '(?Px)', '(?P',
          '(?', '(?<x)', '(?<', '(?z)', '(?#abc', '(?(1)a|b)', '(a)(?(1)b|c|d)', '(?(x)a)',
          '(?(0)a)', '(?(a-b)a)', '(?(2)a)(b)', '(?(3)a)(b)', '(?(1', '(?()a)', '(?(1)a',
          '(?i', '(?i-', '(?i-:a)', '(?-i)', '(?L)a', '(?u)a', '(?au)a', '(?-a:a)', '(?-u:a)',
          'a(?i)', '(?i)(?m)a', 'x|(?i)a', '((?i)a)', '(?t:a)', '(?-t:a)', '(?i-i:a)', '(?i-m',
          '(?i-mz:a)', '(?iz)', '(?i!)', '(?-', '(?-1:a)', '(?é)',
          '(?<=a*)b', '(?<=a|bc)d', '(?<!a+)b', '(?<=a{2,3})b', '(?<=(a)\\1)b', '(?<=(?P<x>a)(?P=x))b',
          '(a)(?<=\\1)', '(?<=\\1(a))', '(?<=(?(1)a|b))', '(a)(?<=(?(1)b|c))x']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos)
for p, f in [('a', re.L), ('(?a)a', re.U), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print(repr(p), int(f), 'ValueError:', e)
