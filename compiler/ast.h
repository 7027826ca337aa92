// The syntax tree the parser builds and the scope pass and emitter walk.
//
// Every node has the same shape: a kind, an operator/flags byte, its position, up
// to three child nodes (a, b, c), up to three child lists (l1, l2, l3) and a value.
// What each slot means depends on the kind; the table below is the contract
// between compiler/parse.c and compiler/scope.c + compiler/emit_bc.c. It mirrors
// CPython's `ast` module, so its documentation describes the semantics.
//
// Nodes live in an arena owned by the compile (compiler/arena.c); the whole tree is
// dropped at once when compiling ends, and a raised error leaves it to the GC.
#ifndef MOTE_AST_H
#define MOTE_AST_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/obj.h"

typedef struct mo_node mo_node_t;

typedef struct mo_nodes {
    uint32_t len;
    mo_node_t **items;
} mo_nodes_t;

typedef enum {
    // ---- module ----
    MO_N_MODULE,        // l1 body
    MO_N_INTERACTIVE,   // l1 body (REPL line: expression statements print their value)
    MO_N_EXPRESSION,    // a expr (eval)

    // ---- statements ----
    MO_N_FUNCTION_DEF,  // v.name; a arguments (MO_N_ARGUMENTS); l1 body; l2 decorators;
                        // b return annotation or NULL; op: 1 if async def
    MO_N_CLASS_DEF,     // v.name; l1 body; l2 decorators; l3 bases then keywords
                        // (positional bases are exprs, keywords are MO_N_KEYWORD)
    MO_N_RETURN,        // a value or NULL
    MO_N_DELETE,        // l1 targets
    MO_N_ASSIGN,        // l1 targets (a = b = value has two); a value
    MO_N_AUG_ASSIGN,    // a target; op MO_BINARY_OP_* (the plain form, e.g. ADD); b value
    MO_N_ANN_ASSIGN,    // a target; b annotation; c value or NULL; op: 1 if simple name
    MO_N_FOR,           // a target; b iter; l1 body; l2 orelse; op: 1 if async for
    MO_N_WHILE,         // a test; l1 body; l2 orelse
    MO_N_IF,            // a test; l1 body; l2 orelse (elif is a nested MO_N_IF)
    MO_N_WITH,          // l1 items (MO_N_WITHITEM); l2 body; op: 1 if async with
    MO_N_RAISE,         // a exc or NULL; b cause or NULL
    MO_N_TRY,           // l1 body; l2 handlers (MO_N_EXCEPT_HANDLER); l3 orelse;
                        // c: a MO_N_BLOCK holding finalbody in l1, or NULL
    MO_N_ASSERT,        // a test; b msg or NULL
    MO_N_IMPORT,        // l1 names (MO_N_ALIAS)
    MO_N_IMPORT_FROM,   // v.name module or MO_QSTR_NULL (from . import x); l1 names
                        // (MO_N_ALIAS; one alias named "*" for import *); op: level
    MO_N_GLOBAL,        // l1 names (MO_N_NAME)
    MO_N_NONLOCAL,      // l1 names (MO_N_NAME)
    MO_N_EXPR,          // a value (an expression statement)
    MO_N_PASS,
    MO_N_BREAK,
    MO_N_CONTINUE,
    MO_N_BLOCK,         // l1 statements (used for finally bodies)

    // ---- expressions ----
    MO_N_BOOL_OP,       // op: 0 and, 1 or; l1 values (2 or more)
    MO_N_NAMED_EXPR,    // a target (MO_N_NAME); b value   (walrus)
    MO_N_BIN_OP,        // a left; op MO_BINARY_OP_* (plain form); b right
    MO_N_UNARY_OP,      // op MO_UNARY_OP_{POSITIVE,NEGATIVE,INVERT,NOT}; a operand
    MO_N_LAMBDA,        // a arguments; b body expr
    MO_N_IF_EXP,        // a test; b body; c orelse
    MO_N_DICT,          // l1 keys (NULL item for a **mapping entry); l2 values
    MO_N_SET,           // l1 elts
    MO_N_LIST_COMP,     // a elt; l1 generators (MO_N_COMPREHENSION)
    MO_N_SET_COMP,      // a elt; l1 generators
    MO_N_DICT_COMP,     // a key; b value; l1 generators
    MO_N_GENERATOR_EXP, // a elt; l1 generators
    MO_N_AWAIT,         // a value
    MO_N_YIELD,         // a value or NULL
    MO_N_YIELD_FROM,    // a value
    MO_N_COMPARE,       // a left; l1 comparators; v.ops: the operators, one byte each
                        // (MO_BINARY_OP_LESS.. / IN / IS, or MO_CMP_NOT_IN / MO_CMP_IS_NOT)
    MO_N_CALL,          // a func; l1 args (may hold MO_N_STARRED); l2 keywords (MO_N_KEYWORD)
    MO_N_FORMATTED_VALUE, // a value; op conversion: 0 none, 'r', 's', 'a';
                          // b format_spec (a MO_N_JOINED_STR) or NULL
    MO_N_JOINED_STR,    // l1 values (MO_N_CONSTANT str and MO_N_FORMATTED_VALUE)
    MO_N_CONSTANT,      // op MO_CONST_*; v holds the value (see below)
    MO_N_ATTRIBUTE,     // a value; v.name attr
    MO_N_SUBSCRIPT,     // a value; b slice (an expr, a MO_N_SLICE, or a MO_N_TUPLE)
    MO_N_STARRED,       // a value
    MO_N_NAME,          // v.name
    MO_N_LIST,          // l1 elts
    MO_N_TUPLE,         // l1 elts
    MO_N_SLICE,         // a lower, b upper, c step (each may be NULL)

    // ---- helpers ----
    MO_N_COMPREHENSION, // a target; b iter; l1 ifs; op: 1 if async
    MO_N_EXCEPT_HANDLER,// a type or NULL; v.name the `as` name or MO_QSTR_NULL; l1 body
    MO_N_ARGUMENTS,     // l1 posonlyargs + args (MO_N_ARG, in order); op: how many of
                        // l1 are positional-only; l2 defaults (for the last len(l2)
                        // of l1); a vararg (MO_N_ARG) or NULL; l3 kwonlyargs (MO_N_ARG,
                        // each with its default in ARG.a, or NULL); b kwarg or NULL
    MO_N_ARG,           // v.name; a: default (kw-only args only) else NULL;
                        // b annotation or NULL
    MO_N_KEYWORD,       // v.name arg or MO_QSTR_NULL for **mapping; a value
    MO_N_ALIAS,         // v.name dotted name (as one qstr, "a.b.c"); v2 asname or NULL
    MO_N_WITHITEM,      // a context_expr; b optional_vars or NULL

    MO_N_NUM_KINDS
} mo_node_kind_t;

