# re: bad escapes in patterns and classes, for str and bytes patterns
import re

for p in ['\\', 'a\\', r'\q', r'\e', r'\x4', r'\xg', r'\x', r'\u12', r'\u', r'\U0011000', r'\U00110000',
          r'\N', r'\N{', r'\N{}', r'\N{EM', r'\777', r'\1', r'(a)\2', r'(a\1)', r'\8', r'\08',
          r'[\8]', r'[\q]', r'[\A]', r'[\Z]', r'[\B]', r'[\b]', r'[\777]', r'[\x4]', r'[\u12]',
          r'\é', r'[\é]', r'\_', r'\ ', r'(a)\1\18', r'\400', r'[\400]', r'\K', r'\G', r'\z']:
    for pat in (p, p.encode('utf-8')):
        try:
            re.compile(pat)
            print(repr(pat), 'ok')
        except re.error as e:
            print(repr(pat), '->', e)
try:
    re.compile('\xe9\\'.encode('latin-1'))
except re.error as e:
    print(e, e.pattern)
try:
    re.compile('\xe9)'.encode('latin-1'))
except re.error as e:
    print(e, e.pattern)
