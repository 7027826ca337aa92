# Helper for import_caching.py: prints each time its body runs.
print("_counted body runs")
state = []
