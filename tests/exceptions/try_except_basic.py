# try/except/else/finally in all combinations and orders of execution.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
try:
    x = 1
except Exception:
    print("never")
else:
    print("else only", x)
try:
    try:
        raise KeyError("k")
    finally:
        print("finally without except")
except KeyError as e:
    print("caught outside", repr(e))
try:
    {}["a"]
except (TypeError, KeyError) as e:
    print("tuple of types", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("base class catch", type(e).__name__, e)
try:
    int("x")
except:
    print("bare except")
try:
    1 / 0
except ValueError:
    print("wrong")
except ZeroDivisionError as e:
    print("second clause", e)
print("e" in dir())
