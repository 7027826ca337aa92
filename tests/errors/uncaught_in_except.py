# An exception raised while handling another: the last stderr line is the newer one.
try:
    [][1]
except IndexError:
    print("handling")
    {}["k"]
