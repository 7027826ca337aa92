# The QEMU boards (qemu-arm: mps2-an385 Cortex-M3; qemu-rv32: virt rv32imac), booted
# from build/<target>/firmware.elf (`make firmware-all`; `make test` builds them first):
#
# - the ten shared .mpy vectors and a selection of the differential programs
#   (tests/targets_selection.txt) run through tools/mote-run, output compared as on
#   the host;
# - the supervisor over the emulated UART: banner and prompt, the friendly REPL (line
#   editing, multi-line blocks with auto-indent, Ctrl-C of a busy loop, Ctrl-D soft
#   reboot), MicroPython's raw REPL and raw-paste mode, boot.py/code.py and open()
#   from the ROM filesystem, safe mode after a CPU fault, MemoryError in the 64 KiB
#   heap leaving the REPL usable, mote-run's exit statuses and timeout.
#
# A missing firmware or QEMU fails these tests (never a skip). Every wait has a
# deadline; nothing asserts how fast output comes.

import fnmatch
import importlib.machinery
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from support import runner

TARGETS = ["qemu-arm", "qemu-rv32"]
BOARD_NAMES = {"qemu-arm": "mps2-an385, Cortex-M3", "qemu-rv32": "virt, rv32imac"}
MOTE_RUN = runner.REPO_ROOT / "tools" / "mote-run"
SELECTION = runner.TESTS_DIR / "targets_selection.txt"
VECTORS = runner.REPO_ROOT.parent / "shared" / "mpy-vectors"
VECTOR_NAMES = ["v01_consts", "v02_functions", "v03_classes", "v04_exceptions",
                "v05_generators", "v06_control", "v07_strings", "v08_async",
                "v09_dicts_sets", "v10_bigint_float"]
# v05 prints a set of two strings whose order depends on string hashing.
ORDER_FREE = {"v05_generators": (b"{'b', 'a'}", b"{'a', 'b'}")}


