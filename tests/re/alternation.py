# re: alternation: leftmost branch wins, empty branches, nesting, with quantifiers
import re


def show(pattern, subject):
    print(repr(pattern), [(m.span(), m.groups()) for m in re.finditer(pattern, subject)])


show('cat|dog', 'a cat and a dog')
show('a|ab', 'ab')
show('ab|a', 'ab')
show('(a|ab)(c|bcd)', 'abcd')
show('x(a|b|c)y', 'xay xby xdy')
show('|x', 'ax')
show('x|', 'ax')
show('a|b|', 'abc')
show('(?:a|b)+', 'abbac')
show('(a|b)+', 'abbac')
show('(red|green|blue) (car|bike)', 'red bike, blue car')
show('^(?:ab|cd)$', 'cd')
show('(a|(b)|c)*', 'abc')
show('(?:(a)|(b)|(c))*', 'cab')
show('a(?:b|c)?d', 'ad abd acd aed')
show('(foo|foobar)baz', 'foobarbaz')
show('(?:[0-9]+|[a-z]+)', '12ab34')
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('(?:a|ab)c', 'abc').span())
