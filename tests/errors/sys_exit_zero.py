# sys.exit() and sys.exit(0) end with status 0; SystemExit is not an Exception.
import sys
try:
    sys.exit(5)
except Exception:
    print("not caught by except Exception")
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
print("exiting with no argument")
sys.exit()
