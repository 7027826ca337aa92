# Submodule using relative imports of a sibling module and of its package.
print("pkg.sub executing, __name__ =", __name__)
from . import sibling
from .sibling import sib_value
from . import pkg_value
sub_value = "sub sees " + sib_value + " and " + pkg_value
def where():
    return __name__
