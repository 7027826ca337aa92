// The dict type (insertion-ordered, over mo_map_t from map.c), its keys / values /
// items views, and the iterator they all share.
#include "runtime/map.h"
#include "runtime/objiter.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

static mo_dict_t *dict_of(mo_obj_t o) { return MO_PTR(o); }

mo_obj_t mo_obj_new_dict(size_t n_alloc) {
    mo_dict_t *d = mo_new_obj(mo_dict_t);
    d->base.type = &mo_type_dict;
    mo_map_init(&d->map, n_alloc);
    return MO_OBJ(d);
}

void mo_dict_store(mo_obj_t dict, mo_obj_t key, mo_obj_t value) {
    mo_map_lookup(&dict_of(dict)->map, key, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

mo_obj_t mo_dict_get(mo_obj_t dict, mo_obj_t key) {
    mo_map_elem_t *e = mo_map_lookup(&dict_of(dict)->map, key, MO_MAP_LOOKUP);
    return e != NULL ? e->value : MO_OBJ_NULL;
}

_Noreturn static void raise_key_error(mo_obj_t key) {
    mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &key));
}

// ---- updating from other objects ---------------------------------------------------

// Whether o is a mapping for dict(o) / update(o): a dict, or anything with keys().
static bool is_mapping(mo_obj_t o, mo_obj_t *keys_method) {
    if (mo_obj_is_type(o, &mo_type_dict)) {
        return true;
    }
    mo_load_method_maybe(o, MO_QSTR_keys, keys_method);
    return keys_method[0] != MO_OBJ_NULL;
}

static void update_from_mapping(mo_obj_t dict, mo_obj_t other, mo_obj_t *keys_method) {
    if (mo_obj_is_type(other, &mo_type_dict)) {
        const mo_map_t *src = &dict_of(other)->map;
        size_t pos = 0;
        mo_map_elem_t *e;
        mo_map_reserve(&dict_of(dict)->map, dict_of(dict)->map.count + src->count);
        while ((e = mo_map_next(src, &pos)) != NULL) {
            mo_dict_store(dict, e->key, e->value);
        }
        return;
    }
    mo_obj_t keys = mo_call_method(0, 0, keys_method);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(keys, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_dict_store(dict, key, mo_subscr_load(other, key));
    }
}

// dict.update's second form: an iterable of (key, value) pairs.
static void update_from_pairs(mo_obj_t dict, mo_obj_t pairs) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(pairs, &buf);
    mo_obj_t item;
    for (size_t n = 0; (item = mo_iternext(it)) != MO_OBJ_STOP_ITERATION; n++) {
        size_t len;
        mo_obj_t *kv;
        mo_obj_t seq = item;
        if (!mo_obj_get_array_maybe(item, &len, &kv)) {
            const mo_type_t *t = mo_obj_type(item);
            if (t->getiter == NULL && t->subscr == NULL) {
                mo_raise_fmt(&mo_type_TypeError,
                             "cannot convert dictionary update sequence element #%u to a sequence",
                             (unsigned)n);
            }
            seq = mo_obj_new_list(0, NULL);
            mo_list_extend(seq, item);
            mo_obj_get_array(seq, &len, &kv);
        }
        if (len != 2) {
            mo_raise_fmt(&mo_type_ValueError,
                         "dictionary update sequence element #%u has length %u; 2 is required",
                         (unsigned)n, (unsigned)len);
        }
        mo_dict_store(dict, kv[0], kv[1]);
    }
}

void mo_dict_update(mo_obj_t dict, mo_obj_t other) {
    mo_obj_t keys_method[2];
    if (!is_mapping(other, keys_method)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not a mapping", mo_obj_type_name(other));
    }
    update_from_mapping(dict, other, keys_method);
}

