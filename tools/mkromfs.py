#!/usr/bin/env python3
"""Builds a ROM filesystem image (the format described in runtime/romfs.h).

Usage: mkromfs.py [--add SRC=DEST ...] [--max-size N] DIR|- OUT
Packs every file under DIR (or nothing, with "-"), skipping __pycache__ and names
starting with '.', plus the files named by --add, into OUT.
"""
import argparse
import os
import struct
import sys

MAGIC = b"MRFS"
VERSION = 1
HEADER = 16
ENTRY = 16
FILE, DIR = 1, 2


def collect(root):
    """{relative path: bytes} for the files under root."""
    files = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, "rb") as f:
                files[rel] = f.read()
    return files


def build(files):
    """The image bytes for {path: data}."""
    entries = {}
    for path, data in files.items():
        path = path.strip("/")
        if not path or len(path.encode()) > 0xFFFF:
            raise ValueError(f"bad path {path!r}")
        entries[path] = (FILE, data)
        parts = path.split("/")
        for i in range(1, len(parts)):
            entries.setdefault("/".join(parts[:i]), (DIR, b""))
    names = sorted(entries, key=lambda p: p.encode())
    table_end = HEADER + ENTRY * len(names)
    blob = bytearray()
    placed = []
    for name in names:
        kind, data = entries[name]
        raw = name.encode()
        path_off = table_end + len(blob)
        blob += raw
        if kind == FILE:
            blob += b"\0" * (-(table_end + len(blob)) % 4)
        data_off = table_end + len(blob)
        blob += data
        placed.append((path_off, len(raw) | kind << 16, data_off, len(data)))
    blob += b"\0" * (-(table_end + len(blob)) % 4)
    total = table_end + len(blob)
    out = bytearray(MAGIC + struct.pack("<III", VERSION, total, len(names)))
    for entry in placed:
        out += struct.pack("<IIII", *entry)
    return bytes(out + blob)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", help="directory to pack, or - for none")
    ap.add_argument("out")
    ap.add_argument("--add", action="append", default=[], metavar="SRC=DEST",
                    help="also pack file SRC as DEST")
    ap.add_argument("--max-size", type=int, default=0, help="fail if the image is larger")
    args = ap.parse_args(argv)
    files = collect(args.dir) if args.dir != "-" else {}
    for spec in args.add:
        src, _, dest = spec.partition("=")
        with open(src, "rb") as f:
            files[dest or os.path.basename(src)] = f.read()
    image = build(files)
    if args.max_size and len(image) > args.max_size:
        sys.exit(f"mkromfs: image is {len(image)} bytes, more than the {args.max_size} available")
    with open(args.out, "wb") as f:
        f.write(image)
    return 0


if __name__ == "__main__":
    sys.exit(main())
