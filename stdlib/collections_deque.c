// collections.deque: a double-ended queue in a ring buffer on the GC heap, with
// an optional maxlen that drops items from the other end, as CPython's.
#include <string.h>

#include "runtime/objiter.h"
#include "runtime/objslice.h"
#include "runtime/objtuple.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "stdlib/collections.h"

typedef struct deque {
    mo_base_t base;
    mo_obj_t *items;  // ring buffer: item i is items[(head + i) % alloc]
    size_t alloc;
    size_t head;
    size_t len;
    mo_int_t maxlen;  // -1: unbounded
    size_t state;     // bumped by every change of length, so iterators can notice
} deque_t;

static deque_t *dq(mo_obj_t self) { return MO_PTR(mo_instance_native(self)); }

static size_t slot(const deque_t *d, size_t i) { return (d->head + i) % d->alloc; }

static mo_obj_t *at(deque_t *d, size_t i) { return &d->items[slot(d, i)]; }

// ---- the ring buffer --------------------------------------------------------------------

// Doubles the buffer, laying the items out from slot 0.
static void grow(deque_t *d) {
    size_t alloc = d->alloc ? d->alloc * 2 : 8;
    mo_obj_t *items = mo_new(mo_obj_t, alloc);
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *at(d, i);
    }
    d->items = items;
    d->alloc = alloc;
    d->head = 0;
}

static mo_obj_t pop_back(deque_t *d) {
    mo_obj_t *p = at(d, --d->len);
    mo_obj_t x = *p;
    *p = MO_OBJ_NULL;  // let the GC free it
    d->state++;
    return x;
}

static mo_obj_t pop_front(deque_t *d) {
    mo_obj_t *p = at(d, 0);
    mo_obj_t x = *p;
    *p = MO_OBJ_NULL;
    d->head = (d->head + 1) % d->alloc;
    d->len--;
    d->state++;
    return x;
}

static void push_back(deque_t *d, mo_obj_t x) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->len == d->alloc) {
        grow(d);
    }
    *at(d, d->len++) = x;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen) {
        pop_front(d);
    }
}

static void push_front(deque_t *d, mo_obj_t x) {
    if (d->maxlen == 0) {
        return;
    }
    if (d->len == d->alloc) {
        grow(d);
    }
    d->head = (d->head + d->alloc - 1) % d->alloc;
    d->items[d->head] = x;
    d->len++;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen) {
        pop_back(d);
    }
}

// Iterating a deque into itself would never end: take a snapshot first.
static mo_obj_t iter_source(deque_t *d, mo_obj_t iterable) {
    if (mo_is_ptr(iterable) && MO_PTR(mo_instance_native(iterable)) == (void *)d) {
        mo_obj_t copy = mo_obj_new_list(0, NULL);
        mo_list_extend(copy, iterable);
        return copy;
    }
    return iterable;
}

static void extend(deque_t *d, mo_obj_t iterable, bool left) {
    mo_obj_t it = mo_getiter(iter_source(d, iterable), NULL), x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        left ? push_front(d, x) : push_back(d, x);
    }
}

static void clear(deque_t *d) {
    d->items = NULL;
    d->alloc = d->len = d->head = 0;
    d->state++;
}

// ---- construction and printing -------------------------------------------------------------

static mo_int_t maxlen_arg(mo_obj_t m) {
    if (m == mo_const_none) {
        return -1;
    }
    if (!mo_obj_is_int(m) && !mo_obj_is_type(m, &mo_type_bool)) {
        mo_raise_msg(&mo_type_TypeError, "an integer is required");
    }
    mo_int_t v = mo_obj_get_int(m);
    if (v < 0) {
        mo_raise_msg(&mo_type_ValueError, "maxlen must be non-negative");
    }
    return v;
}