// The update(arg) rule: a mapping if it has keys(), else pairs.
static void update_from_any(mo_obj_t dict, mo_obj_t other) {
    mo_obj_t keys_method[2];
    if (is_mapping(other, keys_method)) {
        update_from_mapping(dict, other, keys_method);
    } else {
        update_from_pairs(dict, other);
    }
}

// Stores the n_kw (name, value) pairs that follow `args`.
static void update_from_kw_pairs(mo_obj_t dict, size_t n_kw, const mo_obj_t *pairs) {
    for (size_t i = 0; i < n_kw; i++) {
        mo_dict_store(dict, pairs[2 * i], pairs[2 * i + 1]);
    }
}

// ---- printing -----------------------------------------------------------------------

static void dict_print_body(const mo_print_t *print, mo_obj_t self) {
    const mo_map_t *map = &dict_of(self)->map;
    mo_print_str(print, "{");
    size_t pos = 0;
    bool first = true;
    mo_map_elem_t *e;
    while ((e = mo_map_next(map, &pos)) != NULL) {
        if (!first) {
            mo_print_str(print, ", ");
        }
        first = false;
        mo_obj_t value = e->value;  // printing the key may run code that moves e
        mo_obj_print(print, e->key, MO_PRINT_REPR);
        mo_print_str(print, ": ");
        mo_obj_print(print, value, MO_PRINT_REPR);
    }
    mo_print_str(print, "}");
}

static void dict_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_guarded(print, self, "{...}", dict_print_body);
}

// ---- construction and operators --------------------------------------------------

static mo_obj_t dict_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    if (n_args > 1) {
        mo_raise_fmt(&mo_type_TypeError, "dict expected at most 1 argument, got %u",
                     (unsigned)n_args);
    }
    mo_obj_t dict = mo_obj_new_dict(0);
    if (n_args == 1) {
        update_from_any(dict, args[0]);
    }
    update_from_kw_pairs(dict, n_kw, args + n_args);
    return dict;
}

static mo_obj_t dict_unary_op(int op, mo_obj_t self) {
    const mo_map_t *map = &dict_of(self)->map;
    switch (op) {
        case MO_UNARY_OP_BOOL: return mo_bool(map->count != 0);
        case MO_UNARY_OP_LEN: return mo_small_int((mo_int_t)map->count);
        default: return MO_OBJ_NULL;
    }
}

static bool dict_equal(mo_obj_t a, mo_obj_t b) {
    if (a == b) {
        return true;
    }
    mo_stack_check();  // nested dicts compare recursively
    mo_map_t *ma = &dict_of(a)->map, *mb = &dict_of(b)->map;
    if (ma->count != mb->count) {
        return false;
    }
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(ma, &pos)) != NULL) {
        mo_obj_t value = e->value;
        mo_map_elem_t *f = mo_map_lookup(mb, e->key, MO_MAP_LOOKUP);
        if (f == NULL || !mo_obj_equal(value, f->value)) {
            return false;
        }
    }
    return true;
}

static mo_obj_t dict_copy(mo_obj_t self);

