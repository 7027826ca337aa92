# if / elif / else chains and nested conditionals.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "big"
for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
x = 7
if x > 5: print("one-line if")
if x: pass
else: print("never")
if not x:
    print("no")
elif x == 7 and x > 0:
    print("elif taken")
y = "yes" if x == 7 else "no"
print(y, ("a" if x > 100 else "b") + "c")
