# The differential runner: finds the test programs, runs each under Mote and under
# CPython 3.11, and says how they differ. The pytest modules only call into here, so
# the same logic can later run programs compiled to .mpy or on the QEMU targets by
# passing another "how to run mote" callable (see MODES).

import difflib
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

TESTS_DIR = Path(__file__).resolve().parent.parent
REPO_ROOT = TESTS_DIR.parent
# Folders under tests/ that never hold test programs.
NOT_PROGRAM_DIRS = {"fixtures", "support", "__pycache__"}
DEFAULT_TIMEOUT = 30.0


class SetupError(Exception):
    """The suite cannot run at all (no mote binary, no CPython 3.11): a failure, never a skip."""


# ---------------------------------------------------------------------------
# The two interpreters

def mote_path() -> Path:
    """The binary under test: $MOTE (relative paths are from the repo root) or build/mote."""
    path = Path(os.environ.get("MOTE", "build/mote"))
    if not path.is_absolute():
        path = REPO_ROOT / path
    return path


def require_mote() -> Path:
    path = mote_path()
    if not path.is_file() or not os.access(path, os.X_OK):
        raise SetupError(
            f"mote binary not found or not executable at {path} "
            "(build it with `make`, or point $MOTE at it)")
    return path


_cpython_cache: List[str] = []


