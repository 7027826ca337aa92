// The tuple type, and the sequence helpers (comparison, repetition, index, count)
// that list shares with it.
#include <string.h>

#include "runtime/objiter.h"
#include "runtime/objslice.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

const mo_tuple_t mo_const_empty_tuple_obj = {{&mo_type_tuple}, 0};

mo_obj_t mo_obj_new_tuple(size_t n, const mo_obj_t *items) {
    if (n == 0) {
        return mo_const_empty_tuple;
    }
    if (n > (SIZE_MAX - sizeof(mo_tuple_t)) / sizeof(mo_obj_t)) {
        mo_raise_memory_error();
    }
    mo_tuple_t *t = mo_new_obj_var(mo_tuple_t, mo_obj_t, n);
    t->base.type = &mo_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(mo_obj_t));
    }
    return MO_OBJ(t);
}

bool mo_obj_get_array_maybe(mo_obj_t o, size_t *len, mo_obj_t **items) {
    if (mo_obj_is_type(o, &mo_type_tuple)) {
        mo_tuple_t *t = MO_PTR(o);
        *len = t->len;
        *items = t->items;
        return true;
    }
    if (mo_obj_is_type(o, &mo_type_list)) {
        mo_list_t *l = MO_PTR(o);
        *len = l->len;
        *items = l->items;
        return true;
    }
    return false;
}

void mo_obj_get_array(mo_obj_t o, size_t *len, mo_obj_t **items) {
    if (!mo_obj_get_array_maybe(o, len, items)) {
        mo_raise_fmt(&mo_type_TypeError, "object '%s' isn't a tuple or list",
                     mo_obj_type_name(o));
    }
}

// ---- sequence helpers -------------------------------------------------------------

// CPython stops nested comparisons at its recursion limit (about this deep).
#define COMPARE_DEPTH_MAX 999

static bool seq_compare(int op, const mo_obj_t *a, size_t na, const mo_obj_t *b, size_t nb,
                        size_t depth);

// When x and y are both exact lists or both exact tuples, compares them directly
// (so the nesting depth is known) and returns true with the result in *res.
static bool compare_nested(int op, mo_obj_t x, mo_obj_t y, size_t depth, bool *res) {
    size_t nx, ny;
    mo_obj_t *ix, *iy;
    if (!mo_is_ptr(x) || !mo_is_ptr(y) || mo_obj_type(x) != mo_obj_type(y) ||
        !mo_obj_get_array_maybe(x, &nx, &ix) || !mo_obj_get_array_maybe(y, &ny, &iy)) {
        return false;
    }
    *res = seq_compare(op, ix, nx, iy, ny, depth + 1);
    return true;
}

static bool items_equal(mo_obj_t x, mo_obj_t y, size_t depth) {
    bool res;
    if (x == y) {
        return true;
    }
    if (compare_nested(MO_BINARY_OP_EQUAL, x, y, depth, &res)) {
        return res;
    }
    return mo_obj_equal(x, y);
}

static bool seq_compare(int op, const mo_obj_t *a, size_t na, const mo_obj_t *b, size_t nb,
                        size_t depth) {
    if (depth >= COMPARE_DEPTH_MAX) {
        mo_raise_msg(&mo_type_RecursionError, "maximum recursion depth exceeded in comparison");
    }
    mo_stack_check();
    if ((op == MO_BINARY_OP_EQUAL || op == MO_BINARY_OP_NOT_EQUAL) && na != nb) {
        return op == MO_BINARY_OP_NOT_EQUAL;
    }
    // The first differing pair decides. A user __eq__ may shrink a list under us;
    // the captured arrays stay alive (the GC sees them), so reading them is safe.
    size_t n = na < nb ? na : nb;
    size_t i = 0;
    while (i < n && items_equal(a[i], b[i], depth)) {
        i++;
    }
    if (i >= n) {
        switch (op) {
            case MO_BINARY_OP_LESS: return na < nb;
            case MO_BINARY_OP_MORE: return na > nb;
            case MO_BINARY_OP_EQUAL: return na == nb;
            case MO_BINARY_OP_LESS_EQUAL: return na <= nb;
            case MO_BINARY_OP_MORE_EQUAL: return na >= nb;
            default: return na != nb;
        }
    }
    if (op == MO_BINARY_OP_EQUAL) {
        return false;
    }
    if (op == MO_BINARY_OP_NOT_EQUAL) {
        return true;
    }
    bool res;
    if (compare_nested(op, a[i], b[i], depth, &res)) {
        return res;
    }
    return mo_obj_is_true(mo_binary_op(op, a[i], b[i]));
}

