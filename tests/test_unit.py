"""C unit tests (tests/unit/*.c): built by `make unit-tests` against the runtime
library, each a program that exits non-zero on failure."""
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNIT_DIR = os.path.join(ROOT, "tests", "unit")
BUILD = os.path.dirname(os.path.abspath(os.environ.get("MOTE", os.path.join(ROOT, "build", "mote"))))


def unit_programs():
    return sorted(f[:-2] for f in os.listdir(UNIT_DIR) if f.endswith(".c"))


@pytest.mark.parametrize("name", unit_programs())
def test_unit(name):
    exe = os.path.join(BUILD, "unit", name)
    assert os.path.exists(exe), f"{exe} missing: run `make unit-tests`"
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().endswith("ok: 0 failures"), r.stdout
