# Helper for import_circular.py: imports _circ_b, which imports this module back.
print("a: start")
import _circ_b
a_value = "A"
def use_b():
    return "a uses " + _circ_b.b_value
print("a: end")
