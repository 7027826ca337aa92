# __name__ is "__main__" for the script and the module name when imported.
import _helper
def main():
    print("main runs, __name__ =", __name__)
if __name__ == "__main__":
    main()
print(_helper.__name__)
