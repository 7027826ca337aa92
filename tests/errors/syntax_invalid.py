# A syntax error: a malformed function header.
print("never printed")
def f(:
    pass
