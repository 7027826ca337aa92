# A syntax error: yield outside a function.
x = 1
yield x
