// collections.OrderedDict and collections.defaultdict: dict subclasses written in
// C. Their objects start with a mo_dict_t, so dict's own hooks and methods (found
// through .parent) work on them unchanged; only what differs is here.
#include "runtime/map.h"
#include "runtime/objtuple.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "stdlib/collections.h"

typedef struct defaultdict {
    mo_dict_t dict;
    mo_obj_t factory;  // a callable or None
} defaultdict_t;

static mo_dict_t *dict_of(mo_obj_t self) { return MO_PTR(mo_instance_native(self)); }

static bool is_dd(mo_obj_t self) {
    return mo_obj_is_type(mo_instance_native(self), &mo_type_defaultdict);
}

// ---- shared: construction, copying, comparison ---------------------------------------

// A new object of `type` (a dict-layout type) filled as dict(*args, **kw) would be.
static mo_dict_t *new_filled(const mo_type_t *type, size_t size, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    static const mo_obj_t no_args[1];
    if (args == NULL) {
        args = no_args;  // subclasses may pass NULL; dict's make_new offsets it
    }
    mo_obj_t tmp = mo_type_dict.make_new(&mo_type_dict, n_args, n_kw, args);
    mo_dict_t *d = mo_alloc(size);
    d->base.type = type;
    d->map = ((mo_dict_t *)MO_PTR(tmp))->map;  // take over the table; tmp is garbage now
    return d;
}

mo_obj_t mo_collections_dict_copy(mo_obj_t self) {
    mo_dict_t *src = dict_of(self);
    bool dd = is_dd(self);
    mo_dict_t *d = mo_alloc(dd ? sizeof(defaultdict_t) : sizeof(mo_dict_t));
    d->base.type = src->base.type;
    mo_map_copy(&d->map, &src->map);
    if (dd) {
        ((defaultdict_t *)d)->factory = ((defaultdict_t *)src)->factory;
    }
    return MO_OBJ(d);
}
static MO_DEFINE_FUN_1(copy_obj, mo_collections_dict_copy);

// The (key, value) pairs in order, for OrderedDict's order-sensitive ==.
static mo_obj_t items_list(mo_obj_t self) {
    mo_obj_t l = mo_obj_new_list(0, NULL);
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(&dict_of(self)->map, &pos)) != NULL) {
        mo_obj_t kv[2] = {e->key, e->value};
        mo_list_append(l, mo_obj_new_tuple(2, kv));
    }
    return l;
}

// other as something dict's own == accepts (a plain dict), or NULL if not a dict.
mo_obj_t mo_collections_as_plain_dict(mo_obj_t other) {
    if (!mo_obj_isinstance(other, MO_OBJ(&mo_type_dict))) {
        return MO_OBJ_NULL;
    }
    mo_obj_t n = mo_instance_native(other);
    if (mo_obj_is_type(n, &mo_type_dict)) {
        return n;
    }
    mo_dict_t *d = mo_new_obj(mo_dict_t);
    d->base.type = &mo_type_dict;
    mo_map_copy(&d->map, &dict_of(n)->map);
    return MO_OBJ(d);
}

mo_obj_t mo_collections_dicts_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_HASH) {
        mo_raise_fmt(&mo_type_TypeError, "unhashable type: '%s'", mo_obj_type_name(self));
    }
    return mo_type_dict.unary_op(op, self);
}

static mo_obj_t dicts_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    switch (op) {
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (mo_obj_isinstance(lhs, MO_OBJ(&mo_type_OrderedDict)) &&
                mo_obj_isinstance(rhs, MO_OBJ(&mo_type_OrderedDict))) {
                return mo_binary_op(op, items_list(lhs), items_list(rhs));
            }
            mo_obj_t plain = mo_collections_as_plain_dict(rhs);
            return plain == MO_OBJ_NULL ? MO_OBJ_NULL : mo_type_dict.binary_op(op, lhs, plain);
        }
        case MO_BINARY_OP_OR: {
            if (!mo_obj_isinstance(rhs, MO_OBJ(&mo_type_dict))) {
                return MO_OBJ_NULL;
            }
            mo_obj_t r = mo_collections_dict_copy(lhs);
            mo_dict_update(r, rhs);
            return r;
        }
        default:
            return mo_type_dict.binary_op(op, lhs, rhs);
    }
}

