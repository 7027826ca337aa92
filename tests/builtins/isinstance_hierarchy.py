# isinstance/issubclass across user hierarchies, builtin subclasses and tuples of classes.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D(), 1, True, "s", [], None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, D)), isinstance(o, (int, str)), isinstance(o, object))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(bool, int), issubclass(int, (str, float)))
class MyList(list): pass
print(isinstance(MyList(), list), issubclass(MyList, list), type(MyList()) is list, isinstance([], MyList))
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError", e)