static mo_obj_t dict_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    switch (op) {
        case MO_BINARY_OP_CONTAINS:
            return mo_bool(mo_map_lookup(&dict_of(lhs)->map, rhs, MO_MAP_LOOKUP) != NULL);
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (!mo_obj_is_type(rhs, &mo_type_dict)) {
                return MO_OBJ_NULL;
            }
            bool eq = dict_equal(lhs, rhs);
            return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
        }
        case MO_BINARY_OP_OR: {
            if (!mo_obj_is_type(rhs, &mo_type_dict)) {
                return MO_OBJ_NULL;
            }
            mo_obj_t res = dict_copy(lhs);
            update_from_any(res, rhs);
            return res;
        }
        case MO_BINARY_OP_INPLACE_OR:
            update_from_any(lhs, rhs);
            return lhs;
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t dict_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_map_t *map = &dict_of(self)->map;
    if (value == MO_OBJ_SENTINEL) {
        mo_map_elem_t *e = mo_map_lookup(map, index, MO_MAP_LOOKUP);
        if (e == NULL) {
            raise_key_error(index);
        }
        return e->value;
    }
    if (value == MO_OBJ_NULL) {
        mo_map_elem_t *e = mo_map_lookup(map, index, MO_MAP_LOOKUP_REMOVE_IF_FOUND);
        if (e == NULL) {
            raise_key_error(index);
        }
        e->value = MO_OBJ_NULL;  // let the GC have it
    } else {
        mo_map_lookup(map, index, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
    return mo_const_none;
}

// ---- the iterator (keys, values or items, forwards or backwards) ----------------------

enum { DICT_KEYS, DICT_VALUES, DICT_ITEMS };

typedef struct dict_iter {
    mo_base_t base;
    mo_obj_t dict;
    size_t pos;       // forwards: next table position; backwards: one past it
    size_t state;     // kind | reversed << 2 | count at the start << 3
} dict_iter_t;

_Static_assert(sizeof(dict_iter_t) <= sizeof(mo_iter_buf_t),
               "a dict iterator must fit in an iter buffer");

static mo_obj_t dict_iter_result(const mo_map_elem_t *e, size_t kind) {
    switch (kind) {
        case DICT_KEYS: return e->key;
        case DICT_VALUES: return e->value;
        default: {
            mo_obj_t pair[2] = {e->key, e->value};
            return mo_obj_new_tuple(2, pair);
        }
    }
}

static mo_obj_t dict_it_next(mo_obj_t self) {
    dict_iter_t *it = MO_PTR(self);
    const mo_map_t *map = &dict_of(it->dict)->map;
    if (map->count != it->state >> 3) {
        mo_raise_msg(&mo_type_RuntimeError, "dictionary changed size during iteration");
    }
    if (it->state & 4) {
        size_t pos = it->pos < map->used ? it->pos : map->used;
        while (pos > 0) {
            const mo_map_elem_t *e = &map->table[--pos];
            if (e->key != MO_OBJ_NULL) {
                it->pos = pos;
                return dict_iter_result(e, it->state & 3);
            }
        }
        it->pos = 0;
        return MO_OBJ_STOP_ITERATION;
    }
    const mo_map_elem_t *e = mo_map_next(map, &it->pos);
    return e != NULL ? dict_iter_result(e, it->state & 3) : MO_OBJ_STOP_ITERATION;
}

// One iterator type per kind and direction, only so each has CPython's name.
#define DICT_ITER_TYPE(qname) MO_ITER_TYPE_INIT(qname, dict_it_next)
static const mo_type_t dict_iterator_types[6] = {
    DICT_ITER_TYPE(MO_QSTR_dict_keyiterator),
    DICT_ITER_TYPE(MO_QSTR_dict_valueiterator),
    DICT_ITER_TYPE(MO_QSTR_dict_itemiterator),
    DICT_ITER_TYPE(MO_QSTR_dict_reversekeyiterator),
    DICT_ITER_TYPE(MO_QSTR_dict_reversevalueiterator),
    DICT_ITER_TYPE(MO_QSTR_dict_reverseitemiterator),
};

static mo_obj_t new_dict_iter(mo_obj_t dict, size_t kind, bool reversed, mo_iter_buf_t *buf) {
    dict_iter_t *it = mo_iter_alloc(buf, sizeof(dict_iter_t));
    const mo_map_t *map = &dict_of(dict)->map;
    it->base.type = &dict_iterator_types[kind + (reversed ? 3 : 0)];
    it->dict = dict;
    it->pos = reversed ? map->used : 0;
    it->state = kind | (reversed ? 4u : 0u) | ((size_t)map->count << 3);
    return MO_OBJ(it);
}

static mo_obj_t dict_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return new_dict_iter(self, DICT_KEYS, false, iter_buf);
}

// ---- views ------------------------------------------------------------------------

