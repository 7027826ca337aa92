# Checks the test programs themselves under CPython (run it after adding programs):
# each must finish quickly and print the same thing under different hash seeds,
# or it would make a flaky test. Usage: python3 tests/support/check_programs.py [PATH...]

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from support import runner  # noqa: E402

SEEDS = ["0", "1", "12345"]
SLOW_SECONDS = 1.0


def check(path: Path, exe: str) -> list:
    program = runner.load_program(path)
    outputs, problems = [], []
    for seed in SEEDS:
        env = runner.child_env()
        env["PYTHONHASHSEED"] = seed
        start = time.monotonic()
        proc = subprocess.run([exe, "-B", "-s"] + program.args, cwd=program.cwd, env=env,
                              capture_output=True, timeout=30, input=b"")
        took = time.monotonic() - start
        if took > SLOW_SECONDS:
            problems.append(f"slow: {took:.2f} s")
        outputs.append((proc.stdout, proc.returncode, proc.stderr.splitlines()[-1:]))
    if any(o != outputs[0] for o in outputs):
        problems.append("output depends on the hash seed")
    if not outputs[0][0] and not program.is_error_program:
        problems.append("prints nothing on stdout")
    return problems


def main(argv):
    exe = runner.require_cpython()
    paths = [Path(a).resolve() for a in argv] or runner.program_paths()
    bad = 0
    for path in paths:
        problems = check(path, exe)
        if problems:
            bad += 1
            print(f"{path.relative_to(runner.TESTS_DIR)}: {'; '.join(problems)}")
    print(f"{len(paths)} programs checked, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
