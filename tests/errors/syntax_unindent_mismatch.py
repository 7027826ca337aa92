# An IndentationError: a dedent to a level that never existed.
if True:
        x = 1
    y = 2
