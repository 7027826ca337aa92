# sys.modules caches modules: a second import does not re-run the body.
import sys
import _counted
_counted.state.append(1)
import _counted
import _counted as again
print(_counted.state, again is _counted, sys.modules["_counted"] is _counted)
del sys.modules["_counted"]
import _counted as fresh
print(fresh.state, fresh is again)
print("sys" in sys.modules, type(sys.modules).__name__)
