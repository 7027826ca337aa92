# An IndentationError: a block with no indented body.
if True:
print("not indented")
