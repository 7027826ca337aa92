// Classes: the `type` and `object` types, classes made by class statements, their
// instances and the slot functions that send operations to special methods written
// in Python, the C3 method resolution order, isinstance / issubclass, and the
// descriptor-like helpers property, staticmethod, classmethod and super.
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"

static void instance_print(const mo_print_t *print, mo_obj_t self, int kind);
static mo_obj_t instance_make_new(const mo_type_t *cls, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args);
static mo_obj_t instance_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args);
static mo_obj_t instance_unary_op(int op, mo_obj_t self);
static mo_obj_t instance_binary_op(int op, mo_obj_t self, mo_obj_t other);
static void instance_attr(mo_obj_t self, qstr attr, mo_obj_t *dest);
static mo_obj_t instance_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value);
static mo_obj_t instance_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf);
static mo_obj_t instance_iternext(mo_obj_t self);
static int instance_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags);

// ---- small helpers ---------------------------------------------------------------

static mo_obj_t dict_get_qstr(const mo_dict_t *d, qstr q) {
    if (d == NULL) {
        return MO_OBJ_NULL;
    }
    mo_map_elem_t *e = mo_map_lookup((mo_map_t *)&d->map, mo_qstr_obj(q), MO_MAP_LOOKUP);
    return e != NULL ? e->value : MO_OBJ_NULL;
}

static bool is_function(const mo_type_t *t) {
    return t == &mo_type_fun_bc || t == &mo_type_closure || t == &mo_type_gen_wrap;
}

static bool is_builtin_function(const mo_type_t *t) {
    return t == &mo_type_fun_builtin_0 || t == &mo_type_fun_builtin_1 ||
           t == &mo_type_fun_builtin_2 || t == &mo_type_fun_builtin_3 ||
           t == &mo_type_fun_builtin_var || t == &mo_type_fun_builtin_kw;
}

bool mo_obj_is_type_obj(mo_obj_t o) {
    return mo_is_ptr(o) && o != MO_OBJ_NULL && mo_obj_type(o) == &mo_type_type;
}

static const mo_type_t *as_type(mo_obj_t o) {
    return (const mo_type_t *)MO_PTR(o);
}

// Calls dest (a function, or function + self as the attr protocol gives them).
static mo_obj_t call_dest(const mo_obj_t *dest, size_t n_args, const mo_obj_t *args) {
    mo_obj_t a[2 + 4];
    a[0] = dest[0];
    a[1] = dest[1];
    for (size_t i = 0; i < n_args && i < 4; i++) {
        a[2 + i] = args[i];
    }
    return mo_call_method(n_args, 0, a);
}

// Calls dest with a whole argument array (positional then keyword pairs).
static mo_obj_t call_dest_n(const mo_obj_t *dest, size_t n_args, size_t n_kw,
                            const mo_obj_t *args) {
    size_t n = 2 + n_args + 2 * n_kw;
    mo_obj_t local[16];
    mo_obj_t *a = n <= 16 ? local : mo_new(mo_obj_t, n);
    a[0] = dest[0];
    a[1] = dest[1];
    if (n > 2) {
        memcpy(a + 2, args, (n - 2) * sizeof(mo_obj_t));
    }
    return mo_call_method(n_args, n_kw, a);
}

mo_int_t mo_obj_identity_hash(mo_obj_t o) {
    // Like CPython: the address without its always-zero low bits.
    return (mo_int_t)((uintptr_t)o >> 4);
}

static void print_hex_address(const mo_print_t *print, mo_obj_t o) {
    char buf[2 + 2 * sizeof(uintptr_t) + 1];
    uintptr_t v = (uintptr_t)o;
    size_t i = sizeof(buf) - 1;
    buf[i] = 0;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v != 0 && i > 2);
    buf[--i] = 'x';
    buf[--i] = '0';
    mo_print_str(print, buf + i);
}

// ---- MRO -----------------------------------------------------------------------------

mo_obj_t mo_type_get_mro(const mo_type_t *t) {
    if (mo_type_is_user(t)) {
        return t->mro;
    }
    mo_obj_t items[16];
    size_t n = 0;
    for (const mo_type_t *p = t; p != NULL && n < 15; p = p->parent) {
        items[n++] = MO_OBJ(p);
        if (p == &mo_type_object) {
            break;
        }
    }
    if (items[n - 1] != MO_OBJ(&mo_type_object)) {
        items[n++] = MO_OBJ(&mo_type_object);
    }
    return mo_obj_new_tuple(n, items);
}

typedef struct c3_seq {
    mo_obj_t *items;
    size_t len;
    size_t pos;
} c3_seq_t;

static bool c3_in_tail(const c3_seq_t *seqs, size_t n_seqs, mo_obj_t cand) {
    for (size_t i = 0; i < n_seqs; i++) {
        for (size_t j = seqs[i].pos + 1; j < seqs[i].len; j++) {
            if (seqs[i].items[j] == cand) {
                return true;
            }
        }
    }
    return false;
}

_Noreturn static void c3_raise(const c3_seq_t *seqs, size_t n_seqs) {
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 64);
    mo_print_to_vstr(&p, &v);
    mo_print_str(&p, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    bool first = true;
    for (size_t i = 0; i < n_seqs; i++) {
        if (seqs[i].pos >= seqs[i].len) {
            continue;
        }
        mo_obj_t head = seqs[i].items[seqs[i].pos];
        bool seen = false;
        for (size_t k = 0; k < i; k++) {
            if (seqs[k].pos < seqs[k].len && seqs[k].items[seqs[k].pos] == head) {
                seen = true;
            }
        }
        if (!seen) {
            mo_printf(&p, "%s%q", first ? "" : ", ", (qstr)as_type(head)->name);
            first = false;
        }
    }
    mo_raise(mo_obj_new_exception_msg(&mo_type_TypeError, mo_vstr_null_terminated(&v)));
}

// The C3 linearisation of a class with these bases, as CPython computes it.
static mo_obj_t c3_mro(mo_obj_t cls, size_t n_bases, const mo_obj_t *bases) {
    size_t n_seqs = n_bases + 1;
    c3_seq_t *seqs = mo_new(c3_seq_t, n_seqs);
    size_t total = 1;
    for (size_t i = 0; i < n_bases; i++) {
        mo_obj_t mro = mo_type_get_mro(as_type(bases[i]));
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(mro, &len, &items);
        seqs[i].items = items;
        seqs[i].len = len;
        total += len;
    }
    seqs[n_bases].items = (mo_obj_t *)bases;
    seqs[n_bases].len = n_bases;
    mo_obj_t *out = mo_new(mo_obj_t, total);
    size_t n_out = 0;
    out[n_out++] = cls;
    for (;;) {
        mo_obj_t cand = MO_OBJ_NULL;
        bool remaining = false;
        for (size_t i = 0; i < n_seqs && cand == MO_OBJ_NULL; i++) {
            if (seqs[i].pos >= seqs[i].len) {
                continue;
            }
            remaining = true;
            mo_obj_t head = seqs[i].items[seqs[i].pos];
            if (!c3_in_tail(seqs, n_seqs, head)) {
                cand = head;
            }
        }
        if (cand == MO_OBJ_NULL) {
            if (remaining) {
                c3_raise(seqs, n_seqs);
            }
            break;
        }
        out[n_out++] = cand;
        for (size_t i = 0; i < n_seqs; i++) {
            if (seqs[i].pos < seqs[i].len && seqs[i].items[seqs[i].pos] == cand) {
                seqs[i].pos++;
            }
        }
    }
    return mo_obj_new_tuple(n_out, out);
}

// The special method of each unary operator (0: none).
static const uint16_t unary_op_names[] = {
    [MO_UNARY_OP_POSITIVE] = MO_QSTR___pos__,
    [MO_UNARY_OP_NEGATIVE] = MO_QSTR___neg__,
    [MO_UNARY_OP_INVERT] = MO_QSTR___invert__,
    [MO_UNARY_OP_NOT] = 0,
    [MO_UNARY_OP_BOOL] = MO_QSTR___bool__,
    [MO_UNARY_OP_LEN] = MO_QSTR___len__,
    [MO_UNARY_OP_HASH] = MO_QSTR___hash__,
    [MO_UNARY_OP_ABS] = MO_QSTR___abs__,
    [MO_UNARY_OP_INT] = MO_QSTR___int__,
    [MO_UNARY_OP_FLOAT] = MO_QSTR___float__,
    [MO_UNARY_OP_COMPLEX] = MO_QSTR___complex__,
    [MO_UNARY_OP_INDEX] = MO_QSTR___index__,
};

// ---- special methods of built-in types --------------------------------------------------
// Built-in types implement operators in C slots, not as entries of their dicts. These
// functions stand in for the entries, so (5).__add__(3), list.__getitem__(l, 0) and
// super().__getitem__(i) in a list subclass call the slot.

// Called unbound on an instance of a subclass (list.__len__(my_list)), a slot
// method works on the native object inside it.
static mo_obj_t slot_self(mo_obj_t self) {
    return mo_is_ptr(self) && mo_type_is_user(mo_obj_type(self)) ? mo_instance_native(self) : self;
}

static mo_obj_t slot_unary(int op, mo_obj_t self) {
    self = slot_self(self);
    switch (op) {
        case MO_UNARY_OP_HASH:
            return mo_obj_new_int(mo_obj_hash(self));
        case MO_UNARY_OP_LEN:
            return mo_obj_len(self);
        case MO_UNARY_OP_BOOL:
            return mo_bool(mo_obj_is_true(self));
        default: {
            mo_obj_t r = mo_unary_op(op, self);
            if (r == MO_OBJ_NULL) {
                mo_raise_fmt(&mo_type_TypeError, "bad operand type for %q: '%s'",
                             (qstr)unary_op_names[op], mo_obj_type_name(self));
            }
            return r;
        }
    }
}

// A slot's answer, or NotImplemented as the special method would return.
static mo_obj_t slot_binary(int op, mo_obj_t self, mo_obj_t other) {
    self = slot_self(self);
    if (op == MO_BINARY_OP_CONTAINS) {
        return mo_binary_op(op, self, other);
    }
    const mo_type_t *t = mo_obj_type(self);
    mo_obj_t r = t->binary_op != NULL ? t->binary_op(op, self, other) : MO_OBJ_NULL;
    return r != MO_OBJ_NULL ? r : mo_const_notimplemented;
}

