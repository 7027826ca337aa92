# async for with __aiter__/__anext__ and async with with __aenter__/__aexit__.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
class Resource:
    async def __aenter__(self):
        print("acquire")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("release", et.__name__ if et else None)
        return et is KeyError
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    async with Resource() as r:
        out.append(r)
    async with Resource():
        raise KeyError("suppressed")
    try:
        async with Resource():
            raise ValueError("kept")
    except ValueError as e:
        out.append(str(e))
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
