# assert with and without messages; AssertionError contents.
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught", e, e.args)
try:
    x = [1]
    assert len(x) == 0, ("tuple", len(x))
except AssertionError as e:
    print("caught", e.args)
def check(v):
    assert isinstance(v, int), "need int, got %s" % type(v).__name__
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
