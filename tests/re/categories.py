# re: \d \D \s \S \w \W for str (Unicode), with ASCII, and for bytes
import re

text = 'ab_9 é٣\t\u2003x\x1cÿ-Z'
for cat in 'dDsSwW':
    p = '\\' + cat
    print(cat, re.findall(p, text), re.findall(p, text, re.ASCII), re.findall('(?a)' + p, text))

btext = b'ab_9 \xe9\xff\t\x0b\x1c-Z'
for cat in 'dDsSwW':
    p = ('\\' + cat).encode()
    print(cat, re.findall(p, btext))

print(re.findall(r'\w+', 'naïve café ÉTÉ ñandú straße'))
print(re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d+', '12 ٣٤ 5'))
print(re.fullmatch(r'\s+', ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0') is not None)
print(re.fullmatch(rb'\s+', b' \t\n\r\x0b\x0c') is not None, re.match(rb'\s', b'\x1c'))
print(re.findall(r'\b\w', 'hé wörld ça'), re.findall(r'\b\w', 'hé wörld ça', re.A))
