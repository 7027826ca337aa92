# Run with -m (see run_as_module.args): __name__ is __main__ and the arguments follow.
import sys
print(__name__, sys.argv[0].endswith("run_as_module.py"), sys.argv[1:])
def main():
    return sum(int(a) for a in sys.argv[1:] if a.isdigit())
if __name__ == "__main__":
    print("total", main())
