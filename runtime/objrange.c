// The range type and its iterator. A range is three machine ints; its length and
// items are computed with unsigned arithmetic so that no bound, however extreme,
// overflows. Iterating a range in a for loop allocates nothing.
#include "runtime/objiter.h"
#include "runtime/objslice.h"
#include "runtime/runtime.h"

typedef struct range {
    mo_base_t base;
    mo_int_t start, stop, step;
} range_t;

typedef struct range_iter {
    mo_base_t base;
    mo_uint_t cur;        // the next value, as a two's complement bit pattern
    mo_uint_t remaining;  // how many values are left
    mo_uint_t step;
} range_iter_t;

_Static_assert(sizeof(range_iter_t) <= sizeof(mo_iter_buf_t),
               "a range iterator must fit in an iter buffer");

// ---- arithmetic -----------------------------------------------------------------

// Converts a two's complement bit pattern back to a signed value (the conversion
// is implementation-defined, and modular on every compiler we support).
static mo_int_t to_signed(mo_uint_t u) { return (mo_int_t)u; }

static mo_uint_t range_len(const range_t *r) {
    if (r->step > 0) {
        if (r->start >= r->stop) {
            return 0;
        }
        mo_uint_t span = (mo_uint_t)r->stop - (mo_uint_t)r->start;
        return (span - 1) / (mo_uint_t)r->step + 1;
    }
    if (r->start <= r->stop) {
        return 0;
    }
    mo_uint_t span = (mo_uint_t)r->start - (mo_uint_t)r->stop;
    return (span - 1) / (0 - (mo_uint_t)r->step) + 1;
}

// The i-th item (i < length, so the result is in range and can't overflow).
static mo_int_t range_item(const range_t *r, mo_uint_t i) {
    return to_signed((mo_uint_t)r->start + i * (mo_uint_t)r->step);
}

static size_t range_len_checked(const range_t *r) {
    mo_uint_t n = range_len(r);
    if (n > (mo_uint_t)INTPTR_MAX) {
        mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return (size_t)n;
}

// A range argument: an int (or bool, or anything with __index__).
static mo_int_t range_arg(mo_obj_t o) {
    if (mo_is_small_int(o)) {
        return mo_small_int_value(o);
    }
    if (!mo_obj_is_int(o) && o != mo_const_true && o != mo_const_false) {
        mo_obj_t r = MO_OBJ_NULL;
        if (mo_obj_type(o)->flags & MO_TYPE_FLAG_USER) {
            r = mo_unary_op(MO_UNARY_OP_INDEX, o);
        }
        if (r == MO_OBJ_NULL || !mo_obj_is_int(r)) {
            mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                         mo_obj_type_name(o));
        }
        o = r;
    }
    return mo_obj_get_int(o);
}

static mo_obj_t new_range(mo_int_t start, mo_int_t stop, mo_int_t step) {
    range_t *r = mo_new_obj(range_t);
    r->base.type = &mo_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return MO_OBJ(r);
}

// ---- construction, printing, operators -------------------------------------------

static mo_obj_t range_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "range() takes no keyword arguments");
    }
    if (n_args == 0) {
        mo_raise_msg(&mo_type_TypeError, "range expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "range expected at most 3 arguments, got %u",
                     (unsigned)n_args);
    }
    if (n_args == 1) {
        return new_range(0, range_arg(args[0]), 1);
    }
    mo_int_t start = range_arg(args[0]), stop = range_arg(args[1]), step = 1;
    if (n_args == 3) {
        step = range_arg(args[2]);
        if (step == 0) {
            mo_raise_msg(&mo_type_ValueError, "range() arg 3 must not be zero");
        }
    }
    return new_range(start, stop, step);
}

static void range_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const range_t *r = MO_PTR(self);
    mo_printf(print, "range(%R, %R", mo_obj_new_int(r->start), mo_obj_new_int(r->stop));
    if (r->step != 1) {
        mo_printf(print, ", %R", mo_obj_new_int(r->step));
    }
    mo_print_str(print, ")");
}

