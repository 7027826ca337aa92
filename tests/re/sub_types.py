# re: replacement types: str/bytes mixing, bad callable results, non-string repl
import re


def no_args():
    return 'x'


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: re.sub('a', b'x', 'bab'))
t(lambda: re.sub('a', b'x', 'bbb'))
t(lambda: re.sub(b'a', 'x', b'bab'))
t(lambda: re.sub(b'a', bytearray(b'x'), b'bab'))
t(lambda: re.sub(b'a', memoryview(b'x'), b'bab'))
t(lambda: re.sub('a', 5, 'bbb'))
t(lambda: re.sub('a', None, 'bab'))
t(lambda: re.sub('a', lambda m: 5, 'bbb'))
t(lambda: re.sub('a', lambda m: 5, 'bab'))
t(lambda: re.sub('a', lambda m: b'x', 'bab'))
t(lambda: re.sub('a', lambda m: [1], 'aba'))
t(lambda: re.sub(b'a', lambda m: 'x', b'aa'))
t(lambda: re.sub(b'a', lambda m: bytearray(b'y'), b'aba'))
t(lambda: re.sub('a', b'\\1', 'a'))
t(lambda: re.sub('(a)', b'\\1', 'a'))
t(lambda: re.sub('(a)', b'[\\1]', 'a'))
t(lambda: re.sub(b'(a)', '[\\1]', b'a'))
t(lambda: re.sub(b'(a)', '\\1', b'xa'))
t(lambda: re.sub('a', no_args, 'a'))
t(lambda: re.sub('a', 'x', 5))
t(lambda: re.sub('a', 'x', b'a'))
t(lambda: re.sub('a', 'x', 'a', 'y'))
t(lambda: re.sub('a', lambda m: m, 'a'))
t(lambda: re.subn('a', lambda m: 'b', 'aa', 1.5))