typedef struct dict_view {
    mo_base_t base;
    mo_obj_t dict;
    size_t kind;
} dict_view_t;

static const mo_type_t dict_values_type, dict_items_type;
// mo_type_dict_view is the keys view; values and items views differ only in name.
static const mo_type_t *const dict_view_types[3] = {&mo_type_dict_view, &dict_values_type,
                                                    &dict_items_type};

static bool is_dict_view(mo_obj_t o) {
    return mo_obj_is_type(o, &mo_type_dict_view) || mo_obj_is_type(o, &dict_values_type) ||
           mo_obj_is_type(o, &dict_items_type);
}

static mo_obj_t new_dict_view(mo_obj_t dict, size_t kind) {
    dict_view_t *v = mo_new_obj(dict_view_t);
    v->base.type = dict_view_types[kind];
    v->dict = dict;
    v->kind = kind;
    return MO_OBJ(v);
}

mo_obj_t mo_dict_reversed(mo_obj_t obj) {
    if (mo_obj_is_type(obj, &mo_type_dict)) {
        return new_dict_iter(obj, DICT_KEYS, true, NULL);
    }
    if (is_dict_view(obj)) {
        const dict_view_t *v = MO_PTR(obj);
        return new_dict_iter(v->dict, v->kind, true, NULL);
    }
    return MO_OBJ_NULL;
}

static void dict_view_print(const mo_print_t *print, mo_obj_t self, int kind) {
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    const dict_view_t *v = MO_PTR(self);
    mo_printf(print, "%s([", names[v->kind]);
    mo_iter_buf_t buf;
    mo_obj_t it = new_dict_iter(v->dict, v->kind, false, &buf);
    mo_obj_t x;
    for (bool first = true; (x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION; first = false) {
        if (!first) {
            mo_print_str(print, ", ");
        }
        mo_obj_print(print, x, MO_PRINT_REPR);
    }
    mo_print_str(print, "])");
}

static mo_obj_t dict_view_unary_op(int op, mo_obj_t self) {
    const dict_view_t *v = MO_PTR(self);
    return dict_unary_op(op, v->dict);
}

static mo_obj_t dict_view_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    const dict_view_t *v = MO_PTR(self);
    return new_dict_iter(v->dict, v->kind, false, iter_buf);
}

static bool dict_view_contains(const dict_view_t *v, mo_obj_t x) {
    mo_map_t *map = &dict_of(v->dict)->map;
    if (v->kind == DICT_KEYS) {
        return mo_map_lookup(map, x, MO_MAP_LOOKUP) != NULL;
    }
    if (v->kind == DICT_ITEMS) {
        if (!mo_obj_is_type(x, &mo_type_tuple) || ((const mo_tuple_t *)MO_PTR(x))->len != 2) {
            return false;
        }
        const mo_tuple_t *t = MO_PTR(x);
        mo_map_elem_t *e = mo_map_lookup(map, t->items[0], MO_MAP_LOOKUP);
        return e != NULL && mo_obj_equal(e->value, t->items[1]);
    }
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(map, &pos)) != NULL) {
        if (mo_obj_equal(e->value, x)) {
            return true;
        }
    }
    return false;
}

static bool is_set_like_view(mo_obj_t o) {
    return mo_obj_is_type(o, &mo_type_dict_view) || mo_obj_is_type(o, &dict_items_type);
}

// Whether every item of a is in b (both iterable, b supports `in`).
static bool all_contained_in(mo_obj_t a, mo_obj_t b) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(a, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (!mo_obj_is_true(mo_binary_op(MO_BINARY_OP_IN, x, b))) {
            return false;
        }
    }
    return true;
}

