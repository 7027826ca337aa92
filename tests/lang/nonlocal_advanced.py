# nonlocal through several levels, in loops, and alongside globals of the same name.
value = "global"
def level1():
    value = "level1"
    def level2():
        def level3():
            nonlocal value
            value = "set by level3"
        level3()
        return value
    r = level2()
    return r, value
print(level1(), value)
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        return old
    return add, reset
add, reset = make_accumulators()
for i in range(5):
    add(i)
print(add(0), reset(), add(7))
def loop_nonlocal():
    hits = 0
    def hit():
        nonlocal hits
        hits += 1
    for _ in range(4):
        hit()
    return hits
print(loop_nonlocal())
