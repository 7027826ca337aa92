# re: long subjects: greedy and lazy repeats, loops and searches stay linear and use no C recursion
import re

n = 100000
s = 'a' * n
print(re.match('.*', s).span(), re.match('.*?$', s).span(), re.search('.*z', s + 'z').span())
print(re.match('(?:a|b)*c', 'ab' * 20000 + 'c').span())
print(re.match('(a|b)*c', 'ab' * 20000 + 'c').span())
print(re.match('(?:ab)*?c', 'ab' * 20000 + 'c').span())
print(re.match('(?:(a)|b)*x', 'ab' * 5000 + 'x').groups())
print(len(re.findall(r'\w+', 'word ' * 20000)), len(re.split(' ', 'x ' * 20000)))
print(re.sub(r'(\d)', r'<\1>', '0123456789' * 1000)[:40])
print(re.match('(?:a){1000,}', 'a' * 1500).span(), re.match('(?:a){,1000}?b', 'a' * 999 + 'b').span())
print(re.fullmatch('(?:x?)*y', 'x' * 5000 + 'y').span(), re.match(r'(\w+)\s\1', s + ' ' + s).end())
print(re.search('a{3}b', s[:5000] + 'b').span(), re.search('(?<=a)b', s + 'b').span())
print(re.search('(?=(a+))a+b', 'a' * 5000 + 'b').end(), re.match('((((((a))))))*', s[:10000]).span())
print(re.search('needle', 'hay' * 30000 + 'needle').span(), re.search('x', s))
print(re.match('(?s).*', 'é\n' * 20000).span(), re.findall('é+', 'éé a ' * 1000)[:2])
