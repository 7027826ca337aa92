// The object model shared by every part of Mote: how a Python value fits in one
// machine word, what a type looks like, and the layouts other files may rely on.
//
// A value (mo_obj_t) is one word with a tag in its low bits, so the common values
// need no heap allocation:
//   ...xxxx1  small int, 31 bits on a 32-bit MCU, 63 bits on a 64-bit host
//   ...xxx10  interned string (qstr), the qstr number shifted left by 2
//   ...xxx00  pointer to an object whose first word is its type (mo_base_t)
// None, True, False, Ellipsis and NotImplemented are constant objects in ROM.
#ifndef MOTE_OBJ_H
#define MOTE_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/qstr.h"

typedef intptr_t mo_int_t;   // the machine int that holds a small int's value
typedef uintptr_t mo_uint_t;

// An opaque pointer type, so a value can't be mixed up with a plain pointer or int.
typedef struct mo_obj_opaque *mo_obj_t;

#define MO_OBJ_NULL ((mo_obj_t)0)
// Returned by iternext when an iterator is exhausted (never a real object).
#define MO_OBJ_STOP_ITERATION ((mo_obj_t)(uintptr_t)4)
// Marks "no value given" in attr/subscr protocols and default arguments.
#define MO_OBJ_SENTINEL ((mo_obj_t)(uintptr_t)8)

// ---- tagging ----------------------------------------------------------------
#define MO_SMALL_INT_BITS (sizeof(mo_int_t) * 8 - 1)
#define MO_SMALL_INT_MIN ((mo_int_t)(-((mo_int_t)1 << (MO_SMALL_INT_BITS - 1))))
#define MO_SMALL_INT_MAX ((mo_int_t)(((mo_int_t)1 << (MO_SMALL_INT_BITS - 1)) - 1))

static inline bool mo_is_small_int(mo_obj_t o) { return ((uintptr_t)o & 1) != 0; }
// Arithmetic right shift of a negative value is implementation-defined (not UB);
// both clang and gcc define it as sign-extending on every target we build.
static inline mo_int_t mo_small_int_value(mo_obj_t o) { return (mo_int_t)(uintptr_t)o >> 1; }
static inline mo_obj_t mo_small_int(mo_int_t v) {
    return (mo_obj_t)(((uintptr_t)v << 1) | 1);
}
static inline bool mo_small_int_fits(mo_int_t v) {
    return v >= MO_SMALL_INT_MIN && v <= MO_SMALL_INT_MAX;
}

static inline bool mo_is_qstr(mo_obj_t o) { return ((uintptr_t)o & 3) == 2; }
static inline qstr mo_qstr_value(mo_obj_t o) { return (qstr)((uintptr_t)o >> 2); }
static inline mo_obj_t mo_qstr_obj(qstr q) { return (mo_obj_t)(((uintptr_t)q << 2) | 2); }

static inline bool mo_is_ptr(mo_obj_t o) { return ((uintptr_t)o & 3) == 0; }
#define MO_PTR(o) ((void *)(o))
#define MO_OBJ(p) ((mo_obj_t)(p))
// For ROM tables: a constant object's address as a value.
#define MO_ROM_PTR(p) ((mo_obj_t)(p))
#define MO_ROM_INT(v) ((mo_obj_t)(((uintptr_t)(v) << 1) | 1))
#define MO_ROM_QSTR(q) ((mo_obj_t)(((uintptr_t)(q) << 2) | 2))

// ---- types --------------------------------------------------------------------
typedef struct mo_type mo_type_t;
typedef struct mo_base { const mo_type_t *type; } mo_base_t;

typedef struct mo_print mo_print_t;

// Print kinds: str() or repr().
#define MO_PRINT_STR 0
#define MO_PRINT_REPR 1

// Iterators that fit in a caller-provided buffer avoid an allocation per for-loop.
// The VM reserves this many value slots on its stack for GET_ITER_STACK.
#define MO_ITER_BUF_NSLOTS 4
typedef struct mo_iter_buf { mo_base_t base; mo_obj_t buf[MO_ITER_BUF_NSLOTS - 1]; } mo_iter_buf_t;

typedef void (*mo_print_fn)(const mo_print_t *print, mo_obj_t self, int kind);
typedef mo_obj_t (*mo_make_new_fn)(const mo_type_t *type, size_t n_args, size_t n_kw,
                                   const mo_obj_t *args);
