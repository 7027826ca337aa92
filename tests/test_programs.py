# The differential suite: one test per program under tests/ (see README.md). Each
# runs under Mote (in the mode named by $MOTE_MODE, default "source") and under
# CPython 3.11; stdout and exit status must agree, or match the program's .exp file.

import pytest

from support import runner

PROGRAMS = runner.program_paths()


def test_programs_were_found():
    # Guards against a layout change that would silently collect nothing.
    assert len(PROGRAMS) >= 200, f"only {len(PROGRAMS)} test programs found"


@pytest.mark.program
@pytest.mark.parametrize("path", PROGRAMS,
                         ids=[p.relative_to(runner.TESTS_DIR).as_posix() for p in PROGRAMS])
def test_program(path):
    try:
        program = runner.load_program(path)
        run_mote = runner.mode_runner(runner.selected_mode())
        problems = runner.compare_program(program, run_mote)
    except runner.SetupError as exc:
        pytest.fail(str(exc), pytrace=False)
    if problems:
        pytest.fail(f"{program.ident}:\n" + "\n".join(problems), pytrace=False)
