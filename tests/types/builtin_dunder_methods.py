# Special methods of builtin types called directly, and through the type.
print((5).__neg__(), (5).__add__(3), (7).__mod__(4), (2).__pow__(10), (5).__eq__(5), (5).__lt__(3))
print("abc".__len__(), "a".__add__("b"), "abc".__contains__("b"), "ab".__mul__(2), "x".__eq__("x"))
l = [1, 2, 3]
print(l.__len__(), l.__getitem__(2), l.__contains__(4), next(l.__iter__()), reversed(l).__next__())
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, list.__len__([1, 2]), dict.__getitem__({1: 2}, 1), int.__add__(1, 2), str.__len__("four"))
d = {"k": 1}
print(d.__contains__("k"), d.__len__(), d.__getitem__("k"), (1, 2).__len__(), (1.5).__add__(1))
print((5).__add__("x"), (1.0).__add__("x"))