#define UNARY_SLOT(fname, op) \
    static mo_obj_t slot_##fname(mo_obj_t self) { return slot_unary(op, self); } \
    static MO_DEFINE_FUN_1(slot_##fname##_obj, slot_##fname);
#define BINARY_SLOT(fname, op) \
    static mo_obj_t slot_##fname(mo_obj_t self, mo_obj_t other) { \
        return slot_binary(op, self, other); \
    } \
    static MO_DEFINE_FUN_2(slot_##fname##_obj, slot_##fname);

UNARY_SLOT(neg, MO_UNARY_OP_NEGATIVE)
UNARY_SLOT(pos, MO_UNARY_OP_POSITIVE)
UNARY_SLOT(invert, MO_UNARY_OP_INVERT)
UNARY_SLOT(abs, MO_UNARY_OP_ABS)
UNARY_SLOT(bool, MO_UNARY_OP_BOOL)
UNARY_SLOT(len, MO_UNARY_OP_LEN)
UNARY_SLOT(hash, MO_UNARY_OP_HASH)
UNARY_SLOT(int, MO_UNARY_OP_INT)
UNARY_SLOT(float, MO_UNARY_OP_FLOAT)
UNARY_SLOT(index, MO_UNARY_OP_INDEX)
BINARY_SLOT(lt, MO_BINARY_OP_LESS)
BINARY_SLOT(gt, MO_BINARY_OP_MORE)
BINARY_SLOT(eq, MO_BINARY_OP_EQUAL)
BINARY_SLOT(le, MO_BINARY_OP_LESS_EQUAL)
BINARY_SLOT(ge, MO_BINARY_OP_MORE_EQUAL)
BINARY_SLOT(ne, MO_BINARY_OP_NOT_EQUAL)
BINARY_SLOT(contains, MO_BINARY_OP_CONTAINS)
BINARY_SLOT(divmod, MO_BINARY_OP_DIVMOD)
BINARY_SLOT(or, MO_BINARY_OP_OR)
BINARY_SLOT(xor, MO_BINARY_OP_XOR)
BINARY_SLOT(and, MO_BINARY_OP_AND)
BINARY_SLOT(lshift, MO_BINARY_OP_LSHIFT)
BINARY_SLOT(rshift, MO_BINARY_OP_RSHIFT)
BINARY_SLOT(add, MO_BINARY_OP_ADD)
BINARY_SLOT(sub, MO_BINARY_OP_SUBTRACT)
BINARY_SLOT(mul, MO_BINARY_OP_MULTIPLY)
BINARY_SLOT(matmul, MO_BINARY_OP_MAT_MULTIPLY)
BINARY_SLOT(floordiv, MO_BINARY_OP_FLOOR_DIVIDE)
BINARY_SLOT(truediv, MO_BINARY_OP_TRUE_DIVIDE)
BINARY_SLOT(mod, MO_BINARY_OP_MODULO)
BINARY_SLOT(pow, MO_BINARY_OP_POWER)
BINARY_SLOT(radd, MO_BINARY_OP_REVERSE_ADD)
BINARY_SLOT(rsub, MO_BINARY_OP_REVERSE_SUBTRACT)
BINARY_SLOT(rmul, MO_BINARY_OP_REVERSE_MULTIPLY)
BINARY_SLOT(rtruediv, MO_BINARY_OP_REVERSE_TRUE_DIVIDE)
BINARY_SLOT(rfloordiv, MO_BINARY_OP_REVERSE_FLOOR_DIVIDE)
BINARY_SLOT(rmod, MO_BINARY_OP_REVERSE_MODULO)
BINARY_SLOT(rpow, MO_BINARY_OP_REVERSE_POWER)
BINARY_SLOT(iadd, MO_BINARY_OP_INPLACE_ADD)
BINARY_SLOT(imul, MO_BINARY_OP_INPLACE_MULTIPLY)

static mo_obj_t slot_getitem(mo_obj_t self, mo_obj_t index) {
    return mo_subscr_load(slot_self(self), index);
}
static MO_DEFINE_FUN_2(slot_getitem_obj, slot_getitem);

static mo_obj_t slot_setitem(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_subscr_store(slot_self(self), index, value);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(slot_setitem_obj, slot_setitem);

static mo_obj_t slot_delitem(mo_obj_t self, mo_obj_t index) {
    mo_subscr_delete(slot_self(self), index);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(slot_delitem_obj, slot_delitem);

static mo_obj_t slot_iter(mo_obj_t self) {
    return mo_getiter(slot_self(self), NULL);
}
static MO_DEFINE_FUN_1(slot_iter_obj, slot_iter);

static mo_obj_t slot_next(mo_obj_t self) {
    return mo_iternext_raise(slot_self(self));
}
static MO_DEFINE_FUN_1(slot_next_obj, slot_next);

// Which slot an entry needs: a C type has the special method if it has the slot.
enum { NEEDS_UNARY, NEEDS_LEN, NEEDS_BINARY, NEEDS_SUBSCR, NEEDS_GETITER, NEEDS_ITERNEXT, NEEDS_NOTHING };

typedef struct slot_method {
    uint16_t name;
    uint8_t needs;
    const mo_fun_builtin_t *fun;
} slot_method_t;

static const slot_method_t slot_methods[] = {
    {MO_QSTR___len__, NEEDS_LEN, &slot_len_obj},
    {MO_QSTR___getitem__, NEEDS_SUBSCR, &slot_getitem_obj},
    {MO_QSTR___setitem__, NEEDS_SUBSCR, &slot_setitem_obj},
    {MO_QSTR___delitem__, NEEDS_SUBSCR, &slot_delitem_obj},
    {MO_QSTR___iter__, NEEDS_GETITER, &slot_iter_obj},
    {MO_QSTR___next__, NEEDS_ITERNEXT, &slot_next_obj},
    {MO_QSTR___contains__, NEEDS_BINARY, &slot_contains_obj},
    {MO_QSTR___eq__, NEEDS_BINARY, &slot_eq_obj},
    {MO_QSTR___ne__, NEEDS_BINARY, &slot_ne_obj},
    {MO_QSTR___lt__, NEEDS_BINARY, &slot_lt_obj},
    {MO_QSTR___gt__, NEEDS_BINARY, &slot_gt_obj},
    {MO_QSTR___le__, NEEDS_BINARY, &slot_le_obj},
    {MO_QSTR___ge__, NEEDS_BINARY, &slot_ge_obj},
    {MO_QSTR___hash__, NEEDS_NOTHING, &slot_hash_obj},
    {MO_QSTR___bool__, NEEDS_UNARY, &slot_bool_obj},
    {MO_QSTR___neg__, NEEDS_UNARY, &slot_neg_obj},
    {MO_QSTR___pos__, NEEDS_UNARY, &slot_pos_obj},
    {MO_QSTR___invert__, NEEDS_UNARY, &slot_invert_obj},
    {MO_QSTR___abs__, NEEDS_UNARY, &slot_abs_obj},
    {MO_QSTR___int__, NEEDS_UNARY, &slot_int_obj},
    {MO_QSTR___float__, NEEDS_UNARY, &slot_float_obj},
    {MO_QSTR___index__, NEEDS_UNARY, &slot_index_obj},
    {MO_QSTR___divmod__, NEEDS_BINARY, &slot_divmod_obj},
    {MO_QSTR___or__, NEEDS_BINARY, &slot_or_obj},
    {MO_QSTR___xor__, NEEDS_BINARY, &slot_xor_obj},
    {MO_QSTR___and__, NEEDS_BINARY, &slot_and_obj},
    {MO_QSTR___lshift__, NEEDS_BINARY, &slot_lshift_obj},
    {MO_QSTR___rshift__, NEEDS_BINARY, &slot_rshift_obj},
    {MO_QSTR___add__, NEEDS_BINARY, &slot_add_obj},
    {MO_QSTR___sub__, NEEDS_BINARY, &slot_sub_obj},
    {MO_QSTR___mul__, NEEDS_BINARY, &slot_mul_obj},
    {MO_QSTR___matmul__, NEEDS_BINARY, &slot_matmul_obj},
    {MO_QSTR___floordiv__, NEEDS_BINARY, &slot_floordiv_obj},
    {MO_QSTR___truediv__, NEEDS_BINARY, &slot_truediv_obj},
    {MO_QSTR___mod__, NEEDS_BINARY, &slot_mod_obj},
    {MO_QSTR___pow__, NEEDS_BINARY, &slot_pow_obj},
    {MO_QSTR___radd__, NEEDS_BINARY, &slot_radd_obj},
    {MO_QSTR___rsub__, NEEDS_BINARY, &slot_rsub_obj},
    {MO_QSTR___rmul__, NEEDS_BINARY, &slot_rmul_obj},
    {MO_QSTR___rtruediv__, NEEDS_BINARY, &slot_rtruediv_obj},
    {MO_QSTR___rfloordiv__, NEEDS_BINARY, &slot_rfloordiv_obj},
    {MO_QSTR___rmod__, NEEDS_BINARY, &slot_rmod_obj},
    {MO_QSTR___rpow__, NEEDS_BINARY, &slot_rpow_obj},
    {MO_QSTR___iadd__, NEEDS_BINARY, &slot_iadd_obj},
    {MO_QSTR___imul__, NEEDS_BINARY, &slot_imul_obj},
};

// The name of a stand-in function (a qstr object), or NULL.
static mo_obj_t slot_method_name(mo_obj_t fun) {
    for (size_t i = 0; i < sizeof(slot_methods) / sizeof(slot_methods[0]); i++) {
        if (MO_ROM_PTR(slot_methods[i].fun) == fun) {
            return mo_qstr_obj(slot_methods[i].name);
        }
    }
    return MO_OBJ_NULL;
}

// The stand-in for special method `attr` of built-in type t, or NULL.
static mo_obj_t slot_method(const mo_type_t *t, qstr attr) {
    if (mo_type_is_user(t) || t == &mo_type_object || t == &mo_type_type) {
        return MO_OBJ_NULL;
    }
    for (size_t i = 0; i < sizeof(slot_methods) / sizeof(slot_methods[0]); i++) {
        const slot_method_t *m = &slot_methods[i];
        if (m->name != attr) {
            continue;
        }
        bool has = m->needs == NEEDS_UNARY      ? t->unary_op != NULL
                   : m->needs == NEEDS_LEN      ? t->unary_op != NULL &&
                                                    (t->subscr != NULL || t->getiter != NULL)
                   : m->needs == NEEDS_BINARY   ? t->binary_op != NULL ||
                                                    (attr == MO_QSTR___contains__ && t->getiter != NULL)
                   : m->needs == NEEDS_SUBSCR   ? t->subscr != NULL
                   : m->needs == NEEDS_GETITER  ? t->getiter != NULL
                   : m->needs == NEEDS_ITERNEXT ? t->iternext != NULL
                                                : true;
        return has ? MO_ROM_PTR(m->fun) : MO_OBJ_NULL;
    }
    return MO_OBJ_NULL;
}

// ---- lookup and subclass tests -----------------------------------------------------

mo_obj_t mo_type_lookup_owner(const mo_type_t *type, qstr attr, const mo_type_t **owner) {
    if (mo_type_is_user(type)) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(type->mro, &len, &items);
        for (size_t i = 0; i < len; i++) {
            const mo_type_t *t = as_type(items[i]);
            mo_obj_t v = dict_get_qstr(t->locals_dict, attr);
            if (v == MO_OBJ_NULL) {
                v = slot_method(t, attr);
            }
            if (v != MO_OBJ_NULL) {
                *owner = t;
                return v;
            }
        }
        return MO_OBJ_NULL;
    }
    for (const mo_type_t *t = type; t != NULL; t = t->parent) {
        mo_obj_t v = dict_get_qstr(t->locals_dict, attr);
        if (v == MO_OBJ_NULL) {
            v = slot_method(t, attr);
        }
        if (v != MO_OBJ_NULL) {
            *owner = t;
            return v;
        }
        if (t == &mo_type_object) {
            return MO_OBJ_NULL;
        }
    }
    mo_obj_t v = dict_get_qstr(mo_type_object.locals_dict, attr);
    if (v != MO_OBJ_NULL) {
        *owner = &mo_type_object;
    }
    return v;
}

mo_obj_t mo_type_lookup(const mo_type_t *type, qstr attr) {
    const mo_type_t *owner;
    return mo_type_lookup_owner(type, attr, &owner);
}

bool mo_type_is_subclass(const mo_type_t *t, const mo_type_t *base) {
    if (t == base || base == &mo_type_object) {
        return true;
    }
    if (mo_type_is_user(t)) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(t->mro, &len, &items);
        for (size_t i = 0; i < len; i++) {
            if (items[i] == MO_OBJ(base)) {
                return true;
            }
        }
        return false;
    }
    for (const mo_type_t *p = t->parent; p != NULL; p = p->parent) {
        if (p == base) {
            return true;
        }
    }
    return false;
}

// ---- instances: layout ---------------------------------------------------------------

const mo_type_t *mo_type_native_base(const mo_type_t *t) {
    return mo_type_is_user(t) ? t->parent : t;
}

static bool native_has_subobj(const mo_type_t *native) {
    return native != &mo_type_object && !(native->flags & MO_TYPE_FLAG_BASE_EXCEPTION);
}

mo_obj_t mo_instance_native(mo_obj_t self) {
    const mo_type_t *t = mo_obj_type(self);
    if (!mo_type_is_user(t) || !native_has_subobj(t->parent)) {
        return self;
    }
    return ((mo_instance_t *)MO_PTR(self))->subobj[0];
}

mo_dict_t *mo_obj_instance_dict(mo_obj_t o) {
    if (!mo_is_ptr(o) || o == MO_OBJ_NULL) {
        return NULL;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (mo_type_is_user(t)) {
        return &((mo_instance_t *)MO_PTR(o))->dict;
    }
    if (t->flags & MO_TYPE_FLAG_BASE_EXCEPTION) {
        return &mo_exception_get(o)->dict;
    }
    return NULL;
}

// Types whose value is fixed at creation: __new__ takes the arguments, not __init__.
static bool native_is_immutable(const mo_type_t *n) {
    return n == &mo_type_int || n == &mo_type_float || n == &mo_type_str ||
           n == &mo_type_bytes || n == &mo_type_tuple || n == &mo_type_frozenset ||
           n == &mo_type_complex || n == &mo_type_range;
}

static mo_obj_t native_make(const mo_type_t *native, size_t n_args, size_t n_kw,
                            const mo_obj_t *args) {
    if (native->make_new == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "cannot create '%q' instances", (qstr)native->name);
    }
    return native->make_new(native, n_args, n_kw, args);
}

// A bare instance of cls; pass_args says whether the native part is built from
// the call's arguments (or left empty for __init__ to fill).
static mo_obj_t instance_alloc(const mo_type_t *cls, size_t n_args, size_t n_kw,
                               const mo_obj_t *args, bool pass_args) {
    const mo_type_t *native = cls->parent;
    if (native->flags & MO_TYPE_FLAG_BASE_EXCEPTION) {
        return mo_exception_alloc(cls, mo_obj_new_tuple(n_args, args));
    }
    bool sub = native_has_subobj(native);
    mo_instance_t *inst = (mo_instance_t *)mo_alloc(sizeof(mo_instance_t) +
                                                   (sub ? sizeof(mo_obj_t) : 0));
    inst->base.type = cls;
    inst->dict.base.type = &mo_type_dict;
    mo_map_init(&inst->dict.map, 0);
    if (sub) {
        inst->subobj[0] = pass_args ? native_make(native, n_args, n_kw, args)
                                    : native_make(native, 0, 0, NULL);
    }
    return MO_OBJ(inst);
}

// ---- binding class attributes ------------------------------------------------------

static bool find_user_special(mo_obj_t self, qstr name, mo_obj_t *dest);

static bool is_user_descriptor(mo_obj_t raw, qstr which) {
    if (!mo_is_ptr(raw) || !mo_type_is_user(mo_obj_type(raw))) {
        return false;
    }
    const mo_type_t *owner;
    mo_obj_t m = mo_type_lookup_owner(mo_obj_type(raw), which, &owner);
    return m != MO_OBJ_NULL && mo_type_is_user(owner);
}

static bool is_data_descriptor(mo_obj_t raw) {
    if (mo_obj_is_type(raw, &mo_type_property)) {
        return true;
    }
    return is_user_descriptor(raw, MO_QSTR___set__) || is_user_descriptor(raw, MO_QSTR___delete__);
}

_Noreturn static void raise_property_error(mo_obj_t self, qstr attr, const char *what) {
    mo_raise_fmt(&mo_type_AttributeError, "property '%q' of '%s' object has no %s", attr,
                 mo_obj_type_name(self), what);
}

// A built-in type's method taken from the class (list.append): calling it checks
// that the first argument is an instance of the type, as CPython's method
// descriptors do, since the C function trusts its self's layout.
typedef struct method_descr {
    mo_base_t base;
    mo_obj_t fun;
    const mo_type_t *owner;
} method_descr_t;

static mo_obj_t slot_method_name(mo_obj_t fun);

// The method's name, found by looking for it in its class (only for messages).
static qstr descr_name(const method_descr_t *m) {
    const mo_dict_t *d = m->owner->locals_dict;
    for (size_t i = 0; d != NULL && i < d->map.used; i++) {
        if (d->map.table[i].value == m->fun && mo_obj_is_str(d->map.table[i].key)) {
            return mo_obj_str_get_qstr(d->map.table[i].key);
        }
    }
    mo_obj_t n = slot_method_name(m->fun);
    return n != MO_OBJ_NULL ? mo_qstr_value(n) : MO_QSTR__lt_unknown_gt_;
}

static mo_obj_t method_descr_call(mo_obj_t self_in, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args) {
    const method_descr_t *m = (const method_descr_t *)MO_PTR(self_in);
    if (n_args == 0) {
        mo_raise_fmt(&mo_type_TypeError, "unbound method %q.%q() needs an argument",
                     (qstr)m->owner->name, descr_name(m));
    }
    if (!mo_type_is_subclass(mo_obj_type(args[0]), m->owner)) {
        mo_raise_fmt(&mo_type_TypeError,
                     "descriptor '%q' for '%q' objects doesn't apply to a '%s' object",
                     descr_name(m), (qstr)m->owner->name, mo_obj_type_name(args[0]));
    }
    size_t n = n_args + 2 * n_kw;
    mo_obj_t local[8];
    mo_obj_t *a = n <= 8 ? local : mo_new(mo_obj_t, n);
    memcpy(a, args, n * sizeof(mo_obj_t));
    a[0] = mo_instance_native(args[0]);
    return mo_call(m->fun, n_args, n_kw, a);
}

static void method_descr_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const method_descr_t *m = (const method_descr_t *)MO_PTR(self);
    mo_printf(print, "<method '%q' of '%q' objects>", descr_name(m), (qstr)m->owner->name);
}

