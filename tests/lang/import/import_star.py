# from module import * with and without __all__.
from _star_all import *
print(public, _exported_private)
try:
    not_listed
except NameError:
    print("not_listed not imported")
from _star_noall import *
print(visible, func())
try:
    _hidden
except NameError:
    print("_hidden not imported")
