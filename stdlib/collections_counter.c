// collections.Counter: a dict subclass mapping elements to counts, with CPython's
// methods (update, subtract, most_common, elements, total) and its multiset
// operators. Missing elements count as zero and are not stored.
#include "runtime/map.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "stdlib/collections.h"

static mo_dict_t *dict_of(mo_obj_t self) { return MO_PTR(mo_instance_native(self)); }

static mo_obj_t count_of(mo_obj_t self, mo_obj_t key) {
    mo_obj_t v = mo_dict_get(MO_OBJ(dict_of(self)), key);
    return v != MO_OBJ_NULL ? v : mo_small_int(0);
}

static mo_obj_t new_counter(void) {
    mo_dict_t *d = mo_new_obj(mo_dict_t);
    d->base.type = &mo_type_Counter;
    mo_map_init(&d->map, 0);
    return MO_OBJ(d);
}

// ---- counting -----------------------------------------------------------------------------

// Adds (sign 1) or subtracts (sign -1) the counts of a mapping or the elements of
// an iterable. Updating an empty Counter from a mapping copies it, as dict.update.
static void add_counts(mo_obj_t self, mo_obj_t src, int sign) {
    int op = sign > 0 ? MO_BINARY_OP_ADD : MO_BINARY_OP_SUBTRACT;
    mo_obj_t d = MO_OBJ(dict_of(self));
    if (mo_obj_isinstance(src, MO_OBJ(&mo_type_dict))) {
        bool copy = sign > 0 && dict_of(self)->map.count == 0;
        mo_obj_t it = mo_getiter(mo_call_method_0(src, MO_QSTR_items), NULL), kv;
        while ((kv = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
            mo_obj_t pair[2];
            mo_unpack_sequence(kv, 2, pair);  // reversed: pair[1] is the key
            mo_obj_t v = copy ? pair[0]
                              : sign > 0 ? mo_binary_op(op, pair[0], count_of(d, pair[1]))
                                         : mo_binary_op(op, count_of(d, pair[1]), pair[0]);
            mo_dict_store(d, pair[1], v);
        }
        return;
    }
    mo_obj_t it = mo_getiter(src, NULL), x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_dict_store(d, x, mo_binary_op(op, count_of(d, x), mo_small_int(1)));
    }
}

static void add_kw_counts(mo_obj_t self, mo_map_t *kw, int sign) {
    if (kw == NULL || kw->count == 0) {
        return;
    }
    mo_obj_t d = mo_obj_new_dict(kw->count);
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(kw, &pos)) != NULL) {
        mo_dict_store(d, e->key, e->value);
    }
    add_counts(self, d, sign);
}

static void counts_from_args(size_t n_args, const mo_obj_t *args, mo_map_t *kw, int sign) {
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "expected at most 1 argument, got %u", (unsigned)n_args - 1);
    }
    if (n_args == 2 && args[1] != mo_const_none) {
        add_counts(args[0], args[1], sign);
    }
    add_kw_counts(args[0], kw, sign);
}