static const mo_type_t method_descr_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_method_descriptor,
    .print = method_descr_print,
    .call = method_descr_call,
};

void mo_type_bind(mo_obj_t raw, const mo_type_t *owner, mo_obj_t self, const mo_type_t *cls,
                  mo_obj_t *dest) {
    const mo_type_t *rt = mo_obj_type(raw);
    if (rt == &mo_type_staticmethod) {
        dest[0] = ((mo_static_class_method_t *)MO_PTR(raw))->fun;
        return;
    }
    if (rt == &mo_type_classmethod) {
        dest[0] = ((mo_static_class_method_t *)MO_PTR(raw))->fun;
        dest[1] = MO_OBJ(cls);
        return;
    }
    if (is_user_descriptor(raw, MO_QSTR___get__)) {
        mo_obj_t get[2];
        find_user_special(raw, MO_QSTR___get__, get);
        mo_obj_t a[2] = {self != MO_OBJ_NULL ? self : mo_const_none, MO_OBJ(cls)};
        dest[0] = call_dest(get, 2, a);
        return;
    }
    if (self == MO_OBJ_NULL) {
        if (is_builtin_function(rt) && !mo_type_is_user(owner) && owner != &mo_type_object) {
            method_descr_t *m = mo_new_obj(method_descr_t);
            m->base.type = &method_descr_type;
            m->fun = raw;
            m->owner = owner;
            raw = MO_OBJ(m);
        }
        dest[0] = raw;
        return;
    }
    if (rt == &mo_type_property) {
        mo_property_t *p = (mo_property_t *)MO_PTR(raw);
        if (p->fget == mo_const_none) {
            mo_raise_fmt(&mo_type_AttributeError, "unreadable attribute");
        }
        dest[0] = mo_call1(p->fget, self);
        return;
    }
    if (is_function(rt) || (is_builtin_function(rt) && !mo_type_is_user(owner))) {
        dest[0] = raw;
        // Methods of a native base (list.append on a list subclass) act on the
        // native object inside the instance.
        dest[1] = (!mo_type_is_user(owner) && owner != &mo_type_object) ? mo_instance_native(self)
                                                                        : self;
        return;
    }
    dest[0] = raw;
}

void mo_generic_attr_load(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_type_t *t = mo_obj_type(self);
    const mo_type_t *owner;
    mo_obj_t raw = mo_type_lookup_owner(t, attr, &owner);
    if (raw != MO_OBJ_NULL) {
        mo_type_bind(raw, owner, self, t, dest);
    } else if (attr == MO_QSTR___class__) {
        dest[0] = MO_OBJ(t);
    }
}

// Looks a special method up in the Python-defined part of self's class; the
// defaults of object and native bases are left to the caller.
static bool find_user_special(mo_obj_t self, qstr name, mo_obj_t *dest) {
    const mo_type_t *owner;
    const mo_type_t *t = mo_obj_type(self);
    mo_obj_t raw = mo_type_lookup_owner(t, name, &owner);
    if (raw == MO_OBJ_NULL || !mo_type_is_user(owner) || raw == mo_const_none) {
        return false;
    }
    dest[0] = MO_OBJ_NULL;
    dest[1] = MO_OBJ_NULL;
    mo_type_bind(raw, owner, self, t, dest);
    return dest[0] != MO_OBJ_NULL;
}

// Set once a data descriptor is added to a class that already has subclasses:
// from then on every instance load checks the class first.
static bool late_data_descriptor;

// ---- the type type -------------------------------------------------------------------

// A built-in type of a module is named as CPython's tp_name, "module.name" (what
// reprs and error messages show); __name__ is the part after the last dot.
static const char *last_dot(const mo_type_t *t, size_t *len) {
    const char *s = mo_qstr_str(t->name);
    *len = mo_qstr_len(t->name);
    for (size_t i = *len; i > 0; i--) {
        if (s[i - 1] == '.') {
            return s + i - 1;
        }
    }
    return NULL;
}

qstr mo_type_short_name(const mo_type_t *t) {
    size_t len;
    const char *dot = last_dot(t, &len);
    if (dot == NULL) {
        return t->name;
    }
    const char *s = mo_qstr_str(t->name);
    return mo_qstr_from_strn(dot + 1, len - (size_t)(dot + 1 - s));
}

static mo_obj_t type_own_name_attr(const mo_type_t *t, qstr attr) {
    if (mo_type_is_user(t)) {
        mo_obj_t v = dict_get_qstr(t->locals_dict, attr);
        if (v != MO_OBJ_NULL) {
            return v;
        }
    }
    if (attr == MO_QSTR___module__) {
        size_t len;
        const char *dot = last_dot(t, &len);
        if (dot == NULL) {
            return mo_qstr_obj(MO_QSTR_builtins);
        }
        const char *s = mo_qstr_str(t->name);
        return mo_qstr_obj(mo_qstr_from_strn(s, (size_t)(dot - s)));
    }
    return mo_qstr_obj(mo_type_short_name(t));
}

