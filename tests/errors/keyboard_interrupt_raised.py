# An uncaught KeyboardInterrupt raised by the program: traceback, status 1.
print("raising")
raise KeyboardInterrupt
