# `import os.path` and `from os.path import ...` find the submodule a built-in
# module holds; a missing submodule of a built-in module is ModuleNotFoundError.
import os.path
import sys
print(os.path.join("a", "b"), "os.path" in sys.modules)
from os.path import join, splitext, basename
print(join("x", "y"), splitext("a.tar.gz"), basename("/p/q.py"))
for name in ("os.nothere", "math.sqrt"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)