void mo_type_print_qualified(const mo_print_t *print, const mo_type_t *t) {
    if (mo_type_is_user(t)) {
        mo_obj_t mod = type_own_name_attr(t, MO_QSTR___module__);
        if (mo_obj_is_str(mod) && !(mo_is_qstr(mod) && mo_qstr_value(mod) == MO_QSTR_builtins)) {
            mo_obj_print(print, mod, MO_PRINT_STR);
            mo_print_str(print, ".");
        }
        mo_obj_print(print, type_own_name_attr(t, MO_QSTR___qualname__), MO_PRINT_STR);
        return;
    }
    mo_printf(print, "%q", (qstr)t->name);
}

static void type_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, "<class '");
    mo_type_print_qualified(print, as_type(self));
    mo_print_str(print, "'>");
}

static mo_obj_t type_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return MO_OBJ(mo_obj_type(args[0]));
    }
    if (n_args != 3) {
        mo_raise_msg(&mo_type_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!mo_obj_is_type(args[2], &mo_type_dict)) {
        mo_raise_fmt(&mo_type_TypeError, "type.__new__() argument 3 must be dict, not %s",
                     mo_obj_type_name(args[2]));
    }
    if (!mo_obj_is_type(args[1], &mo_type_tuple)) {
        mo_raise_fmt(&mo_type_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                     mo_obj_type_name(args[1]));
    }
    mo_obj_t dict = mo_obj_new_dict(0);
    mo_dict_update(dict, args[2]);
    if (mo_dict_get(dict, mo_qstr_obj(MO_QSTR___module__)) == MO_OBJ_NULL &&
        mo_state.globals != NULL) {
        mo_obj_t modname = dict_get_qstr(mo_state.globals, MO_QSTR___name__);
        if (modname != MO_OBJ_NULL) {
            mo_dict_store(dict, mo_qstr_obj(MO_QSTR___module__), modname);
        }
    }
    mo_obj_t cls = mo_obj_new_type(mo_obj_str_get_qstr(args[0]), args[1], dict);
    mo_type_init_subclass(cls, 0, NULL);
    return cls;
}

static mo_obj_t type_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_type_t *t = as_type(self);
    if (t->make_new == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "cannot create '%q' instances", (qstr)t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static mo_obj_t type_bases(const mo_type_t *t) {
    if (mo_type_is_user(t)) {
        return t->bases;
    }
    if (t == &mo_type_object) {
        return mo_const_empty_tuple;
    }
    mo_obj_t b = MO_OBJ(t->parent != NULL ? t->parent : &mo_type_object);
    return mo_obj_new_tuple(1, &b);
}

static bool type_load_special(const mo_type_t *t, qstr attr, mo_obj_t *dest) {
    switch (attr) {
        case MO_QSTR___name__:
            dest[0] = mo_qstr_obj(mo_type_short_name(t));
            return true;
        case MO_QSTR___qualname__:
        case MO_QSTR___module__:
            dest[0] = type_own_name_attr(t, attr);
            return true;
        case MO_QSTR___bases__:
            dest[0] = type_bases(t);
            return true;
        case MO_QSTR___base__: {
            size_t len;
            mo_obj_t *items;
            mo_obj_get_array(type_bases(t), &len, &items);
            dest[0] = len > 0 ? items[0] : mo_const_none;
            return true;
        }
        case MO_QSTR___mro__:
            dest[0] = mo_type_get_mro(t);
            return true;
        case MO_QSTR___dict__:
            dest[0] = t->locals_dict != NULL ? MO_OBJ(t->locals_dict) : mo_obj_new_dict(0);
            return true;
        case MO_QSTR___class__:
            dest[0] = MO_OBJ(&mo_type_type);
            return true;
        case MO_QSTR___doc__:
            dest[0] = mo_type_is_user(t) ? dict_get_qstr(t->locals_dict, MO_QSTR___doc__)
                                         : MO_OBJ_NULL;
            if (dest[0] == MO_OBJ_NULL) {
                dest[0] = mo_const_none;
            }
            return true;
        default:
            return false;
    }
}

// Keeps the fast-path flags of a class right when its dict changes.
static void type_update_flags(mo_type_t *t, qstr attr) {
    switch (attr) {
        case MO_QSTR___getattr__:
        case MO_QSTR___getattribute__:
        case MO_QSTR___setattr__:
        case MO_QSTR___delattr__:
            t->flags |= MO_TYPE_FLAG_HAS_SPECIAL_ATTR;
            break;
        case MO_QSTR___eq__:
            t->flags &= (uint16_t)~MO_TYPE_FLAG_EQ_IS_IDENTITY;
            break;
        case MO_QSTR___call__:
            t->call = instance_call;
            break;
        default:
            break;
    }
}

static void type_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_type_t *t = as_type(self);
    if (dest[0] == MO_OBJ_NULL) {
        if (type_load_special(t, attr, dest)) {
            return;
        }
        const mo_type_t *owner;
        mo_obj_t raw = mo_type_lookup_owner(t, attr, &owner);
        if (raw != MO_OBJ_NULL) {
            mo_type_bind(raw, owner, MO_OBJ_NULL, t, dest);
        }
        return;
    }
    if (!mo_type_is_user(t) || t->locals_dict == NULL || t->locals_dict->map.is_fixed) {
        mo_raise_fmt(&mo_type_TypeError, "cannot set '%q' attribute of immutable type '%q'", attr,
                     (qstr)t->name);
    }
    mo_map_t *map = &t->locals_dict->map;
    if (dest[1] == MO_OBJ_NULL) {
        if (mo_map_lookup(map, mo_qstr_obj(attr), MO_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            mo_raise_fmt(&mo_type_AttributeError, "type object '%q' has no attribute '%q'",
                         (qstr)t->name, attr);
        }
    } else {
        mo_map_lookup(map, mo_qstr_obj(attr), MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
        type_update_flags((mo_type_t *)t, attr);
        if (is_data_descriptor(dest[1])) {
            ((mo_type_t *)t)->flags |= MO_TYPE_FLAG_HAS_DATA_DESCRIPTOR;
            // Subclasses made earlier can't be reached to set their flag.
            if (t->flags & MO_TYPE_FLAG_IS_SUBCLASSED) {
                late_data_descriptor = true;
            }
        }
    }
    dest[0] = MO_OBJ_NULL;
}

// cls[item]: __class_getitem__ for user classes; built-in generics return the class.
static mo_obj_t type_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    const mo_type_t *owner;
    mo_obj_t raw = mo_type_lookup_owner(as_type(self), MO_QSTR___class_getitem__, &owner);
    if (raw == MO_OBJ_NULL) {
        return MO_OBJ_NULL;
    }
    mo_obj_t dest[2] = {MO_OBJ_NULL, MO_OBJ_NULL};
    mo_type_bind(raw, owner, MO_OBJ_NULL, as_type(self), dest);
    return call_dest(dest, 1, &index);
}

static mo_obj_t type_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op == MO_BINARY_OP_EQUAL) {
        return mo_bool(lhs == rhs);
    }
    return MO_OBJ_NULL;
}

static mo_obj_t type_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_HASH) {
        return mo_small_int(mo_obj_identity_hash(self));
    }
    if (op == MO_UNARY_OP_BOOL) {
        return mo_const_true;
    }
    return MO_OBJ_NULL;
}

static mo_obj_t type_mro_method(mo_obj_t self) {
    if (!mo_obj_is_type_obj(self)) {
        mo_raise_msg(&mo_type_TypeError, "descriptor 'mro' requires a 'type' object");
    }
    mo_obj_t mro = mo_type_get_mro(as_type(self));
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, mro);
    return list;
}
static MO_DEFINE_FUN_1(type_mro_obj, type_mro_method);

static const mo_map_elem_t type_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_mro), MO_ROM_PTR(&type_mro_obj)},
};
static MO_DEFINE_CONST_DICT(type_locals_dict, type_locals_table);

const mo_type_t mo_type_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .unary_op = type_unary_op,
    .binary_op = type_binary_op,
    .attr = type_attr,
    .subscr = type_subscr,
    .locals_dict = (struct mo_dict *)&type_locals_dict,
};

// ---- making classes -----------------------------------------------------------------

// The native type that instances are laid out as: the most derived of the bases'.
static const mo_type_t *pick_native_base(size_t n_bases, const mo_obj_t *bases) {
    const mo_type_t *native = &mo_type_object;
    for (size_t i = 0; i < n_bases; i++) {
        const mo_type_t *nb = mo_type_native_base(as_type(bases[i]));
        if (mo_type_is_subclass(native, nb)) {
            continue;
        }
        // All exception classes share one instance layout.
        if ((native->flags & nb->flags & MO_TYPE_FLAG_BASE_EXCEPTION) != 0) {
            continue;
        }
        if (!mo_type_is_subclass(nb, native)) {
            mo_raise_msg(&mo_type_TypeError, "multiple bases have instance lay-out conflict");
        }
        native = nb;
    }
    return native;
}

