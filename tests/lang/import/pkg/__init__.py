# A package for the import tests: __init__ runs once, before any submodule.
print("pkg/__init__ executing, __name__ =", __name__)
pkg_value = "from pkg"
from .sibling import sib_value
