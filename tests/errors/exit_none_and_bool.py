# SystemExit(None) is status 0, SystemExit(True) is status 1 (a bool is an int).
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print("None code:", e.code)
print("now exiting with True")
sys.exit(True)
