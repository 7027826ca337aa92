# import, from-import, aliases, module attributes.
import _helper
print(_helper.value, _helper.double(4), _helper.Thing(), _helper.__name__)
import _helper as h
print(h is _helper, h.value)
from _helper import double, value as v
print(double(v))
from _helper import Thing as T, _private
print(T(), _private)
print(type(_helper).__name__, hasattr(_helper, "double"), "value" in dir(_helper))
_helper.value = 7
import _helper
print(_helper.value, h.value)
def local_import():
    import _helper as inner
    return inner.double(inner.value)
print(local_import(), "inner" in dir())
