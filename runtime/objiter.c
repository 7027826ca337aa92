// The built-in iterator types: the polymorph iterator many containers share, the
// sequence-protocol iterator (__getitem__ until IndexError), enumerate, zip, map,
// filter, reversed and iter(callable, sentinel).
#include <string.h>

#include "runtime/objiter.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

mo_obj_t mo_iter_self(mo_obj_t self, mo_iter_buf_t *iter_buf) { return self; }
#define iter_self mo_iter_self

static mo_obj_t iterator_next(mo_obj_t self) { return mo_iternext_raise(self); }
static MO_DEFINE_FUN_1(iterator_next_obj, iterator_next);
static mo_obj_t iterator_iter(mo_obj_t self) { return self; }
static MO_DEFINE_FUN_1(iterator_iter_obj, iterator_iter);

static const mo_map_elem_t iterator_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&iterator_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___next__), MO_ROM_PTR(&iterator_next_obj)},
};
MO_DEFINE_CONST_DICT(mo_iterator_locals_dict, iterator_locals_table);

void *mo_iter_alloc(mo_iter_buf_t *iter_buf, size_t size) {
    if (iter_buf != NULL && size <= sizeof(mo_iter_buf_t)) {
        memset(iter_buf, 0, sizeof(*iter_buf));
        return iter_buf;
    }
    return mo_alloc(size);
}

// ---- the polymorph iterator ----------------------------------------------------------

_Static_assert(sizeof(mo_polymorph_iter_t) <= sizeof(mo_iter_buf_t),
               "a polymorph iterator must fit in an iter buffer");

mo_obj_t mo_obj_new_polymorph_iter(mo_obj_t seq, mo_iternext_fn iternext,
                                   mo_iter_buf_t *iter_buf) {
    mo_polymorph_iter_t *it = mo_iter_alloc(iter_buf, sizeof(mo_polymorph_iter_t));
    it->base.type = &mo_type_polymorph_iter;
    it->iternext = iternext;
    it->seq = seq;
    it->pos = 0;
    return MO_OBJ(it);
}

mo_obj_t mo_obj_new_seq_iter(mo_obj_t seq, const mo_type_t *type, mo_iter_buf_t *iter_buf) {
    mo_obj_t it = mo_obj_new_polymorph_iter(seq, type->iternext, iter_buf);
    ((mo_base_t *)MO_PTR(it))->type = type;
    return it;
}

static mo_obj_t polymorph_iternext(mo_obj_t self) {
    mo_polymorph_iter_t *it = MO_PTR(self);
    return it->iternext(self);
}

const mo_type_t mo_type_polymorph_iter = MO_ITER_TYPE_INIT(MO_QSTR_iterator, polymorph_iternext);

// ---- the sequence protocol: obj[0], obj[1], ... until IndexError ----------------------

static bool is_end_of_sequence(mo_obj_t exc) {
    return mo_obj_exception_match(exc, MO_OBJ(&mo_type_IndexError)) ||
           mo_obj_exception_match(exc, MO_OBJ(&mo_type_StopIteration));
}

static mo_obj_t getitem_it_next(mo_obj_t self) {
    mo_polymorph_iter_t *it = MO_PTR(self);
    if (it->seq == MO_OBJ_NULL) {
        return MO_OBJ_STOP_ITERATION;  // exhausted iterators stay exhausted
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t x = mo_subscr_load(it->seq, mo_obj_new_int((mo_int_t)it->pos));
        mo_nlr_pop();
        it->pos++;
        return x;
    }
    if (is_end_of_sequence(nlr.ret_val)) {
        it->seq = MO_OBJ_NULL;
        return MO_OBJ_STOP_ITERATION;
    }
    mo_nlr_jump(nlr.ret_val);
}

mo_obj_t mo_obj_new_getitem_iter(mo_obj_t seq, mo_iter_buf_t *iter_buf) {
    return mo_obj_new_polymorph_iter(seq, getitem_it_next, iter_buf);
}

// ---- argument parsing for the constructors ----------------------------------------------

// Finds keyword `name` among the n_kw (name, value) pairs after the positionals.
static mo_obj_t find_kw(size_t n_args, size_t n_kw, const mo_obj_t *args, qstr name) {
    for (size_t i = 0; i < n_kw; i++) {
        if (args[n_args + 2 * i] == mo_qstr_obj(name)) {
            return args[n_args + 2 * i + 1];
        }
    }
    return MO_OBJ_NULL;
}

