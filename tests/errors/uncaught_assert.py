# An uncaught AssertionError with a message.
x = 3
assert x == 3, "fine"
print("passed first")
assert x > 5, "x must exceed 5"
