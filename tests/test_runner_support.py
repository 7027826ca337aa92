# Checks of the differential runner itself (support/runner.py), with a fake "mote" made
# from CPython plus a wrapper: proves the comparison can fail, and that the .exp, .args
# and "# mote-args:" conventions do what README.md says. Needs no build.

import os
import stat
import sys
import textwrap

import pytest

from support import runner


@pytest.fixture
def fake_mote(tmp_path, cpython):
    """A script that behaves like CPython, except that it logs its options to stderr, and
    for programs containing a marker word: MISBEHAVE adds a stdout line, EXIT7 exits 7
    at once, WRONGERR fails with a different exception line."""
    path = tmp_path / "fake-mote"
    path.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        echo "argv: $*" >&2
        opts=""
        while [ "$1" = "-X" ]; do opts="$opts $1 $2"; shift 2; done
        if grep -q MISBEHAVE "$1" 2>/dev/null; then echo extra; fi
        if grep -q EXIT7 "$1" 2>/dev/null; then exit 7; fi
        if grep -q WRONGERR "$1" 2>/dev/null; then echo "Boom: wrong" >&2; exit 1; fi
        exec {cpython} -B -E -s "$@"
    """))
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def program(tmp_path, rel, source, exp=None, args=None):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source))
    if exp is not None:
        path.with_suffix(".exp").write_text(exp)
    if args is not None:
        path.with_suffix(".args").write_text(args)
    return runner.load_program(path)


def run_with(fake_mote, prog):
    def run_mote(p):
        return runner.run([str(fake_mote)] + p.mote_args + p.args, p.cwd)
    return runner.compare_program(prog, run_mote)


def test_identical_behaviour_passes(tmp_path, fake_mote):
    p = program(tmp_path, "ok.py", "print('same')\n")
    assert run_with(fake_mote, p) == []


def test_stdout_difference_fails_with_diff(tmp_path, fake_mote):
    p = program(tmp_path, "bad.py", "print('MISBEHAVE')\n")
    problems = run_with(fake_mote, p)
    assert problems and "stdout differs" in problems[0] and "+extra" in problems[0]


def test_status_difference_fails(tmp_path, fake_mote):
    p = program(tmp_path, "st.py", "pass  # EXIT7\n")
    problems = run_with(fake_mote, p)
    assert any("exit status: mote 7, expected 0" in x for x in problems), problems


def test_exp_status_line_overrides_cpython_status(tmp_path, fake_mote):
    p = program(tmp_path, "st2.py", "pass  # EXIT7\n", exp="# why: test\n# status: 7\n")
    assert p.exp.status == 7
    assert run_with(fake_mote, p) == []


def test_exp_file_replaces_cpython_stdout(tmp_path, fake_mote):
    p = program(tmp_path, "e.py", "print('MISBEHAVE')\n",
                exp="# why: the fake prints an extra line\nextra\nMISBEHAVE\n")
    assert p.exp.why == "the fake prints an extra line"
    assert run_with(fake_mote, p) == []


def test_exp_file_needs_why_line(tmp_path):
    with pytest.raises(runner.SetupError):
        program(tmp_path, "w.py", "print(1)\n", exp="1\n")


def test_errors_folder_compares_last_stderr_line(tmp_path, fake_mote):
    same = program(tmp_path, "errors/same.py", "raise ValueError('v')\n")
    assert same.is_error_program
    assert run_with(fake_mote, same) == []  # stderr differs, but not in its last line
    wrong = program(tmp_path, "errors/wrong.py", "raise ValueError('v')  # WRONGERR\n")
    problems = run_with(fake_mote, wrong)
    assert any("last stderr line: mote 'Boom: wrong', CPython 'ValueError: v'" in x
               for x in problems), problems
    elsewhere = program(tmp_path, "other/wrong.py", "raise ValueError('v')  # WRONGERR\n")
    assert not elsewhere.is_error_program
    assert run_with(fake_mote, elsewhere) == []  # outside errors/ stderr is not compared


def test_mote_args_header_reaches_mote_only(tmp_path, fake_mote):
    p = program(tmp_path, "h.py", "# mote-args: -X heapsize=64K\nprint('hi')\n")
    assert p.mote_args == ["-X", "heapsize=64K"]
    got = runner.run([str(fake_mote)] + p.mote_args + p.args, p.cwd)
    assert b"argv: -X heapsize=64K h.py" in got.stderr
    assert run_with(fake_mote, p) == []


def test_args_file_replaces_command_line(tmp_path, fake_mote):
    p = program(tmp_path, "a.py", "import sys\nprint(sys.argv[1:])\n",
                args="# comment\na.py one 'two words'\n")
    assert p.args == ["a.py", "one", "two words"]
    assert run_with(fake_mote, p) == []


def test_missing_binary_is_a_setup_error(monkeypatch):
    monkeypatch.setenv("MOTE", "/nonexistent/mote")
    with pytest.raises(runner.SetupError):
        runner.require_mote()


def test_unknown_mode_is_a_setup_error():
    with pytest.raises(runner.SetupError):
        runner.mode_runner("no-such-mode")


def test_helper_modules_and_packages_are_not_programs():
    paths = {p.relative_to(runner.TESTS_DIR).as_posix() for p in runner.program_paths()}
    assert "lang/import/import_basic.py" in paths
    assert not any(p.split("/")[-1].startswith("_") for p in paths)
    assert not any("/pkg/" in p for p in paths)
    assert not any(p.startswith(("support/", "fixtures/")) or "/" not in p for p in paths)
