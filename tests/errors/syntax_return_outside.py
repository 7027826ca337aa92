# A syntax error: return at module level.
print("never printed")
return 1
