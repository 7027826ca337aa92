# break/return running a finally block whose code needs stack: the VM's unwind marker
# must not overwrite the function's locals (it took the highest local's slot).
def on_break():
    a = 1
    while True:
        try:
            break
        finally:
            print("fin", 1, 2)
    return a
def on_return():
    a, b = "a", "b"
    try:
        return a + b
    finally:
        print("fin", 7, 8, 9, [a, b])
def nested():
    x = "x"
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
            finally:
                print("inner", i, x, (i, x))
        finally:
            print("outer", i, x, [i, x, i])
    return x
print(on_break(), on_return(), nested())
