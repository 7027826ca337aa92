# Exceptions inside loops: continue/break from handlers, else clauses, counts.
ok = bad = 0
for s in ["1", "2", "x", "4", "", "6"]:
    try:
        n = int(s)
    except ValueError:
        bad += 1
        continue
    else:
        ok += 1
    finally:
        pass
print(ok, bad)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("breaking at", i)
        break
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            continue
    return -1
print(first_valid([None, "a", "7", "8"]), first_valid([]))