static mo_obj_t counter_update(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    counts_from_args(n_args, args, kw, 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(counter_update_obj, 1, counter_update);

static mo_obj_t counter_subtract(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    counts_from_args(n_args, args, kw, -1);
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(counter_subtract_obj, 1, counter_subtract);

static mo_obj_t counter_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                 const mo_obj_t *args) {
    if (n_args > 1) {
        mo_raise_fmt(&mo_type_TypeError,
                     "Counter.__init__() takes from 1 to 2 positional arguments but %u were given",
                     (unsigned)n_args + 1);
    }
    mo_obj_t self = new_counter();
    ((mo_dict_t *)MO_PTR(self))->base.type = type;
    if (n_args == 1 && args[0] != mo_const_none) {
        add_counts(self, args[0], 1);
    }
    if (n_kw > 0) {
        mo_obj_t d = mo_obj_new_dict(n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            mo_dict_store(d, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
        }
        add_counts(self, d, 1);
    }
    return self;
}

// ---- reading ------------------------------------------------------------------------------

static mo_obj_t second(mo_obj_t pair) { return mo_subscr_load(pair, mo_small_int(1)); }
static MO_DEFINE_FUN_1(second_obj, second);

// Items by count, largest first; a stable sort keeps insertion order among equals.
static mo_obj_t most_common(mo_obj_t self, mo_obj_t n) {
    mo_obj_t items = mo_obj_new_list(0, NULL);
    mo_list_extend(items, mo_call_method_0(MO_OBJ(dict_of(self)), MO_QSTR_items));
    mo_obj_t sort[6] = {MO_OBJ_NULL, MO_OBJ_NULL, mo_qstr_obj(MO_QSTR_key), MO_OBJ(&second_obj),
                        mo_qstr_obj(MO_QSTR_reverse), mo_const_true};
    mo_load_method(items, MO_QSTR_sort, sort);
    mo_call_method(0, 2, sort);
    if (n == mo_const_none) {
        return items;
    }
    const mo_list_t *l = MO_PTR(items);
    mo_int_t k = mo_obj_get_int(n);
    size_t keep = k <= 0 ? 0 : ((size_t)k < l->len ? (size_t)k : l->len);
    return mo_obj_new_list(keep, l->items);
}

static mo_obj_t counter_most_common(size_t n_args, const mo_obj_t *args) {
    return most_common(args[0], n_args > 1 ? args[1] : mo_const_none);
}
static MO_DEFINE_FUN_VAR(counter_most_common_obj, 1, 2, counter_most_common);

// Each element repeated as often as its count (counts below one give nothing).
static mo_obj_t counter_elements(mo_obj_t self) {
    mo_obj_t out = mo_obj_new_list(0, NULL);
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(&dict_of(self)->map, &pos)) != NULL) {
        mo_obj_t key = e->key;
        for (mo_int_t i = mo_obj_get_int(e->value); i > 0; i--) {
            mo_list_append(out, key);
        }
    }
    return mo_getiter(out, NULL);
}
static MO_DEFINE_FUN_1(counter_elements_obj, counter_elements);

static mo_obj_t counter_total(mo_obj_t self) {
    mo_obj_t sum = mo_small_int(0);
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(&dict_of(self)->map, &pos)) != NULL) {
        sum = mo_binary_op(MO_BINARY_OP_ADD, sum, e->value);
    }
    return sum;
}
static MO_DEFINE_FUN_1(counter_total_obj, counter_total);

static MO_DEFINE_FUN_1(counter_copy_obj, mo_collections_dict_copy);

static mo_obj_t counter_missing(mo_obj_t self, mo_obj_t key) { return mo_small_int(0); }
static MO_DEFINE_FUN_2(counter_missing_obj, counter_missing);

// CPython 3.11: Counter({...}) with the items in most_common order, or Counter().
static void counter_print(const mo_print_t *print, mo_obj_t self, int kind) {
    if (dict_of(self)->map.count == 0) {
        mo_printf(print, "%q()", mo_type_short_name(mo_obj_type(self)));
        return;
    }
    mo_obj_t d = mo_obj_new_dict(0);
    mo_obj_t it = mo_getiter(most_common(self, mo_const_none), NULL), kv;
    while ((kv = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        const mo_tuple_t *t = MO_PTR(kv);
        mo_dict_store(d, t->items[0], t->items[1]);
    }
    mo_printf(print, "%q(%R)", mo_type_short_name(mo_obj_type(self)), d);
}

// ---- operators ----------------------------------------------------------------------------

static bool positive(mo_obj_t v) { return mo_obj_is_true(mo_binary_op(MO_BINARY_OP_MORE, v, mo_small_int(0))); }

static void keep_if_positive(mo_obj_t r, mo_obj_t key, mo_obj_t v) {
    if (positive(v)) {
        mo_dict_store(r, key, v);
    }
}

// The counts of self combined with other's (+, -, |, &), keeping positive results;
// then other's elements that self lacks, as CPython's __add__ and friends do.
static mo_obj_t combine(int op, mo_obj_t self, mo_obj_t other) {
    mo_obj_t r = new_counter();
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(&dict_of(self)->map, &pos)) != NULL) {
        mo_obj_t key = e->key, mine = e->value, theirs = count_of(other, key);
        mo_obj_t v;
        if (op == MO_BINARY_OP_ADD || op == MO_BINARY_OP_SUBTRACT) {
            v = mo_binary_op(op, mine, theirs);
        } else {
            bool lt = mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, mine, theirs));
            v = (op == MO_BINARY_OP_OR) == lt ? theirs : mine;
        }
        keep_if_positive(r, key, v);
    }
    if (op == MO_BINARY_OP_AND) {
        return r;
    }
    pos = 0;
    while ((e = mo_map_next(&dict_of(other)->map, &pos)) != NULL) {
        if (mo_dict_get(MO_OBJ(dict_of(self)), e->key) != MO_OBJ_NULL) {
            continue;
        }
        mo_obj_t v = op == MO_BINARY_OP_SUBTRACT ? mo_binary_op(MO_BINARY_OP_SUBTRACT, mo_small_int(0), e->value)
                                                 : e->value;
        keep_if_positive(r, e->key, v);
    }
    return r;
}

