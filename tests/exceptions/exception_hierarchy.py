# The builtin exception hierarchy as seen through issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (Exception, BaseException), (ImportError, Exception),
    (ModuleNotFoundError, ImportError), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (UnicodeError, ValueError), (OSError, Exception), (MemoryError, Exception),
    (SyntaxError, Exception), (IndentationError, SyntaxError), (StopAsyncIteration, Exception),
    (EOFError, Exception), (FileNotFoundError, OSError), (bool, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("caught as NameError", type(e).__name__)
