# The mote command line: -c, -m, script arguments, scripts from stdin, exit statuses,
# -X heapsize parsing, -i, and SIGINT delivered to a running script. Where CPython 3.11
# has the same option, the expected behaviour is CPython's.

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from support import runner

pytestmark = pytest.mark.cli


def run(mote, args, cwd=None, stdin=b""):
    return runner.run([str(mote)] + list(args), cwd or runner.TESTS_DIR, stdin=stdin)


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def write(path, source):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
    return path


def assert_clean_exit(result, status):
    assert result.status is not None, "timed out"
    assert result.status == status, (
        f"status {result.status}, expected {status}\nstdout:\n{text(result.stdout)}"
        f"\nstderr:\n{text(result.stderr)}")


# ---------------------------------------------------------------------------
# -c

def test_dash_c_runs_code(mote):
    r = run(mote, ["-c", "print(1 + 1)\nprint('two lines')"])
    assert_clean_exit(r, 0)
    assert r.stdout == b"2\ntwo lines\n"


def test_dash_c_argv(mote):
    r = run(mote, ["-c", "import sys; print(sys.argv)", "a", "b c"])
    assert_clean_exit(r, 0)
    assert r.stdout == b"['-c', 'a', 'b c']\n"


def test_dash_c_name_is_main(mote):
    r = run(mote, ["-c", "print(__name__)"])
    assert_clean_exit(r, 0)
    assert r.stdout == b"__main__\n"


# ---------------------------------------------------------------------------
# Scripts

def test_script_argv_and_name(mote, tmp_path):
    write(tmp_path / "script.py", """
        import sys
        print(sys.argv, __name__)
    """)
    r = run(mote, ["script.py", "x", "-y", "--z=1"], cwd=tmp_path)
    assert_clean_exit(r, 0)
    assert r.stdout == b"['script.py', 'x', '-y', '--z=1'] __main__\n"


def test_script_directory_is_on_path(mote, tmp_path):
    # Run from another directory: imports resolve beside the script, as in CPython.
    write(tmp_path / "app" / "main.py", """
        import helper_beside
        print(helper_beside.VALUE)
    """)
    write(tmp_path / "app" / "helper_beside.py", "VALUE = 'found beside the script'\n")
    r = run(mote, [str(tmp_path / "app" / "main.py")], cwd=tmp_path)
    assert_clean_exit(r, 0)
    assert r.stdout == b"found beside the script\n"


def test_missing_script_file(mote, tmp_path):
    r = run(mote, ["no_such_script.py"], cwd=tmp_path)
    assert_clean_exit(r, 2)  # CPython: "can't open file ...", status 2
    assert b"no_such_script.py" in r.stderr
    assert r.stdout == b""


def test_large_output_is_complete(mote):
    r = run(mote, ["-c", "for i in range(20000): print(i, 'x' * 20)"])
    assert_clean_exit(r, 0)
    lines = r.stdout.splitlines()
    assert len(lines) == 20000
    assert lines[0] == b"0 " + b"x" * 20 and lines[-1] == b"19999 " + b"x" * 20


def test_stdout_and_stderr_are_separate(mote):
    r = run(mote, ["-c", "import sys\nprint('out')\nprint('err', file=sys.stderr)\nprint('out2')"])
    assert_clean_exit(r, 0)
    assert r.stdout == b"out\nout2\n"
    assert r.stderr == b"err\n"


# ---------------------------------------------------------------------------
# Scripts read from standard input

STDIN_SCRIPT = b"import sys\nprint('from stdin', sys.argv)\nprint(sum(range(5)))\n"


def test_script_from_redirected_stdin(mote):
    # `mote < file.py`: with no script and stdin not a terminal, the script is stdin.
    r = run(mote, [], stdin=STDIN_SCRIPT)
    assert_clean_exit(r, 0)
    assert r.stdout == b"from stdin ['']\n10\n"


def test_script_from_dash(mote):
    r = run(mote, ["-", "arg1"], stdin=STDIN_SCRIPT)
    assert_clean_exit(r, 0)
    assert r.stdout == b"from stdin ['-', 'arg1']\n10\n"


# ---------------------------------------------------------------------------
# -m

def test_dash_m_module_with_args(mote, tmp_path):
    write(tmp_path / "tool.py", """
        import sys
        print(__name__, sys.argv[1:])
    """)
    r = run(mote, ["-m", "tool", "p", "q"], cwd=tmp_path)
    assert_clean_exit(r, 0)
    assert r.stdout == b"__main__ ['p', 'q']\n"


def test_dash_m_package_submodule(mote, tmp_path):
    write(tmp_path / "pkg" / "__init__.py", "print('pkg init')\n")
    write(tmp_path / "pkg" / "cmd.py", """
        from . import helper
        print(__name__, helper.X)
    """)
    write(tmp_path / "pkg" / "helper.py", "X = 'helper'\n")
    r = run(mote, ["-m", "pkg.cmd"], cwd=tmp_path)
    assert_clean_exit(r, 0)
    assert r.stdout == b"pkg init\n__main__ helper\n"


def test_dash_m_missing_module(mote, tmp_path):
    r = run(mote, ["-m", "no_such_module_xyz"], cwd=tmp_path)
    assert_clean_exit(r, 1)
    assert b"no_such_module_xyz" in r.stderr


# ---------------------------------------------------------------------------
# Exit statuses

