# Submodule imported relatively by pkg/__init__.py and pkg/sub.py.
print("pkg.sibling executing, __name__ =", __name__)
sib_value = "sibling value"
