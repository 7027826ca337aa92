# len on every sized builtin and on user classes; errors for unsized objects.
print(len(""), len("abc"), len("日本"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)), len({}), len({1: 2}))
print(len(set()), len({1, 2}), len(frozenset([1, 1])), len(range(10)), len(range(0, 10, 3)), len({}.keys()), len({1: 1}.items()))
class S:
    def __len__(self):
        return 7
print(len(S()))
for bad in [5, 1.5, None, len, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError")
