// collections.namedtuple: makes a new type whose instances are tuples with named
// fields. The type is a built-in-style type made at run time (parent tuple), and
// its instances share mo_tuple_t's layout, so tuple's hooks and methods (index,
// count, hashing, slicing) run on them directly; only what differs is here.
#include <string.h>

#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "stdlib/collections.h"

// The generated type: a mo_type_t followed by what its hooks need.
typedef struct nt_type {
    mo_type_t type;
    mo_obj_t fields;    // tuple of str
    mo_obj_t defaults;  // dict: field name -> default value (the rightmost fields)
} nt_type_t;

static void nt_print(const mo_print_t *print, mo_obj_t self, int kind);

static bool is_nt(mo_obj_t o) { return mo_is_ptr(o) && mo_obj_type(o)->print == nt_print; }

static mo_tuple_t *nt_tuple(mo_obj_t self) { return MO_PTR(mo_instance_native(self)); }

static const nt_type_t *nt_type_of(mo_obj_t self) {
    return (const nt_type_t *)mo_obj_type(mo_instance_native(self));
}

static void nt_fields(const nt_type_t *t, size_t *n, mo_obj_t **names) {
    mo_obj_get_array(t->fields, n, names);
}

static mo_obj_t new_instance(const mo_type_t *type, size_t n, const mo_obj_t *items) {
    mo_tuple_t *r = mo_new_obj_var(mo_tuple_t, mo_obj_t, n);
    r->base.type = type;
    r->len = n;
    if (n > 0) {  // items may be NULL when empty, and memcpy must not see NULL
        memcpy(r->items, items, n * sizeof(mo_obj_t));
    }
    return MO_OBJ(r);
}

// ---- construction: Point(x, y=...) -------------------------------------------------------

static int field_index(const nt_type_t *t, mo_obj_t name) {
    size_t n;
    mo_obj_t *names;
    nt_fields(t, &n, &names);
    for (size_t i = 0; i < n; i++) {
        if (mo_obj_equal(names[i], name)) {
            return (int)i;
        }
    }
    return -1;
}

// CPython's message for missing arguments: 'x', 'x' and 'y', 'x', 'y', and 'z'.
_Noreturn static void raise_missing(const nt_type_t *t, const mo_obj_t *items, size_t n,
                                    mo_obj_t *names) {
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 16);
    mo_print_to_vstr(&p, &v);
    size_t missing = 0, done = 0;
    for (size_t i = 0; i < n; i++) {
        missing += items[i] == MO_OBJ_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (items[i] != MO_OBJ_NULL) {
            continue;
        }
        done++;
        const char *sep = done == 1 ? "" : (done < missing ? ", " : (missing == 2 ? " and " : ", and "));
        mo_printf(&p, "%s%R", sep, names[i]);
    }
    mo_raise_fmt(&mo_type_TypeError, "%q.__new__() missing %u required positional argument%s: %s",
                 (qstr)t->type.name, (unsigned)missing, missing == 1 ? "" : "s",
                 mo_vstr_null_terminated(&v));
}

static mo_obj_t nt_make_new(const mo_type_t *type, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const nt_type_t *t = (const nt_type_t *)type;
    size_t n;
    mo_obj_t *names;
    nt_fields(t, &n, &names);
    if (n_args > n) {
        mo_raise_fmt(&mo_type_TypeError, "%q.__new__() takes %u positional arguments but %u were given",
                     (qstr)type->name, (unsigned)n + 1, (unsigned)n_args + 1);
    }
    mo_obj_t *items = mo_new(mo_obj_t, n + 1);
    for (size_t i = 0; i < n_args; i++) {
        items[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        mo_obj_t key = args[n_args + 2 * i];
        int k = field_index(t, key);
        if (k < 0) {
            mo_raise_fmt(&mo_type_TypeError, "%q.__new__() got an unexpected keyword argument '%S'",
                         (qstr)type->name, key);
        }
        if (items[k] != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError, "%q.__new__() got multiple values for argument '%S'",
                         (qstr)type->name, key);
        }
        items[k] = args[n_args + 2 * i + 1];
    }
    for (size_t i = 0; i < n; i++) {
        if (items[i] == MO_OBJ_NULL) {
            items[i] = mo_dict_get(t->defaults, names[i]);
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (items[i] == MO_OBJ_NULL) {
            raise_missing(t, items, n, names);
        }
    }
    return new_instance(type, n, items);
}

// ---- printing, operators, attributes ----------------------------------------------------

static void nt_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const mo_tuple_t *tup = MO_PTR(self);
    size_t n;
    mo_obj_t *names;
    nt_fields(nt_type_of(self), &n, &names);
    mo_stack_check();
    mo_printf(print, "%s(", mo_obj_type_name(self));
    for (size_t i = 0; i < n && i < tup->len; i++) {
        mo_printf(print, "%s%S=%R", i ? ", " : "", names[i], tup->items[i]);
    }
    mo_print_str(print, ")");
}

static mo_obj_t nt_unary_op(int op, mo_obj_t self) { return mo_type_tuple.unary_op(op, self); }

