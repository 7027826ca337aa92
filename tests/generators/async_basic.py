# async def coroutines driven by hand with send(None).
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")
print(run(main()))
c = add(1, 1)
print(type(c).__name__)
print(run(c))
async def nested(n):
    if n == 0:
        return "bottom"
    return "(" + await nested(n - 1) + ")"
print(run(nested(3)))
async def raises():
    raise ValueError("async error")
async def catcher():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))
