# A syntax error: a string literal that never ends.
s = "abc