bool mo_seq_compare(int op, const mo_obj_t *a, size_t na, const mo_obj_t *b, size_t nb) {
    return seq_compare(op, a, na, b, nb, 0);
}

bool mo_seq_repeat_times_ok(mo_obj_t n) {
    if (mo_obj_is_int(n) || n == mo_const_true || n == mo_const_false) {
        return true;
    }
    const mo_type_t *t = mo_obj_type(n);
    if (t->flags & MO_TYPE_FLAG_USER) {
        return false;
    }
    mo_raise_fmt(&mo_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                 mo_obj_type_name(n));
}

size_t mo_seq_repeat_times(mo_obj_t n, size_t len) {
    mo_int_t v;
    if (!mo_obj_get_int_maybe(n, &v)) {
        // A big int: negative means empty, positive is too many.
        if (mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, n, mo_small_int(0)))) {
            return 0;
        }
        mo_raise_msg(&mo_type_OverflowError,
                     "cannot fit 'int' into an index-sized integer");
    }
    if (v <= 0 || len == 0) {
        return 0;
    }
    size_t total;
    if (__builtin_mul_overflow(len, (size_t)v, &total) || total > SIZE_MAX / sizeof(mo_obj_t)) {
        mo_raise_memory_error();
    }
    return (size_t)v;
}

void mo_seq_repeat(mo_obj_t *dest, const mo_obj_t *items, size_t len, size_t n) {
    for (size_t i = 0; i < n; i++) {
        memcpy(dest + i * len, items, len * sizeof(mo_obj_t));
    }
}

void mo_seq_slice_copy(mo_obj_t *dest, const mo_obj_t *items, mo_int_t start, mo_int_t step,
                       size_t n) {
    for (size_t i = 0; i < n; i++) {
        dest[i] = items[start + (mo_int_t)i * step];
    }
}

size_t mo_seq_index(const mo_type_t *type, const mo_obj_t *items, size_t len, size_t n_args,
                    const mo_obj_t *args) {
    size_t start = 0, stop = len;
    if (n_args > 2) {
        start = mo_get_index(type, len, args[2], true);
    }
    if (n_args > 3) {
        stop = mo_get_index(type, len, args[3], true);
    }
    for (size_t i = start; i < stop; i++) {
        // A user __eq__ may shrink a list: the caller's len still bounds `items`,
        // whose memory the GC keeps alive.
        if (mo_obj_equal(items[i], args[1])) {
            return i;
        }
    }
    if (type == &mo_type_tuple) {
        mo_raise_msg(&mo_type_ValueError, "tuple.index(x): x not in tuple");
    }
    mo_raise_fmt(&mo_type_ValueError, "%R is not in list", args[1]);
}

size_t mo_seq_count(const mo_obj_t *items, size_t len, mo_obj_t x) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (mo_obj_equal(items[i], x)) {
            n++;
        }
    }
    return n;
}

// ---- the tuple type ---------------------------------------------------------------

static void tuple_print_body(const mo_print_t *print, mo_obj_t self) {
    const mo_tuple_t *t = MO_PTR(self);
    mo_print_str(print, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            mo_print_str(print, ", ");
        }
        mo_obj_print(print, t->items[i], MO_PRINT_REPR);
    }
    mo_print_str(print, t->len == 1 ? ",)" : ")");
}

static void tuple_print(const mo_print_t *print, mo_obj_t self, int kind) {
    if (((const mo_tuple_t *)MO_PTR(self))->len == 0) {
        mo_print_str(print, "()");
        return;
    }
    mo_print_guarded(print, self, "(...)", tuple_print_body);
}

