# finally overriding return and exceptions; return value evaluated before finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            if i == 1:
                print("f5 finally at", i)
def f6():
    try:
        try:
            return "inner"
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        return "caught " + str(e)
print(f1(), f2(), f3(), f4(), f5(), f6())
def f7():
    try:
        pass
    finally:
        print("normal path finally")
    return "after"
print(f7())
