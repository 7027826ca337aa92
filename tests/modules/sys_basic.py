# The sys module: argv, modules, path, version_info, maxsize, stdout/stderr, exit.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basic.py"))
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.path).__name__)
print(sys.version_info[0], sys.version_info.major, hasattr(sys, "implementation"))
print(sys.maxsize >= 2 ** 31 - 1, sys.byteorder in ("little", "big"))
sys.stdout.write("write returns count\n")
print(sys.stdout.write("abc") == 3)
sys.stderr.write("to stderr\n")
print(callable(sys.exit), type(sys.modules).__name__)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