static void check_bases(size_t n_bases, const mo_obj_t *bases) {
    for (size_t i = 0; i < n_bases; i++) {
        if (!mo_obj_is_type_obj(bases[i])) {
            mo_raise_msg(&mo_type_TypeError, "bases must be types");
        }
        const mo_type_t *b = as_type(bases[i]);
        if ((b->flags & MO_TYPE_FLAG_NOT_SUBCLASSABLE) ||
            (!mo_type_is_user(b) && b->make_new == NULL && b != &mo_type_object)) {
            mo_raise_fmt(&mo_type_TypeError, "type '%q' is not an acceptable base type",
                         (qstr)b->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (bases[j] == bases[i]) {
                mo_raise_fmt(&mo_type_TypeError, "duplicate base class %q", (qstr)b->name);
            }
        }
    }
}

// CPython makes these implicitly static or class methods.
static void wrap_implicit_methods(mo_dict_t *d) {
    static const uint16_t names[] = {MO_QSTR___new__, MO_QSTR___init_subclass__,
                                     MO_QSTR___class_getitem__};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        mo_map_elem_t *e = mo_map_lookup(&d->map, mo_qstr_obj(names[i]), MO_MAP_LOOKUP);
        if (e != NULL && is_function(mo_obj_type(e->value))) {
            mo_static_class_method_t *w = mo_new_obj(mo_static_class_method_t);
            w->base.type = i == 0 ? &mo_type_staticmethod : &mo_type_classmethod;
            w->fun = e->value;
            e->value = MO_OBJ(w);
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if (dict_get_qstr(d, MO_QSTR___eq__) != MO_OBJ_NULL &&
        dict_get_qstr(d, MO_QSTR___hash__) == MO_OBJ_NULL) {
        mo_map_lookup(&d->map, mo_qstr_obj(MO_QSTR___hash__), MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            mo_const_none;
    }
}

static void set_slots(mo_type_t *t) {
    const mo_type_t *native = t->parent;
    t->print = instance_print;
    t->make_new = instance_make_new;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    if (native->get_buffer != NULL) {
        t->get_buffer = instance_get_buffer;
    }
    const mo_type_t *owner;
    if (native->call != NULL || (mo_type_lookup_owner(t, MO_QSTR___call__, &owner) != MO_OBJ_NULL &&
                                 mo_type_is_user(owner))) {
        t->call = instance_call;
    }
}

static bool dict_has_data_descriptor(const mo_dict_t *d) {
    for (size_t i = 0; d != NULL && i < d->map.used; i++) {
        if (d->map.table[i].key != MO_OBJ_NULL && is_data_descriptor(d->map.table[i].value)) {
            return true;
        }
    }
    return false;
}

static bool mro_has_data_descriptor(const mo_type_t *t) {
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(t->mro, &len, &items);
    for (size_t i = 0; i < len; i++) {
        const mo_type_t *c = as_type(items[i]);
        if (mo_type_is_user(c) && dict_has_data_descriptor(c->locals_dict)) {
            return true;
        }
    }
    return false;
}

static void set_flags(mo_type_t *t) {
    const mo_type_t *native = t->parent;
    uint16_t flags = MO_TYPE_FLAG_USER;
    if (native->flags & MO_TYPE_FLAG_BASE_EXCEPTION) {
        flags |= MO_TYPE_FLAG_BASE_EXCEPTION;
    }
    static const uint16_t special_attr[] = {MO_QSTR___getattr__, MO_QSTR___getattribute__,
                                            MO_QSTR___setattr__, MO_QSTR___delattr__};
    const mo_type_t *owner;
    for (size_t i = 0; i < 4; i++) {
        if (mo_type_lookup_owner(t, special_attr[i], &owner) != MO_OBJ_NULL &&
            mo_type_is_user(owner)) {
            flags |= MO_TYPE_FLAG_HAS_SPECIAL_ATTR;
        }
    }
    if (mro_has_data_descriptor(t)) {
        flags |= MO_TYPE_FLAG_HAS_DATA_DESCRIPTOR;
    }
    mo_obj_t eq = mo_type_lookup_owner(t, MO_QSTR___eq__, &owner);
    if (native == &mo_type_object && (eq == MO_OBJ_NULL || !mo_type_is_user(owner))) {
        flags |= MO_TYPE_FLAG_EQ_IS_IDENTITY;
    }
    t->flags = flags;
}

// Calls __set_name__ on the class's attributes that define it.
static void call_set_names(mo_obj_t cls) {
    mo_map_t *map = &as_type(cls)->locals_dict->map;
    for (size_t i = 0; i < map->used; i++) {
        mo_map_elem_t *e = &map->table[i];
        if (e->key == MO_OBJ_NULL) {
            continue;
        }
        mo_obj_t dest[2];
        if (mo_is_ptr(e->value) && mo_type_is_user(mo_obj_type(e->value)) &&
            find_user_special(e->value, MO_QSTR___set_name__, dest)) {
            mo_obj_t a[2] = {cls, e->key};
            call_dest(dest, 2, a);
        }
    }
}

// Runs the nearest base's __init_subclass__ with the class statement's keywords.
void mo_type_init_subclass(mo_obj_t cls, size_t n_kw, const mo_obj_t *kw) {
    mo_super_t s = {{&mo_type_super}, cls, cls};
    mo_obj_t dest[2] = {MO_OBJ_NULL, MO_OBJ_NULL};
    mo_load_method_maybe(MO_OBJ(&s), MO_QSTR___init_subclass__, dest);
    if (dest[0] != MO_OBJ_NULL) {
        call_dest_n(dest, 0, n_kw, kw);
    }
}

mo_obj_t mo_obj_new_type(qstr name, mo_obj_t bases, mo_obj_t dict) {
    if (!mo_obj_is_type(dict, &mo_type_dict)) {
        mo_raise_msg(&mo_type_TypeError, "type() argument 3 must be dict");
    }
    size_t n_bases;
    mo_obj_t *base_items;
    mo_obj_t object_base = MO_OBJ(&mo_type_object);
    mo_obj_get_array(bases, &n_bases, &base_items);
    if (n_bases == 0) {
        bases = mo_obj_new_tuple(1, &object_base);
        mo_obj_get_array(bases, &n_bases, &base_items);
    }
    check_bases(n_bases, base_items);
    mo_type_t *t = mo_new_obj(mo_type_t);
    t->base.type = &mo_type_type;
    t->name = (uint16_t)name;
    t->flags = MO_TYPE_FLAG_USER;
    t->parent = pick_native_base(n_bases, base_items);
    t->bases = bases;
    t->locals_dict = (mo_dict_t *)MO_PTR(dict);
    t->mro = c3_mro(MO_OBJ(t), n_bases, base_items);
    wrap_implicit_methods(t->locals_dict);
    set_slots(t);
    set_flags(t);
    for (size_t i = 0; i < n_bases; i++) {
        if (mo_type_is_user(as_type(base_items[i]))) {
            ((mo_type_t *)MO_PTR(base_items[i]))->flags |= MO_TYPE_FLAG_IS_SUBCLASSED;
        }
    }
    call_set_names(MO_OBJ(t));
    return MO_OBJ(t);
}

// ---- instances: creation and printing --------------------------------------------------

static mo_obj_t instance_make_new(const mo_type_t *cls, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args) {
    const mo_type_t *owner;
    mo_obj_t init_raw = mo_type_lookup_owner(cls, MO_QSTR___init__, &owner);
    bool user_init = init_raw != MO_OBJ_NULL && mo_type_is_user(owner);
    mo_obj_t new_raw = mo_type_lookup_owner(cls, MO_QSTR___new__, &owner);
    bool user_new = new_raw != MO_OBJ_NULL && mo_type_is_user(owner);
    mo_obj_t self;
    if (user_new) {
        mo_obj_t dest[2] = {MO_OBJ_NULL, MO_OBJ_NULL};
        mo_type_bind(new_raw, owner, MO_OBJ_NULL, cls, dest);
        size_t n = 1 + n_args + 2 * n_kw;
        mo_obj_t *a = mo_new(mo_obj_t, n);
        a[0] = MO_OBJ(cls);
        memcpy(a + 1, args, (n - 1) * sizeof(mo_obj_t));
        self = call_dest_n(dest, n_args + 1, n_kw, a);
        if (!mo_type_is_subclass(mo_obj_type(self), cls)) {
            return self;
        }
    } else {
        const mo_type_t *native = cls->parent;
        if (!user_init && native == &mo_type_object && (n_args != 0 || n_kw != 0)) {
            mo_raise_fmt(&mo_type_TypeError, "%q() takes no arguments", (qstr)cls->name);
        }
        self = instance_alloc(cls, n_args, n_kw, args, native_is_immutable(native) || !user_init);
    }
    if (user_init) {
        mo_obj_t dest[2];
        find_user_special(self, MO_QSTR___init__, dest);
        mo_obj_t r = call_dest_n(dest, n_args, n_kw, args);
        if (r != mo_const_none) {
            mo_raise_fmt(&mo_type_TypeError, "__init__() should return None, not '%s'",
                         mo_obj_type_name(r));
        }
    }
    return self;
}

static void print_default_repr(const mo_print_t *print, mo_obj_t self) {
    mo_print_str(print, "<");
    mo_type_print_qualified(print, mo_obj_type(self));
    mo_print_str(print, " object at ");
    print_hex_address(print, self);
    mo_print_str(print, ">");
}

static bool print_via_special(const mo_print_t *print, mo_obj_t self, qstr name) {
    mo_obj_t dest[2];
    if (!find_user_special(self, name, dest)) {
        return false;
    }
    mo_obj_t r = call_dest(dest, 0, NULL);
    if (!mo_obj_is_str(r)) {
        mo_raise_fmt(&mo_type_TypeError, "%q returned non-string (type %s)", name,
                     mo_obj_type_name(r));
    }
    mo_obj_print(print, r, MO_PRINT_STR);
    return true;
}

static void instance_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_stack_check();
    if (kind == MO_PRINT_STR && print_via_special(print, self, MO_QSTR___str__)) {
        return;
    }
    if (print_via_special(print, self, MO_QSTR___repr__)) {
        return;
    }
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native != &mo_type_object && native->print != NULL) {
        native->print(print, mo_instance_native(self), kind);
        return;
    }
    print_default_repr(print, self);
}

// ---- instances: attributes ------------------------------------------------------------

// object.__getattribute__: data descriptors, then the instance dict, then the class.
static void generic_instance_load(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_type_t *cls = mo_obj_type(self);
    // Without data descriptors the instance dict wins: look there first and skip
    // the walk along the MRO for plain instance attributes.
    if (!(cls->flags & MO_TYPE_FLAG_HAS_DATA_DESCRIPTOR) && !late_data_descriptor) {
        mo_obj_t v = dict_get_qstr(mo_obj_instance_dict(self), attr);
        if (v != MO_OBJ_NULL) {
            dest[0] = v;
            return;
        }
    }
    const mo_type_t *owner;
    mo_obj_t raw = mo_type_lookup_owner(cls, attr, &owner);
    if (raw != MO_OBJ_NULL && is_data_descriptor(raw)) {
        mo_type_bind(raw, owner, self, cls, dest);
        return;
    }
    mo_dict_t *d = mo_obj_instance_dict(self);
    mo_obj_t v = dict_get_qstr(d, attr);
    if (v != MO_OBJ_NULL) {
        dest[0] = v;
        return;
    }
    if (raw != MO_OBJ_NULL) {
        mo_type_bind(raw, owner, self, cls, dest);
        return;
    }
    if (attr == MO_QSTR___class__) {
        dest[0] = MO_OBJ(cls);
        return;
    }
    if (attr == MO_QSTR___dict__ && d != NULL) {
        dest[0] = MO_OBJ(d);
        return;
    }
    const mo_type_t *native = mo_type_native_base(cls);
    if (native != &mo_type_object && native->attr != NULL) {
        native->attr(mo_instance_native(self), attr, dest);
    }
}

// object.__setattr__ / __delattr__ (dest[1] NULL: delete).
static void generic_instance_store(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_type_t *cls = mo_obj_type(self);
    mo_obj_t value = dest[1];
    // No data descriptor can intercept: store straight into the instance dict.
    if (value != MO_OBJ_NULL && mo_type_is_user(cls) && !late_data_descriptor &&
        (cls->flags & (MO_TYPE_FLAG_HAS_DATA_DESCRIPTOR | MO_TYPE_FLAG_BASE_EXCEPTION)) == 0) {
        mo_dict_t *d = &((mo_instance_t *)MO_PTR(self))->dict;
        mo_map_lookup(&d->map, mo_qstr_obj(attr), MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        dest[0] = MO_OBJ_NULL;
        return;
    }
    const mo_type_t *owner;
    mo_obj_t raw = mo_type_lookup_owner(cls, attr, &owner);
    if (raw != MO_OBJ_NULL && mo_obj_is_type(raw, &mo_type_property)) {
        mo_property_t *p = (mo_property_t *)MO_PTR(raw);
        if (value != MO_OBJ_NULL) {
            if (p->fset == mo_const_none) {
                raise_property_error(self, attr, "setter");
            }
            mo_call2(p->fset, self, value);
        } else {
            if (p->fdel == mo_const_none) {
                raise_property_error(self, attr, "deleter");
            }
            mo_call1(p->fdel, self);
        }
        dest[0] = MO_OBJ_NULL;
        return;
    }
    mo_obj_t m[2];
    if (raw != MO_OBJ_NULL && value != MO_OBJ_NULL && find_user_special(raw, MO_QSTR___set__, m)) {
        mo_obj_t a[2] = {self, value};
        call_dest(m, 2, a);
        dest[0] = MO_OBJ_NULL;
        return;
    }
    if (raw != MO_OBJ_NULL && value == MO_OBJ_NULL && find_user_special(raw, MO_QSTR___delete__, m)) {
        call_dest(m, 1, &self);
        dest[0] = MO_OBJ_NULL;
        return;
    }
    const mo_type_t *native = mo_type_native_base(cls);
    if (native->flags & MO_TYPE_FLAG_BASE_EXCEPTION) {
        mo_exception_attr(self, attr, dest);
        if (dest[0] == MO_OBJ_NULL) {
            return;
        }
    }
    mo_dict_t *d = mo_obj_instance_dict(self);
    if (d == NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                     mo_obj_type_name(self), attr);
    }
    if (value != MO_OBJ_NULL) {
        mo_map_lookup(&d->map, mo_qstr_obj(attr), MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    } else if (mo_map_lookup(&d->map, mo_qstr_obj(attr), MO_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                     mo_obj_type_name(self), attr);
    }
    dest[0] = MO_OBJ_NULL;
}

static bool is_attribute_error(mo_obj_t exc) {
    return mo_obj_exception_match(exc, MO_OBJ(&mo_type_AttributeError));
}

// A user __getattribute__; an AttributeError from it falls back to __getattr__.
static bool load_via_getattribute(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    mo_obj_t m[2];
    if (!find_user_special(self, MO_QSTR___getattribute__, m)) {
        return false;
    }
    mo_obj_t name = mo_qstr_obj(attr);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        dest[0] = call_dest(m, 1, &name);
        mo_nlr_pop();
    } else if (!is_attribute_error(nlr.ret_val)) {
        mo_nlr_jump(nlr.ret_val);
    }
    return true;
}

static void instance_load(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_type_t *cls = mo_obj_type(self);
    if (!(cls->flags & MO_TYPE_FLAG_HAS_SPECIAL_ATTR) || !load_via_getattribute(self, attr, dest)) {
        generic_instance_load(self, attr, dest);
    }
    mo_obj_t m[2];
    if (dest[0] == MO_OBJ_NULL && (cls->flags & MO_TYPE_FLAG_HAS_SPECIAL_ATTR) &&
        find_user_special(self, MO_QSTR___getattr__, m)) {
        mo_obj_t name = mo_qstr_obj(attr);
        dest[0] = call_dest(m, 1, &name);
        dest[1] = MO_OBJ_NULL;
    }
}

static void instance_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL) {
        instance_load(self, attr, dest);
        return;
    }
    mo_obj_t m[2];
    const mo_type_t *cls = mo_obj_type(self);
    if (cls->flags & MO_TYPE_FLAG_HAS_SPECIAL_ATTR) {
        mo_obj_t name = mo_qstr_obj(attr);
        if (dest[1] != MO_OBJ_NULL && find_user_special(self, MO_QSTR___setattr__, m)) {
            mo_obj_t a[2] = {name, dest[1]};
            call_dest(m, 2, a);
            dest[0] = MO_OBJ_NULL;
            return;
        }
        if (dest[1] == MO_OBJ_NULL && find_user_special(self, MO_QSTR___delattr__, m)) {
            call_dest(m, 1, &name);
            dest[0] = MO_OBJ_NULL;
            return;
        }
    }
    generic_instance_store(self, attr, dest);
}

