# A package with a module-level __getattr__ (PEP 562) that raises AttributeError for
# names it does not compute.
def __getattr__(name):
    if name == "lazy":
        return 42
    raise AttributeError(name)