def _is_cpython_311(exe: str) -> bool:
    probe = "import sys; print(sys.implementation.name, *sys.version_info[:2])"
    try:
        out = subprocess.run([exe, "-c", probe], capture_output=True, text=True,
                             timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return False
    return out == ["cpython", "3", "11"]


def require_cpython() -> str:
    """The reference interpreter: $CPYTHON, the python running pytest, or /usr/bin/python3;
    whichever is first found to be CPython 3.11.x."""
    if _cpython_cache:
        return _cpython_cache[0]
    candidates = [os.environ.get("CPYTHON"), sys.executable, "/usr/bin/python3"]
    for exe in candidates:
        if exe and _is_cpython_311(exe):
            _cpython_cache.append(exe)
            return exe
    raise SetupError("no CPython 3.11.x found (tried $CPYTHON, %s, /usr/bin/python3)"
                     % sys.executable)


def timeout_seconds() -> float:
    return float(os.environ.get("MOTE_TEST_TIMEOUT", DEFAULT_TIMEOUT))


def child_env() -> Dict[str, str]:
    """The environment both interpreters run in: no PYTHON* settings from the caller
    (they would change CPython's behaviour, or Mote's if it reads them)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MICROPY"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


# CPython without user site-packages, without PYTHON* variables and without writing
# __pycache__ into the source tree.
CPYTHON_FLAGS = ["-B", "-E", "-s"]


@dataclass
class Result:
    stdout: bytes
    stderr: bytes
    status: Optional[int]  # None: killed by the timeout
    argv: List[str] = field(default_factory=list)

    def last_stderr_line(self) -> str:
        lines = [ln.rstrip() for ln in self.stderr.decode("utf-8", "replace").splitlines()]
        lines = [ln for ln in lines if ln]
        return lines[-1] if lines else ""


def run(argv: List[str], cwd: Path, stdin: Optional[bytes] = None,
        timeout: Optional[float] = None) -> Result:
    """Run one process to completion, capturing both streams; never raises on
    timeout (the result's status is None instead)."""
    if timeout is None:
        timeout = timeout_seconds()
    try:
        proc = subprocess.run(argv, cwd=str(cwd), env=child_env(), capture_output=True,
                              input=stdin if stdin is not None else b"",
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        return Result(exc.stdout or b"", exc.stderr or b"", None, argv)
    return Result(proc.stdout, proc.stderr, proc.returncode, argv)


# ---------------------------------------------------------------------------
# Test programs and their side files

@dataclass
class Expectation:
    """A NAME.exp file: Mote's deliberate stdout, and optionally its exit status."""
    why: str
    stdout: bytes
    status: Optional[int]


@dataclass
class Program:
    path: Path
    args: List[str]          # the command line after the interpreter (default: NAME.py)
    mote_args: List[str]     # extra options given to mote only ("# mote-args:" header)
    exp: Optional[Expectation]

    @property
    def ident(self) -> str:
        return _relative(self.path).as_posix()

    @property
    def cwd(self) -> Path:
        return self.path.parent

    @property
    def is_error_program(self) -> bool:
        """Programs in an errors/ folder also compare the last line of stderr."""
        return "errors" in _relative(self.path).parts[:-1]


def _relative(path: Path) -> Path:
    """A program's path relative to tests/ (or to / for programs elsewhere)."""
    try:
        return path.relative_to(TESTS_DIR)
    except ValueError:
        return path.relative_to(path.anchor)


def _header_comments(path: Path) -> List[str]:
    """The comment lines at the top of a program, before its first statement."""
    lines = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            lines.append(line.rstrip("\n"))
    return lines


def _parse_args_file(path: Path) -> List[str]:
    words: List[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            words += shlex.split(line)
    if not words:
        raise SetupError(f"{path}: an .args file must give at least one argument")
    return words


def parse_exp(path: Path) -> Expectation:
    """Leading "# why: ..." (required) and "# status: N" (optional) lines, then stdout."""
    data = path.read_bytes()
    why, status = None, None
    lines = data.splitlines(keepends=True)
    body_start = 0
    for i, raw in enumerate(lines):
        text = raw.decode("utf-8", "replace").rstrip("\r\n")
        if text.startswith("# why:"):
            why = text[len("# why:"):].strip()
        elif text.startswith("# status:"):
            status = int(text[len("# status:"):].strip())
        else:
            break
        body_start = i + 1
    if not why:
        raise SetupError(f"{path}: the first line of an .exp file must be '# why: <reason>'")
    return Expectation(why, b"".join(lines[body_start:]), status)


def load_program(path: Path) -> Program:
    mote_args: List[str] = []
    for line in _header_comments(path):
        if line.startswith("# mote-args:"):
            mote_args += shlex.split(line[len("# mote-args:"):])
    args_file = path.with_suffix(".args")
    args = _parse_args_file(args_file) if args_file.exists() else [path.name]
    exp_file = path.with_suffix(".exp")
    exp = parse_exp(exp_file) if exp_file.exists() else None
    return Program(path, args, mote_args, exp)


def _is_helper_module(path: Path) -> bool:
    """Modules that programs import (never run on their own): names starting with an
    underscore, and everything inside a package (a folder holding __init__.py)."""
    if path.name.startswith("_"):
        return True
    for parent in path.parents:
        if parent == TESTS_DIR:
            return False
        if (parent / "__init__.py").exists():
            return True
    return False


def program_paths() -> List[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(TESTS_DIR):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames
                             if d not in NOT_PROGRAM_DIRS and not d.startswith("."))
        if here == TESTS_DIR:
            continue  # the pytest modules themselves live at the top
        for name in sorted(filenames):
            path = here / name
            if not name.endswith(".py") or name.startswith("test_") or name == "conftest.py":
                continue
            if _is_helper_module(path):
                continue
            found.append(path)
    return found


# ---------------------------------------------------------------------------
# Ways to run a program under Mote. Each takes a Program and returns a Result; the
# .mpy and QEMU modes will be added here (compile with motec, or run through
# tools/mote-run) without changing the comparison logic.

MoteRunner = Callable[[Program], Result]


def run_mote_source(program: Program) -> Result:
    return run([str(require_mote())] + program.mote_args + program.args, program.cwd)


# ---- the "mpy" mode: every program compiled by motec, run by mote ----
#
# Each program directory is mirrored once per session into a temporary directory:
# the data files are copied, each helper module (and package module) is compiled to
# NAME.mpy and its source left out, so `import` loads the .mpy. The program itself
# is compiled before each run, with its own -O flags, and the compiled bytes are
# written under the program's own name (NAME.py): mote runs a script file that
# starts with the .mpy magic as compiled code (as CPython runs a .pyc given as the
# script), so sys.argv[0], __file__ and `-m NAME` read exactly as from source.
# A program motec can't compile (a SyntaxError test) "runs" as motec's result: its
# status and stderr, whose last line, "file:line:col: SyntaxError: msg", is
# compared without the location prefix, like CPython's traceback's last line.

def motec_path() -> Path:
    """$MOTEC (relative paths are from the repo root), else motec beside the mote binary."""
    env = os.environ.get("MOTEC")
    if env:
        path = Path(env)
        return path if path.is_absolute() else REPO_ROOT / path
    return mote_path().parent / "motec"


def require_motec() -> Path:
    path = motec_path()
    if not path.is_file() or not os.access(path, os.X_OK):
        raise SetupError(f"motec binary not found at {path} (build it with `make`, or set $MOTEC)")
    return path


_mpy_root: List[Path] = []
_mpy_mirrors: Dict[Path, Path] = {}


def _mpy_tmp_root() -> Path:
    if not _mpy_root:
        import atexit
        import shutil
        import tempfile
        root = Path(tempfile.mkdtemp(prefix="mote-mpy-"))
        atexit.register(shutil.rmtree, root, True)
        _mpy_root.append(root)
    return _mpy_root[0]


def _motec(args: List[str], cwd: Path) -> Result:
    return run([str(require_motec())] + args, cwd)


def _mirror_tree(src: Path, dst: Path, compile_py: bool, programs: set) -> None:
    """Copies src into dst: data files as they are, .py files compiled to .mpy
    (when compile_py; packages always are). Subfolders that are not packages keep
    only their data files (their programs belong to their own mirror)."""
    import shutil
    dst.mkdir(parents=True, exist_ok=True)
    for entry in sorted(src.iterdir()):
        if entry.name in ("__pycache__",) or entry.name.startswith("."):
            continue
        if entry.is_dir():
            is_pkg = (entry / "__init__.py").exists()
            _mirror_tree(entry, dst / entry.name, is_pkg, programs)
        elif entry.suffix == ".py":
            if not compile_py or entry in programs:
                continue  # programs are compiled per run (run_mote_mpy)
            out = dst / (entry.stem + ".mpy")
            got = _motec(["-s", entry.name, "-o", str(out), str(entry)], src)
            if got.status != 0:
                # A helper that doesn't compile stays source: importing it raises
                # the SyntaxError the program may be testing for.
                shutil.copyfile(entry, dst / entry.name)
        else:
            shutil.copyfile(entry, dst / entry.name)


def mpy_mirror(directory: Path) -> Path:
    """The compiled mirror of a program directory (built on first use)."""
    directory = directory.resolve()
    if directory not in _mpy_mirrors:
        rel = directory.relative_to(directory.anchor)
        dst = _mpy_tmp_root() / rel
        _mirror_tree(directory, dst, True, {p.resolve() for p in program_paths()})
        _mpy_mirrors[directory] = dst
    return _mpy_mirrors[directory]


def _optimize_flags(mote_args: List[str]) -> List[str]:
    return [a for a in mote_args if a.startswith("-O")]


def run_mote_mpy(program: Program) -> Result:
    mirror = mpy_mirror(program.cwd)
    compiled = mirror / program.path.name
    compiled.unlink(missing_ok=True)
    got = _motec(_optimize_flags(program.mote_args) +
                 ["-s", program.path.name, "-o", str(compiled), str(program.path)], program.cwd)
    if got.status != 0:
        lines = got.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
        last = lines[-1] if lines else ""
        prefix = program.path.name + ":"
        if last.startswith(prefix):
            last = last.split(": ", 1)[1] if ": " in last else last
        return Result(got.stdout, got.stderr + last.encode() + b"\n", got.status, got.argv)
    return run([str(require_mote())] + program.mote_args + program.args, mirror)


# ---- the QEMU modes: every program run on a QEMU board ----
#
# tools/mote-run boots the firmware with the program's directory as the board's ROM
# filesystem (so imports and open() of files beside it work) and sends the program
# over the raw REPL. Options for the host program (# mote-args:) have no meaning on a
# board, nor has another command line (.args with -c or -m): such programs are left
# out of the QEMU selection (tests/targets_selection.txt).

MOTE_RUN = REPO_ROOT / "tools" / "mote-run"
# QEMU's start and the transfer over the emulated UART cost more than a host run.
QEMU_EXTRA_SECONDS = 10.0


def qemu_runner(target: str) -> MoteRunner:
    def run_on_board(program: Program) -> Result:
        budget = timeout_seconds()
        argv = [sys.executable, str(MOTE_RUN), "--target", target, "--fs", str(program.cwd),
                "--timeout", f"{budget:g}"] + program.args
        return run(argv, program.cwd, timeout=budget + QEMU_EXTRA_SECONDS)
    return run_on_board


MODES: Dict[str, MoteRunner] = {
    "source": run_mote_source,
    "mpy": run_mote_mpy,
    "qemu-arm": qemu_runner("qemu-arm"),
    "qemu-rv32": qemu_runner("qemu-rv32"),
}


def selected_mode() -> str:
    return os.environ.get("MOTE_MODE", "source")


def mode_runner(name: str) -> MoteRunner:
    if name not in MODES:
        raise SetupError(f"unknown MOTE_MODE {name!r}; known: {', '.join(sorted(MODES))}")
    return MODES[name]


def run_cpython(program: Program) -> Result:
    return run([require_cpython()] + CPYTHON_FLAGS + program.args, program.cwd)


# ---------------------------------------------------------------------------
# The comparison

def _text(data: bytes) -> str:
    return data.decode("utf-8", "backslashreplace")


def stdout_diff(expected: bytes, actual: bytes, expected_name: str) -> str:
    diff = difflib.unified_diff(
        _text(expected).splitlines(keepends=True), _text(actual).splitlines(keepends=True),
        fromfile=expected_name, tofile="mote", n=3)
    out = "".join(line if line.endswith("\n") else line + "\n\\ no newline\n" for line in diff)
    return out or "(outputs differ only in bytes that decode the same)\n"


def _stderr_tail(result: Result, lines: int = 15) -> str:
    tail = _text(result.stderr).splitlines()[-lines:]
    return "\n".join("    " + ln for ln in tail) if tail else "    (empty)"


def compare_program(program: Program, run_mote: MoteRunner) -> List[str]:
    """Run a program both ways; return a list of problems (empty when it passes)."""
    reference = run_cpython(program)
    if reference.status is None:
        raise SetupError(f"{program.ident}: CPython timed out; the program is too slow")
    if program.exp is not None:
        want_stdout, want_name = program.exp.stdout, f"{program.ident[:-3]}.exp"
        want_status = program.exp.status if program.exp.status is not None else reference.status
    else:
        want_stdout, want_name = reference.stdout, "cpython"
        want_status = reference.status

    got = run_mote(program)
    problems = []
    if got.status is None:
        problems.append(f"mote timed out after {timeout_seconds():g} s "
                        "(set MOTE_TEST_TIMEOUT to change)")
    elif got.status != want_status:
        problems.append(f"exit status: mote {got.status}, expected {want_status}"
                        + (" (killed by a signal)" if got.status < 0 else ""))
    if got.stdout != want_stdout:
        problems.append("stdout differs:\n" + stdout_diff(want_stdout, got.stdout, want_name))
    if program.is_error_program and got.status is not None:
        want_line, got_line = reference.last_stderr_line(), got.last_stderr_line()
        if program.exp is None and want_line != got_line:
            problems.append(f"last stderr line: mote {got_line!r}, CPython {want_line!r}")
    if problems:
        problems.append("command: " + " ".join(shlex.quote(a) for a in got.argv)
                        + f"\n  (cwd {program.cwd})\nmote stderr (tail):\n" + _stderr_tail(got))
    return problems
