# re: backreferences \1.. and (?P=name), case-insensitive ones, unmatched groups
import re


def show(pattern, subject, flags=0):
    m = re.search(pattern, subject, flags)
    print(repr(pattern), repr(subject), m and (m.span(), m.groups()))


show(r'(\w)\1', 'abccd')
show(r'(\w+) \1', 'hello hello world')
show(r'(\w+) \1\b', 'the theory the the end')
show(r'(?P<q>[\'"]).*?(?P=q)', 'say "it\'s" ok')
show(r'(a)|b\1', 'ba')
show(r'(a)?b\1', 'b')
show(r'(a)?b(?(1)\1|c)', 'bc')
show(r'(a*)b\1', 'aabaa')
show(r'(a*)b\1$', 'aaba')
show(r'(?i)(\w)\1', 'aA')
show(r'(\w)\1', 'aA', re.IGNORECASE)
show(r'(?i)(é)\1', 'éÉ')
show(r'(.)\1{2}', 'abbbc')
show(r'((.)\2)+', 'aabbcd')
show(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj')
show(r'(a)\1\1', 'aaa')
show(r'(a)[\1]', 'a\x01')
show(r'(ab)\1', 'abab')
show(rb'(\xe9)\1', b'\xe9\xe9')
show(r'(?P<n>x)(?P=n)+', 'xxxx')
show(r'(.+)\1', 'éééé')
