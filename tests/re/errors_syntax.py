# re: bad patterns (parentheses, quantifiers, classes): re.error messages and positions
import re

for p in ['(', ')', 'a)', '(a', '((a)', 'a(b', '(?:a', '(?=a', '(?<=a', '(?>a', '(?i:a',
          '*', '+a', '?', 'a**', 'a*?*', 'a+++', 'a{2}{3}', 'a{2}*', '(?:a*)*x', '|*', '(*)',
          '^*', '$+', r'\b*', r'\A?', '(?i)*', 'a(?#c)*', '(?#c)*', 'a{3,2}', 'a{2,1}?',
          'x{}', 'x{,}', 'a{1,2', '{', '{1}',
          '[a', '[a-', '[', '[^', '[]', '[^]', '[z-a]', '[a-\\d]', r'[\d-z]', r'[\w-\d]',
          r'[\x41-\d]', r'[\x42-\x41]', '[a-b-c]', '\n(', 'ab\ncd(', '(?x) a b # c\n (',
          'a{99999999999}', 'a{1,99999999999}', 'a{4294967295}', 'a{4294967294}']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(p), 'OverflowError:', e)