// Calls take n_args positional values then n_kw (name, value) pairs, in one array.
typedef mo_obj_t (*mo_call_fn)(mo_obj_t self, size_t n_args, size_t n_kw,
                               const mo_obj_t *args);
// Return MO_OBJ_NULL for "not supported", so the runtime can try the next thing.
typedef mo_obj_t (*mo_unary_op_fn)(int op, mo_obj_t self);
typedef mo_obj_t (*mo_binary_op_fn)(int op, mo_obj_t lhs, mo_obj_t rhs);
// The attribute protocol, one hook for load, store and delete:
//   load:   dest[0] == MO_OBJ_NULL on entry. Set dest[0] to the value; for a method,
//           set dest[0] = function and dest[1] = self (unbound, so no allocation).
//           Leave dest[0] NULL if the attribute does not exist.
//   store:  dest[0] == MO_OBJ_SENTINEL, dest[1] = value; set dest[0] = NULL on success.
//   delete: dest[0] == MO_OBJ_SENTINEL, dest[1] = NULL; set dest[0] = NULL on success.
typedef void (*mo_attr_fn)(mo_obj_t self, qstr attr, mo_obj_t *dest);
// value == MO_OBJ_SENTINEL: load; value == MO_OBJ_NULL: delete; else store.
// Return MO_OBJ_NULL if unsupported; store and delete return mo_const_none.
typedef mo_obj_t (*mo_subscr_fn)(mo_obj_t self, mo_obj_t index, mo_obj_t value);
// iter_buf may be NULL (then allocate); an iterator that fits may build itself in it.
typedef mo_obj_t (*mo_getiter_fn)(mo_obj_t self, mo_iter_buf_t *iter_buf);
// Return MO_OBJ_STOP_ITERATION when exhausted (cheaper than raising).
typedef mo_obj_t (*mo_iternext_fn)(mo_obj_t self);

// Buffer protocol (bytes, bytearray, memoryview, array).
typedef struct mo_buffer_info { void *buf; size_t len; int typecode; } mo_buffer_info_t;
#define MO_BUFFER_READ 1
#define MO_BUFFER_WRITE 2
typedef int (*mo_get_buffer_fn)(mo_obj_t self, mo_buffer_info_t *info, int flags);

// Type flags.
#define MO_TYPE_FLAG_IS_SUBCLASSED 0x0001  // some user class derives from it
#define MO_TYPE_FLAG_USER 0x0002           // a class made by a class statement or type()
#define MO_TYPE_FLAG_EQ_IS_IDENTITY 0x0004 // == is `is` (no __eq__ anywhere): fast dict lookup
#define MO_TYPE_FLAG_ITER_IS_GETITER 0x0008 // getiter returns self
#define MO_TYPE_FLAG_BASE_EXCEPTION 0x0010 // derives from BaseException
#define MO_TYPE_FLAG_HAS_SPECIAL_ATTR 0x0020 // user class defines __getattr__/__setattr__/
                                             // descriptors: take the slow attr path
#define MO_TYPE_FLAG_NOT_SUBCLASSABLE 0x0040

struct mo_type {
    mo_base_t base;       // always &mo_type_type
    uint16_t flags;
    uint16_t name;        // qstr
    mo_print_fn print;
    mo_make_new_fn make_new; // type(...) calls this; NULL: "cannot create instances"
    mo_call_fn call;         // instances are callable
    mo_unary_op_fn unary_op;
    mo_binary_op_fn binary_op;
    mo_attr_fn attr;         // NULL: look up only in locals_dict along the bases
    mo_subscr_fn subscr;
    mo_getiter_fn getiter;
    mo_iternext_fn iternext;
    mo_get_buffer_fn get_buffer;
    const void *protocol;    // type-specific extra (e.g. stream methods)
    const mo_type_t *parent; // single native base; user classes use `bases`
    struct mo_dict *locals_dict; // methods and class attributes
    // Only for user classes (MO_TYPE_FLAG_USER): tuple of bases and the MRO
    // (a tuple of types, self first, C3 linearisation as CPython).
    mo_obj_t bases;
    mo_obj_t mro;
};

// ---- common object layouts ----------------------------------------------------
// Other files may read these fields directly; only the owning file creates them.

typedef struct mo_map_elem { mo_obj_t key; mo_obj_t value; } mo_map_elem_t;