static mo_obj_t deque_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_obj_t iterable = MO_OBJ_NULL, maxlen = mo_const_none;
    if (n_args + n_kw > 2) {
        mo_raise_fmt(&mo_type_TypeError, "deque() takes at most 2 arguments (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    if (n_args > 0) {
        iterable = args[0];
    }
    if (n_args > 1) {
        maxlen = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mo_obj_str_get_qstr(args[n_args + 2 * i]);
        if (k == MO_QSTR_iterable && n_args == 0) {
            iterable = args[n_args + 2 * i + 1];
        } else if (k == MO_QSTR_maxlen && n_args < 2) {
            maxlen = args[n_args + 2 * i + 1];
        } else {
            mo_raise_fmt(&mo_type_TypeError, "deque() got an unexpected keyword argument '%q'", k);
        }
    }
    deque_t *d = mo_new_obj(deque_t);
    d->base.type = type;
    d->maxlen = maxlen_arg(maxlen);
    if (iterable != MO_OBJ_NULL) {
        extend(d, iterable, false);
    }
    return MO_OBJ(d);
}

static void deque_print_body(const mo_print_t *print, mo_obj_t self) {
    deque_t *d = dq(self);
    mo_print_str(print, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        mo_printf(print, i ? ", %R" : "%R", *at(d, i));
    }
    mo_print_str(print, "]");
    if (d->maxlen >= 0) {
        mo_printf(print, ", maxlen=%R", mo_obj_new_int(d->maxlen));
    }
    mo_print_str(print, ")");
}

static void deque_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_guarded(print, self, "[...]", deque_print_body);
}

// ---- operators --------------------------------------------------------------------------------

static mo_obj_t deque_unary_op(int op, mo_obj_t self) {
    deque_t *d = dq(self);
    switch (op) {
        case MO_UNARY_OP_BOOL: return mo_bool(d->len != 0);
        case MO_UNARY_OP_LEN: return mo_obj_new_int((mo_int_t)d->len);
        case MO_UNARY_OP_HASH:
            mo_raise_fmt(&mo_type_TypeError, "unhashable type: '%s'", mo_obj_type_name(self));
        default: return MO_OBJ_NULL;
    }
}

// The items as a list, for comparisons and concatenation.
static mo_obj_t as_list(deque_t *d) {
    mo_obj_t l = mo_obj_new_list(d->len, NULL);
    for (size_t i = 0; i < d->len; i++) {
        ((mo_list_t *)MO_PTR(l))->items[i] = *at(d, i);
    }
    return l;
}

static mo_obj_t new_like(deque_t *src, mo_obj_t iterable) {
    mo_obj_t args[2] = {iterable, src->maxlen < 0 ? mo_const_none : mo_obj_new_int(src->maxlen)};
    return deque_make_new(&mo_type_deque, 2, 0, args);
}

static bool is_deque(mo_obj_t o) { return mo_obj_isinstance(o, MO_OBJ(&mo_type_deque)); }

static mo_obj_t deque_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    deque_t *d = dq(lhs);
    switch (op) {
        case MO_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < d->len; i++) {
                if (mo_obj_equal(*at(d, i), rhs)) {
                    return mo_const_true;
                }
            }
            return mo_const_false;
        case MO_BINARY_OP_LESS: case MO_BINARY_OP_MORE: case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_LESS_EQUAL: case MO_BINARY_OP_MORE_EQUAL: case MO_BINARY_OP_NOT_EQUAL:
            if (!is_deque(rhs)) {
                return MO_OBJ_NULL;
            }
            return mo_binary_op(op, as_list(d), as_list(dq(rhs)));
        case MO_BINARY_OP_INPLACE_ADD:  // d += iterable is d.extend(iterable)
            extend(d, rhs, false);
            return lhs;
        case MO_BINARY_OP_ADD: {
            if (!is_deque(rhs)) {
                mo_raise_fmt(&mo_type_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             mo_obj_type_name(rhs));
            }
            mo_obj_t r = new_like(d, lhs);
            extend(dq(r), rhs, false);
            return r;
        }
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY:
            if (!mo_seq_repeat_times_ok(rhs)) {
                return MO_OBJ_NULL;
            }
            return new_like(d, mo_binary_op(MO_BINARY_OP_MULTIPLY, as_list(d), rhs));
        default:
            return MO_OBJ_NULL;
    }
}

static size_t index_arg(deque_t *d, mo_obj_t index) {
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_fmt(&mo_type_TypeError, "sequence index must be integer, not '%s'",
                     mo_obj_type_name(index));
    }
    if (i < 0) {
        i += (mo_int_t)d->len;
    }
    if (i < 0 || (size_t)i >= d->len) {
        mo_raise_msg(&mo_type_IndexError, "deque index out of range");
    }
    return (size_t)i;
}