// ---- instances: operators ---------------------------------------------------------------


static bool is_int_like(mo_obj_t r) {
    return mo_obj_is_int(r) || mo_obj_is_type(r, &mo_type_bool);
}

static mo_obj_t checked_len(mo_obj_t r) {
    mo_int_t n;
    if (is_int_like(r) && !mo_obj_get_int_maybe(r, &n)) {
        mo_raise_msg(&mo_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (!mo_obj_get_int_maybe(r, &n) || mo_obj_is_type(r, &mo_type_float)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(r));
    }
    if (n < 0) {
        mo_raise_msg(&mo_type_ValueError, "__len__() should return >= 0");
    }
    return mo_small_int(n);
}

static mo_obj_t checked_hash(mo_obj_t r) {
    if (mo_is_small_int(r)) {
        return r;
    }
    if (!mo_obj_is_int(r) && !mo_obj_is_type(r, &mo_type_bool)) {
        mo_raise_msg(&mo_type_TypeError, "__hash__ method should return an integer");
    }
    return mo_small_int(mo_obj_hash(r));
}


// Checks what a conversion method returned, as CPython's int()/float()/index do.
static mo_obj_t checked_conversion(int op, qstr name, mo_obj_t r) {
    if ((op == MO_UNARY_OP_INT || op == MO_UNARY_OP_INDEX) && !is_int_like(r)) {
        mo_raise_fmt(&mo_type_TypeError, "%q returned non-int (type %s)", name,
                     mo_obj_type_name(r));
    }
    if (op == MO_UNARY_OP_FLOAT && !mo_obj_is_type(r, &mo_type_float)) {
        mo_raise_fmt(&mo_type_TypeError, "%q returned non-float (type %s)", name,
                     mo_obj_type_name(r));
    }
    return r;
}

static mo_obj_t unary_native(int op, mo_obj_t self) {
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native != &mo_type_object && native->unary_op != NULL && native_has_subobj(native)) {
        return native->unary_op(op, mo_instance_native(self));
    }
    return MO_OBJ_NULL;
}

static mo_obj_t instance_unary_op(int op, mo_obj_t self) {
    if (op < 0 || (size_t)op >= sizeof(unary_op_names) / sizeof(unary_op_names[0]) ||
        unary_op_names[op] == 0) {
        return MO_OBJ_NULL;
    }
    qstr name = unary_op_names[op];
    mo_obj_t dest[2];
    if (op == MO_UNARY_OP_HASH) {
        if (mo_type_lookup(mo_obj_type(self), MO_QSTR___hash__) == mo_const_none) {
            mo_raise_fmt(&mo_type_TypeError, "unhashable type: '%s'", mo_obj_type_name(self));
        }
        if (find_user_special(self, name, dest)) {
            return checked_hash(call_dest(dest, 0, NULL));
        }
        mo_obj_t r = unary_native(op, self);
        return r != MO_OBJ_NULL ? r : mo_small_int(mo_obj_identity_hash(self));
    }
    if (find_user_special(self, name, dest)) {
        mo_obj_t r = call_dest(dest, 0, NULL);
        if (op == MO_UNARY_OP_BOOL) {
            if (!mo_obj_is_type(r, &mo_type_bool)) {
                mo_raise_fmt(&mo_type_TypeError, "__bool__ should return bool, returned %s",
                             mo_obj_type_name(r));
            }
            return r;
        }
        if (op == MO_UNARY_OP_LEN) {
            return checked_len(r);
        }
        return checked_conversion(op, name, r);
    }
    if (op == MO_UNARY_OP_BOOL && find_user_special(self, MO_QSTR___len__, dest)) {
        return mo_bool(mo_small_int_value(checked_len(call_dest(dest, 0, NULL))) != 0);
    }
    if ((op == MO_UNARY_OP_INT || op == MO_UNARY_OP_FLOAT) &&
        find_user_special(self, MO_QSTR___index__, dest)) {
        mo_obj_t r = checked_conversion(MO_UNARY_OP_INDEX, MO_QSTR___index__, call_dest(dest, 0, NULL));
        return op == MO_UNARY_OP_FLOAT ? mo_obj_new_float(mo_obj_get_float(r)) : r;
    }
    return unary_native(op, self);
}

static const uint16_t compare_op_names[] = {
    [MO_BINARY_OP_LESS] = MO_QSTR___lt__,        [MO_BINARY_OP_MORE] = MO_QSTR___gt__,
    [MO_BINARY_OP_EQUAL] = MO_QSTR___eq__,       [MO_BINARY_OP_LESS_EQUAL] = MO_QSTR___le__,
    [MO_BINARY_OP_MORE_EQUAL] = MO_QSTR___ge__,  [MO_BINARY_OP_NOT_EQUAL] = MO_QSTR___ne__,
};

// Plain, in-place and reflected forms, in the order of the MO_BINARY_OP_OR group.
static const uint16_t arith_op_names[3][13] = {
    {MO_QSTR___or__, MO_QSTR___xor__, MO_QSTR___and__, MO_QSTR___lshift__, MO_QSTR___rshift__,
     MO_QSTR___add__, MO_QSTR___sub__, MO_QSTR___mul__, MO_QSTR___matmul__,
     MO_QSTR___floordiv__, MO_QSTR___truediv__, MO_QSTR___mod__, MO_QSTR___pow__},
    {MO_QSTR___ior__, MO_QSTR___ixor__, MO_QSTR___iand__, MO_QSTR___ilshift__,
     MO_QSTR___irshift__, MO_QSTR___iadd__, MO_QSTR___isub__, MO_QSTR___imul__,
     MO_QSTR___imatmul__, MO_QSTR___ifloordiv__, MO_QSTR___itruediv__, MO_QSTR___imod__,
     MO_QSTR___ipow__},
    {MO_QSTR___ror__, MO_QSTR___rxor__, MO_QSTR___rand__, MO_QSTR___rlshift__,
     MO_QSTR___rrshift__, MO_QSTR___radd__, MO_QSTR___rsub__, MO_QSTR___rmul__,
     MO_QSTR___rmatmul__, MO_QSTR___rfloordiv__, MO_QSTR___rtruediv__, MO_QSTR___rmod__,
     MO_QSTR___rpow__},
};

static qstr binary_op_name(int op) {
    if (op >= MO_BINARY_OP_LESS && op <= MO_BINARY_OP_NOT_EQUAL) {
        return compare_op_names[op];
    }
    if (op >= MO_BINARY_OP_INPLACE_OR && op <= MO_BINARY_OP_INPLACE_POWER) {
        return arith_op_names[1][op - MO_BINARY_OP_INPLACE_OR];
    }
    if (op >= MO_BINARY_OP_OR && op <= MO_BINARY_OP_POWER) {
        return arith_op_names[0][op - MO_BINARY_OP_OR];
    }
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        return arith_op_names[2][op - MO_BINARY_OP_REVERSE_OR];
    }
    if (op == MO_BINARY_OP_DIVMOD) {
        return MO_QSTR___divmod__;
    }
    if (op == MO_BINARY_OP_CONTAINS) {
        return MO_QSTR___contains__;
    }
    return MO_QSTR_NULL;
}

// `in` by iteration, for classes with __iter__ or __getitem__ but no __contains__.
static mo_obj_t contains_by_iteration(mo_obj_t self, mo_obj_t item) {
    mo_obj_t it = mo_getiter(self, NULL);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (x == item || mo_obj_equal(x, item)) {
            return mo_const_true;
        }
    }
    return mo_const_false;
}

static mo_obj_t binary_native(int op, mo_obj_t self, mo_obj_t other) {
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (!native_has_subobj(native) || native->binary_op == NULL) {
        return MO_OBJ_NULL;
    }
    mo_obj_t ns = mo_instance_native(self);
    mo_obj_t r = native->binary_op(op, ns, mo_instance_native(other));
    // list.__iadd__ and friends return the native object: the result is self.
    return r == ns ? self : r;
}

static bool is_repeatable_sequence(mo_obj_t o) {
    return mo_obj_is_str(o) || mo_obj_is_type(o, &mo_type_bytes) ||
           mo_obj_is_type(o, &mo_type_bytearray) || mo_obj_is_type(o, &mo_type_list) ||
           mo_obj_is_type(o, &mo_type_tuple);
}

