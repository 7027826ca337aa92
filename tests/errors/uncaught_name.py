# An uncaught NameError from a misspelled name inside a function.
def f():
    count = 3
    return zebra_stripes
print("calling")
f()
