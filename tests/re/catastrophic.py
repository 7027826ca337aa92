# re: patterns that backtrack exponentially end at once when the subject lacks a character
# every match needs; the long subjects run only under Mote (CPython takes minutes on them)
import re
import sys

n = 100000 if sys.implementation.name == 'mote' else 7
for p in ['(a*)*b', '(a+)+b', '(?:a|aa)+c', '(?:(?:a*)*)*z', '(x+x+)+y', '^(a|a)*$b']:
    print(p, re.match(p, 'a' * n), re.search(p, 'a' * n), re.findall(p, 'a' * n), re.sub(p, '-', 'a' * n) == 'a' * n)
print(re.match('(a*)*b', 'a' * 10 + 'b').span(), re.search('(a+)+b', 'c' + 'a' * 10 + 'b').span())
print(re.match('(a*)*$', 'a' * 10).span(), re.match('(a|b|ab)*c', 'ab' * 6 + 'c').span())
