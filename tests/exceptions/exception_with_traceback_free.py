# Exceptions as values: stored in lists, compared by type, re-raised later.
errors = []
for f in [lambda: int("x"), lambda: [][1], lambda: {}[0], lambda: None + 1]:
    try:
        f()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])
try:
    raise errors[1]
except IndexError as e:
    print("re-raised stored", e is errors[1])
by_type = {}
for e in errors:
    by_type.setdefault(type(e).__mro__[1].__name__, []).append(type(e).__name__)
print(sorted(by_type.items()))
