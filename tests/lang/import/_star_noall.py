# Helper for import_star.py: without __all__, names starting with _ are skipped.
visible = "visible"
_hidden = "hidden"
def func():
    return "func"
