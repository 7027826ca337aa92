# Frozen modules: tools/gen_frozen_src.py's table (compiled and read back in C), and
# import of the modules it embeds (stdlib/asyncio) at sys.path's ".frozen" entry:
# __name__, __file__ and __path__ as chosen (MicroPython's: __file__ is the path
# below .frozen), submodules, the search order, and tracebacks naming the file.
import os
import subprocess
import sys
from pathlib import Path

from support import runner

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT / "tools" / "gen_frozen_src.py"

DUMP_C = r'''
#include <stdio.h>
#include "runtime/frozen.h"
extern const mo_frozen_module_t mo_frozen_src_modules[];
extern const size_t mo_frozen_src_count;
int main(void) {
    for (size_t i = 0; i < mo_frozen_src_count; i++) {
        const mo_frozen_module_t *m = &mo_frozen_src_modules[i];
        printf("%s %d %d %zu\n", m->name, m->kind, m->is_package, m->len);
        fwrite(m->data, 1, m->len, stdout);
        printf("\n--\n");
    }
    return 0;
}
'''


def gen_and_dump(tmp_path, files):
    src = tmp_path / "lib"
    for rel, data in files.items():
        p = src / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    out = tmp_path / "frozen_src.c"
    subprocess.run([sys.executable, str(GEN), str(out), str(src)], check=True)
    (tmp_path / "dump.c").write_text(DUMP_C)
    exe = tmp_path / "dump"
    cc = os.environ.get("CC", "cc")
    subprocess.run([cc, "-std=c11", "-Wall", "-Werror", "-I", str(ROOT), "-o", str(exe),
                    str(tmp_path / "dump.c"), str(out)], check=True)
    return subprocess.run([str(exe)], check=True, capture_output=True).stdout


def test_generated_table_holds_exact_sources(tmp_path):
    tricky = 'x = "a\\\\b\\"c ??= ??/ \t\x01"\ny = "\u00e9\u4e2d"  # no newline at end'.encode()
    out = gen_and_dump(tmp_path, {
        "pkg/__init__.py": b"A = 1\n",
        "pkg/sub/__init__.py": b"",
        "pkg/sub/leaf.py": tricky,
        "top.py": b"print('top')\n",
    })
    kept = tricky[:tricky.index(b"  #")]  # comments go; their lines stay
    assert out == (b"pkg 1 1 6\nA = 1\n\n--\n"
                   b"pkg.sub 1 1 0\n\n--\n"
                   b"pkg.sub.leaf 1 0 %d\n" % len(kept) + kept + b"\n--\n"
                   b"top 1 0 13\nprint('top')\n\n--\n")


def test_comments_dropped_lines_kept(tmp_path):
    src = b"# head\nx = '#not a comment'  # tail\n\n    # indented\ny = 2\n"
    out = gen_and_dump(tmp_path, {"m.py": src})
    assert out == b"m 1 0 30\n\nx = '#not a comment'\n\n\ny = 2\n\n--\n"


def test_generator_refuses_bad_names(tmp_path):
    bad = tmp_path / "lib" / "not-a-name.py"
    bad.parent.mkdir()
    bad.write_text("")
    r = subprocess.run([sys.executable, str(GEN), str(tmp_path / "o.c"), str(tmp_path / "lib")],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "not a module path" in r.stderr


def test_empty_table_compiles(tmp_path):
    assert gen_and_dump(tmp_path, {}) == b""


def run_mote(mote, tmp_path, code, env=None, script_dir=None):
    d = script_dir or tmp_path
    script = d / "prog.py"
    script.write_text(code)
    e = runner.child_env()
    e.update(env or {})
    return subprocess.run([str(mote), str(script)], cwd=str(tmp_path), capture_output=True,
                          text=True, timeout=runner.timeout_seconds(), env=e)


def test_import_frozen_package_and_submodules(mote, tmp_path):
    r = run_mote(mote, tmp_path, """
import sys
print(sys.path[1])
import asyncio
print(asyncio.__name__, asyncio.__file__, asyncio.__path__, asyncio.__package__)
import asyncio.core
print(asyncio.core.__name__, asyncio.core.__file__, asyncio.core.__package__)
from asyncio import funcs
print(funcs.__name__, funcs is sys.modules['asyncio.funcs'])
from asyncio.event import Event
print(Event.__name__, asyncio.Event is Event)
try:
    import asyncio.nothing
except ImportError as e:
    print(type(e).__name__, e)
""")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        ".frozen",
        "asyncio asyncio/__init__.py ['.frozen/asyncio'] asyncio",
        "asyncio.core asyncio/core.py asyncio",
        "asyncio.funcs True",
        "Event True",
        "ModuleNotFoundError No module named 'asyncio.nothing'",
    ]


def test_script_directory_comes_before_frozen(mote, tmp_path):
    (tmp_path / "asyncio.py").write_text("print('local asyncio')\n")
    r = run_mote(mote, tmp_path, "import asyncio\nprint(asyncio.__file__)\n")
    assert r.stdout.splitlines() == ["local asyncio", str(tmp_path / "asyncio.py")], r.stderr


def test_frozen_entry_placed_by_motepath_or_removed(mote, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "asyncio.py").write_text("print('lib asyncio')\n")
    r = run_mote(mote, tmp_path, "import sys, asyncio\nprint(sys.path[1:])\n",
                 env={"MOTEPATH": f"{lib}:.frozen"})
    assert r.stdout.splitlines() == ["lib asyncio", repr([str(lib), ".frozen"])], r.stderr
    r = run_mote(mote, tmp_path, "import sys\nsys.path.remove('.frozen')\nimport asyncio\n")
    assert r.returncode == 1
    assert "ModuleNotFoundError: No module named 'asyncio'" in r.stderr


def test_traceback_names_frozen_file(mote, tmp_path):
    r = run_mote(mote, tmp_path, "import asyncio\nasyncio.run(1)\n")
    assert r.returncode == 1
    assert 'File "asyncio/core.py", line' in r.stderr
    assert r.stderr.rstrip().endswith("ValueError: a coroutine was expected, got 1")
