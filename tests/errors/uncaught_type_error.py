# An uncaught TypeError from a call with the wrong number of arguments.
def two(a, b):
    return a + b
print(two(1, 2))
two(1)
