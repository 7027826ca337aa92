# Helper for import_circular.py: sees _circ_a half-initialised while it loads.
print("b: start")
import _circ_a
print("b: a has a_value yet?", hasattr(_circ_a, "a_value"))
b_value = "B"
def use_a():
    return "b uses " + _circ_a.a_value
print("b: end")
