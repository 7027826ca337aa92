"""The motec command line: compiles files to .mpy with mpy-cross's options, reports
errors as file:line:col, disassembles and dumps."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOTEC = os.path.join(os.path.dirname(os.path.abspath(
    os.environ.get("MOTE", os.path.join(ROOT, "build", "mote")))), "motec")


def motec(*args, cwd):
    return subprocess.run([MOTEC, *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_good_file_compiles(tmp_path):
    (tmp_path / "ok.py").write_text("def f(x):\n    return x + 1\nprint(f(2))\n")
    r = motec("ok.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""


def test_syntax_error_names_file_line_and_column(tmp_path):
    (tmp_path / "bad.py").write_text("x = 1\ny = (1,\nz = 2\n")
    r = motec("bad.py", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == "bad.py:2:5: SyntaxError: '(' was never closed"


def test_scope_error_and_several_files(tmp_path):
    (tmp_path / "a.py").write_text("return 5\n")
    (tmp_path / "b.py").write_text("pass\n")
    r = motec("b.py", "a.py", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == "a.py:1:1: SyntaxError: 'return' outside function"


def test_disasm_shows_bytecode(tmp_path):
    (tmp_path / "d.py").write_text("x = 5\nprint(x)\n")
    r = motec("--disasm", "d.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "LOAD_CONST_SMALL_INT 5" in r.stdout
    assert "STORE_NAME x" in r.stdout
    assert "CALL_FUNCTION 1" in r.stdout


def test_missing_file_and_no_arguments(tmp_path):
    assert motec("nope.py", cwd=tmp_path).returncode == 1
    r = motec(cwd=tmp_path)
    assert r.returncode == 2 and "usage" in r.stderr


# ---- writing .mpy files (mpy-cross's options) -------------------------------------------

def test_writes_mpy_beside_each_input(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("y = 2\n")
    r = motec("a.py", "b.py", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    for name in ("a.mpy", "b.mpy"):
        assert (tmp_path / name).read_bytes()[:4] == b"M\x06\x00\x1f"


def test_output_and_source_name(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    r = motec("-o", "out/x.mpy", "-s", "lib/a.py", "a.py", cwd=tmp_path)
    assert r.returncode == 1 and "can't write" in r.stderr   # no such directory
    (tmp_path / "out").mkdir()
    assert motec("-o", "out/x.mpy", "-s", "lib/a.py", "a.py", cwd=tmp_path).returncode == 0
    data = (tmp_path / "out" / "x.mpy").read_bytes()
    assert b"lib/a.py\0" in data and b"a.py\0" not in data.replace(b"lib/a.py\0", b"")
    r = motec("-o", "x.mpy", "a.py", "a.py", cwd=tmp_path)
    assert r.returncode == 2 and "-o needs exactly one input" in r.stderr


def test_version_names_the_mpy_version(tmp_path):
    r = motec("--version", cwd=tmp_path)
    assert r.returncode == 0 and "mpy v6.3" in r.stdout


def test_optimisation_levels(tmp_path):
    (tmp_path / "o.py").write_text("assert False, 'x'\nprint(__debug__)\n")
    sizes = {}
    for flag in ("-O0", "-O1", "-O2", "-O3", "-O", "-OO"):
        assert motec(flag, "-o", f"{flag}.mpy", "o.py", cwd=tmp_path).returncode == 0
        sizes[flag] = (tmp_path / f"{flag}.mpy").stat().st_size
    assert sizes["-O1"] < sizes["-O0"] and sizes["-O"] == sizes["-O1"]
    assert motec("-O4", "o.py", cwd=tmp_path).returncode == 2


def test_march_and_small_int_bits(tmp_path):
    (tmp_path / "a.py").write_text("x = 2 ** 20\n")
    for arch in ("x64", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "rv32imc"):
        assert motec(f"-march={arch}", "a.py", cwd=tmp_path).returncode == 0
        # Bytecode only: like mpy-cross, the arch goes in the header with native code.
        assert (tmp_path / "a.mpy").read_bytes()[2] == 0
    r = motec("-march=z80", "a.py", cwd=tmp_path)
    assert r.returncode == 2 and "unknown architecture" in r.stderr
    assert motec("-msmall-int-bits=15", "a.py", cwd=tmp_path).returncode == 0
    data = (tmp_path / "a.mpy").read_bytes()
    assert data[3] == 15 and b"1048576" in data   # 2**20 no longer fits: a constant
    assert motec("-msmall-int-bits=99", "a.py", cwd=tmp_path).returncode == 2


def test_emit_native_is_a_clear_error(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    for emit in ("native", "viper"):
        r = motec("-X", f"emit={emit}", "a.py", cwd=tmp_path)
        assert r.returncode == 2 and "not available yet" in r.stderr
        assert not (tmp_path / "a.mpy").exists()
    assert motec("-X", "emit=bytecode", "a.py", cwd=tmp_path).returncode == 0


def test_stdin_to_stdout(tmp_path):
    r = subprocess.run([MOTEC, "-"], input=b"print(1)\n", capture_output=True, cwd=tmp_path,
                       timeout=60)
    assert r.returncode == 0 and r.stdout[:2] == b"M\x06" and b"<stdin>\0" in r.stdout
    r = subprocess.run([MOTEC, "-s", "s.py", "-o", "s.mpy", "-"], input=b"x = (\n",
                       capture_output=True, cwd=tmp_path, timeout=60)
    assert r.returncode == 1 and r.stderr.decode().startswith("s.py:1:")


def test_no_output_file_after_an_error(tmp_path):
    (tmp_path / "bad.py").write_text("def f(:\n")
    assert motec("bad.py", cwd=tmp_path).returncode == 1
    assert not (tmp_path / "bad.mpy").exists()


def test_dump_rejects_a_bad_file(tmp_path):
    (tmp_path / "x.mpy").write_bytes(b"M\x06\x00\x1f\x05")
    r = motec("--dump", "x.mpy", cwd=tmp_path)
    assert r.returncode == 1 and "ValueError: invalid .mpy file: count larger" in r.stderr
