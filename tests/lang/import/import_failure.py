# A module that raises during import is not cached; missing modules and names.
import sys
for attempt in range(2):
    try:
        import _raises_on_import
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError", e)
print("_raises_on_import" in sys.modules)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _helper import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name'"))
print(issubclass(ModuleNotFoundError, ImportError))
