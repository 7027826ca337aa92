# sys.exit(3): status 3, finally blocks run, nothing on stdout afterwards.
import sys
print("exiting")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("never")
