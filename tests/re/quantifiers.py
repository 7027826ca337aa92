# re: greedy quantifiers * + ? {m} {m,} {m,n} {,n} on characters, classes and groups
import re


def show(pattern, subject):
    print(repr(pattern), [(m.span(), m.groups()) for m in re.finditer(pattern, subject)])


show('a*', 'aaabaa')
show('a+', 'aaabaa')
show('a?', 'aab')
show('a{2}', 'aaaaa')
show('a{2,}', 'a aa aaaaa')
show('a{2,3}', 'aaaaaaa')
show('a{,2}', 'aaaaa')
show('a{0}b', 'ab')
show('a{0,0}', 'aa')
show('a{1}', 'aa')
show('[ab]{2,3}', 'abababa')
show('.{3}', 'abcdefgh')
show('(ab)*', 'ababx')
show('(ab)+', 'xababab')
show('(ab)?c', 'abc c')
show('(?:ab){2}', 'abababab')
show('(a|bc){2,3}', 'abcbca')
show('(?:a{2}){2}', 'aaaaa')
show('(a{1,2}){2}', 'aaaa')
show('x(?:ab)*y', 'xy xaby xababy')
show(r'\d{2,4}', '1 12 12345 1234567')
show(r'(\d+)\.(\d*)', '3.14 2. 10.5')
show('.*', 'abc')
show('.+', 'ab\ncd')
show('(.*)c', 'abcabc')
show('a{3,5}', 'a' * 12)
show('(?:x){1000}', 'x' * 2500)
show('(a){2}', 'aaaa')
print(re.match('a{2,1000000}', 'a' * 3000).span(), re.match('(?:a|b){0,4294967294}', 'ab' * 50).span())
