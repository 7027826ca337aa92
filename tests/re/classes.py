# re: character classes: ranges, negation, escapes inside, ']' and '-' placement
import re


def fa(pattern, subject, flags=0):
    print(repr(pattern), re.findall(pattern, subject, flags))


fa('[abc]', 'abcdcba')
fa('[a-c]+', 'abcdefcab')
fa('[^a-c]+', 'abcdefcab')
fa('[a-cx-z0-2]+', 'ab3yz01w')
fa('[]a]', 'a]b')
fa('[^]a]', 'a]b')
fa('[]]+', ']]x')
fa('[a-]', 'a-b')
fa('[-a]', 'a-b')
fa(r'[\w-]+', 'foo-bar baz')
fa('[a^]', 'a^b')
fa(r'[\]\\]', 'a]\\b')
fa(r'[\n\t]', 'a\nb\tc')
fa(r'[\x41-\x43]', 'ABCD')
fa(r'[\u00e0-\u00ff]+', 'abàéÿz')
fa(r'[\101-\103]', 'ABCD')
fa(r'[\b]', 'a\bb')
fa(r'[\d]+', 'a12b3')
fa(r'[\D]+', 'a12b3')
fa(r'[\s,]+', 'a, b ,c')
fa(r'[^\s,]+', 'a, b ,c')
fa(r'[\W\d]+', 'ab12..cd')
fa(r'[^\W\d]+', 'ab12..cd_e')
fa('[.*+?]', 'a.b*c+d?')
fa('[$^]', '$a^')
fa('[é-ë]', 'eéêëè')
fa('[😀-😂]', 'a😀😁😂😃')
fa('[^😀]', 'a😀b')
fa('[(|)]', 'a(b|c)')
fa('[a-a]', 'aab')
fa('[%-,]', '%+,-.')
