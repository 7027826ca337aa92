# re: Match.expand with group references, escapes and errors
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(!)?', 'John Smith')
for t in [r'\g<last>, \g<first>', r'\2 \1', r'\g<0>', r'[\3]', r'\g<2>\g<1>\g<2>',
          r'a\tb\nc\\d', r'\101\0', r'\&\-\.', '\\é', r'\a\b\f\r\v', r'\0012', '']:
    print(repr(t), repr(m.expand(t)))
for t in [r'\10', r'\4', r'\g<4>', r'\g<x>', r'\g<1x>', r'\g<', r'\g<1', r'\g', r'\q', '\\', r'\400', r'\g<-1>', r'\g<>']:
    try:
        print(repr(m.expand(t)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
mb = re.match(rb'(\w+)=(\w+)', b'key=value')
print(mb.expand(rb'\2=\1'), mb.expand(b'[\\g<0>]'), mb.expand(bytearray(b'\\1')))
for t in [5, None, b'x', 'x']:
    try:
        print(repr(m.expand(t)))
    except TypeError as e:
        print(repr(t), 'TypeError', e)
print(repr(mb.expand('\\1')), repr(m.expand(b'\\1')))
