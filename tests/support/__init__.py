# Helpers shared by the pytest modules in tests/ (not test programs themselves).
