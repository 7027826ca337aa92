"""The .mpy container: motec's writer against mpy-cross's files byte for byte, the
loader on mpy-cross's files, the import rules, the header checks, and the loader and
verifier against truncated, corrupted and hand-made hostile files (which must raise
ValueError: never crash, hang or read out of bounds; run this under the ASan build
too). The differential programs compiled to .mpy run in the suite's "mpy" mode
(MOTE_MODE=mpy, tests/support/runner.py); the fuzz target is tests/fuzz/."""

import shutil
from pathlib import Path

import pytest

from support import runner

VECTORS = runner.REPO_ROOT.parent / "shared" / "mpy-vectors"
NAMES = ["v01_consts", "v02_functions", "v03_classes", "v04_exceptions", "v05_generators",
         "v06_control", "v07_strings", "v08_async", "v09_dicts_sets", "v10_bigint_float"]
ORDER_FREE = {"v05_generators": (b"{'b', 'a'}", b"{'a', 'b'}")}
CRASHERS = sorted((runner.TESTS_DIR / "fuzz" / "crashers").glob("*.hex"))

# motec's file equals mpy-cross's byte for byte for these sources.
IDENTICAL = {"v01_consts", "v02_functions", "v03_classes", "v07_strings", "v09_dicts_sets"}
# Where they differ, and why (each reason is checked below):
#  - v08_async: one byte more per `async def` (two): the coroutine mark, a no-op first
#    line-table entry (runtime/mpy_format.h) that lets Mote load a coroutine function
#    as one. Removing those bytes (and growing n_info back) gives mpy-cross's file.
#  - v04, v05, v06: the emitter compiles `for x in range(...)` as a plain iterator loop
#    (compiler/emit_bc.c, EMIT_RANGE_FOR), MicroPython as a counter on the stack.
#  - v10: the same, and mpy-cross folds `math.pi` into a float constant; Mote loads
#    the attribute. All four are emitter choices: the writer itself reproduces every
#    mpy-cross file exactly from its loaded form (test_rewrite_reproduces_mpy_cross).
EMITTER_DIFFERS = {"v04_exceptions", "v05_generators", "v06_control", "v10_bigint_float"}


def motec_bin():
    try:
        return runner.require_motec()
    except runner.SetupError as exc:
        pytest.fail(str(exc), pytrace=False)


def motec(*args, cwd, stdin=None):
    return runner.run([str(motec_bin()), *map(str, args)], Path(cwd), stdin=stdin)


def compile_vector(name, out_dir):
    out = Path(out_dir) / (name + ".mpy")
    r = motec("-s", f"src/{name}.py", "-o", out, VECTORS / "src" / (name + ".py"), cwd=out_dir)
    assert r.status == 0, r.stderr.decode()
    return out


def expected_out(name, got):
    want = (VECTORS / "expected" / (name + ".out")).read_bytes()
    if name in ORDER_FREE and got != want:
        a, b = ORDER_FREE[name]
        if got == want.replace(a, b):
            return got
    return want


def import_and_run(mote, directory, module):
    return runner.run([str(mote), "-c", f"import {module}"], Path(directory))


# ---- a small reader of the format, to state the documented differences exactly ----

def read_uint(data, i):
    v = 0
    while True:
        b = data[i]
        i += 1
        v = (v << 7) | (b & 0x7f)
        if not b & 0x80:
            return v, i


def encode_uint(v):
    out = [v & 0x7f]
    v >>= 7
    while v:
        out.append(0x80 | (v & 0x7f))
        v >>= 7
    return bytes(reversed(out))


def split_module(data):
    """(header and tables, [raw code records as (kind_len, fun_data, n_children)])."""
    i = 4
    n_qstr, i = read_uint(data, i)
    n_obj, i = read_uint(data, i)
    for _ in range(n_qstr):
        v, i = read_uint(data, i)
        if not v & 1:
            i += (v >> 1) + 1
    tags_with_nul = {5, 6}

    def skip_obj(i):
        tag = data[i]
        i += 1
        if tag in (5, 6, 7, 8, 9):
            n, i = read_uint(data, i)
            i += n + (1 if tag in tags_with_nul else 0)
        elif tag == 10:
            n, i = read_uint(data, i)
            for _ in range(n):
                i = skip_obj(i)
        return i

    for _ in range(n_obj):
        i = skip_obj(i)
    head, records = data[:i], []

    def raw_code(i):
        kind_len, i = read_uint(data, i)
        fun = data[i:i + (kind_len >> 3)]
        i += kind_len >> 3
        n = 0
        if kind_len & 4:
            n, i = read_uint(data, i)
        records.append([kind_len & 7, fun, n])
        for _ in range(n):
            i = raw_code(i)
        return i

    assert raw_code(i) == len(data)
    return head, records