// Raises CPython's error for any keyword other than the allowed ones.
static void check_kws(size_t n_args, size_t n_kw, const mo_obj_t *args, qstr a, qstr b,
                      const char *fn) {
    for (size_t i = 0; i < n_kw; i++) {
        mo_obj_t name = args[n_args + 2 * i];
        if (name != mo_qstr_obj(a) && name != mo_qstr_obj(b)) {
            mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for %s()",
                         name, fn);
        }
    }
}

// ---- enumerate ---------------------------------------------------------------------

typedef struct enumerate {
    mo_base_t base;
    mo_obj_t iter;
    mo_obj_t count;   // an int, usually small
} enumerate_t;

static mo_obj_t enumerate_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                   const mo_obj_t *args) {
    check_kws(n_args, n_kw, args, MO_QSTR_iterable, MO_QSTR_start, "enumerate");
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "enumerate() takes at most 2 arguments (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    mo_obj_t iterable = n_args > 0 ? args[0] : find_kw(n_args, n_kw, args, MO_QSTR_iterable);
    mo_obj_t start = n_args > 1 ? args[1] : find_kw(n_args, n_kw, args, MO_QSTR_start);
    if (iterable == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "enumerate() missing required argument 'iterable'");
    }
    if (start == MO_OBJ_NULL) {
        start = mo_small_int(0);
    } else if (!mo_obj_is_int(start) && start != mo_const_true && start != mo_const_false) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(start));
    }
    enumerate_t *e = mo_new_obj(enumerate_t);
    e->base.type = &mo_type_enumerate;
    e->iter = mo_getiter(iterable, NULL);
    e->count = start == mo_const_true ? mo_small_int(1)
                                      : start == mo_const_false ? mo_small_int(0) : start;
    return MO_OBJ(e);
}

static mo_obj_t enumerate_iternext(mo_obj_t self) {
    enumerate_t *e = MO_PTR(self);
    mo_obj_t x = mo_iternext(e->iter);
    if (x == MO_OBJ_STOP_ITERATION) {
        return x;
    }
    mo_obj_t pair[2] = {e->count, x};
    if (mo_is_small_int(e->count) && mo_small_int_value(e->count) < MO_SMALL_INT_MAX) {
        e->count = mo_small_int(mo_small_int_value(e->count) + 1);
    } else {
        e->count = mo_binary_op(MO_BINARY_OP_ADD, e->count, mo_small_int(1));
    }
    return mo_obj_new_tuple(2, pair);
}

const mo_type_t mo_type_enumerate = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = iter_self,
    .iternext = enumerate_iternext,
    .locals_dict = &mo_iterator_locals_dict,
};

// ---- zip -----------------------------------------------------------------------------

typedef struct zip {
    mo_base_t base;
    bool strict;
    size_t n;
    mo_obj_t iters[];
} zip_t;

static mo_obj_t zip_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    check_kws(n_args, n_kw, args, MO_QSTR_strict, MO_QSTR_strict, "zip");
    mo_obj_t strict = find_kw(n_args, n_kw, args, MO_QSTR_strict);
    zip_t *z = mo_new_obj_var(zip_t, mo_obj_t, n_args);
    z->base.type = &mo_type_zip;
    z->strict = strict != MO_OBJ_NULL && mo_obj_is_true(strict);
    z->n = n_args;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = mo_getiter(args[i], NULL);
    }
    return MO_OBJ(z);
}

// strict=True: the first iterator ran out at `i`; any other still going is an error.
_Noreturn static void zip_strict_error(size_t i, bool longer) {
    const char *what = longer ? "longer" : "shorter";
    if (i == 1) {
        mo_raise_fmt(&mo_type_ValueError, "zip() argument %u is %s than argument 1",
                     (unsigned)(i + 1), what);
    }
    mo_raise_fmt(&mo_type_ValueError, "zip() argument %u is %s than arguments 1-%u",
                 (unsigned)(i + 1), what, (unsigned)i);
}

