# re: str subjects are indexed by code point: spans, pos/endpos and slices with non-ASCII text
import re

s = 'naïve café — 日本語 😀 end'
for p in [r'\w+', r'é', r'[^\x00-\x7f]+', r'😀', r'.', r'\s', r'\b']:
    print(repr(p), [(m.span(), m.group()) for m in re.finditer(p, s)])
m = re.search('(日)(本)(語)', s)
print(m.span(), m.regs, m.start(2), m.end(3), m.span(1), m.group(2), repr(m))
p = re.compile('é|😀')
print(p.search(s, 10).span(), p.search(s, 11).span(), p.search(s, 0, 10), p.findall(s, 5, 20))
print([m.span() for m in re.finditer('', 'éa😀')], re.split('', 'é😀'), re.sub('', '-', 'é😀'))
print(re.match('(?s).*', 'é\nü').span(), re.fullmatch('...', 'é😀ü').span())
print(re.search(r'(?<=é)\w', 'éa').span(), re.search(r'(?<=😀😀)x', '😀😀x').span(), re.search(r'(?<!é)b', 'éb b').span())
print(re.search('$', 'éé').span(), re.search('😀$', 'a😀\n').span())
print(re.sub('(é)', r'[\1]', 'aéb'), re.split('(ü)', 'aüb'), re.findall('(.)(.)', 'éü😀a'))
print(re.match('[😀-😂]+', '😁😂x').span(), re.match(r'\U0001F600\u00e9', '😀é').span())
print(re.search(r'(\w)\1', 'xéé').span(), re.search(r'(?i)(\w)\1', 'xéÉ').span())
print(re.compile('ü').search('üüü', 1, 2).span(), re.compile('ü').search('üüü', -10, 99).pos)
big = 'ä' * 1000 + 'x'
print(re.search('x', big).span(), re.search('ä+x', big).span(), len(re.findall('ä', big)))
