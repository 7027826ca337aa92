# asyncio.stream: Stream (MicroPython's one class that is both StreamReader and
# StreamWriter), open_connection, start_server and Server, over non-blocking sockets
# or over any object with fileno() (sys.stdin, sys.stdout: asyncio.StreamReader(sys.stdin)).
# A task waits for its stream through the loop's poller (core._io_wait), so other
# tasks run meanwhile.

from . import core
import errno
import os
import sys

_AGAIN = (errno.EAGAIN, errno.EWOULDBLOCK if hasattr(errno, "EWOULDBLOCK") else errno.EAGAIN)


def _is_text(s):
    return s is sys.stdin or s is sys.stdout or s is sys.stderr


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self._sock = hasattr(s, "recv")
        self._text = _is_text(s)
        self._in = b""   # read ahead of what was asked for (readline)
        self._out = []   # written, not drained yet

    def get_extra_info(self, v):
        return self.e.get(v)

    # ---- reading ----

    async def _some(self, n):
        # Up to n bytes as soon as there are any; b"" at the end of the stream.
        if self._in:
            data, self._in = self._in[:n], self._in[n:]
            return data
        while True:
            await core._io_wait(self.s, False)
            try:
                if self._sock:
                    return self.s.recv(n)
                return os.read(self.s.fileno(), n)
            except OSError as e:
                if e.errno not in _AGAIN:
                    raise

    def _result(self, data):
        return data.decode() if self._text else data

    async def read(self, n=-1):
        if n == 0:
            return self._result(b"")
        if n > 0:
            return self._result(await self._some(n))
        parts = []
        while True:
            data = await self._some(4096)
            if not data:
                return self._result(b"".join(parts))
            parts.append(data)

    async def readinto(self, buf):
        data = await self._some(len(buf))
        buf[:len(data)] = data
        return len(data)

    async def readexactly(self, n):
        parts = []
        while n > 0:
            data = await self._some(n)
            if not data:
                raise EOFError
            parts.append(data)
            n -= len(data)
        return self._result(b"".join(parts))

    async def readline(self):
        parts = []
        while True:
            data = await self._some(4096)
            if not data:
                break
            i = data.find(b"\n")
            if i >= 0:
                parts.append(data[:i + 1])
                self._in = data[i + 1:] + self._in
                break
            parts.append(data)
        return self._result(b"".join(parts))

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line

    # ---- writing ----

    def write(self, buf):
        if self._text and isinstance(buf, str):
            buf = buf.encode()
        if not isinstance(buf, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not '%s'"
                            % type(buf).__name__)
        if buf:
            self._out.append(bytes(buf))

    async def drain(self):
        while self._out:
            data = self._out[0]
            if self._sock:
                await core._io_wait(self.s, True)
                try:
                    n = self.s.send(data)
                except OSError as e:
                    if e.errno in _AGAIN:
                        continue
                    raise
            else:
                if self._text:
                    self.s.flush()
                n = os.write(self.s.fileno(), data)
            if n < len(data):
                self._out[0] = data[n:]
            else:
                self._out.pop(0)

    # ---- closing ----

    def close(self):
        if self._sock:
            self.s.close()

    async def wait_closed(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.drain()
        self.close()


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port):
    import socket
    family, kind, proto, _, addr = socket.getaddrinfo(host, port)[0]
    s = socket.socket(family, kind, proto)
    s.setblocking(False)
    try:
        s.connect(addr)
    except OSError as e:
        if e.errno != errno.EINPROGRESS:
            s.close()
            raise
    await core._io_wait(s, True)
    err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        s.close()
        raise OSError(err, "Connect call failed %r" % (addr,))
    st = Stream(s, {"peername": addr})
    return st, st


class Server:
    def __init__(self, sock, cb):
        self.sock = sock
        self.cb = cb
        self.task = core.create_task(self._serve())

    async def _serve(self):
        try:
            while True:
                await core._io_wait(self.sock, False)
                try:
                    s, addr = self.sock.accept()
                except OSError as e:
                    if e.errno in _AGAIN:
                        continue
                    raise
                s.setblocking(False)
                st = Stream(s, {"peername": addr})
                core.create_task(self.cb(st, st))
        except core.CancelledError:
            pass
        finally:
            self.sock.close()

    def close(self):
        self.task.cancel()

    async def wait_closed(self):
        await self.task

    async def serve_forever(self):
        await self.task

    def is_serving(self):
        return not self.task.done()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()


async def start_server(cb, host, port, backlog=5):
    import socket
    family, kind, proto, _, addr = socket.getaddrinfo(host, port)[0]
    s = socket.socket(family, kind, proto)
    s.setblocking(False)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(addr)
    s.listen(backlog)
    srv = Server(s, cb)
    srv.sockets = [s]
    return srv