// MO_N_CONSTANT kinds (op).
enum {
    MO_CONST_NONE,
    MO_CONST_TRUE,
    MO_CONST_FALSE,
    MO_CONST_ELLIPSIS,
    MO_CONST_INT,      // v.small: fits in a mo_int_t
    MO_CONST_BIGINT,   // v.str: the literal's digits as written (base prefix and
                       // underscores removed), v.base: 2, 8, 10 or 16
    MO_CONST_FLOAT,    // v.f
    MO_CONST_IMAG,     // v.f: the imaginary part (1j)
    MO_CONST_STR,      // v.str: UTF-8, escapes already decoded; adjacent literals joined
    MO_CONST_BYTES,    // v.str: raw bytes
};

// Compare operators beyond MO_BINARY_OP_*: the VM has no single op for these.
#define MO_CMP_NOT_IN 0xfe
#define MO_CMP_IS_NOT 0xff

// A node is allocated only up to the last field its kind uses (mo_node_size): the
// fields are ordered so that the commonest kinds (names, constants, attributes,
// operators) stop early. Reading a field the kind doesn't list in the table above
// reads past the node; ASan builds poison that tail (compiler/parse.c) to catch it.
struct mo_node {
    uint8_t kind;
    uint8_t op;
    uint16_t col;     // 1-based column of the node's first character
    uint32_t line;    // 1-based line
    union {
        qstr name;
        mo_int_t small;
        double f;
        struct {
            const char *data;  // arena memory
            uint32_t len;
            uint8_t base;
        } str;
        const uint8_t *ops;    // MO_N_COMPARE
    } v;
    mo_node_t *a, *b, *c;
    mo_nodes_t l1, l2, l3;
    qstr v2;  // MO_N_ALIAS asname
};

// The bytes of mo_node_t a node of this kind has (compiler/parse.c), and whether
// node n has a given field: for code that walks children without a case per kind.
size_t mo_node_size(int kind);
#define MO_NODE_UPTO(field) (offsetof(mo_node_t, field) + sizeof(((mo_node_t *)0)->field))
#define MO_NODE_HAS(n, field) (mo_node_size((n)->kind) >= MO_NODE_UPTO(field))

#endif