static bool range_equal(const range_t *a, const range_t *b) {
    mo_uint_t n = range_len(a);
    if (n != range_len(b)) {
        return false;
    }
    if (n == 0) {
        return true;
    }
    if (a->start != b->start) {
        return false;
    }
    return n == 1 || a->step == b->step;
}

// Hashes what equality looks at, so equal ranges hash alike.
static mo_int_t range_hash(const range_t *r) {
    mo_uint_t n = range_len(r);
    mo_obj_t key[3] = {mo_obj_new_int_from_ull(n), mo_const_none, mo_const_none};
    if (n > 0) {
        key[1] = mo_obj_new_int(r->start);
        if (n > 1) {
            key[2] = mo_obj_new_int(r->step);
        }
    }
    return mo_obj_hash(mo_obj_new_tuple(3, key));
}

static mo_obj_t range_unary_op(int op, mo_obj_t self) {
    const range_t *r = MO_PTR(self);
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(range_len(r) != 0);
        case MO_UNARY_OP_LEN: {
            size_t n = range_len_checked(r);
            if (n > (size_t)MO_SMALL_INT_MAX) {
                mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return mo_small_int((mo_int_t)n);
        }
        case MO_UNARY_OP_HASH:
            return mo_small_int(range_hash(r));
        default:
            return MO_OBJ_NULL;
    }
}

// The position of int value v in r, or -1.
static ptrdiff_t range_find_int(const range_t *r, mo_int_t v) {
    mo_uint_t n = range_len(r);
    if (n == 0) {
        return -1;
    }
    mo_uint_t off, stride;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) {
            return -1;
        }
        off = (mo_uint_t)v - (mo_uint_t)r->start;
        stride = (mo_uint_t)r->step;
    } else {
        if (v > r->start || v <= r->stop) {
            return -1;
        }
        off = (mo_uint_t)r->start - (mo_uint_t)v;
        stride = 0 - (mo_uint_t)r->step;
    }
    if (off % stride != 0) {
        return -1;
    }
    return (ptrdiff_t)(off / stride);
}

// The position of x in r by value, or -1 (ints by arithmetic, others by ==).
static ptrdiff_t range_find(const range_t *r, mo_obj_t x) {
    mo_int_t v;
    if (mo_is_small_int(x) || x == mo_const_true || x == mo_const_false) {
        return range_find_int(r, mo_is_small_int(x) ? mo_small_int_value(x) : x == mo_const_true);
    }
    if (mo_obj_is_type(x, &mo_type_int)) {
        return mo_obj_get_int_maybe(x, &v) ? range_find_int(r, v) : -1;
    }
    mo_uint_t n = range_len(r);
    for (mo_uint_t i = 0; i < n; i++) {
        if (mo_obj_equal(mo_obj_new_int(range_item(r, i)), x)) {
            return (ptrdiff_t)i;
        }
    }
    return -1;
}

static mo_obj_t range_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    const range_t *r = MO_PTR(lhs);
    switch (op) {
        case MO_BINARY_OP_CONTAINS:
            return mo_bool(range_find(r, rhs) >= 0);
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (!mo_obj_is_type(rhs, &mo_type_range)) {
                return MO_OBJ_NULL;
            }
            bool eq = range_equal(r, MO_PTR(rhs));
            return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
        }
        default:
            return MO_OBJ_NULL;
    }
}

_Noreturn static void raise_overflow(void) {
    mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C ssize_t");
}

static mo_obj_t range_slice(const range_t *r, mo_obj_t slice) {
    mo_int_t a, b, s;
    mo_slice_indices(slice, range_len_checked(r), &a, &b, &s);
    mo_int_t start, stop, step, t;
    if (__builtin_mul_overflow(a, r->step, &t) || __builtin_add_overflow(r->start, t, &start) ||
        __builtin_mul_overflow(b, r->step, &t) || __builtin_add_overflow(r->start, t, &stop) ||
        __builtin_mul_overflow(s, r->step, &step)) {
        raise_overflow();
    }
    return new_range(start, stop, step);
}

