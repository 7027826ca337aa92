# With no script arguments sys.argv holds just the script path.
import sys
print(sys.argv, type(sys.argv).__name__)
