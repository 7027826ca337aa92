"""The single-precision float build option (MO_FLOAT_SINGLE=1, for the smallest
boards): builds a host `mote` with it (build-f32/, incrementally) and checks each
program in tests/fixtures/float_single/ prints its .out file exactly."""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "float_single"
BUILD = ROOT / "build-f32"


@pytest.fixture(scope="module")
def mote_f32():
    env = dict(os.environ, CFLAGS="-DMO_FLOAT_SINGLE=1")
    r = subprocess.run(["make", "-j2", f"BUILD={BUILD}", f"{BUILD}/mote"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return BUILD / "mote"


def programs():
    return sorted(p.name for p in FIXTURES.glob("*.py"))


def test_fixtures_present():
    assert programs(), f"no programs in {FIXTURES}"


@pytest.mark.parametrize("name", programs())
def test_float_single(mote_f32, name):
    prog = FIXTURES / name
    r = subprocess.run([str(mote_f32), str(prog)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == prog.with_suffix(".out").read_text()
