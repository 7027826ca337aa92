# Script arguments arrive in sys.argv after the script path (see argv_script.args).
import sys
print(len(sys.argv), sys.argv[0])
for i, a in enumerate(sys.argv[1:]):
    print(i, repr(a))