static mo_obj_t instance_binary_op(int op, mo_obj_t self, mo_obj_t other) {
    qstr name = binary_op_name(op);
    if (name == MO_QSTR_NULL) {
        return MO_OBJ_NULL;
    }
    mo_obj_t dest[2];
    if (find_user_special(self, name, dest)) {
        mo_obj_t r = call_dest(dest, 1, &other);
        if (op == MO_BINARY_OP_CONTAINS) {
            return mo_bool(mo_obj_is_true(r));
        }
        return r;
    }
    if ((op == MO_BINARY_OP_MULTIPLY || op == MO_BINARY_OP_REVERSE_MULTIPLY) &&
        is_repeatable_sequence(other) && find_user_special(self, MO_QSTR___index__, dest)) {
        // seq * obj and obj * seq repeat by obj.__index__(), as CPython's sequences do.
        mo_obj_t n = checked_conversion(MO_UNARY_OP_INDEX, MO_QSTR___index__,
                                        call_dest(dest, 0, NULL));
        return mo_binary_op(MO_BINARY_OP_MULTIPLY, other, n);
    }
    if (op == MO_BINARY_OP_NOT_EQUAL && find_user_special(self, MO_QSTR___eq__, dest)) {
        mo_obj_t r = call_dest(dest, 1, &other);
        return r == mo_const_notimplemented ? r : mo_bool(!mo_obj_is_true(r));
    }
    if (op == MO_BINARY_OP_CONTAINS && (find_user_special(self, MO_QSTR___iter__, dest) ||
                                        find_user_special(self, MO_QSTR___getitem__, dest))) {
        return contains_by_iteration(self, other);
    }
    mo_obj_t r = binary_native(op, self, other);
    if (r == MO_OBJ_NULL && op == MO_BINARY_OP_CONTAINS) {
        mo_raise_fmt(&mo_type_TypeError, "argument of type '%s' is not iterable",
                     mo_obj_type_name(self));
    }
    return r;
}

// ---- instances: containers, iteration, calls --------------------------------------------

static mo_obj_t instance_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_obj_t dest[2];
    if (value == MO_OBJ_SENTINEL) {
        if (find_user_special(self, MO_QSTR___getitem__, dest)) {
            return call_dest(dest, 1, &index);
        }
    } else if (value == MO_OBJ_NULL) {
        if (find_user_special(self, MO_QSTR___delitem__, dest)) {
            call_dest(dest, 1, &index);
            return mo_const_none;
        }
    } else if (find_user_special(self, MO_QSTR___setitem__, dest)) {
        mo_obj_t a[2] = {index, value};
        call_dest(dest, 2, a);
        return mo_const_none;
    }
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native_has_subobj(native) && native->subscr != NULL) {
        mo_obj_t ns = mo_instance_native(self);
        // dict subclasses: a missing key goes to __missing__, as dict.__getitem__ does.
        if (value == MO_OBJ_SENTINEL && mo_type_is_subclass(native, &mo_type_dict) &&
            find_user_special(self, MO_QSTR___missing__, dest) &&
            mo_dict_get(ns, index) == MO_OBJ_NULL) {
            return call_dest(dest, 1, &index);
        }
        return native->subscr(ns, index, value);
    }
    return MO_OBJ_NULL;
}

static bool is_iterator(mo_obj_t o) {
    const mo_type_t *t = mo_obj_type(o);
    if (mo_type_is_user(t)) {
        mo_obj_t dest[2];
        return find_user_special(o, MO_QSTR___next__, dest) ||
               (native_has_subobj(t->parent) && t->parent->iternext != NULL);
    }
    return t->iternext != NULL;
}

static mo_obj_t instance_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    mo_obj_t dest[2];
    if (find_user_special(self, MO_QSTR___iter__, dest)) {
        mo_obj_t r = call_dest(dest, 0, NULL);
        if (!is_iterator(r)) {
            mo_raise_fmt(&mo_type_TypeError, "iter() returned non-iterator of type '%s'",
                         mo_obj_type_name(r));
        }
        return r;
    }
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native_has_subobj(native) && native->getiter != NULL) {
        return native->getiter(mo_instance_native(self), iter_buf);
    }
    // The runtime falls back to __getitem__ (the sequence protocol) or raises.
    return MO_OBJ_NULL;
}

static mo_obj_t instance_iternext(mo_obj_t self) {
    mo_obj_t dest[2];
    if (find_user_special(self, MO_QSTR___next__, dest)) {
        // StopIteration raised by __next__ propagates: mo_iternext turns it into the
        // sentinel, and next() passes it on with its value.
        return call_dest(dest, 0, NULL);
    }
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native_has_subobj(native) && native->iternext != NULL) {
        return native->iternext(mo_instance_native(self));
    }
    mo_raise_fmt(&mo_type_TypeError, "'%s' object is not an iterator", mo_obj_type_name(self));
}

static mo_obj_t instance_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    mo_obj_t dest[2];
    if (find_user_special(self, MO_QSTR___call__, dest)) {
        return call_dest_n(dest, n_args, n_kw, args);
    }
    const mo_type_t *native = mo_obj_type(self)->parent;
    if (native_has_subobj(native) && native->call != NULL) {
        return native->call(mo_instance_native(self), n_args, n_kw, args);
    }
    mo_raise_fmt(&mo_type_TypeError, "'%s' object is not callable", mo_obj_type_name(self));
}

static int instance_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags) {
    const mo_type_t *native = mo_obj_type(self)->parent;
    return native->get_buffer(mo_instance_native(self), info, flags);
}

mo_obj_t mo_instance_format(mo_obj_t value, mo_obj_t spec) {
    mo_obj_t dest[2];
    if (!mo_is_ptr(value) || !mo_type_is_user(mo_obj_type(value)) ||
        !find_user_special(value, MO_QSTR___format__, dest)) {
        return MO_OBJ_NULL;
    }
    mo_obj_t r = call_dest(dest, 1, &spec);
    if (!mo_obj_is_str(r)) {
        mo_raise_fmt(&mo_type_TypeError, "__format__ must return a str, not %s",
                     mo_obj_type_name(r));
    }
    return r;
}

// ---- object ------------------------------------------------------------------------------

static mo_obj_t object_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                const mo_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "object() takes no arguments");
    }
    mo_base_t *o = mo_new_obj(mo_base_t);
    o->type = &mo_type_object;
    return MO_OBJ(o);
}

static void object_print(const mo_print_t *print, mo_obj_t self, int kind) {
    print_default_repr(print, self);
}

static void object_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL) {
        mo_generic_attr_load(self, attr, dest);
    }
}

// Flattens a keyword map into (name, value) pairs after the positional args.
static mo_obj_t *args_with_kw(size_t n_args, const mo_obj_t *args, mo_map_t *kw, size_t *n_kw) {
    *n_kw = kw != NULL ? kw->count : 0;
    mo_obj_t *a = mo_new(mo_obj_t, n_args + 2 * *n_kw + 1);
    memcpy(a, args, n_args * sizeof(mo_obj_t));
    size_t k = n_args;
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        if (kw->table[i].key != MO_OBJ_NULL) {
            a[k++] = kw->table[i].key;
            a[k++] = kw->table[i].value;
        }
    }
    return a;
}

// object.__init__: for a subclass of a mutable built-in (list, dict...), builds the
// native part from the arguments, as list.__init__ would.
static mo_obj_t object_init(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t self = args[0];
    const mo_type_t *t = mo_obj_type(self);
    if (mo_type_is_user(t) && native_has_subobj(t->parent) && !native_is_immutable(t->parent)) {
        size_t n_kw;
        mo_obj_t *a = args_with_kw(n_args - 1, args + 1, kw, &n_kw);
        ((mo_instance_t *)MO_PTR(self))->subobj[0] = native_make(t->parent, n_args - 1, n_kw, a);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(object_init_obj, 1, object_init);

static mo_obj_t object_new(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (!mo_obj_is_type_obj(args[0])) {
        mo_raise_fmt(&mo_type_TypeError, "object.__new__(X): X is not a type object (%s)",
                     mo_obj_type_name(args[0]));
    }
    const mo_type_t *cls = as_type(args[0]);
    if (!mo_type_is_user(cls)) {
        return native_make(cls, n_args - 1, 0, args + 1);
    }
    size_t n_kw;
    mo_obj_t *a = args_with_kw(n_args - 1, args + 1, kw, &n_kw);
    return instance_alloc(cls, n_args - 1, n_kw, a, true);
}
static MO_DEFINE_FUN_KW(object_new_fun_obj, 1, object_new);
static const mo_static_class_method_t object_new_obj = {{&mo_type_staticmethod},
                                                        MO_ROM_PTR(&object_new_fun_obj)};

static mo_obj_t object_eq(mo_obj_t self, mo_obj_t other) {
    return self == other ? mo_const_true : mo_const_notimplemented;
}
static MO_DEFINE_FUN_2(object_eq_obj, object_eq);

static mo_obj_t object_ne(mo_obj_t self, mo_obj_t other) {
    return self == other ? mo_const_false : mo_const_notimplemented;
}
static MO_DEFINE_FUN_2(object_ne_obj, object_ne);

static mo_obj_t object_hash(mo_obj_t self) {
    return mo_small_int(mo_obj_identity_hash(self));
}
static MO_DEFINE_FUN_1(object_hash_obj, object_hash);

static mo_obj_t object_repr(mo_obj_t self) {
    if (!mo_type_is_user(mo_obj_type(self))) {
        return mo_obj_repr(self);  // (5).__repr__() and the like
    }
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 32);
    mo_print_to_vstr(&p, &v);
    print_default_repr(&p, self);
    return mo_obj_new_str_from_vstr(&v);
}
static MO_DEFINE_FUN_1(object_repr_obj, object_repr);

// object.__str__ is type(self).__repr__(self); built-in types print their str().
static mo_obj_t object_str(mo_obj_t self) {
    return mo_type_is_user(mo_obj_type(self)) ? mo_obj_repr(self) : mo_obj_str(self);
}
static MO_DEFINE_FUN_1(object_str_obj, object_str);

static mo_obj_t object_getattribute(mo_obj_t self, mo_obj_t name) {
    qstr attr = mo_obj_str_get_qstr(name);
    mo_obj_t dest[2] = {MO_OBJ_NULL, MO_OBJ_NULL};
    if (mo_type_is_user(mo_obj_type(self))) {
        generic_instance_load(self, attr, dest);
    } else {
        mo_load_method_maybe(self, attr, dest);
    }
    if (dest[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                     mo_obj_type_name(self), attr);
    }
    return dest[1] != MO_OBJ_NULL ? mo_obj_new_bound_meth(dest[0], dest[1]) : dest[0];
}
static MO_DEFINE_FUN_2(object_getattribute_obj, object_getattribute);

static mo_obj_t object_setattr(mo_obj_t self, mo_obj_t name, mo_obj_t value) {
    mo_obj_t dest[2] = {MO_OBJ_SENTINEL, value};
    generic_instance_store(self, mo_obj_str_get_qstr(name), dest);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(object_setattr_obj, object_setattr);

static mo_obj_t object_delattr(mo_obj_t self, mo_obj_t name) {
    mo_obj_t dest[2] = {MO_OBJ_SENTINEL, MO_OBJ_NULL};
    generic_instance_store(self, mo_obj_str_get_qstr(name), dest);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(object_delattr_obj, object_delattr);

static mo_obj_t object_format(mo_obj_t self, mo_obj_t spec) {
    size_t len;
    mo_obj_str_get_data(spec, &len);
    if (len != 0) {
        mo_raise_fmt(&mo_type_TypeError, "unsupported format string passed to %s.__format__",
                     mo_obj_type_name(self));
    }
    return mo_obj_str(self);
}
static MO_DEFINE_FUN_2(object_format_obj, object_format);

static mo_obj_t object_init_subclass(mo_obj_t cls) {
    return mo_const_none;
}
static MO_DEFINE_FUN_1(object_init_subclass_fun_obj, object_init_subclass);
static const mo_static_class_method_t object_init_subclass_obj = {
    {&mo_type_classmethod}, MO_ROM_PTR(&object_init_subclass_fun_obj)};

static const mo_map_elem_t object_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___init__), MO_ROM_PTR(&object_init_obj)},
    {MO_ROM_QSTR(MO_QSTR___new__), MO_ROM_PTR(&object_new_obj)},
    {MO_ROM_QSTR(MO_QSTR___eq__), MO_ROM_PTR(&object_eq_obj)},
    {MO_ROM_QSTR(MO_QSTR___ne__), MO_ROM_PTR(&object_ne_obj)},
    {MO_ROM_QSTR(MO_QSTR___hash__), MO_ROM_PTR(&object_hash_obj)},
    {MO_ROM_QSTR(MO_QSTR___repr__), MO_ROM_PTR(&object_repr_obj)},
    {MO_ROM_QSTR(MO_QSTR___str__), MO_ROM_PTR(&object_str_obj)},
    {MO_ROM_QSTR(MO_QSTR___getattribute__), MO_ROM_PTR(&object_getattribute_obj)},
    {MO_ROM_QSTR(MO_QSTR___setattr__), MO_ROM_PTR(&object_setattr_obj)},
    {MO_ROM_QSTR(MO_QSTR___delattr__), MO_ROM_PTR(&object_delattr_obj)},
    {MO_ROM_QSTR(MO_QSTR___format__), MO_ROM_PTR(&object_format_obj)},
    {MO_ROM_QSTR(MO_QSTR___init_subclass__), MO_ROM_PTR(&object_init_subclass_obj)},
};
static MO_DEFINE_CONST_DICT(object_locals_dict, object_locals_table);

