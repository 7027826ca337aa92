# from pkg import name: a module __getattr__ raising AttributeError means "missing",
# so a submodule of that name is imported, or ImportError names the package.
from lazypkg import lazy
from lazypkg import sub
print(lazy, sub.X)
try:
    from lazypkg import nothing
except ImportError as e:
    print("ImportError", e.name)
