# break / continue / return passing through try-finally blocks.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)
def f():
    for i in range(3):
        try:
            try:
                if i == 2:
                    return "returned %d" % i
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "end"
print(f())
def g():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after"
print(g())
n = 0
while n < 3:
    n += 1
    try:
        continue
    finally:
        print("cont", n)
