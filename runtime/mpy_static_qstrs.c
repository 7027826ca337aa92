// MicroPython's static qstr table, as .mpy files number it: a qstr table entry
// (n << 1) | 1 means entry n of this list, counting from 1. The order is a fact
// of the file format (MicroPython keeps it fixed for .mpy compatibility), so it
// is written out here once; the strings are packed, NUL after each.
#include <string.h>

#include "runtime/mpy_format.h"

static const char static_qstrs[] =
    "\0__dir__\0\n\0 \0*\0/\0<module>\0_\0__call__\0__class__\0__delitem__\0__enter__\0"
    "__exit__\0__getattr__\0__getitem__\0__hash__\0__init__\0__int__\0__iter__\0__len__\0"
    "__main__\0__module__\0__name__\0__new__\0__next__\0__qualname__\0__repr__\0__setitem__\0"
    "__str__\0ArithmeticError\0AssertionError\0AttributeError\0BaseException\0EOFError\0"
    "Ellipsis\0Exception\0GeneratorExit\0ImportError\0IndentationError\0IndexError\0KeyError\0"
    "KeyboardInterrupt\0LookupError\0MemoryError\0NameError\0NoneType\0NotImplementedError\0"
    "OSError\0OverflowError\0RuntimeError\0StopIteration\0SyntaxError\0SystemExit\0TypeError\0"
    "ValueError\0ZeroDivisionError\0abs\0all\0any\0append\0args\0bool\0builtins\0bytearray\0"
    "bytecode\0bytes\0callable\0chr\0classmethod\0clear\0close\0const\0copy\0count\0dict\0dir\0"
    "divmod\0end\0endswith\0eval\0exec\0extend\0find\0format\0from_bytes\0get\0getattr\0globals\0"
    "hasattr\0hash\0id\0index\0insert\0int\0isalpha\0isdigit\0isinstance\0islower\0isspace\0"
    "issubclass\0isupper\0items\0iter\0join\0key\0keys\0len\0list\0little\0locals\0lower\0"
    "lstrip\0main\0map\0micropython\0next\0object\0open\0ord\0pop\0popitem\0pow\0print\0range\0"
    "read\0readinto\0readline\0remove\0replace\0repr\0reverse\0rfind\0rindex\0round\0rsplit\0"
    "rstrip\0self\0send\0sep\0set\0setattr\0setdefault\0sort\0sorted\0split\0start\0startswith\0"
    "staticmethod\0step\0stop\0str\0strip\0sum\0super\0throw\0to_bytes\0tuple\0type\0update\0"
    "upper\0utf-8\0value\0values\0write\0zip\0";

const char *mo_mpy_static_qstr_str(size_t n, size_t *len) {
    if (n == 0 || n > MO_MPY_N_STATIC_QSTRS) {
        return NULL;
    }
    const char *s = static_qstrs;
    for (size_t i = 1; i < n; i++) {
        s += strlen(s) + 1;
    }
    *len = strlen(s);
    return s;
}

size_t mo_mpy_static_qstr_find(const char *data, size_t len) {
    const char *s = static_qstrs;
    for (size_t n = 1; n <= MO_MPY_N_STATIC_QSTRS; n++) {
        size_t l = strlen(s);
        if (l == len && memcmp(s, data, len) == 0) {
            return n;
        }
        s += l + 1;
    }
    return 0;
}
