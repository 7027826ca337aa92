# re: the module's names, the Pattern and Match types, and finditer's iterator type
import re

for name in ['compile', 'search', 'match', 'fullmatch', 'sub', 'subn', 'split', 'findall', 'finditer',
             'escape', 'purge', 'error', 'Pattern', 'Match', 'A', 'ASCII', 'I', 'IGNORECASE', 'L', 'LOCALE',
             'M', 'MULTILINE', 'S', 'DOTALL', 'U', 'UNICODE', 'X', 'VERBOSE', 'T', 'TEMPLATE', 'DEBUG', 'NOFLAG']:
    print(name, hasattr(re, name))
p = re.compile('a')
m = p.match('a')
for name in ['search', 'match', 'fullmatch', 'sub', 'subn', 'split', 'findall', 'finditer',
             'pattern', 'flags', 'groups', 'groupindex']:
    print('Pattern.' + name, hasattr(p, name))
for name in ['group', 'groups', 'groupdict', 'start', 'end', 'span', 'expand', 'string', 're',
             'pos', 'endpos', 'lastindex', 'lastgroup', 'regs']:
    print('Match.' + name, hasattr(m, name))
print(type(p) is re.Pattern, type(m) is re.Match, type(re.finditer('a', 'a')).__name__)
print(str(re.Pattern), str(re.Match))
try:
    re.Pattern()
except TypeError:
    print('Pattern() TypeError')
try:
    class P(re.Pattern):
        pass
except TypeError:
    print('no subclassing')
print(isinstance(re.error('x'), Exception), issubclass(re.error, Exception))
