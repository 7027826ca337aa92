"""Seeds the fuzz corpus: the differential programs compiled by motec, the mpy-cross
vectors (../shared/mpy-vectors) and every kept crasher (crashers/*.hex, hex text).

    python3 tests/fuzz/make_seeds.py MOTEC CORPUS_DIR
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
VECTORS = TESTS.parent.parent / "shared" / "mpy-vectors" / "mpy-cross"
MAX_SEED = 4096  # the fuzz run's -max_len
# Language programs only: modules/ and memory/ change process-wide state (gc
# thresholds, files, the event loop) that would slow or skew every later input.
SEED_DIRS = ("lang", "types", "classes", "exceptions", "generators", "builtins")


def read_hex(path: Path) -> bytes:
    """A kept input: hex digits, whitespace and #-comment lines ignored."""
    text = "".join(line.split("#", 1)[0] for line in path.read_text().splitlines())
    return bytes.fromhex("".join(text.split()))


def main() -> int:
    motec, corpus = sys.argv[1], Path(sys.argv[2])
    corpus.mkdir(parents=True, exist_ok=True)
    n = 0
    sources = sorted(p for d in SEED_DIRS for p in (TESTS / d).rglob("*.py"))
    for src in sources:
        out = corpus / f"prog-{n:04d}.mpy"
        r = subprocess.run([motec, "-s", src.name, "-o", str(out), str(src)],
                           capture_output=True)
        if r.returncode == 0 and out.stat().st_size <= MAX_SEED:
            n += 1
        else:
            out.unlink(missing_ok=True)
    for path in sorted(VECTORS.glob("*.mpy")):
        (corpus / f"vector-{path.name}").write_bytes(path.read_bytes())
        n += 1
    for path in sorted((HERE / "crashers").glob("*.hex")):
        (corpus / f"crasher-{path.stem}.mpy").write_bytes(read_hex(path))
        n += 1
    print(f"make_seeds: {n} seeds in {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