def load_mote_run():
    loader = importlib.machinery.SourceFileLoader("mote_run", str(MOTE_RUN))
    spec = importlib.util.spec_from_loader("mote_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


mote_run = load_mote_run()


def firmware(target):
    path = runner.REPO_ROOT / "build" / target / "firmware.elf"
    if not path.is_file():
        pytest.fail(f"{path} is missing: build it with `make firmware TARGET={target}` "
                    "(or `make firmware-all`)", pytrace=False)
    return path


def run_mote_run(target, args, cwd=None, stdin=b"", timeout=None):
    budget = timeout or runner.timeout_seconds()
    return runner.run([sys.executable, str(MOTE_RUN), "--target", target,
                       "--timeout", f"{budget:g}"] + args, Path(cwd or runner.REPO_ROOT),
                      stdin=stdin, timeout=budget + runner.QEMU_EXTRA_SECONDS)


# ---------------------------------------------------------------------------------------
# The selection of differential programs

def selected_programs():
    patterns, excluded = [], []
    for line in SELECTION.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("!"):
            excluded.append(line[1:].strip())
        elif line:
            patterns.append(line)
    chosen = []
    for path in runner.program_paths():
        rel = path.relative_to(runner.TESTS_DIR).as_posix()
        if any(fnmatch.fnmatch(rel, p) for p in patterns) and \
                not any(fnmatch.fnmatch(rel, p) for p in excluded):
            chosen.append(path)
    return chosen


SELECTED = selected_programs()


def test_selection_is_not_empty():
    assert len(SELECTED) >= 50, f"only {len(SELECTED)} programs selected by {SELECTION}"


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("name", VECTOR_NAMES)
def test_vector_on_board(target, name):
    firmware(target)
    src = VECTORS / "src" / (name + ".py")
    want = (VECTORS / "expected" / (name + ".out")).read_bytes()
    got = run_mote_run(target, [src.name], cwd=src.parent)
    assert got.status == 0, f"status {got.status}; stderr:\n" + got.stderr.decode(
        "utf-8", "replace")
    if name in ORDER_FREE and got.stdout != want:
        a, b = ORDER_FREE[name]
        want = want.replace(a, b) if got.stdout == want.replace(a, b) else want
    assert got.stdout == want, runner.stdout_diff(want, got.stdout, f"expected/{name}.out")


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("path", SELECTED,
                         ids=[p.relative_to(runner.TESTS_DIR).as_posix() for p in SELECTED])
def test_program_on_board(target, path):
    firmware(target)
    try:
        program = runner.load_program(path)
        problems = runner.compare_program(program, runner.MODES[target])
    except runner.SetupError as exc:
        pytest.fail(str(exc), pytrace=False)
    if problems:
        pytest.fail(f"{program.ident} on {target}:\n" + "\n".join(problems), pytrace=False)


# ---------------------------------------------------------------------------------------
# The console, driven byte by byte

class Console:
    """A board in QEMU with its UART on our pipes; `expect` reads until a pattern."""

    def __init__(self, target, fs_files=None):
        config = mote_run.target_config(target)
        self.tmp = tempfile.TemporaryDirectory(prefix="mote-console-")
        argv = config["FW_QEMU"].split() + ["-display", "none", "-monitor", "none",
                                            "-serial", "stdio", "-kernel", str(firmware(target))]
        if fs_files is not None:
            sys.path.insert(0, str(runner.REPO_ROOT / "tools"))
            import mkromfs
            image = Path(self.tmp.name) / "romfs.img"
            image.write_bytes(mkromfs.build({k: v.encode() if isinstance(v, str) else v
                                             for k, v in fs_files.items()}))
            argv += ["-device", f"loader,file={image},addr={config['FW_ROMFS_ADDR']},force-raw=on"]
        self.board = mote_run.Board(argv, time.monotonic() + runner.timeout_seconds())
        self.transcript = b""

    def expect(self, marker):
        if isinstance(marker, str):
            marker = marker.encode()
        try:
            data = self.board.read_until(marker)
        except (mote_run.Timeout, mote_run.DeviceError) as exc:
            pytest.fail(f"waiting for {marker!r}: {type(exc).__name__} {exc}\n"
                        f"transcript: {self.transcript + self.board.buf!r}", pytrace=False)
        self.transcript += data
        return data

    def send(self, data):
        self.board.send(data.encode() if isinstance(data, str) else data)

    def prompt(self):
        return self.expect(">>> ")

    def run(self, line):
        """Types a line at the prompt; returns the output up to the next prompt."""
        self.send(line + "\r")
        out = self.prompt()
        return out[:-4]

    def close(self):
        self.board.stop()
        self.tmp.cleanup()


@pytest.fixture(params=TARGETS)
def target(request):
    return request.param


@pytest.fixture
def console_factory(target):
    made = []

    def make(fs_files=None):
        c = Console(target, fs_files)
        made.append(c)
        return c
    yield make
    for c in made:
        c.close()


def test_boot_banner_and_prompt(target, console_factory):
    c = console_factory()
    boot = c.prompt()
    assert b"Mote 0.1.0 on " in boot and BOARD_NAMES[target].encode() in boot, boot
    assert b"safe mode" not in boot
    assert c.run("print('hi', 6 * 7)") == b"print('hi', 6 * 7)\r\nhi 42\r\n"


def test_friendly_repl_editing_and_blocks(console_factory):
    c = console_factory()
    c.prompt()
    assert c.run("1+\x7f2") .endswith(b"\r\n12\r\n")       # backspace removed the '+'
    c.send("def f(a):\r")
    assert c.expect("... ").endswith(b"\r\n... ")
    assert c.expect("    ") == b"    "                      # auto-indent of the body
    c.send("return a + 1\r")
    c.expect("...     ")                                    # still indented
    c.send("\r")                                            # a blank line ends the block
    c.prompt()
    assert c.run("f(41)").endswith(b"\r\n42\r\n")
    out = c.run("1/0")
    assert b"ZeroDivisionError: division by zero" in out, out
    assert c.run("[x*x for x in range(4)]").endswith(b"[0, 1, 4, 9]\r\n")


def test_ctrl_c_interrupts_a_busy_loop(console_factory):
    c = console_factory()
    c.prompt()
    c.send("while True: pass\r")
    c.expect("... ")
    c.send("\r")
    time.sleep(0.3)  # let it start running (any delay works: the byte is queued)
    c.send("\x03")
    out = c.prompt()
    assert b"KeyboardInterrupt" in out, out
    assert c.run("'alive'").endswith(b"'alive'\r\n")
    c.send("abc\x03")                                       # Ctrl-C at the prompt drops the line
    c.prompt()
    assert c.run("2+2").endswith(b"\r\n4\r\n")


def test_ctrl_d_soft_reboot_runs_boot_and_code_again(console_factory):
    c = console_factory({"boot.py": "print('boot.py ran')\n",
                         "code.py": "import lib_helper\nprint('code.py ran', lib_helper.VALUE)\n",
                         "lib/lib_helper.py": "VALUE = 7\n"})
    boot = c.prompt()
    assert b"boot.py ran\r\ncode.py ran 7\r\n" in boot, boot
    c.run("x = 5")
    c.send("\x04")
    again = c.prompt()
    assert b"soft reboot\r\n" in again and b"boot.py ran\r\ncode.py ran 7\r\n" in again, again
    out = c.run("x")
    assert b"NameError: name 'x' is not defined" in out, out   # a fresh heap


def test_main_py_when_no_code_py_and_tracebacks(console_factory):
    c = console_factory({"main.py": "print('main')\ndef f():\n    raise ValueError('bad')\nf()\n"})
    boot = c.prompt()
    assert b"main\r\nTraceback (most recent call last):\r\n" in boot, boot
    assert b'File "main.py", line 4' in boot and b"ValueError: bad" in boot, boot


def test_files_from_the_rom_filesystem(console_factory):
    c = console_factory({"data.txt": "line one\nline two\n", "pkg/__init__.py": "NAME = 'pkg'\n"})
    c.prompt()
    assert c.run("open('data.txt').readlines()").endswith(
        b"['line one\\n', 'line two\\n']\r\n")
    assert c.run("import pkg; pkg.NAME").endswith(b"'pkg'\r\n")
    out = c.run("open('new.txt', 'w')")
    assert b"OSError: [Errno 30] Read-only file system: 'new.txt'" in out, out
    out = c.run("open('missing.txt')")
    assert b"FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'" in out, out


def test_raw_repl(console_factory):
    c = console_factory()
    c.prompt()
    c.send("\x01")
    c.expect("raw REPL; CTRL-B to exit\r\n>")
    c.send("print(1 + 1)\nprint('two')\x04")
    assert c.expect("\x04\x04>") == b"OK2\r\ntwo\r\n\x04\x04>"
    c.send("import sys\nprint('out')\nprint('err', file=sys.stderr)\n1/0\x04")
    out = c.expect("\x04>")
    stdout, stderr = out[:-2].split(b"\x04")
    assert stdout == b"OKout\r\n", out
    assert stderr.startswith(b"err\r\nTraceback") and stderr.endswith(
        b"ZeroDivisionError: division by zero\r\n"), out
    c.send("abc\x03print(3)\x04")                           # Ctrl-C drops what came before
    assert c.expect("\x04\x04>") == b"OK3\r\n\x04\x04>"
    c.send("\x04")                                          # soft reboot, staying raw
    c.expect("soft reboot\r\n")
    c.expect("raw REPL; CTRL-B to exit\r\n>")
    c.send("\x02")                                          # back to the friendly REPL
    assert b"Mote 0.1.0 on" in c.prompt()


def test_raw_paste_with_flow_control(console_factory):
    c = console_factory()
    c.prompt()
    c.send("\x01")
    c.expect("raw REPL; CTRL-B to exit\r\n>")
    code = "".join(f"v{i} = {i} * 3  # padding to make the code span many windows\n"
                   for i in range(60)) + "print(sum(v%d for v in []) if 0 else v59)\n"
    code = code.encode()
    c.send(b"\x05A\x01")
    assert c.board.read_exactly(2) == b"R\x01"
    window = int.from_bytes(c.board.read_exactly(2), "little")
    assert 16 <= window < len(code) // 4
    room, sent = window, 0
    while sent < len(code):                                 # the protocol of repl.rst
        while room == 0 or c.board.has_data():
            flag = c.board.read_exactly(1)
            assert flag == b"\x01", flag
            room += window
        chunk = code[sent:sent + room]
        c.send(chunk)
        sent += len(chunk)
        room -= len(chunk)
    c.send(b"\x04")
    out = c.expect("\x04>")
    assert out.lstrip(b"\x01").startswith(b"\x04177\r\n\x04\x04>"), out


def test_safe_mode_after_a_hard_fault(console_factory):
    c = console_factory({"code.py": "import supervisor\nprint('faulting')\nsupervisor.force_fault()\n"})
    out = c.prompt()
    assert b"faulting" in out
    assert b"Mote is in safe mode: the last run crashed with a hard fault" in out, out
    assert out.count(b"faulting") == 1, "code.py must not run again in safe mode"
    assert c.run("import supervisor; supervisor.safe_mode()").endswith(b"True\r\n")
    assert c.run("6 * 7").endswith(b"\r\n42\r\n")          # the REPL works


def test_safe_mode_on_request_and_reset_leaves_it(console_factory):
    c = console_factory()
    c.prompt()
    c.send("import supervisor; supervisor.reset(safe_mode=True)\r")
    out = c.prompt()
    assert b"safe mode: requested by supervisor.reset(safe_mode=True)" in out, out
    c.send("supervisor.reset()\r")
    out = c.prompt()
    assert b"safe mode" not in out.split(b"supervisor.reset()")[-1], out


def test_memory_error_leaves_the_repl_usable(console_factory):
    c = console_factory()
    c.prompt()
    out = c.run("x = bytearray(200000)")
    assert b"MemoryError" in out, out
    c.send("a = []\r")
    c.prompt()
    c.send("while True: a.append([1, 2, 3, 4])\r")
    c.expect("... ")
    out = c.run("")
    assert b"MemoryError" in out, out
    # The heap is full of `a`; the prompt still reads and runs entries.
    out = c.run("len(a) > 100")
    assert out.endswith(b"True\r\n") or b"MemoryError" in out, out
    c.run("del a")
    assert c.run("import gc; gc.collect(); 6 * 7").endswith(b"\r\n42\r\n")


def test_mote_run_exit_statuses_and_stdin(target, tmp_path):
    firmware(target)
    (tmp_path / "ok.py").write_text("import sys\nprint('args', sys.argv)\n")
    (tmp_path / "fail.py").write_text("print('before')\nraise KeyError('k')\n")
    (tmp_path / "exit3.py").write_text("import sys\nsys.exit(3)\n")
    (tmp_path / "echo.py").write_text("print(repr(input()), repr(input()))\ntry:\n"
                                      "    input()\nexcept EOFError:\n    print('EOF')\n")
    got = run_mote_run(target, ["ok.py", "a", "b c"], cwd=tmp_path)
    assert (got.status, got.stdout) == (0, b"args ['ok.py', 'a', 'b c']\n"), got
    got = run_mote_run(target, ["fail.py"], cwd=tmp_path)
    assert (got.status, got.stdout) == (1, b"before\n"), got
    assert got.last_stderr_line() == "KeyError: 'k'", got.stderr
    got = run_mote_run(target, ["exit3.py"], cwd=tmp_path)
    assert got.status == 3, got
    got = run_mote_run(target, ["echo.py"], cwd=tmp_path, stdin=b"one\ntwo\n")
    assert (got.status, got.stdout) == (0, b"'one' 'two'\nEOF\n"), got


def test_mote_run_code_py_mode(target, tmp_path):
    firmware(target)
    (tmp_path / "prog.py").write_text("print('as code.py')\nraise SystemExit(5)\n")
    got = run_mote_run(target, ["--code", "prog.py"], cwd=tmp_path)
    assert (got.status, got.stdout) == (5, b"as code.py\n"), got


def test_mote_run_timeout_stops_qemu(target, tmp_path):
    firmware(target)
    (tmp_path / "spin.py").write_text("print('spinning', flush=True)\nwhile True:\n    pass\n")
    got = run_mote_run(target, ["spin.py"], cwd=tmp_path, timeout=3)
    assert got.status == mote_run.TIMEOUT_STATUS, got
    assert got.stdout == b"spinning\n"
    assert "timed out after 3 s; stopped QEMU" in got.stderr.decode(), got.stderr


def test_mkromfs_rejects_an_image_too_large(tmp_path):
    (tmp_path / "big.bin").write_bytes(b"x" * 5000)
    r = subprocess.run([sys.executable, str(runner.REPO_ROOT / "tools" / "mkromfs.py"),
                        "--max-size", "4096", str(tmp_path), str(tmp_path / "out.img")],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "more than the 4096 available" in r.stderr, r.stderr
