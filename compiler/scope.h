// Scope analysis: which scopes a module has (module, classes, functions, lambdas,
// comprehensions), which names each one binds, and whether a name is a fast
// local, a cell, a free variable or a global. The emitter (emit_bc.c) reads the
// result; the numbering of locals follows MicroPython's, so the bytecode matches.
#ifndef MOTE_SCOPE_H
#define MOTE_SCOPE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/compile.h"

typedef enum {
    MO_SCOPE_MODULE,
    MO_SCOPE_CLASS,
    MO_SCOPE_FUNCTION,
    MO_SCOPE_LAMBDA,
    MO_SCOPE_LIST_COMP,
    MO_SCOPE_DICT_COMP,
    MO_SCOPE_SET_COMP,
    MO_SCOPE_GEN_EXPR,
} mo_scope_kind_t;

#define MO_SCOPE_IS_FUNC_LIKE(k) ((k) >= MO_SCOPE_FUNCTION)
#define MO_SCOPE_IS_COMP(k) ((k) >= MO_SCOPE_LIST_COMP)

// What a name is in one scope.
enum {
    MO_ID_GLOBAL_IMPLICIT, // not bound here: *_NAME in module/class, *_GLOBAL in functions
    MO_ID_GLOBAL_EXPLICIT, // `global x` (and implicit globals of functions, once computed)
    MO_ID_LOCAL,           // a fast local
    MO_ID_CELL,            // a local that an inner scope closes over
    MO_ID_FREE,            // a cell of an outer scope, passed in as a leading argument
};

#define MO_ID_FLAG_PARAM 0x01
#define MO_ID_FLAG_STAR_PARAM 0x02
#define MO_ID_FLAG_DSTAR_PARAM 0x04
#define MO_ID_FLAG_USED 0x08       // read before any global/nonlocal declaration
#define MO_ID_FLAG_ASSIGNED 0x10   // bound before any global/nonlocal declaration
#define MO_ID_FLAG_DECLARED 0x20   // named in a global/nonlocal statement

typedef struct mo_id {
    qstr name;
    uint8_t kind;
    uint8_t flags;
    uint16_t local_num;
} mo_id_t;

typedef struct mo_scope mo_scope_t;
struct mo_scope {
    uint8_t kind;            // mo_scope_kind_t
    uint8_t scope_flags;     // MO_SCOPE_FLAG_* of bc.h (generator, varargs, ...)
    uint8_t has_yield;
    mo_node_t *node;         // the def/class/lambda/comprehension (module: the root)
    mo_scope_t *parent;
    mo_scope_t *next;        // every scope, in the order they are compiled
    mo_scope_t **children;   // in order of creation = index of MAKE_FUNCTION
    uint16_t n_children, alloc_children;
    qstr simple_name;
    uint16_t n_pos_args;     // includes free variables (MicroPython passes them first)
    uint16_t n_kwonly_args;
    uint16_t n_def_pos_args;
    uint16_t n_posonly_args; // the first ones after the free variables
    uint16_t num_locals;
    uint16_t n_free;
    mo_id_t *ids;
    uint32_t n_ids, alloc_ids;
    const void *rc;          // the raw code made for this scope (emit_bc.c)
};

// Where errors point: the source being compiled.
typedef struct mo_comp_src {
    const char *src;
    size_t len;
    qstr file;
} mo_comp_src_t;

// Raises SyntaxError(msg) with filename, lineno, offset and text of `node`'s line.
_Noreturn void mo_comp_syntax_error(const mo_comp_src_t *cs, const mo_node_t *node,
                                    const char *fmt, ...);

// Analyses the tree; returns the module scope (the head of the `next` list).
mo_scope_t *mo_scope_analyse(mo_arena_t *arena, const mo_comp_src_t *cs, mo_node_t *root);

mo_id_t *mo_scope_find(mo_scope_t *s, qstr name);
// The child scope made for `node` (a def, class, lambda or comprehension) and its
// index among the scope's children, or NULL.
mo_scope_t *mo_scope_child(mo_scope_t *s, const mo_node_t *node, size_t *index);
// The hidden local that holds an `async with` item's context manager.
qstr mo_scope_hidden_name(const mo_node_t *item);
// True for `super()` with no arguments in a method (compiled with the __class__ cell).
bool mo_scope_is_zero_arg_super(const mo_scope_t *s, const mo_node_t *call);

#endif
