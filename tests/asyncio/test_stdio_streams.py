# asyncio streams over the standard streams (MicroPython's asyncio.StreamReader(sys.stdin)
# and StreamWriter(sys.stdout)): lines read from a pipe while another task keeps
# running, read to EOF, and output written through drain. CPython's StreamReader
# takes no stream, so this compares with fixed expectations.
import subprocess

from support import runner

PROG = r'''
import asyncio, sys

async def ticker(log):
    while True:
        log.append("tick")
        await asyncio.sleep_ms(1)

async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    r = asyncio.StreamReader(sys.stdin)
    w = asyncio.StreamWriter(sys.stdout)
    first = await r.readline()
    w.write("got %r\n" % first)
    await w.drain()
    rest = await r.read()
    w.write("rest %r\n" % rest)
    w.write(b"bytes too\n")
    await w.drain()
    print("ticker ran:", "tick" in log)
    t.cancel()

asyncio.run(main())
'''


def test_stdin_stdout_streams(mote, tmp_path):
    script = tmp_path / "stdio.py"
    script.write_text(PROG)
    r = subprocess.run([str(mote), str(script)], input=b"line one\nline two\nend",
                       capture_output=True, timeout=runner.timeout_seconds(),
                       env=runner.child_env())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().splitlines() == [
        "got 'line one\\n'", "rest 'line two\\nend'", "bytes too", "ticker ran: True"]


def test_stdin_slow_writer(mote, tmp_path):
    # The reader waits for data that comes later, through the poller.
    script = tmp_path / "slow.py"
    script.write_text("import asyncio, sys\n"
                      "async def main():\n"
                      "    r = asyncio.StreamReader(sys.stdin)\n"
                      "    async for line in r:\n"
                      "        print('line', line.strip())\n"
                      "asyncio.run(main())\n")
    p = subprocess.Popen([str(mote), str(script)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, env=runner.child_env())
    p.stdin.write(b"a\n")
    p.stdin.flush()
    p.stdin.write(b"b\n")
    p.stdin.close()
    out = p.stdout.read()
    assert p.wait(timeout=runner.timeout_seconds()) == 0
    assert out.decode().splitlines() == ["line a", "line b"]
