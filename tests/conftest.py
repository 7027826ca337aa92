# Shared pytest fixtures for Mote's suite: the binary under test and the CPython
# reference. A missing binary or a missing CPython 3.11 fails every test that needs
# it (it is never a skip: a suite that silently runs nothing proves nothing).

import sys
from pathlib import Path

import pytest

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import runner  # noqa: E402


def pytest_report_header(config):
    return [f"mote: {runner.mote_path()}  mode: {runner.selected_mode()}  "
            f"timeout: {runner.timeout_seconds():g} s"]


@pytest.fixture
def mote():
    """Path of the mote binary ($MOTE or build/mote)."""
    try:
        return runner.require_mote()
    except runner.SetupError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def cpython():
    """Path of a CPython 3.11 interpreter."""
    try:
        return runner.require_cpython()
    except runner.SetupError as exc:
        pytest.fail(str(exc), pytrace=False)
