# An uncaught ZeroDivisionError: output before it is kept, status 1.
print("before")
def f(x):
    return 10 / x
print(f(2))
print(f(0))
print("never")