static mo_obj_t tuple_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_arg_check_at_most_one(&mo_type_tuple, n_args, n_kw);
    if (n_args == 0) {
        return mo_const_empty_tuple;
    }
    if (mo_obj_is_type(args[0], &mo_type_tuple)) {
        return args[0];
    }
    size_t len;
    mo_obj_t *items;
    if (mo_obj_get_array_maybe(args[0], &len, &items)) {
        return mo_obj_new_tuple(len, items);
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, args[0]);
    mo_obj_get_array(list, &len, &items);
    return mo_obj_new_tuple(len, items);
}

// CPython's tuple hash (xxHash-style lanes), so tuples of ints land where CPython
// puts them in sets.
static mo_int_t tuple_hash(const mo_tuple_t *t) {
#if UINTPTR_MAX > 0xffffffffu
    const mo_uint_t p1 = (mo_uint_t)11400714785074694791ULL;
    const mo_uint_t p2 = (mo_uint_t)14029467366897019727ULL;
    const mo_uint_t p5 = (mo_uint_t)2870177450012600261ULL;
#define ROTATE(x) (((x) << 31) | ((x) >> 33))
#else
    const mo_uint_t p1 = 2654435761UL;
    const mo_uint_t p2 = 2246822519UL;
    const mo_uint_t p5 = 374761393UL;
#define ROTATE(x) (((x) << 13) | ((x) >> 19))
#endif
    mo_stack_check();  // nested tuples hash recursively
    mo_uint_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
        mo_uint_t lane = (mo_uint_t)mo_obj_hash(t->items[i]);
        acc += lane * p2;
        acc = ROTATE(acc);
        acc *= p1;
    }
#undef ROTATE
    acc += (mo_uint_t)t->len ^ (p5 ^ 3527539UL);
    // Keep it a small int: drop the top bit, keeping the sign-extended low bits.
    mo_uint_t shifted = acc << 1;
    mo_int_t h = (mo_int_t)shifted >> 1;
    return h == -1 ? 1546275796 : h;
}

static mo_obj_t tuple_unary_op(int op, mo_obj_t self) {
    const mo_tuple_t *t = MO_PTR(self);
    switch (op) {
        case MO_UNARY_OP_BOOL: return mo_bool(t->len != 0);
        case MO_UNARY_OP_LEN: return mo_small_int((mo_int_t)t->len);
        case MO_UNARY_OP_HASH: return mo_small_int(tuple_hash(t));
        default: return MO_OBJ_NULL;
    }
}

static bool contains_item(const mo_obj_t *items, size_t len, mo_obj_t x) {
    for (size_t i = 0; i < len; i++) {
        if (mo_obj_equal(items[i], x)) {
            return true;
        }
    }
    return false;
}

static mo_obj_t tuple_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    const mo_tuple_t *a = MO_PTR(lhs);
    switch (op) {
        case MO_BINARY_OP_CONTAINS:
            return mo_bool(contains_item(a->items, a->len, rhs));
        case MO_BINARY_OP_ADD: {
            if (!mo_obj_is_type(rhs, &mo_type_tuple)) {
                if (mo_obj_type(rhs)->flags & MO_TYPE_FLAG_USER) {
                    return MO_OBJ_NULL;
                }
                mo_raise_fmt(&mo_type_TypeError,
                             "can only concatenate tuple (not \"%s\") to tuple",
                             mo_obj_type_name(rhs));
            }
            const mo_tuple_t *b = MO_PTR(rhs);
            if (b->len == 0) {
                return lhs;
            }
            if (a->len == 0) {
                return rhs;
            }
            mo_tuple_t *r = MO_PTR(mo_obj_new_tuple(a->len + b->len, NULL));
            memcpy(r->items, a->items, a->len * sizeof(mo_obj_t));
            memcpy(r->items + a->len, b->items, b->len * sizeof(mo_obj_t));
            return MO_OBJ(r);
        }
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY: {
            if (!mo_seq_repeat_times_ok(rhs)) {
                return MO_OBJ_NULL;
            }
            size_t n = mo_seq_repeat_times(rhs, a->len);
            if (n == 1) {
                return lhs;
            }
            mo_tuple_t *r = MO_PTR(mo_obj_new_tuple(a->len * n, NULL));
            if (n > 0) {
                mo_seq_repeat(r->items, a->items, a->len, n);
            }
            return MO_OBJ(r);
        }
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (!mo_obj_is_type(rhs, &mo_type_tuple)) {
                return MO_OBJ_NULL;
            }
            const mo_tuple_t *b = MO_PTR(rhs);
            return mo_bool(mo_seq_compare(op, a->items, a->len, b->items, b->len));
        }
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t tuple_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;  // immutable: the runtime words the TypeError
    }
    const mo_tuple_t *t = MO_PTR(self);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        mo_int_t start, stop, step;
        mo_slice_indices(index, t->len, &start, &stop, &step);
        size_t n = mo_slice_len(start, stop, step);
        if (n == t->len && step == 1) {
            return self;
        }
        mo_tuple_t *r = MO_PTR(mo_obj_new_tuple(n, NULL));
        mo_seq_slice_copy(r->items, t->items, start, step, n);
        return MO_OBJ(r);
    }
    return t->items[mo_get_index(&mo_type_tuple, t->len, index, false)];
}

