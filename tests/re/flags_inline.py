# re: inline flags (?i) (?m) (?s) (?x) (?a) and scoped groups (?i:...) (?-i:...)
import re


def show(pattern, subject):
    print(repr(pattern), repr(subject), re.findall(pattern, subject))


show('(?i)abc', 'ABC aBc abc')
show('(?m)^x', 'x\nx')
show('(?s)a.b', 'a\nb')
show('(?x) a b c  # letters', 'abc')
show('(?a)\\w+', 'héllo')
show('(?u)\\w+', 'héllo')
show('(?im)^a', 'A\na')
show('(?i)(?m)^a', 'A\na')
show('(?i:a)b', 'ab Ab AB')
show('a(?i:b)c', 'abc aBc aBC')
show('(?-i:a)b', 'ab')
show('(?i)a(?-i:b)c', 'ABC AbC abc')
show('(?i)(?-i:[a-c])x', 'AX ax bX')
show('(?s:.)\n.', 'a\nb\n\nc')
show('(?m:^a)|^b', 'b\na\nb')
show('(?x: a b )c', 'abc')
show('(?x)a(?-x: b )c', 'a b c')
show('(?a:\\w)\\w', 'éé aé')
show('(?i)[a-c]+', 'xAbCx')
show('(?i)[^a]', 'aAb')
show('(?-s:.)', 'a\n')
show('(?i-s:a.)', 'A\nAb')
show('(?i)(?#comment)a', 'A')
print(re.compile('(?i)a').pattern, re.compile('(?i:a)b').flags, re.compile('(?ix)a').flags)
