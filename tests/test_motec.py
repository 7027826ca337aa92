"""The motec command line: compiles files, reports errors as file:line:col, disassembles."""
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
