# Module-level state changed by functions through global, and read without it.
count = 0
log = []
def incr(n=1):
    global count
    count += n
    log.append(count)
def read():
    return count
for i in range(5):
    incr(i)
print(count, read(), log)
def reset():
    global count, log
    count, log = 0, []
reset()
print(count, log)
def shadow():
    count = "local"
    return count
print(shadow(), count)
