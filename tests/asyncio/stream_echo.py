# Streams over TCP on localhost: start_server on port 0, open_connection, readline,
# readexactly, read to EOF, write/drain, close/wait_closed, several clients at once,
# and a refused connection.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    n = int(await reader.readexactly(2))
    rest = await reader.readexactly(n)
    writer.write(b"echo:" + line.strip() + b":" + rest)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name + b"\n")
    writer.write(b"%02d" % len(name) + name)
    await writer.drain()
    data = await reader.read()
    writer.close()
    await writer.wait_closed()
    return data


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(await client(port, b"one"))
    print(await asyncio.gather(*(client(port, b"c%d" % i) for i in range(5))))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"short\n05ab")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("refused:", isinstance(e, ConnectionRefusedError))


asyncio.run(main())