// Counter == Counter treats missing elements as zero (CPython 3.10+).
static bool counts_equal(mo_obj_t a, mo_obj_t b) {
    mo_obj_t pair[2] = {a, b};
    for (size_t k = 0; k < 2; k++) {
        size_t pos = 0;
        mo_map_elem_t *e;
        while ((e = mo_map_next(&dict_of(pair[k])->map, &pos)) != NULL) {
            if (!mo_obj_equal(count_of(a, e->key), count_of(b, e->key))) {
                return false;
            }
        }
    }
    return true;
}

// Counter is a Python class in CPython, so its name is unqualified.
static mo_obj_t counter_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_HASH) {
        mo_raise_fmt(&mo_type_TypeError, "unhashable type: '%s'", mo_obj_type_name(self));
    }
    return mo_type_dict.unary_op(op, self);
}

static bool is_counter(mo_obj_t o) { return mo_obj_isinstance(o, MO_OBJ(&mo_type_Counter)); }

static mo_obj_t counter_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    switch (op) {
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (is_counter(rhs)) {
                return mo_bool(counts_equal(lhs, rhs) == (op == MO_BINARY_OP_EQUAL));
            }
            mo_obj_t plain = mo_collections_as_plain_dict(rhs);
            return plain == MO_OBJ_NULL ? MO_OBJ_NULL : mo_type_dict.binary_op(op, lhs, plain);
        }
        case MO_BINARY_OP_ADD:
        case MO_BINARY_OP_SUBTRACT:
        case MO_BINARY_OP_OR:
        case MO_BINARY_OP_AND:
            return is_counter(rhs) ? combine(op, lhs, rhs) : MO_OBJ_NULL;
        default:
            return mo_type_dict.binary_op(op, lhs, rhs);
    }
}

static mo_obj_t counter_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value == MO_OBJ_SENTINEL) {
        return count_of(self, index);
    }
    if (value == MO_OBJ_NULL && mo_dict_get(self, index) == MO_OBJ_NULL) {
        return mo_const_none;  // deleting a missing element is not an error
    }
    return mo_type_dict.subscr(self, index, value);
}

#define M(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&counter_##name##_obj)}
static const mo_map_elem_t counter_locals_table[] = {
    M(MO_QSTR_update, update), M(MO_QSTR_subtract, subtract), M(MO_QSTR_most_common, most_common),
    M(MO_QSTR_elements, elements), M(MO_QSTR_total, total), M(MO_QSTR___missing__, missing),
    M(MO_QSTR_copy, copy),
};
static MO_DEFINE_CONST_DICT(counter_locals_dict, counter_locals_table);

const mo_type_t mo_type_Counter = {
    .base = {&mo_type_type},
    .name = MO_QSTR_Counter,  // a Python class in CPython: its tp_name has no module
    .print = counter_print,
    .make_new = counter_make_new,
    .unary_op = counter_unary_op,
    .binary_op = counter_binary_op,
    .subscr = counter_subscr,
    .getiter = mo_collections_dicts_getiter,
    .parent = &mo_type_dict,
    .locals_dict = &counter_locals_dict,
};