static mo_obj_t tuple_it_next(mo_obj_t self) {
    mo_polymorph_iter_t *it = MO_PTR(self);
    const mo_tuple_t *t = MO_PTR(it->seq);
    if (it->pos >= t->len) {
        return MO_OBJ_STOP_ITERATION;
    }
    return t->items[it->pos++];
}

static const mo_type_t tuple_iterator_type =
    MO_ITER_TYPE_INIT(MO_QSTR_tuple_iterator, tuple_it_next);

static mo_obj_t tuple_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_obj_new_seq_iter(self, &tuple_iterator_type, iter_buf);
}

// The special methods, for direct calls and subclasses.
static mo_obj_t tuple_getitem(mo_obj_t self, mo_obj_t index) {
    return tuple_subscr(self, index, MO_OBJ_SENTINEL);
}
static MO_DEFINE_FUN_2(tuple_getitem_obj, tuple_getitem);
static mo_obj_t tuple_contains(mo_obj_t self, mo_obj_t x) {
    return tuple_binary_op(MO_BINARY_OP_CONTAINS, self, x);
}
static MO_DEFINE_FUN_2(tuple_contains_obj, tuple_contains);
static mo_obj_t tuple_len(mo_obj_t self) { return tuple_unary_op(MO_UNARY_OP_LEN, self); }
static MO_DEFINE_FUN_1(tuple_len_obj, tuple_len);
static mo_obj_t tuple_iter(mo_obj_t self) { return tuple_getiter(self, NULL); }
static MO_DEFINE_FUN_1(tuple_iter_obj, tuple_iter);

static mo_obj_t tuple_index(size_t n_args, const mo_obj_t *args) {
    const mo_tuple_t *t = MO_PTR(args[0]);
    return mo_obj_new_int((mo_int_t)mo_seq_index(&mo_type_tuple, t->items, t->len, n_args, args));
}
static MO_DEFINE_FUN_VAR(tuple_index_obj, 2, 4, tuple_index);

static mo_obj_t tuple_count(mo_obj_t self, mo_obj_t x) {
    const mo_tuple_t *t = MO_PTR(self);
    return mo_obj_new_int((mo_int_t)mo_seq_count(t->items, t->len, x));
}
static MO_DEFINE_FUN_2(tuple_count_obj, tuple_count);

static const mo_map_elem_t tuple_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___contains__), MO_ROM_PTR(&tuple_contains_obj)},
    {MO_ROM_QSTR(MO_QSTR___getitem__), MO_ROM_PTR(&tuple_getitem_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&tuple_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___len__), MO_ROM_PTR(&tuple_len_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&tuple_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&tuple_index_obj)},
};
static MO_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const mo_type_t mo_type_tuple = {
    .base = {&mo_type_type},
    .name = MO_QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = &tuple_locals_dict,
};
