# throw() and close(): GeneratorExit, handling thrown exceptions, finally blocks.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
w.close()
def unhandled():
    yield 1
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def catches_exit():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
g2 = catches_exit()
g2.close()
print("unstarted close ok")
try:
    g2.throw(IndexError)
except IndexError:
    print("throw into closed generator raises")
