# Packages: __init__, submodules, nested packages, relative imports, "import a.b as c".
import pkg
print(pkg.pkg_value, pkg.sib_value, pkg.__name__)
import pkg.sub
print(pkg.sub.sub_value, pkg.sub.where())
import pkg.sub as s
print(s is pkg.sub, s.sub_value)
from pkg import sub
print(sub is s)
from pkg.sub import sub_value
print(sub_value)
from pkg.inner import deep
print(deep.deep_value)
import pkg.inner.deep as d
print(d is deep, pkg.inner.deep is d)
from pkg import sibling
print(sibling.sib_value, pkg.sibling is sibling)