static void delete_at(deque_t *d, size_t i) {
    for (size_t k = i; k + 1 < d->len; k++) {
        *at(d, k) = *at(d, k + 1);
    }
    pop_back(d);
}

static mo_obj_t deque_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    deque_t *d = dq(self);
    size_t i = index_arg(d, index);
    if (value == MO_OBJ_SENTINEL) {
        return *at(d, i);
    }
    if (value == MO_OBJ_NULL) {
        delete_at(d, i);
    } else {
        *at(d, i) = value;
    }
    return mo_const_none;
}

// ---- iteration --------------------------------------------------------------------------------

typedef struct deque_iter {
    mo_base_t base;
    mo_obj_t deque;
    size_t pos;
    size_t state;
} deque_iter_t;

_Static_assert(sizeof(deque_iter_t) <= sizeof(mo_iter_buf_t), "deque iterator fits an iter buffer");

static mo_obj_t deque_it_next(mo_obj_t self) {
    deque_iter_t *it = MO_PTR(self);
    deque_t *d = dq(it->deque);
    if (d->state != it->state) {
        mo_raise_msg(&mo_type_RuntimeError, "deque mutated during iteration");
    }
    if (it->pos >= d->len) {
        return MO_OBJ_STOP_ITERATION;
    }
    return *at(d, it->pos++);
}

static const mo_type_t deque_iterator_type = MO_ITER_TYPE_INIT(MO_QSTR__deque_iterator, deque_it_next);

static mo_obj_t deque_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    deque_iter_t *it = mo_iter_alloc(iter_buf, sizeof(deque_iter_t));
    it->base.type = &deque_iterator_type;
    it->deque = self;
    it->pos = 0;
    it->state = dq(self)->state;
    return MO_OBJ(it);
}

// ---- methods ---------------------------------------------------------------------------------

