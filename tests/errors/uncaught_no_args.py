# An uncaught exception without arguments prints just the class name.
print("start")
raise ValueError