const mo_type_t mo_type_object = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_object,
    .print = object_print,
    .make_new = object_make_new,
    .attr = object_attr,
    .locals_dict = (struct mo_dict *)&object_locals_dict,
};

// ---- property --------------------------------------------------------------------------

// An argument given by position or by keyword, or dflt.
static mo_obj_t get_arg(size_t n_args, size_t n_kw, const mo_obj_t *args, size_t pos, qstr name,
                        mo_obj_t dflt) {
    if (pos < n_args) {
        return args[pos];
    }
    for (size_t i = 0; i < n_kw; i++) {
        if (mo_obj_str_get_qstr(args[n_args + 2 * i]) == name) {
            return args[n_args + 2 * i + 1];
        }
    }
    return dflt;
}

static mo_obj_t property_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args) {
    if (n_args > 4) {
        mo_raise_fmt(&mo_type_TypeError, "property() takes at most 4 arguments (%u given)",
                     (unsigned)n_args);
    }
    mo_property_t *p = mo_new_obj(mo_property_t);
    p->base.type = &mo_type_property;
    p->fget = get_arg(n_args, n_kw, args, 0, MO_QSTR_fget, mo_const_none);
    p->fset = get_arg(n_args, n_kw, args, 1, MO_QSTR_fset, mo_const_none);
    p->fdel = get_arg(n_args, n_kw, args, 2, MO_QSTR_fdel, mo_const_none);
    p->doc = get_arg(n_args, n_kw, args, 3, MO_QSTR_doc, mo_const_none);
    return MO_OBJ(p);
}

static mo_obj_t property_copy_with(mo_obj_t self, int which, mo_obj_t fun) {
    mo_property_t *p = mo_new_obj(mo_property_t);
    *p = *(mo_property_t *)MO_PTR(self);
    mo_obj_t *slot = which == 0 ? &p->fget : which == 1 ? &p->fset : &p->fdel;
    *slot = fun;
    return MO_OBJ(p);
}

static mo_obj_t property_getter(mo_obj_t self, mo_obj_t fun) {
    return property_copy_with(self, 0, fun);
}
static MO_DEFINE_FUN_2(property_getter_obj, property_getter);

static mo_obj_t property_setter(mo_obj_t self, mo_obj_t fun) {
    return property_copy_with(self, 1, fun);
}
static MO_DEFINE_FUN_2(property_setter_obj, property_setter);

static mo_obj_t property_deleter(mo_obj_t self, mo_obj_t fun) {
    return property_copy_with(self, 2, fun);
}
static MO_DEFINE_FUN_2(property_deleter_obj, property_deleter);

static mo_obj_t property_get(size_t n_args, const mo_obj_t *args) {
    mo_property_t *p = (mo_property_t *)MO_PTR(args[0]);
    if (args[1] == mo_const_none) {
        return args[0];
    }
    return mo_call1(p->fget, args[1]);
}
static MO_DEFINE_FUN_VAR(property_get_obj, 2, 3, property_get);

static mo_obj_t property_set(mo_obj_t self, mo_obj_t obj, mo_obj_t value) {
    mo_property_t *p = (mo_property_t *)MO_PTR(self);
    if (p->fset == mo_const_none) {
        mo_raise_msg(&mo_type_AttributeError, "can't set attribute");
    }
    mo_call2(p->fset, obj, value);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(property_set_obj, property_set);

static void property_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    mo_property_t *p = (mo_property_t *)MO_PTR(self);
    switch (attr) {
        case MO_QSTR_fget:
            dest[0] = p->fget;
            return;
        case MO_QSTR_fset:
            dest[0] = p->fset;
            return;
        case MO_QSTR_fdel:
            dest[0] = p->fdel;
            return;
        case MO_QSTR___doc__:
            dest[0] = p->doc;
            return;
        default:
            mo_generic_attr_load(self, attr, dest);
    }
}

static const mo_map_elem_t property_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_getter), MO_ROM_PTR(&property_getter_obj)},
    {MO_ROM_QSTR(MO_QSTR_setter), MO_ROM_PTR(&property_setter_obj)},
    {MO_ROM_QSTR(MO_QSTR_deleter), MO_ROM_PTR(&property_deleter_obj)},
    {MO_ROM_QSTR(MO_QSTR___get__), MO_ROM_PTR(&property_get_obj)},
    {MO_ROM_QSTR(MO_QSTR___set__), MO_ROM_PTR(&property_set_obj)},
};
static MO_DEFINE_CONST_DICT(property_locals_dict, property_locals_table);

const mo_type_t mo_type_property = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_property,
    .print = object_print,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = (struct mo_dict *)&property_locals_dict,
};

// ---- staticmethod and classmethod ------------------------------------------------------

static mo_obj_t static_class_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                      const mo_obj_t *args) {
    if (n_args != 1 || n_kw != 0) {
        mo_raise_fmt(&mo_type_TypeError, "%q expected 1 argument, got %u", (qstr)type->name,
                     (unsigned)n_args);
    }
    mo_static_class_method_t *o = mo_new_obj(mo_static_class_method_t);
    o->base.type = type;
    o->fun = args[0];
    return MO_OBJ(o);
}

static void static_class_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    if (attr == MO_QSTR___func__ || attr == MO_QSTR___wrapped__) {
        dest[0] = ((mo_static_class_method_t *)MO_PTR(self))->fun;
        return;
    }
    mo_generic_attr_load(self, attr, dest);
}

static void static_class_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "<%q(%R)>", (qstr)mo_obj_type(self)->name,
              ((mo_static_class_method_t *)MO_PTR(self))->fun);
}

// Calling a staticmethod object directly calls its function (Python 3.10+).
static mo_obj_t static_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    return mo_call(((mo_static_class_method_t *)MO_PTR(self))->fun, n_args, n_kw, args);
}

const mo_type_t mo_type_staticmethod = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_staticmethod,
    .print = static_class_print,
    .make_new = static_class_make_new,
    .call = static_call,
    .attr = static_class_attr,
};

const mo_type_t mo_type_classmethod = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_classmethod,
    .print = static_class_print,
    .make_new = static_class_make_new,
    .attr = static_class_attr,
};

// ---- super ------------------------------------------------------------------------------

mo_obj_t mo_obj_new_super(mo_obj_t type, mo_obj_t obj) {
    mo_super_t *s = mo_new_obj(mo_super_t);
    s->base.type = &mo_type_super;
    s->type = type;
    s->obj = obj;
    return MO_OBJ(s);
}

static mo_obj_t super_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    if (n_args == 0) {
        mo_raise_msg(&mo_type_RuntimeError, "super(): no arguments");
    }
    if (n_args > 2 || n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "super() takes at most 2 arguments");
    }
    if (!mo_obj_is_type_obj(args[0])) {
        mo_raise_fmt(&mo_type_TypeError, "super() argument 1 must be a type, not %s",
                     mo_obj_type_name(args[0]));
    }
    mo_obj_t obj = n_args == 2 ? args[1] : MO_OBJ_NULL;
    if (obj != MO_OBJ_NULL) {
        const mo_type_t *start = as_type(args[0]);
        bool ok = mo_type_is_subclass(mo_obj_type(obj), start) ||
                  (mo_obj_is_type_obj(obj) && mo_type_is_subclass(as_type(obj), start));
        if (!ok) {
            mo_raise_msg(&mo_type_TypeError,
                         "super(type, obj): obj must be an instance or subtype of type");
        }
    }
    return mo_obj_new_super(args[0], obj);
}

static void super_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_super_t *s = (mo_super_t *)MO_PTR(self);
    mo_print_str(print, "<super: ");
    mo_obj_print(print, s->type, MO_PRINT_REPR);
    mo_print_str(print, ", ");
    if (s->obj == MO_OBJ_NULL) {
        mo_print_str(print, "NULL");
    } else {
        mo_print_str(print, "<");
        mo_type_print_qualified(print, mo_obj_type(s->obj));
        mo_print_str(print, " object>");
    }
    mo_print_str(print, ">");
}

// Looks attr up in the classes after s->type in the MRO of s->obj.
static void super_load(mo_obj_t type, mo_obj_t obj, qstr attr, mo_obj_t *dest) {
    if (obj == MO_OBJ_NULL) {
        return;
    }
    bool obj_is_class = mo_obj_is_type_obj(obj) && mo_type_is_subclass(as_type(obj), as_type(type));
    const mo_type_t *cls = obj_is_class ? as_type(obj) : mo_obj_type(obj);
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(mo_type_get_mro(cls), &len, &items);
    size_t i = 0;
    while (i < len && items[i] != type) {
        i++;
    }
    for (i++; i < len; i++) {
        const mo_type_t *t = as_type(items[i]);
        mo_obj_t raw = dict_get_qstr(t->locals_dict, attr);
        if (raw == MO_OBJ_NULL) {
            raw = slot_method(t, attr);
        }
        if (raw != MO_OBJ_NULL) {
            mo_type_bind(raw, t, obj_is_class ? MO_OBJ_NULL : obj, cls, dest);
            return;
        }
    }
    if (attr == MO_QSTR___class__) {
        dest[0] = MO_OBJ(&mo_type_super);
    }
}

static void super_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    mo_super_t *s = (mo_super_t *)MO_PTR(self);
    super_load(s->type, s->obj, attr, dest);
}

void mo_load_super_method(qstr attr, mo_obj_t *dest) {
    mo_obj_t type = dest[0];
    mo_obj_t self = dest[1];
    dest[0] = MO_OBJ_NULL;
    dest[1] = MO_OBJ_NULL;
    if (!mo_obj_is_type_obj(type)) {
        mo_raise_msg(&mo_type_RuntimeError, "super(): __class__ cell not found");
    }
    super_load(type, self, attr, dest);
    if (dest[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'super' object has no attribute '%q'", attr);
    }
}

const mo_type_t mo_type_super = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};
