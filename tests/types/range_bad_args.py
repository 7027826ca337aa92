# range() checks its arguments in for loops too (no counter-loop shortcut that
# skips them), and a shadowed range is the one called.
for bad in (2.5, "3", None):
    try:
        for i in range(bad):
            print("ran", i)
    except TypeError as e:
        print("TypeError", e)
try:
    for i in range(0, 10, 0):
        pass
except ValueError as e:
    print("ValueError", e)

def count_calls():
    calls = []
    def range(*args):
        calls.append(args)
        return [10, 20]
    for x in range(3):
        print(x)
    return calls
print(count_calls())
print([i for i in range(10, 0, -3)], sum(i for i in range(-5, 5, 2)))