// An insertion-ordered hash map (the body of dict, module globals, class dicts).
// `table` holds entries in insertion order; a deleted entry has key == NULL.
// `index` is an open-addressing table of indices into `table`, or NULL, in which
// case lookups scan `table` linearly (small maps, and fixed maps in ROM).
typedef struct mo_map {
    uint32_t count;      // live entries
    uint32_t used;       // entries in table, live and deleted
    uint32_t alloc;      // capacity of table
    uint8_t is_fixed;    // a ROM table: read-only
    uint8_t all_keys_are_qstrs;
    uint8_t index_log2;  // index size is 1 << index_log2 slots (0: no index)
    mo_map_elem_t *table;
    void *index;
} mo_map_t;

typedef enum {
    MO_MAP_LOOKUP,
    MO_MAP_LOOKUP_ADD_IF_NOT_FOUND,
    MO_MAP_LOOKUP_REMOVE_IF_FOUND, // returns the removed element (key cleared, value kept)
} mo_map_lookup_kind_t;

typedef struct mo_dict { mo_base_t base; mo_map_t map; } mo_dict_t;

// A ROM dict: `MO_DEFINE_CONST_DICT(foo_dict, foo_table)` with
// `static const mo_map_elem_t foo_table[] = {{MO_ROM_QSTR(MO_QSTR_x), MO_ROM_PTR(&x_obj)}, ...};`
#define MO_DEFINE_CONST_DICT(dict_name, table_name) \
    mo_dict_t dict_name = { \
        .base = {&mo_type_dict}, \
        .map = {.count = sizeof(table_name) / sizeof(mo_map_elem_t), \
                .used = sizeof(table_name) / sizeof(mo_map_elem_t), \
                .alloc = sizeof(table_name) / sizeof(mo_map_elem_t), \
                .is_fixed = 1, .all_keys_are_qstrs = 1, .index_log2 = 0, \
                .table = (mo_map_elem_t *)(table_name), .index = NULL}}

typedef struct mo_tuple { mo_base_t base; size_t len; mo_obj_t items[]; } mo_tuple_t;
typedef struct mo_list { mo_base_t base; size_t alloc; size_t len; mo_obj_t *items; } mo_list_t;

// str and bytes objects that are not interned. `len` counts bytes; str data is
// UTF-8 and always followed by a NUL byte (not counted). hash 0 = not computed yet.
typedef struct mo_str {
    mo_base_t base;
    mo_uint_t hash;
    size_t len;
    const uint8_t *data;
} mo_str_t;

// Floats are IEEE double; MO_FLOAT_SINGLE=1 (a build option for the smallest boards,
// where double arithmetic is all software) stores IEEE single instead. Arithmetic is
// then done in double and rounded once when stored, which for + - * / and sqrt gives
// exactly single-precision results.
#ifndef MO_FLOAT_SINGLE
#define MO_FLOAT_SINGLE 0
#endif
#if MO_FLOAT_SINGLE
typedef float mo_float_value_t;
#define MO_FLOAT_REPR_DIGITS 9    // enough significant digits to round-trip any value
#else
typedef double mo_float_value_t;
#define MO_FLOAT_REPR_DIGITS 17
#endif
typedef struct mo_float { mo_base_t base; mo_float_value_t value; } mo_float_t;

// A module: its globals dict and name (the dict holds __name__ too).
typedef struct mo_module { mo_base_t base; mo_dict_t *globals; } mo_module_t;

// A function written in C. `n_args_min/max` are checked by the caller for the
// fixed-arity forms; the var forms get the whole argument array.
typedef mo_obj_t (*mo_fun_0_t)(void);
typedef mo_obj_t (*mo_fun_1_t)(mo_obj_t);
typedef mo_obj_t (*mo_fun_2_t)(mo_obj_t, mo_obj_t);
typedef mo_obj_t (*mo_fun_3_t)(mo_obj_t, mo_obj_t, mo_obj_t);
typedef mo_obj_t (*mo_fun_var_t)(size_t n_args, const mo_obj_t *args);
// Keyword form: positional args, then the keyword arguments as a map (may be NULL).
typedef mo_obj_t (*mo_fun_kw_t)(size_t n_args, const mo_obj_t *args, mo_map_t *kw_args);

typedef struct mo_fun_builtin {
    mo_base_t base;     // one of mo_type_fun_builtin_{0,1,2,3,var,kw}
    uint16_t n_args_min;
    uint16_t n_args_max; // var/kw forms: 0xffff for no limit
    union {
        mo_fun_0_t _0;
        mo_fun_1_t _1;
        mo_fun_2_t _2;
        mo_fun_3_t _3;
        mo_fun_var_t var;
        mo_fun_kw_t kw;
    } fun;
} mo_fun_builtin_t;