static mo_obj_t zip_stop(zip_t *z, size_t stopped_at) {
    if (z->strict) {
        if (stopped_at > 0) {
            zip_strict_error(stopped_at, false);
        }
        for (size_t i = 1; i < z->n; i++) {
            if (mo_iternext(z->iters[i]) != MO_OBJ_STOP_ITERATION) {
                zip_strict_error(i, true);
            }
        }
    }
    z->n = 0;  // stay exhausted
    return MO_OBJ_STOP_ITERATION;
}

static mo_obj_t zip_iternext(mo_obj_t self) {
    zip_t *z = MO_PTR(self);
    if (z->n == 0) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_obj_t tuple = mo_obj_new_tuple(z->n, NULL);
    mo_tuple_t *t = MO_PTR(tuple);
    for (size_t i = 0; i < z->n; i++) {
        mo_obj_t x = mo_iternext(z->iters[i]);
        if (x == MO_OBJ_STOP_ITERATION) {
            return zip_stop(z, i);
        }
        t->items[i] = x;
    }
    return tuple;
}

const mo_type_t mo_type_zip = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_zip,
    .make_new = zip_make_new,
    .getiter = iter_self,
    .iternext = zip_iternext,
    .locals_dict = &mo_iterator_locals_dict,
};

// ---- map -------------------------------------------------------------------------------

typedef struct map_iter {
    mo_base_t base;
    mo_obj_t fun;
    size_t n;
    mo_obj_t iters[];
} map_iter_t;

static mo_obj_t map_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "map() takes no keyword arguments");
    }
    if (n_args < 2) {
        mo_raise_msg(&mo_type_TypeError, "map() must have at least two arguments.");
    }
    map_iter_t *m = mo_new_obj_var(map_iter_t, mo_obj_t, n_args - 1);
    m->base.type = &mo_type_map;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = mo_getiter(args[i], NULL);
    }
    return MO_OBJ(m);
}

static mo_obj_t map_iternext(mo_obj_t self) {
    map_iter_t *m = MO_PTR(self);
    mo_obj_t small[4];
    mo_obj_t *vals = m->n <= 4 ? small : mo_new(mo_obj_t, m->n);
    for (size_t i = 0; i < m->n; i++) {
        mo_obj_t x = mo_iternext(m->iters[i]);
        if (x == MO_OBJ_STOP_ITERATION) {
            return x;
        }
        vals[i] = x;
    }
    return mo_call(m->fun, m->n, 0, vals);
}

const mo_type_t mo_type_map = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_map,
    .make_new = map_make_new,
    .getiter = iter_self,
    .iternext = map_iternext,
    .locals_dict = &mo_iterator_locals_dict,
};

// ---- filter ----------------------------------------------------------------------------

typedef struct filter {
    mo_base_t base;
    mo_obj_t fun;   // None: keep the true items
    mo_obj_t iter;
} filter_t;

static mo_obj_t filter_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "filter() takes no keyword arguments");
    }
    if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, "filter expected 2 arguments, got %u", (unsigned)n_args);
    }
    filter_t *f = mo_new_obj(filter_t);
    f->base.type = &mo_type_filter;
    f->fun = args[0];
    f->iter = mo_getiter(args[1], NULL);
    return MO_OBJ(f);
}

static mo_obj_t filter_iternext(mo_obj_t self) {
    filter_t *f = MO_PTR(self);
    mo_obj_t x;
    while ((x = mo_iternext(f->iter)) != MO_OBJ_STOP_ITERATION) {
        mo_obj_t v = f->fun == mo_const_none ? x : mo_call1(f->fun, x);
        if (mo_obj_is_true(v)) {
            return x;
        }
    }
    return x;
}

const mo_type_t mo_type_filter = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_filter,
    .make_new = filter_make_new,
    .getiter = iter_self,
    .iternext = filter_iternext,
    .locals_dict = &mo_iterator_locals_dict,
};

// ---- reversed ----------------------------------------------------------------------------

typedef struct reversed {
    mo_base_t base;
    mo_obj_t seq;
    size_t remaining;   // items not yet produced: the next is seq[remaining - 1]
} reversed_t;

static bool has_getitem(mo_obj_t o) {
    const mo_type_t *t = mo_obj_type(o);
    if (t->flags & MO_TYPE_FLAG_USER) {
        return mo_type_lookup(t, MO_QSTR___getitem__) != MO_OBJ_NULL;
    }
    return t->subscr != NULL && t != &mo_type_dict;
}