// tuple's operators want a real tuple on the right.
static mo_obj_t plain(mo_obj_t o) {
    if (is_nt(o)) {
        const mo_tuple_t *t = MO_PTR(o);
        return mo_obj_new_tuple(t->len, t->items);
    }
    return o;
}

static mo_obj_t nt_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    return mo_type_tuple.binary_op(op, lhs, plain(mo_instance_native(rhs)));
}

static mo_obj_t nt_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    return mo_type_tuple.subscr(self, index, value);
}

static mo_obj_t nt_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_type_tuple.getiter(self, iter_buf);
}

static void nt_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    int k = field_index(nt_type_of(self), mo_qstr_obj(attr));
    if (dest[0] == MO_OBJ_NULL) {
        if (k >= 0) {
            dest[0] = nt_tuple(self)->items[k];
        } else {
            mo_generic_attr_load(self, attr, dest);
        }
        return;
    }
    // Instances have no __dict__ (__slots__ = ()), and fields are read-only.
    if (k >= 0) {
        mo_raise_msg(&mo_type_AttributeError, "can't set attribute");
    }
    mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                 mo_obj_type_name(self), attr);
}

// ---- the generated methods ------------------------------------------------------------------

static mo_obj_t nt_make(mo_obj_t cls, mo_obj_t iterable) {
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, iterable);
    const mo_list_t *l = MO_PTR(list);
    const nt_type_t *t = (const nt_type_t *)MO_PTR(cls);
    size_t n = mo_obj_len_size(t->fields);
    if (l->len != n) {
        mo_raise_fmt(&mo_type_TypeError, "Expected %u arguments, got %u", (unsigned)n, (unsigned)l->len);
    }
    return new_instance(&t->type, n, l->items);
}
static MO_DEFINE_FUN_2(nt_make_fun, nt_make);
static const mo_static_class_method_t nt_make_obj = {{&mo_type_classmethod}, MO_ROM_PTR(&nt_make_fun)};

static mo_obj_t nt_asdict(mo_obj_t self) {
    size_t n;
    mo_obj_t *names;
    nt_fields(nt_type_of(self), &n, &names);
    mo_obj_t d = mo_obj_new_dict(n);
    for (size_t i = 0; i < n; i++) {
        mo_dict_store(d, names[i], nt_tuple(self)->items[i]);
    }
    return d;
}
static MO_DEFINE_FUN_1(nt_asdict_obj, nt_asdict);

static mo_obj_t nt_replace(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args != 1) {
        mo_raise_fmt(&mo_type_TypeError, "_replace() takes 1 positional argument but %u were given",
                     (unsigned)n_args);
    }
    const nt_type_t *t = nt_type_of(args[0]);
    const mo_tuple_t *src = nt_tuple(args[0]);
    mo_obj_t r = new_instance(&t->type, src->len, src->items);
    mo_obj_t unexpected = mo_obj_new_list(0, NULL);
    size_t pos = 0;
    for (size_t i = 0; kw != NULL && i < kw->used; i++, pos++) {
        const mo_map_elem_t *e = &kw->table[i];
        if (e->key == MO_OBJ_NULL) {
            continue;
        }
        int k = field_index(t, e->key);
        if (k < 0) {
            mo_list_append(unexpected, e->key);
        } else {
            ((mo_tuple_t *)MO_PTR(r))->items[k] = e->value;
        }
    }
    if (mo_obj_is_true(unexpected)) {
        mo_raise_fmt(&mo_type_ValueError, "Got unexpected field names: %R", unexpected);
    }
    return r;
}
static MO_DEFINE_FUN_KW(nt_replace_obj, 1, nt_replace);

// ---- namedtuple(): checking the names ----------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

static bool is_keyword(const char *s) {
    for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        if (strcmp(s, keywords[i]) == 0) {
            return true;
        }
    }
    return false;
}

// str.isidentifier for ASCII; any non-ASCII letter is accepted.
static bool is_identifier(const char *s, size_t len) {
    if (len == 0 || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            return false;
        }
    }
    return true;
}

static bool bad_name(mo_obj_t name) {
    size_t len;
    const char *s = mo_obj_str_get_data(name, &len);
    return !is_identifier(s, len) || is_keyword(s);
}

static void check_name(mo_obj_t name) {
    size_t len;
    const char *s = mo_obj_str_get_data(name, &len);
    if (!is_identifier(s, len)) {
        mo_raise_fmt(&mo_type_ValueError, "Type names and field names must be valid identifiers: %R", name);
    }
    if (is_keyword(s)) {
        mo_raise_fmt(&mo_type_ValueError, "Type names and field names cannot be a keyword: %R", name);
    }
}

static bool seen_before(mo_obj_t *names, size_t i) {
    for (size_t j = 0; j < i; j++) {
        if (mo_obj_equal(names[j], names[i])) {
            return true;
        }
    }
    return false;
}

