# re: VERBOSE patterns: whitespace and comments ignored outside classes and escapes
import re

date = re.compile(r"""
    (?P<year>\d{4})   # four digits
    -                 # a dash
    (?P<month>\d\d)   # two digits
    (?:-(?P<day>\d\d))?
    """, re.VERBOSE)
for s in ['2024-05-17', '2024-05', 'x2024-05']:
    m = date.match(s)
    print(s, m and sorted(m.groupdict().items()))

print(re.findall(r'''(?x) [ ]+ | \# ''', 'a  b#c'))
print(re.findall(r'(?x) a \  b', 'a b ab'))
print(re.findall(r'(?x) a * b', 'aaab b'))
print(re.findall(r'(?x) a # comment * \n b', 'ab'))
print(re.findall(r'(?x) \d {2} ', '123456'))
print(re.findall(r'(?x) [#] a', '#a'))
print(re.findall('(?x)a\tb\nc\rd\fe\vf', 'abcdef'))
print(re.findall(r'(?x) ( a | b ) +', 'abba c'))
print(re.findall(r'a b', 'a b ab', re.X), re.findall(r'a b', 'a b ab'))
print(re.findall(r'(?x)a#b', 'a#b'), re.findall('(?x)x#\ny', 'xy'))
