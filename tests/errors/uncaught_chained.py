# An uncaught chained exception (raise from): the last stderr line is the outer one.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("could not parse %r" % s) from e
print(parse("12"))
print(parse("x"))