static mo_obj_t dict_view_compare(int op, mo_obj_t self, mo_obj_t other) {
    if (!mo_obj_is_type(other, &mo_type_set) && !mo_obj_is_type(other, &mo_type_frozenset) &&
        !is_set_like_view(other)) {
        return MO_OBJ_NULL;
    }
    size_t len_self = mo_obj_len_size(self), len_other = mo_obj_len_size(other);
    bool r;
    switch (op) {
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL:
            r = len_self == len_other && all_contained_in(self, other);
            return mo_bool(op == MO_BINARY_OP_EQUAL ? r : !r);
        case MO_BINARY_OP_LESS: return mo_bool(len_self < len_other && all_contained_in(self, other));
        case MO_BINARY_OP_LESS_EQUAL:
            return mo_bool(len_self <= len_other && all_contained_in(self, other));
        case MO_BINARY_OP_MORE: return mo_bool(len_self > len_other && all_contained_in(other, self));
        default: return mo_bool(len_self >= len_other && all_contained_in(other, self));
    }
}

// A new set of o's items (a keys view goes through its dict, the fast path).
static mo_obj_t view_to_set(mo_obj_t o) {
    if (mo_obj_is_type(o, &mo_type_dict_view) &&
        ((const dict_view_t *)MO_PTR(o))->kind == DICT_KEYS) {
        o = ((const dict_view_t *)MO_PTR(o))->dict;
    }
    return mo_call(MO_OBJ(&mo_type_set), 1, 0, &o);
}

static void call_set_method(mo_obj_t set, qstr name, mo_obj_t arg) {
    mo_obj_t call[3];
    mo_load_method(set, name, call);
    call[2] = arg;
    mo_call_method(1, 0, call);
}

// view & other, as CPython computes it (which decides the result's order).
static mo_obj_t dict_view_intersect(mo_obj_t self, mo_obj_t other) {
    size_t len_self = mo_obj_len_size(self);
    if (mo_obj_is_type(other, &mo_type_set) && len_self <= mo_obj_len_size(other)) {
        mo_obj_t call[3];
        mo_load_method(other, MO_QSTR_intersection, call);
        call[2] = self;
        return mo_call_method(1, 0, call);
    }
    if (is_set_like_view(other) && mo_obj_len_size(other) > len_self) {
        mo_obj_t t = self;
        self = other;
        other = t;
    }
    const dict_view_t *v = MO_PTR(self);
    mo_obj_t result = mo_obj_new_set(0, NULL);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(other, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (dict_view_contains(v, x)) {
            mo_set_add(result, x);
        }
    }
    return result;
}

static mo_obj_t dict_view_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    const dict_view_t *v = MO_PTR(lhs);
    if (op == MO_BINARY_OP_CONTAINS) {
        return mo_bool(dict_view_contains(v, rhs));
    }
    if (v->kind == DICT_VALUES) {
        return MO_OBJ_NULL;
    }
    if (op <= MO_BINARY_OP_NOT_EQUAL) {
        return dict_view_compare(op, lhs, rhs);
    }
    // keys and items views act as sets; `other op view` arrives reflected.
    mo_obj_t left = lhs, right = rhs;
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        op = op - MO_BINARY_OP_REVERSE_OR + MO_BINARY_OP_OR;
        left = rhs;
        right = lhs;
    }
    qstr method;
    switch (op) {
        case MO_BINARY_OP_AND: return dict_view_intersect(lhs, rhs);
        case MO_BINARY_OP_OR: method = MO_QSTR_update; break;
        case MO_BINARY_OP_SUBTRACT: method = MO_QSTR_difference_update; break;
        case MO_BINARY_OP_XOR: method = MO_QSTR_symmetric_difference_update; break;
        default: return MO_OBJ_NULL;
    }
    mo_obj_t result = view_to_set(left);
    call_set_method(result, method, right);
    return result;
}

#define DICT_VIEW_TYPE(qname) \
    { \
        .base = {&mo_type_type}, .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE, .name = qname, \
        .print = dict_view_print, .unary_op = dict_view_unary_op, \
        .binary_op = dict_view_binary_op, .getiter = dict_view_getiter, \
    }
