# The builtins module exposes the builtin functions and types.
import builtins
print(builtins.len("abcd"), builtins.int("5"), builtins.max(1, 3), builtins.print is print)
print(builtins.ValueError is ValueError, hasattr(builtins, "sorted"), hasattr(builtins, "no_such_builtin"))
def my_len(x):
    return 99
orig = builtins.len
builtins.len = my_len
print(len("a"))
builtins.len = orig
print(len("a"))
