# re: conditional groups (?(id)yes|no) by number and by name
import re


def show(pattern, subjects):
    p = re.compile(pattern)
    print(repr(pattern), [(s, p.fullmatch(s) and p.fullmatch(s).groups()) for s in subjects])


show(r'(<)?\w+(?(1)>)', ['<a>', 'a', '<a', 'a>'])
show(r'(<)?\w+(?(1)>|!)', ['<a>', 'a!', 'a', '<a!'])
show(r'(?P<q>")?\w+(?(q)")', ['"x"', 'x', '"x'])
show(r'(a)?(?(1)b|c)d', ['abd', 'cd', 'bd', 'acd'])
show(r'(?:(a)|b)(?(1)x|y)', ['ax', 'by', 'ay', 'bx'])
show(r'(a)?(?(1)|c)', ['a', 'c', ''])
show(r'(?(1)a|b)?(x)', ['x', 'bx'])
show(r'((a)|b)+(?(2)c|d)', ['abc', 'bad', 'bbd', 'abd'])
show(r'(\()?\d+(?(1)\))', ['(1)', '2', '(3', '4)'])
