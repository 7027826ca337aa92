# A module two levels down importing from its grandparent with "..".
print("pkg.inner.deep executing")
from .. import sub
from ..sibling import sib_value
deep_value = "deep+" + sub.sub_value + "+" + sib_value