static mo_obj_t deque_append(mo_obj_t self, mo_obj_t x) {
    push_back(dq(self), x);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(deque_append_obj, deque_append);

static mo_obj_t deque_appendleft(mo_obj_t self, mo_obj_t x) {
    push_front(dq(self), x);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(deque_appendleft_obj, deque_appendleft);

static void check_not_empty(const deque_t *d) {
    if (d->len == 0) {
        mo_raise_msg(&mo_type_IndexError, "pop from an empty deque");
    }
}

static mo_obj_t deque_pop(mo_obj_t self) {
    check_not_empty(dq(self));
    return pop_back(dq(self));
}
static MO_DEFINE_FUN_1(deque_pop_obj, deque_pop);

static mo_obj_t deque_popleft(mo_obj_t self) {
    check_not_empty(dq(self));
    return pop_front(dq(self));
}
static MO_DEFINE_FUN_1(deque_popleft_obj, deque_popleft);

static mo_obj_t deque_extend(mo_obj_t self, mo_obj_t iterable) {
    extend(dq(self), iterable, false);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(deque_extend_obj, deque_extend);

static mo_obj_t deque_extendleft(mo_obj_t self, mo_obj_t iterable) {
    extend(dq(self), iterable, true);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(deque_extendleft_obj, deque_extendleft);

static mo_obj_t deque_clear(mo_obj_t self) {
    clear(dq(self));
    return mo_const_none;
}
static MO_DEFINE_FUN_1(deque_clear_obj, deque_clear);

static mo_obj_t deque_copy(mo_obj_t self) { return new_like(dq(self), self); }
static MO_DEFINE_FUN_1(deque_copy_obj, deque_copy);

// Rotates right by n (left if negative): one step per item moved, the shorter way.
static mo_obj_t deque_rotate(size_t n_args, const mo_obj_t *args) {
    deque_t *d = dq(args[0]);
    mo_int_t n = 1;
    if (n_args > 1) {
        if (!mo_obj_get_index_clamped(args[1], &n)) {
            mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                         mo_obj_type_name(args[1]));
        }
    }
    if (d->len <= 1) {
        return mo_const_none;
    }
    mo_int_t len = (mo_int_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    size_t state = d->state;
    if (n <= len / 2) {
        for (mo_int_t i = 0; i < n; i++) {
            push_front(d, pop_back(d));
        }
    } else {
        for (mo_int_t i = n; i < len; i++) {
            push_back(d, pop_front(d));
        }
    }
    d->state = state;  // rotation keeps the length: live iterators stay valid, as in CPython
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(deque_rotate_obj, 1, 2, deque_rotate);

static mo_obj_t deque_count(mo_obj_t self, mo_obj_t x) {
    deque_t *d = dq(self);
    mo_int_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        n += mo_obj_equal(*at(d, i), x);
    }
    return mo_obj_new_int(n);
}
static MO_DEFINE_FUN_2(deque_count_obj, deque_count);

static size_t find(deque_t *d, mo_obj_t x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < d->len; i++) {
        if (mo_obj_equal(*at(d, i), x)) {
            return i;
        }
    }
    mo_raise_fmt(&mo_type_ValueError, "%R is not in deque", x);
}

static size_t clamp_bound(deque_t *d, mo_obj_t o) {
    mo_int_t i;
    if (!mo_obj_get_index_clamped(o, &i)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(o));
    }
    if (i < 0) {
        i += (mo_int_t)d->len;
        return i < 0 ? 0 : (size_t)i;
    }
    return (size_t)i > d->len ? d->len : (size_t)i;
}

static mo_obj_t deque_index(size_t n_args, const mo_obj_t *args) {
    deque_t *d = dq(args[0]);
    size_t start = n_args > 2 ? clamp_bound(d, args[2]) : 0;
    size_t stop = n_args > 3 ? clamp_bound(d, args[3]) : d->len;
    return mo_obj_new_int((mo_int_t)find(d, args[1], start, stop));
}
static MO_DEFINE_FUN_VAR(deque_index_obj, 2, 4, deque_index);

static mo_obj_t deque_remove(mo_obj_t self, mo_obj_t x) {
    deque_t *d = dq(self);
    for (size_t i = 0; i < d->len; i++) {
        if (mo_obj_equal(*at(d, i), x)) {
            delete_at(d, i);
            return mo_const_none;
        }
    }
    mo_raise_fmt(&mo_type_ValueError, "%R is not in deque", x);
}
static MO_DEFINE_FUN_2(deque_remove_obj, deque_remove);

static mo_obj_t deque_reverse(mo_obj_t self) {
    deque_t *d = dq(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        mo_obj_t t = *at(d, i);
        *at(d, i) = *at(d, j - 1);
        *at(d, j - 1) = t;
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(deque_reverse_obj, deque_reverse);

static mo_obj_t deque_insert(mo_obj_t self, mo_obj_t index, mo_obj_t x) {
    deque_t *d = dq(self);
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        mo_raise_msg(&mo_type_IndexError, "deque already at its maximum size");
    }
    size_t i = clamp_bound(d, index);
    push_back(d, x);
    for (size_t k = d->len - 1; k > i; k--) {
        *at(d, k) = *at(d, k - 1);
    }
    *at(d, i) = x;
    return mo_const_none;
}
static MO_DEFINE_FUN_3(deque_insert_obj, deque_insert);

// maxlen is a read-only attribute; everything else comes from the methods table.
static void deque_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL && attr == MO_QSTR_maxlen) {
        mo_int_t m = dq(self)->maxlen;
        dest[0] = m < 0 ? mo_const_none : mo_obj_new_int(m);
        return;
    }
    if (dest[0] == MO_OBJ_NULL) {
        mo_generic_attr_load(self, attr, dest);
    }
}

#define M(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&deque_##name##_obj)}
static const mo_map_elem_t deque_locals_table[] = {
    M(MO_QSTR_append, append), M(MO_QSTR_appendleft, appendleft), M(MO_QSTR_pop, pop),
    M(MO_QSTR_popleft, popleft), M(MO_QSTR_extend, extend), M(MO_QSTR_extendleft, extendleft),
    M(MO_QSTR_clear, clear), M(MO_QSTR_copy, copy), M(MO_QSTR_rotate, rotate),
    M(MO_QSTR_count, count), M(MO_QSTR_index, index), M(MO_QSTR_remove, remove),
    M(MO_QSTR_reverse, reverse), M(MO_QSTR_insert, insert),
};
static MO_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_table);

const mo_type_t mo_type_deque = {
    .base = {&mo_type_type},
    .name = MO_QSTR_collections_dot_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals_dict = &deque_locals_dict,
};
