# The interactive REPL, driven through a pseudo-terminal as a person would use it:
# prompts, expression results, multi-line blocks, errors, Ctrl-C and Ctrl-D.
# Every wait has a deadline (the suite timeout); nothing asserts how fast output comes.

import os
import pty
import re
import select
import signal
import time

import pytest

from support import runner

pytestmark = pytest.mark.repl

# Terminal control sequences (cursor moves, bracketed paste) are not part of what we check.
ANSI = re.compile(rb"\x1b(\[[0-9;?]*[A-Za-z]|[()][A-Za-z0-9]|[=>])")


class Repl:
    """A mote REPL in a pty; `expect` reads until a pattern shows up in the output."""

    def __init__(self, argv):
        env = runner.child_env()
        env["TERM"] = "dumb"
        pid, fd = pty.fork()
        if pid == 0:  # the child: the pty is its controlling terminal
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.buffer = b""      # output not yet consumed by expect_prompt()
        self.transcript = b""  # everything, for failure messages
        self.status = None

    def _read_some(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(remaining, 0.5))
        if not ready:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            self.wait_exit()
            return False
        data = ANSI.sub(b"", data)
        self.buffer += data
        self.transcript += data
        return True

    def expect_prompt(self, prompt=b">>> ", after_newline=True, timeout=None):
        """Read until the terminal shows `prompt` alone on its last line (and, when
        after_newline, at least one completed line before it: the typed line's echo).
        Returns the completed lines as they would appear on screen, and consumes them.
        Spaces after the prompt are allowed: a REPL may pre-fill a block's indentation."""
        deadline = time.monotonic() + (timeout or runner.timeout_seconds())
        while True:
            lines = screen_lines(self.buffer)
            shown = lines[-1].rstrip(b" ")
            if shown == prompt.rstrip(b" ") and (len(lines) > 1 or not after_newline):
                self.buffer = b""
                return lines[:-1]
            if not self._read_some(deadline):
                pytest.fail(f"did not see the prompt {prompt!r}; transcript:\n"
                            + self.transcript.decode("utf-8", "replace"), pytrace=False)

    def wait_for_echo(self, text: bytes, timeout=None):
        """Read until the line being typed shows `text` (the REPL has taken the keys)."""
        deadline = time.monotonic() + (timeout or runner.timeout_seconds())
        while not screen_lines(self.buffer)[-1].endswith(text):
            if not self._read_some(deadline):
                pytest.fail(f"the REPL did not echo {text!r}; transcript:\n"
                            + self.transcript.decode("utf-8", "replace"), pytrace=False)

    def send(self, data: bytes):
        os.write(self.fd, data)

    def wait_exit(self, timeout=None):
        if self.status is not None:
            return self.status
        deadline = time.monotonic() + (timeout or runner.timeout_seconds())
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            try:  # keep draining so the child never blocks writing
                if select.select([self.fd], [], [], 0.1)[0]:
                    self.transcript += os.read(self.fd, 4096)
            except OSError:
                time.sleep(0.05)
        return None

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.status = -9
        os.close(self.fd)


PROMPT = b">>> "
MORE = b"... "


def screen_lines(data: bytes):
    """The lines a terminal would show: a carriage return moves back to the start of the
    line, so a REPL that redraws its input line on every key shows only the last draw."""
    out = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        out.append(raw.rsplit(b"\r", 1)[-1])
    return out


@pytest.fixture
def repl(mote):
    r = Repl([str(mote)])
    r.expect_prompt(after_newline=False)
    yield r
    r.close()


def evaluate(repl, line: str) -> list:
    """Type one line at the prompt; return the output lines before the next prompt
    (the echo of the typed line is dropped)."""
    repl.send(line.encode() + b"\r")
    out = [ln.strip() for ln in repl.expect_prompt() if ln.strip()]
    if out and out[0].endswith(line.encode().strip()):
        out = out[1:]
    return out


def test_expression_result(repl):
    assert evaluate(repl, "1+2") == [b"3"]
    assert evaluate(repl, "'a' * 3") == [b"'aaa'"]
    assert evaluate(repl, "[x * x for x in range(4)]") == [b"[0, 1, 4, 9]"]


def test_statements_print_nothing(repl):
    assert evaluate(repl, "x = 5") == []
    assert evaluate(repl, "None") == []
    assert evaluate(repl, "x * 2") == [b"10"]
    assert evaluate(repl, "print('hi')") == [b"hi"]


def test_multiline_block_with_continuation_prompts(repl):
    repl.send(b"for i in range(3):\r")
    repl.expect_prompt(MORE)
    repl.send(b"    print(i * 10)\r")
    repl.expect_prompt(MORE)
    repl.send(b"\r")
    out = [ln.strip() for ln in repl.expect_prompt()]
    assert [b"0", b"10", b"20"] == [ln for ln in out if ln.isdigit()], out


def test_function_definition_then_call(repl):
    repl.send(b"def sq(n):\r")
    repl.expect_prompt(MORE)
    repl.send(b"    return n * n\r")
    repl.expect_prompt(MORE)
    repl.send(b"\r")
    repl.expect_prompt()
    assert evaluate(repl, "sq(12)") == [b"144"]


def test_error_then_continue(repl):
    out = evaluate(repl, "1/0")
    assert out and out[-1] == b"ZeroDivisionError: division by zero", out
    out = evaluate(repl, "undefined_name")
    assert out and out[-1] == b"NameError: name 'undefined_name' is not defined", out
    assert evaluate(repl, "6 * 7") == [b"42"]


def test_syntax_error_then_continue(repl):
    out = evaluate(repl, "1 +")
    assert out and out[-1].startswith(b"SyntaxError"), out
    assert evaluate(repl, "2 ** 10") == [b"1024"]


def test_one_line_compound_statement_waits_for_blank_line(repl):
    # As in CPython, "if ...: body" on one line still opens a block: "... " follows.
    repl.send(b"if True: print('ran')\r")
    repl.expect_prompt(MORE)
    repl.send(b"\r")
    out = [ln.strip() for ln in repl.expect_prompt()]
    assert out[-1:] == [b"ran"], out


def test_ctrl_c_interrupts_running_loop(repl):
    repl.send(b"while True:\r")
    repl.expect_prompt(MORE)
    repl.send(b"    pass\r")
    repl.expect_prompt(MORE)
    repl.send(b"\r")
    # Give the loop a moment to start; the check below does not depend on this delay.
    time.sleep(0.3)
    repl.send(b"\x03")
    out = repl.expect_prompt()
    assert any(ln.strip() == b"KeyboardInterrupt" for ln in out), out
    assert evaluate(repl, "7 * 6") == [b"42"]


def test_typeahead_is_kept(repl):
    # Lines pasted at once must all run (none discarded when the terminal mode changes).
    repl.send(b"a = 20\rb = 22\r")
    seen = []
    while not any(ln.rstrip().endswith(b"b = 22") for ln in seen):
        seen += repl.expect_prompt()
    assert evaluate(repl, "a + b") == [b"42"]


def test_ctrl_c_at_prompt_gives_new_prompt(repl):
    repl.send(b"abc")
    repl.wait_for_echo(b"abc")
    repl.send(b"\x03")
    repl.expect_prompt()
    assert evaluate(repl, "1 + 1") == [b"2"]


def test_ctrl_d_exits_with_status_zero(repl):
    repl.send(b"\x04")
    assert repl.wait_exit() == 0


def test_exit_via_sys_exit(repl):
    repl.send(b"import sys; sys.exit(4)\r")
    assert repl.wait_exit() == 4