static const mo_type_t list_reverseiterator_type;

static mo_obj_t reversed_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "reversed() takes no keyword arguments");
    }
    if (n_args != 1) {
        mo_raise_fmt(&mo_type_TypeError, "reversed expected 1 argument, got %u", (unsigned)n_args);
    }
    mo_obj_t seq = args[0];
    if (mo_obj_is_type(seq, &mo_type_range)) {
        return mo_range_reversed(seq);
    }
    mo_obj_t r = mo_dict_reversed(seq);
    if (r != MO_OBJ_NULL) {
        return r;
    }
    if (mo_obj_type(seq)->flags & MO_TYPE_FLAG_USER) {
        mo_obj_t dest[2];
        mo_load_method_maybe(seq, MO_QSTR___reversed__, dest);
        if (dest[0] != MO_OBJ_NULL) {
            return mo_call_method(0, 0, dest);
        }
    }
    mo_obj_t len = MO_OBJ_NULL;
    if (has_getitem(seq)) {
        // (mo_obj_len_maybe counts an interned str in bytes; mo_obj_len in characters.)
        len = mo_is_qstr(seq) ? mo_obj_len(seq) : mo_obj_len_maybe(seq);
    }
    if (len == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not reversible", mo_obj_type_name(seq));
    }
    reversed_t *rv = mo_new_obj(reversed_t);
    rv->base.type = mo_obj_is_type(seq, &mo_type_list) ? &list_reverseiterator_type
                                                       : &mo_type_reversed;
    rv->seq = seq;
    rv->remaining = (size_t)mo_obj_get_int(len);
    return MO_OBJ(rv);
}

static mo_obj_t reversed_iternext(mo_obj_t self) {
    reversed_t *rv = MO_PTR(self);
    if (rv->remaining == 0) {
        return MO_OBJ_STOP_ITERATION;
    }
    size_t i = --rv->remaining;
    size_t len;
    mo_obj_t *items;
    if (mo_obj_get_array_maybe(rv->seq, &len, &items)) {
        if (i >= len) {  // the list shrank
            rv->remaining = 0;
            return MO_OBJ_STOP_ITERATION;
        }
        return items[i];
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t x = mo_subscr_load(rv->seq, mo_obj_new_int((mo_int_t)i));
        mo_nlr_pop();
        return x;
    }
    if (is_end_of_sequence(nlr.ret_val)) {
        rv->remaining = 0;
        return MO_OBJ_STOP_ITERATION;
    }
    mo_nlr_jump(nlr.ret_val);
}

// reversed(list) has its own type in CPython, only its name differs.
static const mo_type_t list_reverseiterator_type =
    MO_ITER_TYPE_INIT(MO_QSTR_list_reverseiterator, reversed_iternext);

const mo_type_t mo_type_reversed = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = iter_self,
    .iternext = reversed_iternext,
    .locals_dict = &mo_iterator_locals_dict,
};

// ---- iter(callable, sentinel) ------------------------------------------------------------

typedef struct callable_iter {
    mo_base_t base;
    mo_obj_t fun;       // NULL once the sentinel was seen
    mo_obj_t sentinel;
} callable_iter_t;

static mo_obj_t callable_iternext(mo_obj_t self) {
    callable_iter_t *c = MO_PTR(self);
    if (c->fun == MO_OBJ_NULL) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_obj_t x = mo_call0(c->fun);
    if (mo_obj_equal(x, c->sentinel)) {
        c->fun = MO_OBJ_NULL;
        return MO_OBJ_STOP_ITERATION;
    }
    return x;
}

static const mo_type_t callable_iter_type =
    MO_ITER_TYPE_INIT(MO_QSTR_callable_iterator, callable_iternext);

mo_obj_t mo_obj_new_callable_iter(mo_obj_t fun, mo_obj_t sentinel) {
    if (!mo_obj_is_callable(fun)) {
        mo_raise_msg(&mo_type_TypeError, "iter(v, w): v must be callable");
    }
    callable_iter_t *c = mo_new_obj(callable_iter_t);
    c->base.type = &callable_iter_type;
    c->fun = fun;
    c->sentinel = sentinel;
    return MO_OBJ(c);
}
