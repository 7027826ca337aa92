# re: replacement templates: \1 \g<n> \g<name> \g<0>, escapes, octal, and their errors
import re

m = r'(?P<a>x)(?P<b>y)?'
for t in [r'\1', r'\g<1>', r'\g<a>', r'\g<0>', r'[\2]', r'\g<b>!', r'\1\1', r'\g<1>1',
          r'\n\t\\', r'\a\b\f\r\v', r'\0', r'\01', r'\012', r'\0123', r'\101\102', r'\141x',
          r'\&', r'\-', '\\é', r'\ ', r'\.', '', 'plain', r'\g<01>']:
    print(repr(t), repr(re.sub(m, t, 'xx')))
for t in [r'\11', r'\2\3', r'\3', r'\9', r'\g<3>', r'\g<c>', r'\g<1c>', r'\g<>', r'\g<1', r'\g', r'\ga',
          r'\q', r'\x41', r'\u0041', r'\N', r'\d', '\\', 'a\\', r'\400', r'\777', r'\g<-1>', r'\g<1.0>']:
    try:
        print(repr(t), repr(re.sub(m, t, 'xx')))
    except re.error as e:
        print(repr(t), 'error:', e, e.pos, repr(e.pattern))
    except IndexError as e:
        print(repr(t), 'IndexError:', e)
for t in [rb'\1', rb'\g<1>', rb'\n', rb'\377', rb'\q', rb'\g<\xe9>']:
    try:
        print(repr(t), repr(re.sub(rb'(a)', t, b'xa')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