#define MO_DEFINE_FUN_0(name, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_0}, 0, 0, {._0 = f}}
#define MO_DEFINE_FUN_1(name, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_1}, 1, 1, {._1 = f}}
#define MO_DEFINE_FUN_2(name, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_2}, 2, 2, {._2 = f}}
#define MO_DEFINE_FUN_3(name, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_3}, 3, 3, {._3 = f}}
#define MO_DEFINE_FUN_VAR(name, min, max, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_var}, min, max, {.var = f}}
#define MO_DEFINE_FUN_KW(name, min, f) \
    const mo_fun_builtin_t name = {{&mo_type_fun_builtin_kw}, min, 0xffff, {.kw = f}}

// Registers a built-in C module (see runtime/objmodule.c): here only a declaration;
// the build collects these lines into the module table.
#define MO_REGISTER_MODULE(qstr_name, module) extern const mo_module_t module

// staticmethod / classmethod wrappers (also used in ROM method tables).
typedef struct mo_static_class_method { mo_base_t base; mo_obj_t fun; } mo_static_class_method_t;

// ---- the built-in types ---------------------------------------------------------
extern const mo_type_t mo_type_type, mo_type_object, mo_type_NoneType, mo_type_bool,
    mo_type_int, mo_type_float, mo_type_complex, mo_type_str, mo_type_bytes,
    mo_type_bytearray, mo_type_memoryview, mo_type_tuple, mo_type_list, mo_type_dict,
    mo_type_set, mo_type_frozenset, mo_type_range, mo_type_slice, mo_type_module,
    mo_type_fun_builtin_0, mo_type_fun_builtin_1, mo_type_fun_builtin_2,
    mo_type_fun_builtin_3, mo_type_fun_builtin_var, mo_type_fun_builtin_kw,
    mo_type_fun_bc, mo_type_closure, mo_type_cell, mo_type_bound_meth, mo_type_gen_wrap,
    mo_type_gen_instance, mo_type_coro_instance, mo_type_property, mo_type_staticmethod,
    mo_type_classmethod, mo_type_super, mo_type_enumerate, mo_type_zip, mo_type_map,
    mo_type_filter, mo_type_reversed, mo_type_dict_view, mo_type_ellipsis,
    mo_type_NotImplementedType, mo_type_polymorph_iter;

// The singletons.
typedef struct mo_bool { mo_base_t base; bool value; } mo_bool_t;
extern const mo_base_t mo_const_none_obj, mo_const_ellipsis_obj, mo_const_notimplemented_obj;
extern const mo_bool_t mo_const_false_obj, mo_const_true_obj;
extern const mo_tuple_t mo_const_empty_tuple_obj;
#define mo_const_none MO_ROM_PTR(&mo_const_none_obj)
#define mo_const_false MO_ROM_PTR(&mo_const_false_obj)
#define mo_const_true MO_ROM_PTR(&mo_const_true_obj)
#define mo_const_ellipsis MO_ROM_PTR(&mo_const_ellipsis_obj)
#define mo_const_notimplemented MO_ROM_PTR(&mo_const_notimplemented_obj)
#define mo_const_empty_tuple MO_ROM_PTR(&mo_const_empty_tuple_obj)
static inline mo_obj_t mo_bool(bool b) { return b ? mo_const_true : mo_const_false; }

// The type of any value (small ints and qstrs included).
static inline const mo_type_t *mo_obj_type(mo_obj_t o) {
    if (mo_is_small_int(o)) {
        return &mo_type_int;
    }
    if (mo_is_qstr(o)) {
        return &mo_type_str;
    }
    return ((const mo_base_t *)MO_PTR(o))->type;
}
static inline bool mo_obj_is_type(mo_obj_t o, const mo_type_t *t) {
    return mo_is_ptr(o) && ((const mo_base_t *)MO_PTR(o))->type == t;
}
static inline bool mo_obj_is_str(mo_obj_t o) {
    return mo_is_qstr(o) || mo_obj_is_type(o, &mo_type_str);
}
static inline bool mo_obj_is_int(mo_obj_t o) {
    return mo_is_small_int(o) || mo_obj_is_type(o, &mo_type_int);
}

#endif