// dict's hooks are not constants a static initializer may use: forward at run time.
mo_obj_t mo_collections_dicts_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_type_dict.getiter(self, iter_buf);
}

// ---- OrderedDict -------------------------------------------------------------------------

static mo_obj_t od_make_new(const mo_type_t *type, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    return MO_OBJ(new_filled(type, sizeof(mo_dict_t), n_args, n_kw, args));
}

static mo_obj_t od_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    return mo_type_dict.subscr(self, index, value);
}

// CPython 3.11's form: OrderedDict([(k, v), ...]), or OrderedDict() when empty.
static void od_print_body(const mo_print_t *print, mo_obj_t self) {
    mo_printf(print, "%q(", mo_type_short_name(mo_obj_type(self)));
    if (dict_of(self)->map.count > 0) {
        mo_obj_print(print, items_list(self), MO_PRINT_REPR);
    }
    mo_print_str(print, ")");
}

static void od_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_guarded(print, self, "...", od_print_body);
}

// The `last` argument (positional or keyword) of popitem and move_to_end.
static bool last_arg(size_t n_args, const mo_obj_t *args, size_t pos, mo_map_t *kw) {
    mo_obj_t last = n_args > pos ? args[pos] : mo_const_true;
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_last), MO_MAP_LOOKUP);
        if (e != NULL) {
            last = e->value;
        }
    }
    return mo_obj_is_true(last);
}

static mo_obj_t od_popitem(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_map_t *map = &dict_of(args[0])->map;
    if (map->count == 0) {
        mo_raise_msg(&mo_type_KeyError, "dictionary is empty");
    }
    mo_obj_t kv[2];
    if (last_arg(n_args, args, 1, kw)) {
        mo_map_pop_last(map, &kv[0], &kv[1]);
    } else {
        size_t pos = 0;
        mo_map_elem_t *e = mo_map_next(map, &pos);
        kv[0] = e->key;
        kv[1] = e->value;
        mo_map_lookup(map, kv[0], MO_MAP_LOOKUP_REMOVE_IF_FOUND)->value = MO_OBJ_NULL;
    }
    return mo_obj_new_tuple(2, kv);
}
static MO_DEFINE_FUN_KW(od_popitem_obj, 1, od_popitem);

// Moving to the front rebuilds the map with the key first (maps only append).
static void move_to_front(mo_map_t *map, mo_obj_t key, mo_obj_t value) {
    mo_map_t fresh;
    mo_map_init(&fresh, map->count);
    mo_map_lookup(&fresh, key, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    size_t pos = 0;
    mo_map_elem_t *e;
    while ((e = mo_map_next(map, &pos)) != NULL) {
        mo_map_lookup(&fresh, e->key, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
    }
    *map = fresh;
}

static mo_obj_t od_move_to_end(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args < 2) {
        mo_raise_msg(&mo_type_TypeError, "move_to_end() missing required argument 'key' (pos 1)");
    }
    mo_map_t *map = &dict_of(args[0])->map;
    mo_obj_t key = args[1];
    mo_map_elem_t *e = mo_map_lookup(map, key, MO_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &key));
    }
    mo_obj_t value = e->value;
    e->value = MO_OBJ_NULL;
    if (last_arg(n_args, args, 2, kw)) {
        mo_map_lookup(map, key, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    } else {
        move_to_front(map, key, value);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(od_move_to_end_obj, 2, od_move_to_end);

static const mo_map_elem_t od_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_popitem), MO_ROM_PTR(&od_popitem_obj)},
    {MO_ROM_QSTR(MO_QSTR_move_to_end), MO_ROM_PTR(&od_move_to_end_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&copy_obj)},
};
static MO_DEFINE_CONST_DICT(od_locals_dict, od_locals_table);

