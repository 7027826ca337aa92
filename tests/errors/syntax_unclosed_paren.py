# A syntax error: an opening parenthesis never closed.
print("before")
x = (1, 2
print(x)
