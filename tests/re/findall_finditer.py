# re: findall (strings, or tuples with several groups) and finditer's iterator
import re

print(re.findall(r'\w+', 'hello big world'))
print(re.findall(r'(\w)(\w)', 'abcde'))
print(re.findall(r'(\w)\w', 'abcde'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall('x*', 'axbc'), re.findall('', 'ab'), re.findall('', ''))
print(re.findall(r'\d+|[a-z]+', '12ab34cd'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'(\d)(?:,(\d))*', '1,2,3 4'))
print(re.findall(r'(?P<k>\w)=(?P<v>\w)', 'a=1 b=2'))
print(re.findall(b'[a-z]+', b'ab 12 cd'), re.findall(rb'(\d)(\d)?', bytearray(b'12 3')))
print(re.findall('é+', 'aéébé'), re.findall('.', '😀a'))
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__, iter(it) is it)
print(next(it), [m.group() for m in it])
try:
    next(it)
except StopIteration:
    print('exhausted')
print([m.span() for m in re.finditer('', 'ab')], [m.span() for m in re.finditer('x*', 'axxb')])
print([(m.span(), m.pos, m.endpos) for m in re.compile('a').finditer('aaaa', 1, 3)])
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1b')])
print([m.span() for m in re.finditer('é', 'éaé')], list(re.finditer('z', 'abc')))
words = re.finditer(r'\w+', 'one two')
first = next(words)
print(first.group(), first.end(), next(words).group())
