# Helper for import_failure.py: fails half-way through executing.
print("raising module starts")
partial = 1
x = 1 / 0