static mo_obj_t range_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    const range_t *r = MO_PTR(self);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        return range_slice(r, index);
    }
    mo_uint_t n = range_len(r);
    if (n <= (mo_uint_t)INTPTR_MAX) {
        size_t i = mo_get_index(&mo_type_range, (size_t)n, index, false);
        return mo_obj_new_int(range_item(r, i));
    }
    // Longer than any index: every clamped index is in range.
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        (void)mo_get_index(&mo_type_range, 0, index, false);  // raises the TypeError
    }
    mo_uint_t u = i < 0 ? n - (0 - (mo_uint_t)i) : (mo_uint_t)i;
    return mo_obj_new_int(range_item(r, u));
}

// ---- iteration --------------------------------------------------------------------

static mo_obj_t range_it_next(mo_obj_t self) {
    range_iter_t *it = MO_PTR(self);
    if (it->remaining == 0) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_int_t v = to_signed(it->cur);
    it->cur += it->step;
    it->remaining--;
    return mo_small_int_fits(v) ? mo_small_int(v) : mo_obj_new_int(v);
}

static const mo_type_t range_iterator_type =
    MO_ITER_TYPE_INIT(MO_QSTR_range_iterator, range_it_next);

static mo_obj_t new_range_iter(mo_uint_t first, mo_uint_t n, mo_uint_t step,
                               mo_iter_buf_t *iter_buf) {
    range_iter_t *it = mo_iter_alloc(iter_buf, sizeof(range_iter_t));
    it->base.type = &range_iterator_type;
    it->cur = first;
    it->remaining = n;
    it->step = step;
    return MO_OBJ(it);
}

static mo_obj_t range_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    const range_t *r = MO_PTR(self);
    return new_range_iter((mo_uint_t)r->start, range_len(r), (mo_uint_t)r->step, iter_buf);
}

mo_obj_t mo_range_reversed(mo_obj_t self) {
    const range_t *r = MO_PTR(self);
    mo_uint_t n = range_len(r);
    mo_uint_t last = n == 0 ? 0 : (mo_uint_t)range_item(r, n - 1);
    return new_range_iter(last, n, 0 - (mo_uint_t)r->step, NULL);
}

// ---- attributes and methods ---------------------------------------------------------

static void range_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    const range_t *r = MO_PTR(self);
    if (attr == MO_QSTR_start) {
        dest[0] = mo_obj_new_int(r->start);
    } else if (attr == MO_QSTR_stop) {
        dest[0] = mo_obj_new_int(r->stop);
    } else if (attr == MO_QSTR_step) {
        dest[0] = mo_obj_new_int(r->step);
    }
}

static mo_obj_t range_count(mo_obj_t self, mo_obj_t x) {
    const range_t *r = MO_PTR(self);
    if (mo_obj_is_int(x) || x == mo_const_true || x == mo_const_false) {
        return mo_small_int(range_find(r, x) >= 0);
    }
    mo_uint_t n = range_len(r), count = 0;
    for (mo_uint_t i = 0; i < n; i++) {
        count += mo_obj_equal(mo_obj_new_int(range_item(r, i)), x);
    }
    return mo_obj_new_int_from_ull(count);
}
static MO_DEFINE_FUN_2(range_count_obj, range_count);

static mo_obj_t range_index(mo_obj_t self, mo_obj_t x) {
    ptrdiff_t i = range_find(MO_PTR(self), x);
    if (i < 0) {
        if (!mo_obj_is_int(x) && x != mo_const_true && x != mo_const_false) {
            mo_raise_msg(&mo_type_ValueError, "sequence.index(x): x not in sequence");
        }
        mo_raise_fmt(&mo_type_ValueError, "%R is not in range", x);
    }
    return mo_obj_new_int((mo_int_t)i);
}
static MO_DEFINE_FUN_2(range_index_obj, range_index);

static const mo_map_elem_t range_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&range_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&range_index_obj)},
};
static MO_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);

const mo_type_t mo_type_range = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = &range_locals_dict,
};