def join_module(head, records):
    out = bytearray(head)
    for flags, fun, n in records:
        out += encode_uint(len(fun) << 3 | flags)
        out += fun
        if flags & 4:
            out += encode_uint(n)
    return bytes(out)


def strip_coroutine_mark(fun):
    """Removes the mark from a generator's line table, if it has one."""
    i, z = 1, fun[0]
    n_args = z & 3
    flags, n = 0, 0
    while z & 0x80:
        z = fun[i]
        i += 1
        flags |= ((z >> 6) & 1) << n
        n_args += (((z >> 2) & 1) << (2 + n)) + (((z >> 3) & 1) << n)
        n += 1
    size_at = i
    n_info = n_cell = k = 0
    while True:
        z = fun[i]
        i += 1
        n_info |= ((z >> 1) & 0x3f) << (6 * k)
        n_cell |= (z & 1) << k
        k += 1
        if not z & 0x80:
            break
    info = i
    for _ in range(1 + n_args):
        _, i = read_uint(fun, i)
    if not flags & 1 or i >= info + n_info or fun[i] != 0:
        return fun, False
    size = bytearray()
    n_info -= 1
    while True:
        z = ((n_info & 0x3f) << 1) | (n_cell & 1)
        n_cell >>= 1
        n_info >>= 6
        if n_cell or n_info:
            size.append(z | 0x80)
        else:
            size.append(z)
            break
    return fun[:size_at] + bytes(size) + fun[info:i] + fun[i + 1:], True


# ---- mpy-cross's files on Mote ------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_mpy_cross_file_runs(mote, tmp_path, name):
    shutil.copyfile(VECTORS / "mpy-cross" / (name + ".mpy"), tmp_path / (name + ".mpy"))
    got = import_and_run(mote, tmp_path, name)
    assert got.status == 0, got.stderr.decode("utf-8", "replace")
    want = expected_out(name, got.stdout)
    assert got.stdout == want, runner.stdout_diff(want, got.stdout, f"expected/{name}.out")


@pytest.mark.parametrize("name", NAMES)
def test_motec_file_runs(mote, tmp_path, name):
    compile_vector(name, tmp_path)
    got = import_and_run(mote, tmp_path, name)
    assert got.status == 0, got.stderr.decode("utf-8", "replace")
    want = expected_out(name, got.stdout)
    assert got.stdout == want, runner.stdout_diff(want, got.stdout, f"expected/{name}.out")


# ---- the writer, byte for byte --------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_writer_matches_mpy_cross(tmp_path, name):
    ours = compile_vector(name, tmp_path).read_bytes()
    theirs = (VECTORS / "mpy-cross" / (name + ".mpy")).read_bytes()
    if name in IDENTICAL:
        assert ours == theirs
    elif name == "v08_async":
        head, records = split_module(ours)
        marks = 0
        for rec in records:
            rec[1], marked = strip_coroutine_mark(rec[1])
            marks += marked
        assert marks == 2 and len(ours) == len(theirs) + 2
        assert join_module(head, records) == theirs
    else:
        assert name in EMITTER_DIFFERS
        assert ours[:4] == theirs[:4] and len(ours) <= len(theirs)


@pytest.mark.parametrize("name", NAMES)
def test_rewrite_reproduces_mpy_cross(tmp_path, name):
    # Loading mpy-cross's file and writing it again gives the same bytes: the writer
    # encodes the header, qstrs (static numbers included), constants and raw codes
    # exactly as mpy-cross does.
    src = VECTORS / "mpy-cross" / (name + ".mpy")
    r = motec(src, "-o", tmp_path / "again.mpy", cwd=tmp_path)
    assert r.status == 0, r.stderr.decode()
    assert (tmp_path / "again.mpy").read_bytes() == src.read_bytes()