// field_names: a str split on commas and spaces, or an iterable of str.
static mo_obj_t parse_fields(mo_obj_t field_names) {
    if (mo_obj_is_str(field_names)) {
        mo_obj_t dest[3];
        mo_load_method(field_names, MO_QSTR_replace, dest);
        dest[2] = MO_OBJ(mo_obj_new_str(",", 1));
        mo_obj_t a[4] = {dest[0], dest[1], dest[2], mo_obj_new_str(" ", 1)};
        field_names = mo_call_method_0(mo_call_method(2, 0, a), MO_QSTR_split);
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_obj_t it = mo_getiter(field_names, NULL), x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_list_append(list, mo_obj_str(x));
    }
    return list;
}

static void check_fields(mo_obj_t list, bool rename) {
    size_t n;
    mo_obj_t *names;
    mo_obj_get_array(list, &n, &names);
    for (size_t i = 0; rename && i < n; i++) {
        size_t len;
        const char *s = mo_obj_str_get_data(names[i], &len);
        if (bad_name(names[i]) || s[0] == '_' || seen_before(names, i)) {
            mo_vstr_t v;
            mo_print_t p;
            mo_vstr_init(&v, 8);
            mo_print_to_vstr(&p, &v);
            mo_printf(&p, "_%u", (unsigned)i);
            names[i] = mo_obj_new_str_from_vstr(&v);
        }
    }
    for (size_t i = 0; i < n; i++) {
        check_name(names[i]);
    }
    for (size_t i = 0; i < n; i++) {
        if (!rename && mo_obj_str_get_cstr(names[i])[0] == '_') {
            mo_raise_fmt(&mo_type_ValueError, "Field names cannot start with an underscore: %R", names[i]);
        }
        if (seen_before(names, i)) {
            mo_raise_fmt(&mo_type_ValueError, "Encountered duplicate field name: %R", names[i]);
        }
    }
}

// The defaults apply to the rightmost fields.
static mo_obj_t make_defaults(mo_obj_t defaults, size_t n, mo_obj_t *names) {
    mo_obj_t d = mo_obj_new_dict(0);
    if (defaults == mo_const_none) {
        return d;
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, defaults);
    const mo_list_t *l = MO_PTR(list);
    if (l->len > n) {
        mo_raise_msg(&mo_type_TypeError, "Got more default values than field names");
    }
    for (size_t i = 0; i < l->len; i++) {
        mo_dict_store(d, names[n - l->len + i], l->items[i]);
    }
    return d;
}

// ---- namedtuple(): building the type -------------------------------------------------------

static mo_obj_t kw_get(mo_map_t *kw, qstr name, mo_obj_t dflt) {
    mo_map_elem_t *e = kw != NULL ? mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP) : NULL;
    return e != NULL ? e->value : dflt;
}

static mo_obj_t new_nt_type(mo_obj_t typename, mo_obj_t fields, mo_obj_t defaults) {
    nt_type_t *t = mo_new_obj(nt_type_t);
    t->type.base.type = &mo_type_type;
    t->type.name = (uint16_t)mo_obj_str_get_qstr(typename);
    t->type.print = nt_print;
    t->type.make_new = nt_make_new;
    t->type.unary_op = nt_unary_op;
    t->type.binary_op = nt_binary_op;
    t->type.attr = nt_attr;
    t->type.subscr = nt_subscr;
    t->type.getiter = nt_getiter;
    t->type.parent = &mo_type_tuple;
    t->fields = fields;
    t->defaults = defaults;
    mo_obj_t locals = mo_obj_new_dict(6);
    mo_dict_store(locals, mo_qstr_obj(MO_QSTR__fields), fields);
    mo_dict_store(locals, mo_qstr_obj(MO_QSTR__field_defaults), defaults);
    mo_dict_store(locals, mo_qstr_obj(MO_QSTR__make), MO_OBJ(&nt_make_obj));
    mo_dict_store(locals, mo_qstr_obj(MO_QSTR__asdict), MO_OBJ(&nt_asdict_obj));
    mo_dict_store(locals, mo_qstr_obj(MO_QSTR__replace), MO_OBJ(&nt_replace_obj));
    t->type.locals_dict = MO_PTR(locals);
    return MO_OBJ(t);
}

static mo_obj_t namedtuple(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, "namedtuple() takes 2 positional arguments but %u were given",
                     (unsigned)n_args);
    }
    mo_obj_t list = parse_fields(args[1]);
    mo_obj_t typename = mo_obj_str(args[0]);
    check_name(typename);
    check_fields(list, mo_obj_is_true(kw_get(kw, MO_QSTR_rename, mo_const_false)));
    size_t n;
    mo_obj_t *names;
    mo_obj_get_array(list, &n, &names);
    for (size_t i = 0; i < n; i++) {
        names[i] = mo_obj_str_intern(names[i]);  // field lookups compare qstrs
    }
    mo_obj_t defaults = make_defaults(kw_get(kw, MO_QSTR_defaults, mo_const_none), n, names);
    return new_nt_type(typename, mo_obj_new_tuple(n, names), defaults);
}
MO_DEFINE_FUN_KW(mo_collections_namedtuple_obj, 0, namedtuple);
