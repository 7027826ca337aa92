# A round-robin scheduler of coroutines that yield control through an awaitable.
class Yield:
    def __await__(self):
        yield
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await Yield()
    return name.upper()
async def parent():
    r = await worker("p", 2)
    return "parent saw " + r
def scheduler(coros):
    ready = list(coros)
    done = []
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            done.append(e.value)
    return done
print(scheduler([worker("a", 3), worker("b", 1), parent(), worker("c", 2)]))
print(log)
