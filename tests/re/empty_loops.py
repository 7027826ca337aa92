# re: loops whose body can match nothing end (CPython's rules), keeping captures
import re


def show(pattern, subject):
    m = re.match(pattern, subject)
    print(repr(pattern), repr(subject), m and (m.span(), m.groups()))


show('(a*)*', 'aaa')
show('(a*)+', 'aaa')
show('(a*)*b', 'aab')
show('(a*)*b', 'a' * 16)
show('(?:a*)*b', 'a' * 16)
show('(a|)*b', 'aab')
show('(|a)*b', 'aab')
show('(a?)*?b', 'aab')
show('(?:)*', 'x')
show('(?:)+x', 'x')
show('()*', 'x')
show('(()|a)+', 'aa')
show('(a*?)*', 'aa')
show('(a*){2,}', 'aa')
show('(a*){3}b', 'aab')
show('(?:a*|b)*c', 'abbac')
show('(x*)*y', 'xxxy')
show('((a*)*)*b', 'aab')
show('(?:(?:a*)*)*c', 'a' * 10)
show('(\\b)*a', 'a')
show('(?=a)*a', 'a')
show('(a*)*?$', 'aa')
print(re.findall('(a*)*', 'aabaa'), re.sub('(a*)*', '-', 'baac'), re.split('(?:x*)*', 'axb'))
print(re.search('(a*)*b', 'a' * 14), re.search('(?:a+)+c', 'a' * 14 + 'b'))