def test_total_size_at_most_mpy_cross(tmp_path):
    ours = sum(compile_vector(n, tmp_path).stat().st_size for n in NAMES)
    theirs = sum((VECTORS / "mpy-cross" / (n + ".mpy")).stat().st_size for n in NAMES)
    print(f"ten vectors: motec {ours} bytes, mpy-cross {theirs} bytes")
    assert ours <= theirs


def test_output_is_deterministic(tmp_path):
    src = VECTORS / "src" / "v03_classes.py"
    motec("-o", tmp_path / "a.mpy", src, cwd=tmp_path)
    motec("-o", tmp_path / "b.mpy", src, cwd=tmp_path)
    assert (tmp_path / "a.mpy").read_bytes() == (tmp_path / "b.mpy").read_bytes()


def test_async_def_stays_a_coroutine(mote, tmp_path):
    (tmp_path / "co.py").write_text(
        "async def f():\n    return 1\nasync def g():\n    return await f()\n"
        "def gen():\n    yield 1\nc = g()\nprint(type(c).__name__, type(gen()).__name__)\n"
        "try:\n    c.send(None)\nexcept StopIteration as e:\n    print('value', e.value)\n")
    assert motec("co.py", cwd=tmp_path).status == 0
    (tmp_path / "co.py").unlink()
    got = import_and_run(mote, tmp_path, "co")
    assert got.stdout == b"coroutine generator\nvalue 1\n", got.stderr.decode()


# ---- importing and running .mpy files --------------------------------------------------

def test_py_is_found_before_mpy(mote, tmp_path):
    (tmp_path / "m.py").write_text("print('compiled')\n")
    assert motec("m.py", cwd=tmp_path).status == 0
    (tmp_path / "m.py").write_text("print('source')\n")
    assert import_and_run(mote, tmp_path, "m").stdout == b"source\n"
    (tmp_path / "m.py").unlink()
    assert import_and_run(mote, tmp_path, "m").stdout == b"compiled\n"


