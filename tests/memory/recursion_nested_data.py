# Very deeply nested data must raise RecursionError in repr and ==, never crash.
nested = []
for _ in range(25000):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("repr recursion")
other = []
for _ in range(25000):
    other = [other]
try:
    print(nested == other)
except RecursionError:
    print("compare recursion")
shallow = [[[1]]]
print(repr(shallow), shallow == [[[1]]])