@pytest.mark.parametrize("code,status,stderr_end", [
    ("import sys; sys.exit(3)", 3, b""),
    ("import sys; sys.exit(0)", 0, b""),
    ("import sys; sys.exit()", 0, b""),
    ("import sys; sys.exit(None)", 0, b""),
    ("raise SystemExit(42)", 42, b""),
    ("import sys; sys.exit('fatal message')", 1, b"fatal message\n"),
    ("import sys; sys.exit(True)", 1, b""),
    ("print('ok')", 0, b""),
    ("raise ValueError('bad value')", 1, b"ValueError: bad value\n"),
    ("1 / 0", 1, b"ZeroDivisionError: division by zero\n"),
    ("raise KeyboardInterrupt", None, b"KeyboardInterrupt\n"),
], ids=["exit3", "exit0", "exit-noarg", "exit-none", "SystemExit42", "exit-msg", "exit-true",
        "normal", "uncaught", "zerodiv", "raised-KeyboardInterrupt"])
def test_exit_status(mote, cpython, code, status, stderr_end):
    if status is None:
        # Whatever CPython does (it re-kills itself with SIGINT: status -2), Mote does too.
        status = runner.run([cpython, "-c", code], runner.TESTS_DIR).status
    r = run(mote, ["-c", code])
    assert_clean_exit(r, status)
    assert r.stderr.endswith(stderr_end), text(r.stderr)


def test_uncaught_traceback_names_file_and_line(mote, tmp_path):
    write(tmp_path / "tb.py", """
        def inner():
            raise RuntimeError("deep")
        inner()
    """)
    r = run(mote, ["tb.py"], cwd=tmp_path)
    assert_clean_exit(r, 1)
    err = text(r.stderr).splitlines()
    assert err[0] == "Traceback (most recent call last):", err
    assert any('tb.py", line 2' in ln for ln in err), err
    assert any('tb.py", line 3' in ln for ln in err), err
    assert err[-1] == "RuntimeError: deep"


def test_output_before_uncaught_exception_is_flushed(mote):
    r = run(mote, ["-c", "for i in range(3): print(i)\nraise TypeError('x')"])
    assert_clean_exit(r, 1)
    assert r.stdout == b"0\n1\n2\n"


# ---------------------------------------------------------------------------
# -X heapsize

@pytest.mark.parametrize("size", ["64K", "256k", "1M", "4m", "200000"])
def test_heapsize_accepted(mote, size):
    r = run(mote, ["-X", "heapsize=" + size, "-c", "print(sum(range(10)), [i * i for i in range(4)])"])
    assert_clean_exit(r, 0)
    assert r.stdout == b"45 [0, 1, 4, 9]\n"


@pytest.mark.parametrize("arg", ["heapsize=", "heapsize=abc", "heapsize=12Q", "heapsize=-5K",
                                 "heapsize=K", "heapsize=99999999999999999999999"])
def test_heapsize_rejected(mote, arg):
    r = run(mote, ["-X", arg, "-c", "print('ran')"])
    assert r.status is not None and r.status > 0, (
        f"expected an error exit, got {r.status}; stderr:\n{text(r.stderr)}")
    assert r.stderr.strip(), "an error message is expected on stderr"
    assert r.stdout == b""


def test_heapsize_too_small_fails_cleanly(mote):
    # Either refused as an argument or a MemoryError: never a crash or a signal.
    r = run(mote, ["-X", "heapsize=1", "-c", "print('x' * 10)"])
    assert r.status is not None and r.status >= 0, f"crashed: status {r.status}"
    if r.status != 0:
        assert r.stderr.strip()


def test_unknown_option(mote):
    r = run(mote, ["-Q", "-c", "print('ran')"])
    assert r.status is not None and r.status > 0
    assert r.stderr.strip()
    assert r.stdout == b""


# ---------------------------------------------------------------------------
# -i: run, then read more statements (here from a pipe)

def test_dash_i_keeps_globals(mote):
    r = run(mote, ["-i", "-c", "x = 42"], stdin=b"print(x * 2)\n")
    assert_clean_exit(r, 0)
    assert b"84\n" in r.stdout


# ---------------------------------------------------------------------------
# SIGINT delivered to a running script

SPIN = """
import sys
print("ready", file=sys.stderr)
{body}
"""


def interrupt(argv, cwd):
    """Start a script that prints "ready" on stderr and then spins; send it SIGINT."""
    proc = subprocess.Popen(argv, cwd=str(cwd), env=runner.child_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = proc.stderr.readline()
        assert first == b"ready\n", f"script did not start: {first!r}"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=runner.timeout_seconds())
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    return proc.returncode, out, err


@pytest.mark.parametrize("body,name", [
    ("while True:\n    pass", "busy-loop"),
    ("def f():\n    while True:\n        x = [1] * 10\nf()", "loop-in-function"),
], ids=["busy-loop", "loop-in-function"])
def test_sigint_uncaught(mote, cpython, tmp_path, body, name):
    script = write(tmp_path / "spin.py", SPIN.format(body=body))
    want_status, want_out, want_err = interrupt([cpython] + runner.CPYTHON_FLAGS + [script.name],
                                                tmp_path)
    status, out, err = interrupt([str(mote), script.name], tmp_path)
    assert status == want_status, f"status {status}, CPython {want_status}\n{text(err)}"
    assert out == want_out
    assert text(err).rstrip().splitlines()[-1] == "KeyboardInterrupt"


def test_sigint_caught(mote, tmp_path):
    script = write(tmp_path / "catch.py", """
        import sys
        try:
            print("ready", file=sys.stderr)
            n = 0
            while True:
                n += 1
        except KeyboardInterrupt:
            print("caught KeyboardInterrupt")
        print("still running", sum(range(10)))
    """)
    status, out, err = interrupt([str(mote), script.name], tmp_path)
    assert status == 0, text(err)
    assert out == b"caught KeyboardInterrupt\nstill running 45\n"