def test_package_and_submodule_from_mpy(mote, tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("X = 1\n")
    (pkg / "sub.py").write_text("from . import X\nY = X + 1\n")
    assert motec(pkg / "__init__.py", pkg / "sub.py", cwd=tmp_path).status == 0
    (pkg / "__init__.py").unlink()
    (pkg / "sub.py").unlink()
    got = runner.run([str(mote), "-c", "import pkg.sub; print(pkg.X, pkg.sub.Y)"], tmp_path)
    assert got.stdout == b"1 2\n", got.stderr.decode()


def test_mote_runs_mpy_scripts(mote, tmp_path):
    (tmp_path / "s.py").write_text("import sys\nprint(__name__, sys.argv[1:])\n")
    assert motec("s.py", cwd=tmp_path).status == 0
    got = runner.run([str(mote), "s.mpy", "a"], tmp_path)
    assert got.stdout == b"__main__ ['a']\n", got.stderr.decode()
    # Compiled bytes under any name run as compiled code (as CPython runs a .pyc).
    shutil.copyfile(tmp_path / "s.mpy", tmp_path / "t.py")
    assert runner.run([str(mote), "t.py"], tmp_path).stdout == b"__main__ []\n"
    (tmp_path / "s.py").unlink()
    got = runner.run([str(mote), "-m", "s", "b"], tmp_path)
    assert got.stdout == b"__main__ ['b']\n", got.stderr.decode()


def test_traceback_names_the_stored_source(mote, tmp_path):
    (tmp_path / "e.py").write_text("x = 1\n\ndef f():\n    return 1 / 0\nf()\n")
    assert motec("-s", "app/e.py", "e.py", cwd=tmp_path).status == 0
    got = runner.run([str(mote), "e.mpy"], tmp_path)
    assert got.status == 1
    err = got.stderr.decode()
    assert 'File "app/e.py", line 4, in f' in err and "ZeroDivisionError" in err


# ---- the header ----------------------------------------------------------------------

def compiled_bytes(tmp_path, source="print('hi')\n"):
    (tmp_path / "h.py").write_text(source)
    assert motec("h.py", cwd=tmp_path).status == 0
    return bytearray((tmp_path / "h.mpy").read_bytes())


def load_error(mote, tmp_path, data, name="bad"):
    (tmp_path / (name + ".mpy")).write_bytes(bytes(data))
    got = runner.run([str(mote), "-c",
                      f"try:\n import {name}\nexcept Exception as e:\n print(type(e).__name__, e)"],
                     tmp_path)
    assert got.status == 0, got.stderr.decode("utf-8", "replace")
    return got.stdout.decode().strip()


@pytest.mark.parametrize("offset,value,message", [
    (0, ord("C"), "incompatible .mpy file"),        # not 'M'
    (1, 5, "incompatible .mpy file"),               # version 5
    (1, 7, "incompatible .mpy file"),
    (3, 200, "incompatible .mpy file"),             # more small-int bits than we have
    (2, 5 << 2 | 3, "incompatible .mpy arch"),      # armv7m native code
    (2, 11 << 2 | 3, "incompatible .mpy arch"),     # rv32imc native code
    (2, 12 << 2 | 3, "incompatible .mpy arch"),     # an arch we don't know
    (2, 5 << 2 | 2, "incompatible .mpy file"),      # native code of another sub-version
])
def test_header_checks(mote, tmp_path, offset, value, message):
    data = compiled_bytes(tmp_path)
    data[offset] = value
    assert load_error(mote, tmp_path, data) == "ValueError " + message


def test_sub_version_ignored_without_native_code(mote, tmp_path):
    data = compiled_bytes(tmp_path)
    data[2] = 1
    assert load_error(mote, tmp_path, data) == "hi"


def test_native_code_for_this_arch_is_a_clear_error(mote, tmp_path):
    data = compiled_bytes(tmp_path)
    data[2] = 2 << 2 | 3   # x64, this host
    assert "native code in .mpy is not supported yet" in load_error(mote, tmp_path, data)


# ---- hostile files ---------------------------------------------------------------------

def dump_errors(tmp_path, files):
    """Loads each file with `motec --dump` (load and verify, never run) in one process;
    returns the error line for each file that failed."""
    r = motec("--dump", *files, cwd=tmp_path)
    err = r.stderr.decode("utf-8", "replace")
    assert r.status in (0, 1), err[-2000:]
    assert "Sanitizer" not in err and "runtime error" not in err, err[-2000:]
    return [ln for ln in err.splitlines() if ln.startswith("motec: ")]


def test_every_truncation_is_a_value_error(tmp_path):
    data = compiled_bytes(tmp_path, (VECTORS / "src" / "v04_exceptions.py").read_text())
    files = []
    for n in range(len(data)):
        f = tmp_path / f"t{n}.mpy"
        f.write_bytes(bytes(data[:n]))
        files.append(f.name)
    errors = dump_errors(tmp_path, files)
    assert len(errors) == len(files)
    for line in errors:
        assert ": ValueError: " in line, line


def test_corrupted_bytes_never_crash(tmp_path):
    # Every byte of a module replaced by a few values: each file loads or raises.
    data = compiled_bytes(tmp_path, (VECTORS / "src" / "v06_control.py").read_text())
    files = []
    for i in range(4, len(data)):
        for value in (0x00, 0x7f, 0x80, 0xff, data[i] ^ 0x01):
            f = tmp_path / f"c{i}_{value}.mpy"
            f.write_bytes(bytes(data[:i]) + bytes([value]) + bytes(data[i + 1:]))
            files.append(f.name)
    for line in dump_errors(tmp_path, files):
        assert ": ValueError: " in line or ": MemoryError: " in line, line


def craft(code, n_state=4, n_exc=0, flags=0, objs=b"", n_obj=0, qstrs=("f", "<module>")):
    """A module whose top-level code is `code` (its prelude made here)."""
    s = n_state - 1
    sig = bytearray()
    z = (s & 0xf) << 3 | (n_exc & 1) << 2
    s >>= 4
    e, f = n_exc >> 1, flags
    while s or e or f:
        sig.append(0x80 | z)
        z = (f & 1) << 6 | (s & 3) << 4 | (e & 1) << 1
        s >>= 2
        e >>= 1
        f >>= 1
    sig.append(z)
    fun = bytes(sig) + bytes([1 << 1, 1]) + bytes(code)   # n_info 1: the name, qstr 1
    out = bytearray(b"M\x06\x00\x1f")
    out += encode_uint(len(qstrs)) + encode_uint(n_obj)
    for q in qstrs:
        out += encode_uint(len(q) << 1) + q.encode() + b"\0"
    out += objs
    out += encode_uint(len(fun) << 3) + fun
    return out


# name: (code, what the error must say)
HOSTILE = {
    "jump out of the code": ([0x42, 0x7f], "jump out of the code"),
    "jump into an instruction": ([0x22, 0x05, 0x42, 0x3d, 0x51, 0x63], "middle of an instruction"),
    "stack underflow": ([0x59, 0x51, 0x63], "stack underflow"),
    "bad opcode": ([0x00], "bad opcode"),
    "constant index": ([0x23, 0x05, 0x63], "operand out of range"),
    "qstr index": ([0x11, 0x09, 0x63], "operand out of range"),
    "local beyond n_state": ([0x24, 0x09, 0x63], "operand out of range"),
    "runs off its end": ([0x51, 0x59], "runs off its end"),
    "stack overflow": ([0x51] * 8 + [0x63], "stack overflow"),
    "yield outside a generator": ([0x51, 0x67, 0x63], "yield outside a generator"),
    "FOR_ITER without an iterator": ([0x51] * 4 + [0x4b, 0x00, 0x51, 0x63], "without an iterator"),
    "not a cell": ([0x51, 0xc0, 0x25, 0x00, 0x63], "not a cell"),
    "unwinds more blocks": ([0x40, 0x41, 0x01, 0x51, 0x63], "unwinds more blocks"),
    "END_FINALLY outside a block": ([0x51, 0x5d, 0x51, 0x63], "outside a block"),
    "NULL used as a value": ([0x53, 0x63], "wrong kind"),
    "paths disagree": ([0x52, 0x44, 0x41, 0x51, 0x51, 0x63], "stack differs"),
    "dict expected": ([0x51, 0x51, 0x51, 0x62, 0x63], "without a dict"),
    "truncated operand": ([0x23], "truncated instruction"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bytecode_is_rejected(mote, tmp_path, case):
    code, reason = HOSTILE[case]
    msg = load_error(mote, tmp_path, craft(code))
    assert msg.startswith("ValueError invalid .mpy file: ") and reason in msg, (case, msg)


def test_crafted_module_runs_when_valid(mote, tmp_path):
    # The crafting helper itself makes loadable files (so the rejections above are
    # the verifier's doing): f = None; return.
    assert load_error(mote, tmp_path, craft([0x51, 0x16, 0x00, 0x51, 0x63])) == ""


@pytest.mark.parametrize("path", CRASHERS, ids=[p.stem for p in CRASHERS])
def test_kept_fuzz_inputs(mote, tmp_path, path):
    """Inputs the fuzzer once crashed on (tests/fuzz/crashers/*.hex): loading and
    running each must end in a Python exception or normally, never a crash."""
    text = "".join(ln.split("#", 1)[0] for ln in path.read_text().splitlines())
    (tmp_path / "crash.mpy").write_bytes(bytes.fromhex("".join(text.split())))
    got = runner.run([str(mote), "crash.mpy"], tmp_path, timeout=60)
    err = got.stderr.decode("utf-8", "replace")
    assert got.status in (0, 1), err[-2000:]
    assert "Sanitizer" not in err and "runtime error" not in err, err[-2000:]


def test_dump_lists_header_qstrs_constants_and_code(tmp_path):
    r = motec("--dump", VECTORS / "mpy-cross" / "v01_consts.mpy", cwd=tmp_path)
    out = r.stdout.decode()
    assert r.status == 0, r.stderr.decode()
    assert "header: 4d 06 00 1f  (.mpy v6, arch none" in out
    assert "'print'  (static 123)" in out and "'src/v01_consts.py'" in out
    assert "-1267650600228229401496703205376" in out and "b'\\x00\\xff'" in out
    assert "LOAD_CONST_OBJ 1e+100" in out and "RETURN_VALUE" in out