const mo_type_t mo_type_dict_view = DICT_VIEW_TYPE(MO_QSTR_dict_keys);
static const mo_type_t dict_values_type = DICT_VIEW_TYPE(MO_QSTR_dict_values);
static const mo_type_t dict_items_type = DICT_VIEW_TYPE(MO_QSTR_dict_items);

// ---- methods ------------------------------------------------------------------------

static mo_obj_t dict_clear(mo_obj_t self) {
    mo_map_clear(&dict_of(self)->map);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(dict_clear_obj, dict_clear);

static mo_obj_t dict_copy(mo_obj_t self) {
    mo_dict_t *d = mo_new_obj(mo_dict_t);
    d->base.type = &mo_type_dict;
    mo_map_copy(&d->map, &dict_of(self)->map);
    return MO_OBJ(d);
}
static MO_DEFINE_FUN_1(dict_copy_obj, dict_copy);

static mo_obj_t dict_fromkeys(size_t n_args, const mo_obj_t *args) {
    mo_obj_t cls = args[0];
    mo_obj_t value = n_args > 2 ? args[2] : mo_const_none;
    bool plain = cls == MO_OBJ(&mo_type_dict);
    mo_obj_t dict = plain ? mo_obj_new_dict(0) : mo_call(cls, 0, 0, NULL);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(args[1], &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (plain) {
            mo_dict_store(dict, key, value);
        } else {
            mo_subscr_store(dict, key, value);
        }
    }
    return dict;
}
static MO_DEFINE_FUN_VAR(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);
static const mo_static_class_method_t dict_fromkeys_obj = {
    {&mo_type_classmethod}, MO_ROM_PTR(&dict_fromkeys_fun_obj)};

static mo_obj_t dict_get(size_t n_args, const mo_obj_t *args) {
    mo_obj_t v = mo_dict_get(args[0], args[1]);
    if (v != MO_OBJ_NULL) {
        return v;
    }
    return n_args > 2 ? args[2] : mo_const_none;
}
static MO_DEFINE_FUN_VAR(dict_get_obj, 2, 3, dict_get);

static mo_obj_t dict_keys(mo_obj_t self) { return new_dict_view(self, DICT_KEYS); }
static MO_DEFINE_FUN_1(dict_keys_obj, dict_keys);
static mo_obj_t dict_values(mo_obj_t self) { return new_dict_view(self, DICT_VALUES); }
static MO_DEFINE_FUN_1(dict_values_obj, dict_values);
static mo_obj_t dict_items(mo_obj_t self) { return new_dict_view(self, DICT_ITEMS); }
static MO_DEFINE_FUN_1(dict_items_obj, dict_items);

static mo_obj_t dict_pop(size_t n_args, const mo_obj_t *args) {
    mo_map_elem_t *e = mo_map_lookup(&dict_of(args[0])->map, args[1],
                                     MO_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e != NULL) {
        mo_obj_t v = e->value;
        e->value = MO_OBJ_NULL;
        return v;
    }
    if (n_args > 2) {
        return args[2];
    }
    raise_key_error(args[1]);
}
static MO_DEFINE_FUN_VAR(dict_pop_obj, 2, 3, dict_pop);

static mo_obj_t dict_popitem(mo_obj_t self) {
    mo_obj_t kv[2];
    if (!mo_map_pop_last(&dict_of(self)->map, &kv[0], &kv[1])) {
        mo_raise_msg(&mo_type_KeyError, "popitem(): dictionary is empty");
    }
    return mo_obj_new_tuple(2, kv);
}
static MO_DEFINE_FUN_1(dict_popitem_obj, dict_popitem);

static mo_obj_t dict_setdefault(size_t n_args, const mo_obj_t *args) {
    mo_obj_t dflt = n_args > 2 ? args[2] : mo_const_none;
    mo_map_elem_t *e = mo_map_lookup(&dict_of(args[0])->map, args[1],
                                     MO_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == MO_OBJ_NULL) {
        e->value = dflt;
    }
    return e->value;
}
static MO_DEFINE_FUN_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static mo_obj_t dict_update(size_t n_args, const mo_obj_t *args, mo_map_t *kw_args) {
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "update expected at most 1 argument, got %u",
                     (unsigned)(n_args - 1));
    }
    if (n_args == 2) {
        update_from_any(args[0], args[1]);
    }
    if (kw_args != NULL) {
        size_t pos = 0;
        mo_map_elem_t *e;
        while ((e = mo_map_next(kw_args, &pos)) != NULL) {
            mo_dict_store(args[0], e->key, e->value);
        }
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(dict_update_obj, 1, dict_update);

// The special methods, for subclasses that call them through super().
static mo_obj_t dict_getitem(mo_obj_t self, mo_obj_t key) {
    return dict_subscr(self, key, MO_OBJ_SENTINEL);
}
static MO_DEFINE_FUN_2(dict_getitem_obj, dict_getitem);
static mo_obj_t dict_setitem(mo_obj_t self, mo_obj_t key, mo_obj_t value) {
    return dict_subscr(self, key, value);
}
static MO_DEFINE_FUN_3(dict_setitem_obj, dict_setitem);
static mo_obj_t dict_delitem(mo_obj_t self, mo_obj_t key) {
    return dict_subscr(self, key, MO_OBJ_NULL);
}
static MO_DEFINE_FUN_2(dict_delitem_obj, dict_delitem);
static mo_obj_t dict_contains(mo_obj_t self, mo_obj_t key) {
    return dict_binary_op(MO_BINARY_OP_CONTAINS, self, key);
}
static MO_DEFINE_FUN_2(dict_contains_obj, dict_contains);
static mo_obj_t dict_len(mo_obj_t self) { return dict_unary_op(MO_UNARY_OP_LEN, self); }
static MO_DEFINE_FUN_1(dict_len_obj, dict_len);
static mo_obj_t dict_iter(mo_obj_t self) { return dict_getiter(self, NULL); }
static MO_DEFINE_FUN_1(dict_iter_obj, dict_iter);

static const mo_map_elem_t dict_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___contains__), MO_ROM_PTR(&dict_contains_obj)},
    {MO_ROM_QSTR(MO_QSTR___delitem__), MO_ROM_PTR(&dict_delitem_obj)},
    {MO_ROM_QSTR(MO_QSTR___getitem__), MO_ROM_PTR(&dict_getitem_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&dict_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___len__), MO_ROM_PTR(&dict_len_obj)},
    {MO_ROM_QSTR(MO_QSTR___setitem__), MO_ROM_PTR(&dict_setitem_obj)},
    {MO_ROM_QSTR(MO_QSTR_clear), MO_ROM_PTR(&dict_clear_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&dict_copy_obj)},
    {MO_ROM_QSTR(MO_QSTR_fromkeys), MO_ROM_PTR(&dict_fromkeys_obj)},
    {MO_ROM_QSTR(MO_QSTR_get), MO_ROM_PTR(&dict_get_obj)},
    {MO_ROM_QSTR(MO_QSTR_items), MO_ROM_PTR(&dict_items_obj)},
    {MO_ROM_QSTR(MO_QSTR_keys), MO_ROM_PTR(&dict_keys_obj)},
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&dict_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_popitem), MO_ROM_PTR(&dict_popitem_obj)},
    {MO_ROM_QSTR(MO_QSTR_setdefault), MO_ROM_PTR(&dict_setdefault_obj)},
    {MO_ROM_QSTR(MO_QSTR_update), MO_ROM_PTR(&dict_update_obj)},
    {MO_ROM_QSTR(MO_QSTR_values), MO_ROM_PTR(&dict_values_obj)},
};
static MO_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const mo_type_t mo_type_dict = {
    .base = {&mo_type_type},
    .name = MO_QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = &dict_locals_dict,
};
