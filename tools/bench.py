#!/usr/bin/env python3
"""make bench: Mote against CPython on the programs in tools/bench/.

Each program runs under both interpreters in turn, several times; the table gives
the median wall time of each, their ratio (mote / CPython: below 1 is faster) and
the geometric mean of the ratios. Outputs must agree (each program prints a
checksum), so a wrong answer cannot look fast. With --callgrind, mote's instruction
count per program (valgrind, at a reduced scale) is also printed: unlike times, it is
the same from run to run, for comparing commits.

Usage: tools/bench.py [--mote build/mote] [--python python3] [--runs 5]
                      [--callgrind] [--scale 0.05] [names...]
"""
import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent / "bench"


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout


def callgrind_count(mote, prog, scale):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                               str(mote), str(prog), str(scale)],
                              capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", proc.stderr)
        if proc.returncode != 0 or not m:
            sys.exit(f"bench: callgrind failed on {prog.name}:\n{proc.stderr[-2000:]}")
        return int(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mote", default="build/mote")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--scale", type=float, default=0.05, help="work scale under callgrind")
    ap.add_argument("names", nargs="*", help="program names (default: all)")
    args = ap.parse_args()

    progs = sorted(BENCH_DIR.glob("*.py"))
    if args.names:
        progs = [p for p in progs if p.stem in args.names]
    if args.callgrind and not shutil.which("valgrind"):
        sys.exit("bench: --callgrind needs valgrind (Debian package valgrind)")

    ratios = []
    header = f"{'program':<16} {'mote s':>8} {'cpython s':>10} {'ratio':>6}"
    if args.callgrind:
        header += f" {'mote Minstr':>12}"
    print(header)
    for prog in progs:
        mote_t, py_t = [], []
        for _ in range(args.runs):
            t, mote_out = run_once([args.mote, str(prog)])
            mote_t.append(t)
            t, py_out = run_once([args.python, str(prog)])
            py_t.append(t)
        if mote_out != py_out:
            sys.exit(f"bench: {prog.name}: outputs differ\n mote: {mote_out!r}\n cpython: {py_out!r}")
        m, p = statistics.median(mote_t), statistics.median(py_t)
        ratios.append(m / p)
        line = f"{prog.stem:<16} {m:8.3f} {p:10.3f} {m / p:6.2f}"
        if args.callgrind:
            line += f" {callgrind_count(args.mote, prog, args.scale) / 1e6:12.1f}"
        print(line, flush=True)
    geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
    print(f"{'geometric mean':<16} {'':>8} {'':>10} {geo:6.2f}")


if __name__ == "__main__":
    main()