const mo_type_t mo_type_OrderedDict = {
    .base = {&mo_type_type},
    .name = MO_QSTR_collections_dot_OrderedDict,
    .print = od_print,
    .make_new = od_make_new,
    .unary_op = mo_collections_dicts_unary_op,
    .binary_op = dicts_binary_op,
    .subscr = od_subscr,
    .getiter = mo_collections_dicts_getiter,
    .parent = &mo_type_dict,
    .locals_dict = &od_locals_dict,
};

// ---- defaultdict -------------------------------------------------------------------------

static defaultdict_t *dd_of(mo_obj_t self) { return MO_PTR(mo_instance_native(self)); }

static mo_obj_t dd_make_new(const mo_type_t *type, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    mo_obj_t factory = n_args > 0 ? args[0] : mo_const_none;
    if (factory != mo_const_none && !mo_obj_is_callable(factory)) {
        mo_raise_msg(&mo_type_TypeError, "first argument must be callable or None");
    }
    size_t skip = n_args > 0 ? 1 : 0;
    defaultdict_t *d = (defaultdict_t *)new_filled(type, sizeof(defaultdict_t), n_args - skip,
                                                   n_kw, args != NULL ? args + skip : NULL);
    d->factory = factory;
    return MO_OBJ(d);
}

static mo_obj_t dd_missing(mo_obj_t self, mo_obj_t key) {
    mo_obj_t factory = dd_of(self)->factory;
    if (factory == mo_const_none) {
        mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &key));
    }
    mo_obj_t value = mo_call0(factory);
    mo_dict_store(MO_OBJ(dd_of(self)), key, value);
    return value;
}
static MO_DEFINE_FUN_2(dd_missing_obj, dd_missing);

static mo_obj_t dd_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value == MO_OBJ_SENTINEL) {
        mo_obj_t v = mo_dict_get(self, index);
        return v != MO_OBJ_NULL ? v : dd_missing(self, index);
    }
    return mo_type_dict.subscr(self, index, value);
}

// The dict part prints through dict's own printer, which guards against cycles.
static void dd_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "%q(", mo_type_short_name(mo_obj_type(self)));
    mo_obj_t factory = dd_of(self)->factory;
    mo_obj_print(print, factory, MO_PRINT_REPR);
    mo_print_str(print, ", ");
    mo_type_dict.print(print, self, MO_PRINT_REPR);
    mo_print_str(print, ")");
}


// default_factory is a plain read-write attribute.
static void dd_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (attr == MO_QSTR_default_factory) {
        if (dest[0] == MO_OBJ_NULL) {
            dest[0] = dd_of(self)->factory;
        } else if (dest[1] != MO_OBJ_NULL) {
            dd_of(self)->factory = dest[1];
            dest[0] = MO_OBJ_NULL;
        }
        return;
    }
    if (dest[0] == MO_OBJ_NULL) {
        mo_generic_attr_load(self, attr, dest);
    }
}

static const mo_map_elem_t dd_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___missing__), MO_ROM_PTR(&dd_missing_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&copy_obj)},
};
static MO_DEFINE_CONST_DICT(dd_locals_dict, dd_locals_table);

const mo_type_t mo_type_defaultdict = {
    .base = {&mo_type_type},
    .name = MO_QSTR_collections_dot_defaultdict,
    .print = dd_print,
    .make_new = dd_make_new,
    .unary_op = mo_collections_dicts_unary_op,
    .binary_op = dicts_binary_op,
    .attr = dd_attr,
    .subscr = dd_subscr,
    .getiter = mo_collections_dicts_getiter,
    .parent = &mo_type_dict,
    .locals_dict = &dd_locals_dict,
};
