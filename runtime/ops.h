// Operator numbers. The first groups appear in bytecode (UNARY_OP_MULTI,
// BINARY_OP_MULTI), so their order is fixed by MicroPython's bytecode v6 and must
// not change; the rest name special methods the runtime dispatches on.
#ifndef MOTE_OPS_H
#define MOTE_OPS_H

enum {
    // In bytecode (0xd0 + op).
    MO_UNARY_OP_POSITIVE,
    MO_UNARY_OP_NEGATIVE,
    MO_UNARY_OP_INVERT,
    MO_UNARY_OP_NOT,
    MO_UNARY_OP_NUM_BYTECODE,
    // Runtime only.
    MO_UNARY_OP_BOOL = MO_UNARY_OP_NUM_BYTECODE, // __bool__: returns a bool
    MO_UNARY_OP_LEN,       // __len__: returns a small int
    MO_UNARY_OP_HASH,      // __hash__: returns a small int
    MO_UNARY_OP_ABS,       // __abs__
    MO_UNARY_OP_INT,       // __int__
    MO_UNARY_OP_FLOAT,     // __float__
    MO_UNARY_OP_COMPLEX,   // __complex__
    MO_UNARY_OP_INDEX,     // __index__
};

enum {
    // In bytecode (0xd7 + op). Comparisons first.
    MO_BINARY_OP_LESS,
    MO_BINARY_OP_MORE,
    MO_BINARY_OP_EQUAL,
    MO_BINARY_OP_LESS_EQUAL,
    MO_BINARY_OP_MORE_EQUAL,
    MO_BINARY_OP_NOT_EQUAL,
    MO_BINARY_OP_IN,
    MO_BINARY_OP_IS,
    MO_BINARY_OP_EXCEPTION_MATCH,
    // In-place forms (augmented assignment), same order as the plain forms below.
    MO_BINARY_OP_INPLACE_OR,
    MO_BINARY_OP_INPLACE_XOR,
    MO_BINARY_OP_INPLACE_AND,
    MO_BINARY_OP_INPLACE_LSHIFT,
    MO_BINARY_OP_INPLACE_RSHIFT,
    MO_BINARY_OP_INPLACE_ADD,
    MO_BINARY_OP_INPLACE_SUBTRACT,
    MO_BINARY_OP_INPLACE_MULTIPLY,
    MO_BINARY_OP_INPLACE_MAT_MULTIPLY,
    MO_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    MO_BINARY_OP_INPLACE_TRUE_DIVIDE,
    MO_BINARY_OP_INPLACE_MODULO,
    MO_BINARY_OP_INPLACE_POWER,
    MO_BINARY_OP_OR,
    MO_BINARY_OP_XOR,
    MO_BINARY_OP_AND,
    MO_BINARY_OP_LSHIFT,
    MO_BINARY_OP_RSHIFT,
    MO_BINARY_OP_ADD,
    MO_BINARY_OP_SUBTRACT,
    MO_BINARY_OP_MULTIPLY,
    MO_BINARY_OP_MAT_MULTIPLY,
    MO_BINARY_OP_FLOOR_DIVIDE,
    MO_BINARY_OP_TRUE_DIVIDE,
    MO_BINARY_OP_MODULO,
    MO_BINARY_OP_POWER,
    MO_BINARY_OP_NUM_BYTECODE,
    // Runtime only.
    MO_BINARY_OP_DIVMOD = MO_BINARY_OP_NUM_BYTECODE,
    MO_BINARY_OP_CONTAINS,   // lhs.__contains__(rhs); IN swaps its operands into this
    // Reflected forms (__radd__ ...), same order as the plain forms.
    MO_BINARY_OP_REVERSE_OR,
    MO_BINARY_OP_REVERSE_XOR,
    MO_BINARY_OP_REVERSE_AND,
    MO_BINARY_OP_REVERSE_LSHIFT,
    MO_BINARY_OP_REVERSE_RSHIFT,
    MO_BINARY_OP_REVERSE_ADD,
    MO_BINARY_OP_REVERSE_SUBTRACT,
    MO_BINARY_OP_REVERSE_MULTIPLY,
    MO_BINARY_OP_REVERSE_MAT_MULTIPLY,
    MO_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    MO_BINARY_OP_REVERSE_TRUE_DIVIDE,
    MO_BINARY_OP_REVERSE_MODULO,
    MO_BINARY_OP_REVERSE_POWER,
};

#define MO_BINARY_OP_INPLACE_TO_PLAIN(op) ((op) + (MO_BINARY_OP_OR - MO_BINARY_OP_INPLACE_OR))
#define MO_BINARY_OP_PLAIN_TO_REVERSE(op) \
    ((op) + (MO_BINARY_OP_REVERSE_OR - MO_BINARY_OP_OR))

#endif
