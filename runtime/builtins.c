// The builtins module: its dict in ROM (functions, types, exceptions, constants)
// and the built-in functions that are not methods of some type.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "runtime/fileio.h"
#include "runtime/objexcept.h"
#include "runtime/objfun.h"
#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/objiter.h"
#include "runtime/objlist.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "runtime/vm.h"

// ---- argument helpers ------------------------------------------------------------------

static mo_obj_t kw_get(mo_map_t *kw, qstr name, mo_obj_t dflt) {
    if (kw == NULL) {
        return dflt;
    }
    mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP);
    return e != NULL ? e->value : dflt;
}

// Raises TypeError for a keyword not in `allowed` (a 0-terminated qstr list).
static void kw_check(mo_map_t *kw, const char *fname, const uint16_t *allowed) {
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        mo_obj_t k = kw->table[i].key;
        if (k == MO_OBJ_NULL) {
            continue;
        }
        qstr q = mo_obj_str_get_qstr(k);
        bool ok = false;
        for (const uint16_t *a = allowed; *a != 0; a++) {
            ok = ok || *a == q;
        }
        if (!ok) {
            mo_raise_fmt(&mo_type_TypeError, "'%q' is an invalid keyword argument for %s()", q,
                         fname);
        }
    }
}

static qstr attr_name_arg(mo_obj_t name) {
    if (!mo_obj_is_str(name)) {
        mo_raise_fmt(&mo_type_TypeError, "attribute name must be string, not '%s'",
                     mo_obj_type_name(name));
    }
    return mo_obj_str_get_qstr(name);
}

// ---- classes and attributes -------------------------------------------------------------

// The class bodies running now (their functions, innermost last), so that locals()
// can tell a class body's frame from a function's. Only addresses are compared.
#define MAX_CLASS_NESTING 16
static const void *class_bodies[MAX_CLASS_NESTING];
static size_t n_class_bodies;

static const void *body_fun_of(mo_obj_t f) {
    if (mo_obj_is_type(f, &mo_type_closure)) {
        f = ((const mo_obj_closure_t *)MO_PTR(f))->fun;
    }
    return MO_PTR(f);
}

static mo_obj_t builtin_build_class(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args < 2) {
        mo_raise_msg(&mo_type_TypeError, "__build_class__: not enough arguments");
    }
    mo_obj_t meta = kw_get(kw, MO_QSTR_metaclass, MO_OBJ_NULL);
    if (meta != MO_OBJ_NULL && meta != MO_OBJ(&mo_type_type)) {
        mo_raise_msg(&mo_type_TypeError, "metaclass not supported");
    }
    mo_obj_t bases = mo_obj_new_tuple(n_args - 2, args + 2);
    mo_obj_t dict = mo_obj_new_dict(0);
    mo_dict_t *saved_locals = mo_state.locals;
    mo_state.locals = (mo_dict_t *)MO_PTR(dict);
    mo_obj_t cell;
    size_t saved_bodies = n_class_bodies;
    if (n_class_bodies < MAX_CLASS_NESTING) {
        class_bodies[n_class_bodies++] = body_fun_of(args[0]);
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        cell = mo_call0(args[0]);
        mo_nlr_pop();
    } else {
        n_class_bodies = saved_bodies;
        mo_state.locals = saved_locals;
        mo_nlr_jump(nlr.ret_val);
    }
    n_class_bodies = saved_bodies;
    mo_state.locals = saved_locals;
    mo_obj_t cls = mo_obj_new_type(mo_obj_str_get_qstr(args[1]), bases, dict);
    // The body returns the __class__ cell when methods use super() or __class__.
    if (mo_obj_is_type(cell, &mo_type_cell)) {
        mo_obj_cell_set(cell, cls);
    }
    // The class statement's other keywords go to __init_subclass__.
    size_t n_kw = 0;
    mo_obj_t kw_pairs[16];
    for (size_t i = 0; kw != NULL && i < kw->used && n_kw < 8; i++) {
        mo_obj_t k = kw->table[i].key;
        if (k != MO_OBJ_NULL && mo_obj_str_get_qstr(k) != MO_QSTR_metaclass) {
            kw_pairs[2 * n_kw] = k;
            kw_pairs[2 * n_kw + 1] = kw->table[i].value;
            n_kw++;
        }
    }
    mo_type_init_subclass(cls, n_kw, kw_pairs);
    return cls;
}
const mo_fun_builtin_t mo_builtin___build_class___obj = {
    {&mo_type_fun_builtin_kw}, 2, 0xffff, {.kw = builtin_build_class}};

static mo_obj_t builtin_isinstance(mo_obj_t o, mo_obj_t classinfo) {
    return mo_bool(mo_obj_isinstance(o, classinfo));
}
static MO_DEFINE_FUN_2(builtin_isinstance_obj, builtin_isinstance);

static bool issubclass_rec(const mo_type_t *t, mo_obj_t classinfo, int depth) {
    if (mo_obj_is_type_obj(classinfo)) {
        return mo_type_is_subclass(t, (const mo_type_t *)MO_PTR(classinfo));
    }
    if (mo_obj_is_type(classinfo, &mo_type_tuple) && depth < 32) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(classinfo, &len, &items);
        for (size_t i = 0; i < len; i++) {
            if (issubclass_rec(t, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    mo_raise_msg(&mo_type_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static mo_obj_t builtin_issubclass(mo_obj_t cls, mo_obj_t classinfo) {
    if (!mo_obj_is_type_obj(cls)) {
        mo_raise_msg(&mo_type_TypeError, "issubclass() arg 1 must be a class");
    }
    return mo_bool(issubclass_rec((const mo_type_t *)MO_PTR(cls), classinfo, 0));
}
static MO_DEFINE_FUN_2(builtin_issubclass_obj, builtin_issubclass);

// getattr's load; AttributeError leaves *found false when a default is wanted.
static mo_obj_t load_attr_catching(mo_obj_t o, qstr attr, bool *found) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t v = mo_load_attr(o, attr);
        mo_nlr_pop();
        *found = true;
        return v;
    }
    if (!mo_obj_exception_match(nlr.ret_val, MO_OBJ(&mo_type_AttributeError))) {
        mo_nlr_jump(nlr.ret_val);
    }
    *found = false;
    return MO_OBJ_NULL;
}

static mo_obj_t builtin_getattr(size_t n_args, const mo_obj_t *args) {
    qstr attr = attr_name_arg(args[1]);
    if (n_args == 2) {
        return mo_load_attr(args[0], attr);
    }
    bool found;
    mo_obj_t v = load_attr_catching(args[0], attr, &found);
    return found ? v : args[2];
}
static MO_DEFINE_FUN_VAR(builtin_getattr_obj, 2, 3, builtin_getattr);

static mo_obj_t builtin_hasattr(mo_obj_t o, mo_obj_t name) {
    bool found;
    load_attr_catching(o, attr_name_arg(name), &found);
    return mo_bool(found);
}
static MO_DEFINE_FUN_2(builtin_hasattr_obj, builtin_hasattr);

static mo_obj_t builtin_setattr(mo_obj_t o, mo_obj_t name, mo_obj_t value) {
    mo_store_attr(o, attr_name_arg(name), value);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(builtin_setattr_obj, builtin_setattr);

static mo_obj_t builtin_delattr(mo_obj_t o, mo_obj_t name) {
    mo_delete_attr(o, attr_name_arg(name));
    return mo_const_none;
}
static MO_DEFINE_FUN_2(builtin_delattr_obj, builtin_delattr);

static mo_obj_t builtin_callable(mo_obj_t o) {
    return mo_bool(mo_obj_is_callable(o));
}
static MO_DEFINE_FUN_1(builtin_callable_obj, builtin_callable);

static mo_obj_t builtin_globals(void) {
    return MO_OBJ(mo_state.globals);
}
static MO_DEFINE_FUN_0(builtin_globals_obj, builtin_globals);

// A function's locals() holds its arguments: other local names are not kept in
// bytecode (MicroPython's format), so they can't be listed.
static mo_obj_t function_locals(const mo_code_state_t *cs) {
    const mo_obj_fun_bc_t *fun = cs->fun;
    mo_obj_t d = mo_obj_new_dict(0);
    const uint8_t *p = fun->arg_names;
    size_t n = (size_t)fun->n_pos_args + fun->n_kwonly_args;
    for (size_t i = 0; i < n && i < fun->n_state; i++) {
        qstr name = fun->ctx->qstr_table[mo_bc_decode_uint(&p)];
        size_t len;
        const char *text = mo_qstr_data(name, &len);
        if (text[0] == '*') {
            continue;  // a closure's hidden slot
        }
        if (text[0] == '/') {
            name = mo_qstr_from_strn(text + 1, len - 1);  // positional-only (emit_bc.c)
        }
        mo_obj_t v = cs->state[fun->n_state - 1 - i];
        if (v != MO_OBJ_NULL && mo_obj_is_type(v, &mo_type_cell)) {
            v = mo_obj_cell_get(v);
        }
        if (v != MO_OBJ_NULL) {
            mo_dict_store(d, mo_qstr_obj(name), v);
        }
    }
    return d;
}

static mo_obj_t builtin_locals(void) {
    const mo_code_state_t *cs = mo_state.frame;
    if (cs == NULL || cs->fun == NULL || cs->fun->name == MO_QSTR__lt_module_gt_ ||
        (n_class_bodies > 0 && class_bodies[n_class_bodies - 1] == (const void *)cs->fun)) {
        return MO_OBJ(mo_state.locals);
    }
    return function_locals(cs);
}
static MO_DEFINE_FUN_0(builtin_locals_obj, builtin_locals);

static mo_obj_t builtin_vars(size_t n_args, const mo_obj_t *args) {
    if (n_args == 0) {
        return builtin_locals();
    }
    mo_obj_t dest[2];
    mo_load_attr_maybe(args[0], MO_QSTR___dict__, dest);
    if (dest[0] == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "vars() argument must have __dict__ attribute");
    }
    return dest[0];
}
static MO_DEFINE_FUN_VAR(builtin_vars_obj, 0, 1, builtin_vars);

static void add_dict_keys(mo_obj_t set, mo_dict_t *d) {
    if (d == NULL) {
        return;
    }
    for (size_t i = 0; i < d->map.used; i++) {
        if (d->map.table[i].key != MO_OBJ_NULL) {
            mo_set_add(set, d->map.table[i].key);
        }
    }
}

static void add_type_keys(mo_obj_t set, const mo_type_t *t) {
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(mo_type_get_mro(t), &len, &items);
    for (size_t i = 0; i < len; i++) {
        add_dict_keys(set, ((const mo_type_t *)MO_PTR(items[i]))->locals_dict);
    }
}

static mo_obj_t builtin_dir(size_t n_args, const mo_obj_t *args) {
    mo_obj_t set = mo_obj_new_set(0, NULL);
    if (n_args == 0) {
        add_dict_keys(set, (mo_dict_t *)MO_PTR(builtin_locals()));
    } else if (mo_obj_is_type(args[0], &mo_type_module)) {
        add_dict_keys(set, mo_obj_module_get_globals(args[0]));
    } else if (mo_obj_is_type_obj(args[0])) {
        add_type_keys(set, (const mo_type_t *)MO_PTR(args[0]));
        mo_set_add(set, mo_qstr_obj(MO_QSTR___name__));
    } else {
        add_dict_keys(set, mo_obj_instance_dict(args[0]));
        add_type_keys(set, mo_obj_type(args[0]));
        mo_set_add(set, mo_qstr_obj(MO_QSTR___class__));
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, set);
    mo_list_sort(list, MO_OBJ_NULL, false);
    return list;
}
static MO_DEFINE_FUN_VAR(builtin_dir_obj, 0, 1, builtin_dir);

// ---- numbers ---------------------------------------------------------------------------

static mo_obj_t builtin_abs(mo_obj_t x) {
    return mo_unary_op(MO_UNARY_OP_ABS, x);
}
static MO_DEFINE_FUN_1(builtin_abs_obj, builtin_abs);

// divmod has no reflected operator number: a user class's __rdivmod__ is tried
// here when the left operand can't do it.
static mo_obj_t builtin_divmod(mo_obj_t a, mo_obj_t b) {
    const mo_type_t *lt = mo_obj_type(a);
    if (!mo_is_ptr(b) || !mo_type_is_user(mo_obj_type(b)) || mo_type_is_user(lt)) {
        return mo_binary_op(MO_BINARY_OP_DIVMOD, a, b);
    }
    if (lt->binary_op != NULL) {
        mo_obj_t r = lt->binary_op(MO_BINARY_OP_DIVMOD, a, b);
        if (r != MO_OBJ_NULL && r != mo_const_notimplemented) {
            return r;
        }
    }
    mo_obj_t dest[2];
    mo_load_method_maybe(b, MO_QSTR___rdivmod__, dest);
    if (dest[0] != MO_OBJ_NULL) {
        mo_obj_t r = mo_call_method(1, 0, (mo_obj_t[]){dest[0], dest[1], a});
        if (r != mo_const_notimplemented) {
            return r;
        }
    }
    mo_raise_type_error_unsupported_binop(MO_BINARY_OP_DIVMOD, a, b);
}
static MO_DEFINE_FUN_2(builtin_divmod_obj, builtin_divmod);

static mo_obj_t builtin_pow(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t allowed[] = {MO_QSTR_base, MO_QSTR_exp, MO_QSTR_mod, 0};
    kw_check(kw, "pow", allowed);
    mo_obj_t base = n_args > 0 ? args[0] : kw_get(kw, MO_QSTR_base, MO_OBJ_NULL);
    mo_obj_t exp = n_args > 1 ? args[1] : kw_get(kw, MO_QSTR_exp, MO_OBJ_NULL);
    mo_obj_t mod = n_args > 2 ? args[2] : kw_get(kw, MO_QSTR_mod, mo_const_none);
    if (base == MO_OBJ_NULL || exp == MO_OBJ_NULL || n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "pow expected 2 or 3 arguments, got %u",
                     (unsigned)n_args);
    }
    if (mod == mo_const_none) {
        return mo_binary_op(MO_BINARY_OP_POWER, base, exp);
    }
    if (!mo_obj_is_int_like(base) || !mo_obj_is_int_like(exp) || !mo_obj_is_int_like(mod)) {
        mo_raise_msg(&mo_type_TypeError,
                     "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return mo_int_pow3(base, exp, mod);
}
static MO_DEFINE_FUN_KW(builtin_pow_obj, 0, builtin_pow);

static mo_obj_t builtin_round(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t allowed[] = {MO_QSTR_number, MO_QSTR_ndigits, 0};
    kw_check(kw, "round", allowed);
    mo_obj_t x = n_args > 0 ? args[0] : kw_get(kw, MO_QSTR_number, MO_OBJ_NULL);
    mo_obj_t nd = n_args > 1 ? args[1] : kw_get(kw, MO_QSTR_ndigits, mo_const_none);
    if (x == MO_OBJ_NULL || n_args > 2) {
        mo_raise_msg(&mo_type_TypeError, "round() missing required argument 'number' (pos 1)");
    }
    if (mo_obj_is_int_like(x)) {
        if (nd == mo_const_none) {
            return mo_obj_is_int(x) ? x : mo_obj_new_int(mo_obj_get_int(x));
        }
        return mo_int_round(x, nd);
    }
    if (mo_obj_is_type(x, &mo_type_float)) {
        return mo_float_round(mo_obj_get_float(x), nd);
    }
    mo_obj_t dest[2];
    mo_load_method_maybe(x, MO_QSTR___round__, dest);
    if (dest[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "type %s doesn't define __round__ method",
                     mo_obj_type_name(x));
    }
    mo_obj_t a[3] = {dest[0], dest[1], nd};
    return mo_call_method(nd == mo_const_none ? 0 : 1, 0, a);
}
static MO_DEFINE_FUN_KW(builtin_round_obj, 0, builtin_round);

// The int an argument of hex/oct/bin stands for (its __index__).
static mo_obj_t index_arg(mo_obj_t x) {
    if (mo_obj_is_int_like(x)) {
        return x;
    }
    mo_obj_t i = mo_unary_op(MO_UNARY_OP_INDEX, x);
    if (i == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(x));
    }
    return i;
}

static mo_obj_t builtin_bin(mo_obj_t x) {
    return mo_int_format_base(index_arg(x), 2, "0b");
}
static MO_DEFINE_FUN_1(builtin_bin_obj, builtin_bin);

static mo_obj_t builtin_oct(mo_obj_t x) {
    return mo_int_format_base(index_arg(x), 8, "0o");
}
static MO_DEFINE_FUN_1(builtin_oct_obj, builtin_oct);

static mo_obj_t builtin_hex(mo_obj_t x) {
    return mo_int_format_base(index_arg(x), 16, "0x");
}
static MO_DEFINE_FUN_1(builtin_hex_obj, builtin_hex);

static mo_obj_t builtin_hash(mo_obj_t x) {
    return mo_obj_new_int(mo_obj_hash(x));
}
static MO_DEFINE_FUN_1(builtin_hash_obj, builtin_hash);

static mo_obj_t builtin_id(mo_obj_t x) {
    return mo_obj_new_int_from_ull((unsigned long long)(uintptr_t)x);
}
static MO_DEFINE_FUN_1(builtin_id_obj, builtin_id);

// ---- characters and text -----------------------------------------------------------------

static mo_obj_t builtin_chr(mo_obj_t x) {
    mo_int_t c = mo_obj_get_int(x);
    if (c < 0 || c > 0x10ffff) {
        mo_raise_msg(&mo_type_ValueError, "chr() arg not in range(0x110000)");
    }
    return mo_str_from_char((mo_unichar_t)c);
}
static MO_DEFINE_FUN_1(builtin_chr_obj, builtin_chr);

// Decodes one UTF-8 sequence at s (valid UTF-8 assumed: str data always is).
static uint32_t utf8_decode(const uint8_t *s, size_t len, size_t *n) {
    uint32_t c = s[0];
    size_t k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (k > len) {
        k = len;
    }
    if (k > 1) {
        c &= 0xffu >> (k + 1);
        for (size_t i = 1; i < k; i++) {
            c = (c << 6) | (s[i] & 0x3f);
        }
    }
    *n = k;
    return c;
}

static mo_obj_t builtin_ord(mo_obj_t x) {
    size_t len;
    if (mo_obj_is_str(x)) {
        const uint8_t *s = (const uint8_t *)mo_obj_str_get_data(x, &len);
        size_t n = 0;
        uint32_t c = len > 0 ? utf8_decode(s, len, &n) : 0;
        if (len == 0 || n != len) {
            size_t chars = 0;
            for (size_t i = 0; i < len; i++) {
                chars += (s[i] & 0xc0) != 0x80;
            }
            mo_raise_fmt(&mo_type_TypeError,
                         "ord() expected a character, but string of length %u found",
                         (unsigned)chars);
        }
        return mo_small_int((mo_int_t)c);
    }
    const uint8_t *data;
    if (mo_bytes_like_data(x, &data, &len) && !mo_obj_is_type(x, &mo_type_memoryview)) {
        if (len != 1) {
            mo_raise_fmt(&mo_type_TypeError,
                         "ord() expected a character, but string of length %u found",
                         (unsigned)len);
        }
        return mo_small_int(data[0]);
    }
    mo_raise_fmt(&mo_type_TypeError, "ord() expected string of length 1, but %s found",
                 mo_obj_type_name(x));
}
static MO_DEFINE_FUN_1(builtin_ord_obj, builtin_ord);

static mo_obj_t builtin_repr(mo_obj_t x) {
    return mo_obj_repr(x);
}
static MO_DEFINE_FUN_1(builtin_repr_obj, builtin_repr);

static mo_obj_t builtin_ascii(mo_obj_t x) {
    mo_obj_t r = mo_obj_repr(x);
    size_t len;
    const uint8_t *s = (const uint8_t *)mo_obj_str_get_data(r, &len);
    mo_vstr_t v;
    mo_vstr_init(&v, len + 8);
    for (size_t i = 0; i < len;) {
        size_t n;
        uint32_t c = utf8_decode(s + i, len - i, &n);
        char buf[12];
        if (c < 0x80) {
            mo_vstr_add_byte(&v, (char)c);
        } else {
            if (c < 0x100) {
                snprintf(buf, sizeof(buf), "\\x%02x", (unsigned)c);
            } else if (c < 0x10000) {
                snprintf(buf, sizeof(buf), "\\u%04x", (unsigned)c);
            } else {
                snprintf(buf, sizeof(buf), "\\U%08x", (unsigned)c);
            }
            mo_vstr_add_str(&v, buf);
        }
        i += n;
    }
    return mo_obj_new_str_from_vstr(&v);
}
static MO_DEFINE_FUN_1(builtin_ascii_obj, builtin_ascii);

// ---- iteration ---------------------------------------------------------------------------

static mo_obj_t builtin_len(mo_obj_t x) {
    return mo_obj_len(x);
}
static MO_DEFINE_FUN_1(builtin_len_obj, builtin_len);

static mo_obj_t builtin_iter(size_t n_args, const mo_obj_t *args) {
    if (n_args == 2) {
        if (!mo_obj_is_callable(args[0])) {
            mo_raise_msg(&mo_type_TypeError, "iter(v, w): v must be callable");
        }
        return mo_obj_new_callable_iter(args[0], args[1]);
    }
    return mo_getiter(args[0], NULL);
}
const mo_fun_builtin_t mo_builtin_iter_obj = {
    {&mo_type_fun_builtin_var}, 1, 2, {.var = builtin_iter}};

static mo_obj_t builtin_next(size_t n_args, const mo_obj_t *args) {
    if (n_args == 1) {
        return mo_iternext_raise(args[0]);
    }
    const mo_type_t *t = mo_obj_type(args[0]);
    if (t->iternext == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not an iterator", mo_obj_type_name(args[0]));
    }
    mo_obj_t r = mo_iternext(args[0]);
    return r == MO_OBJ_STOP_ITERATION ? args[1] : r;
}
const mo_fun_builtin_t mo_builtin_next_obj = {
    {&mo_type_fun_builtin_var}, 1, 2, {.var = builtin_next}};

static mo_obj_t builtin_all(mo_obj_t iterable) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (!mo_obj_is_true(x)) {
            return mo_const_false;
        }
    }
    return mo_const_true;
}
static MO_DEFINE_FUN_1(builtin_all_obj, builtin_all);

static mo_obj_t builtin_any(mo_obj_t iterable) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (mo_obj_is_true(x)) {
            return mo_const_true;
        }
    }
    return mo_const_false;
}
static MO_DEFINE_FUN_1(builtin_any_obj, builtin_any);

static mo_obj_t builtin_sum(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t allowed[] = {MO_QSTR_start, 0};
    kw_check(kw, "sum", allowed);
    if (n_args == 0 || n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "sum() takes at most 2 arguments (%u given)",
                     (unsigned)n_args);
    }
    mo_obj_t acc = n_args == 2 ? args[1] : kw_get(kw, MO_QSTR_start, mo_small_int(0));
    if (mo_obj_is_str(acc)) {
        mo_raise_msg(&mo_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (mo_obj_is_type(acc, &mo_type_bytes)) {
        mo_raise_msg(&mo_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (mo_obj_is_type(acc, &mo_type_bytearray)) {
        mo_raise_msg(&mo_type_TypeError,
                     "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(args[0], &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        acc = mo_binary_op(MO_BINARY_OP_ADD, acc, x);
    }
    return acc;
}
static MO_DEFINE_FUN_KW(builtin_sum_obj, 0, builtin_sum);

// max() and min(): op is the comparison that makes a new item win.
static mo_obj_t min_max(size_t n_args, const mo_obj_t *args, mo_map_t *kw, int op,
                        const char *name) {
    static const uint16_t allowed[] = {MO_QSTR_key, MO_QSTR_default, 0};
    kw_check(kw, name, allowed);
    mo_obj_t key = kw_get(kw, MO_QSTR_key, mo_const_none);
    mo_obj_t dflt = kw_get(kw, MO_QSTR_default, MO_OBJ_NULL);
    if (n_args == 0) {
        mo_raise_fmt(&mo_type_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    mo_obj_t it;
    if (n_args == 1) {
        it = mo_getiter(args[0], NULL);
    } else {
        if (dflt != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
        }
        it = mo_getiter(mo_obj_new_tuple(n_args, args), NULL);
    }
    mo_obj_t best = MO_OBJ_NULL, best_key = MO_OBJ_NULL, x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_obj_t k = key == mo_const_none ? x : mo_call1(key, x);
        if (best == MO_OBJ_NULL || mo_obj_is_true(mo_binary_op(op, k, best_key))) {
            best = x;
            best_key = k;
        }
    }
    if (best == MO_OBJ_NULL) {
        if (dflt != MO_OBJ_NULL) {
            return dflt;
        }
        mo_raise_fmt(&mo_type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static mo_obj_t builtin_max(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return min_max(n_args, args, kw, MO_BINARY_OP_MORE, "max");
}
static MO_DEFINE_FUN_KW(builtin_max_obj, 0, builtin_max);

static mo_obj_t builtin_min(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return min_max(n_args, args, kw, MO_BINARY_OP_LESS, "min");
}
static MO_DEFINE_FUN_KW(builtin_min_obj, 0, builtin_min);

static mo_obj_t builtin_sorted(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t allowed[] = {MO_QSTR_key, MO_QSTR_reverse, 0};
    kw_check(kw, "sort", allowed);
    if (n_args != 1) {
        mo_raise_fmt(&mo_type_TypeError, "sorted expected 1 argument, got %u", (unsigned)n_args);
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, args[0]);
    mo_list_sort(list, kw_get(kw, MO_QSTR_key, mo_const_none),
                 mo_obj_is_true(kw_get(kw, MO_QSTR_reverse, mo_const_false)));
    return list;
}
static MO_DEFINE_FUN_KW(builtin_sorted_obj, 0, builtin_sorted);

// ---- input and output ----------------------------------------------------------------------

// Where print() writes: a platform printer for the standard streams, else NULL
// (then the file's write method is called).
static const mo_print_t *stream_printer(mo_obj_t file) {
    if (file == mo_const_none || file == MO_ROM_PTR(&mo_sys_stdout_obj)) {
        return &mo_plat_print;
    }
    if (file == MO_ROM_PTR(&mo_sys_stderr_obj)) {
        return &mo_plat_eprint;
    }
    return NULL;
}

static mo_obj_t str_or_none_arg(mo_obj_t v, const char *what, mo_obj_t dflt) {
    if (v == mo_const_none) {
        return dflt;
    }
    if (!mo_obj_is_str(v)) {
        mo_raise_fmt(&mo_type_TypeError, "%s must be None or a string, not %s", what,
                     mo_obj_type_name(v));
    }
    return v;
}

static void write_to_file(mo_obj_t write, mo_obj_t s) {
    mo_call_method(1, 0, (mo_obj_t[]){write, MO_OBJ_NULL, s});
}

static mo_obj_t builtin_print(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t allowed[] = {MO_QSTR_sep, MO_QSTR_end, MO_QSTR_file, MO_QSTR_flush, 0};
    kw_check(kw, "print", allowed);
    mo_obj_t sep = str_or_none_arg(kw_get(kw, MO_QSTR_sep, mo_const_none), "sep",
                                   MO_OBJ_NULL);
    mo_obj_t end = str_or_none_arg(kw_get(kw, MO_QSTR_end, mo_const_none), "end",
                                   MO_OBJ_NULL);
    mo_obj_t file = kw_get(kw, MO_QSTR_file, mo_const_none);
    const mo_print_t *p = stream_printer(file);
    if (p != NULL) {
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                if (sep == MO_OBJ_NULL) {
                    mo_print_strn(p, " ", 1);
                } else {
                    mo_obj_print(p, sep, MO_PRINT_STR);
                }
            }
            mo_obj_print(p, args[i], MO_PRINT_STR);
        }
        if (end == MO_OBJ_NULL) {
            mo_print_strn(p, "\n", 1);
        } else {
            mo_obj_print(p, end, MO_PRINT_STR);
        }
    } else {
        mo_obj_t write = mo_load_attr(file, MO_QSTR_write);
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                write_to_file(write, sep == MO_OBJ_NULL ? mo_qstr_obj(MO_QSTR__space_) : sep);
            }
            write_to_file(write, mo_obj_str(args[i]));
        }
        write_to_file(write, end == MO_OBJ_NULL ? mo_obj_new_str("\n", 1) : end);
    }
    if (mo_obj_is_true(kw_get(kw, MO_QSTR_flush, mo_const_false))) {
        if (p != NULL) {
            mo_plat_flush_stdout();
        } else {
            mo_call_method_0(file, MO_QSTR_flush);
        }
    }
    return mo_const_none;
}
const mo_fun_builtin_t mo_builtin_print_obj = {
    {&mo_type_fun_builtin_kw}, 0, 0xffff, {.kw = builtin_print}};

static mo_obj_t builtin_input(size_t n_args, const mo_obj_t *args) {
    if (n_args == 1) {
        mo_obj_print(&mo_plat_print, args[0], MO_PRINT_STR);
    }
    mo_plat_flush_stdout();
    mo_vstr_t v;
    mo_vstr_init(&v, 64);
    if (!mo_plat_read_line(&v)) {
        mo_raise_msg(&mo_type_EOFError, "EOF when reading a line");
    }
    if (v.len > 0 && v.buf[v.len - 1] == '\n') {
        v.len--;
    }
    return mo_obj_new_str_from_vstr(&v);
}
static MO_DEFINE_FUN_VAR(builtin_input_obj, 0, 1, builtin_input);

static mo_obj_t builtin_open(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return mo_io_open(n_args, args, kw);  // stdlib/io_file.c
}
static MO_DEFINE_FUN_KW(builtin_open_obj, 1, builtin_open);

static mo_obj_t builtin_repl_print(mo_obj_t value) {
    if (value != mo_const_none) {
        mo_obj_print(&mo_plat_print, value, MO_PRINT_REPR);
        mo_print_strn(&mo_plat_print, "\n", 1);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(builtin_repl_print_obj, builtin_repl_print);

static mo_obj_t builtin_exit(size_t n_args, const mo_obj_t *args) {
    mo_raise(mo_obj_new_exception(&mo_type_SystemExit, n_args, args));
}
static MO_DEFINE_FUN_VAR(builtin_exit_obj, 0, 1, builtin_exit);

// ---- compile, exec, eval, import ---------------------------------------------------------

// The code object compile() returns.
typedef struct code_obj {
    mo_base_t base;
    mo_compiled_module_t cm;
    qstr file;
    int8_t kind;
} code_obj_t;

static void code_print(const mo_print_t *print, mo_obj_t self, int kind) {
    code_obj_t *c = (code_obj_t *)MO_PTR(self);
    mo_printf(print, "<code object <module> at %p, file \"%q\", line 1>", MO_PTR(self), c->file);
}

static const mo_type_t code_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_code,
    .print = code_print,
};

static int parse_kind_of_mode(mo_obj_t mode) {
    qstr m = mo_obj_is_str(mode) ? mo_obj_str_get_qstr(mode) : MO_QSTR_NULL;
    switch (m) {
        case MO_QSTR_exec:
            return MO_PARSE_FILE_INPUT;
        case MO_QSTR_eval:
            return MO_PARSE_EVAL_INPUT;
        case MO_QSTR_single:
            return MO_PARSE_SINGLE_INPUT;
        default:
            mo_raise_msg(&mo_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
}

static const char *source_arg(mo_obj_t src, size_t *len, const char *fname) {
    if (mo_obj_is_str(src) || mo_obj_is_type(src, &mo_type_bytes)) {
        return mo_obj_str_get_data(src, len);
    }
    mo_raise_fmt(&mo_type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

static mo_obj_t builtin_compile(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args < 3) {
        mo_raise_msg(&mo_type_TypeError, "compile() missing required argument 'mode' (pos 3)");
    }
    size_t len;
    const char *src = source_arg(args[0], &len, "compile");
    int kind = parse_kind_of_mode(args[2]);
    code_obj_t *c = mo_new_obj(code_obj_t);
    c->base.type = &code_type;
    c->file = mo_obj_str_get_qstr(mo_obj_str(args[1]));
    c->kind = (int8_t)kind;
    mo_compile_options_t opts = {.optimize = mo_state.optimize, .emit = MO_CODE_BYTECODE};
    c->cm = mo_compile(src, len, c->file, (mo_parse_input_kind_t)kind, &opts);
    return MO_OBJ(c);
}
static MO_DEFINE_FUN_KW(builtin_compile_obj, 3, builtin_compile);

static mo_dict_t *dict_arg(mo_obj_t d, const char *fname, const char *what) {
    if (!mo_obj_is_type(d, &mo_type_dict)) {
        mo_raise_fmt(&mo_type_TypeError, "%s() %s must be a dict, not %s", fname, what,
                     mo_obj_type_name(d));
    }
    return (mo_dict_t *)MO_PTR(d);
}

static mo_obj_t exec_or_eval(size_t n_args, const mo_obj_t *args, int kind, const char *fname) {
    mo_dict_t *globals = mo_state.globals;
    mo_dict_t *locals = mo_state.locals;
    if (n_args >= 2 && args[1] != mo_const_none) {
        globals = locals = dict_arg(args[1], fname, "globals");
    }
    if (n_args >= 3 && args[2] != mo_const_none) {
        locals = dict_arg(args[2], fname, "locals");
    }
    if (mo_obj_is_type(args[0], &code_type)) {
        code_obj_t *c = (code_obj_t *)MO_PTR(args[0]);
        return mo_exec_compiled(&c->cm, globals, locals);
    }
    size_t len;
    const char *src = source_arg(args[0], &len, fname);
    if (kind == MO_PARSE_EVAL_INPUT) {
        // eval ignores leading blanks, as CPython.
        while (len > 0 && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
    }
    return mo_exec_source(src, len, MO_QSTR__lt_string_gt_, kind, globals, locals);
}

static mo_obj_t builtin_exec(size_t n_args, const mo_obj_t *args) {
    exec_or_eval(n_args, args, MO_PARSE_FILE_INPUT, "exec");
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(builtin_exec_obj, 1, 3, builtin_exec);

static mo_obj_t builtin_eval(size_t n_args, const mo_obj_t *args) {
    return exec_or_eval(n_args, args, MO_PARSE_EVAL_INPUT, "eval");
}
static MO_DEFINE_FUN_VAR(builtin_eval_obj, 1, 3, builtin_eval);

static mo_obj_t builtin_import(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t name = n_args > 0 ? args[0] : kw_get(kw, MO_QSTR_name, MO_OBJ_NULL);
    if (name == MO_OBJ_NULL || !mo_obj_is_str(name)) {
        mo_raise_msg(&mo_type_TypeError, "__import__() argument 1 must be str");
    }
    mo_obj_t fromlist = n_args > 3 ? args[3] : kw_get(kw, MO_QSTR_fromlist, mo_const_none);
    mo_obj_t level = n_args > 4 ? args[4] : kw_get(kw, MO_QSTR_level, mo_small_int(0));
    return mo_import_name(mo_obj_str_get_qstr(name), fromlist, level);
}
static MO_DEFINE_FUN_KW(builtin_import_obj, 0, builtin_import);

// ---- the builtins module dict ------------------------------------------------------------

// Most used names first: a ROM dict is searched from the start.
static const mo_map_elem_t builtins_table[] = {
    {MO_ROM_QSTR(MO_QSTR_print), MO_ROM_PTR(&mo_builtin_print_obj)},
    {MO_ROM_QSTR(MO_QSTR_len), MO_ROM_PTR(&builtin_len_obj)},
    {MO_ROM_QSTR(MO_QSTR_range), MO_ROM_PTR(&mo_type_range)},
    {MO_ROM_QSTR(MO_QSTR_isinstance), MO_ROM_PTR(&builtin_isinstance_obj)},
    {MO_ROM_QSTR(MO_QSTR_int), MO_ROM_PTR(&mo_type_int)},
    {MO_ROM_QSTR(MO_QSTR_str), MO_ROM_PTR(&mo_type_str)},
    {MO_ROM_QSTR(MO_QSTR_list), MO_ROM_PTR(&mo_type_list)},
    {MO_ROM_QSTR(MO_QSTR_dict), MO_ROM_PTR(&mo_type_dict)},
    {MO_ROM_QSTR(MO_QSTR_tuple), MO_ROM_PTR(&mo_type_tuple)},
    {MO_ROM_QSTR(MO_QSTR_enumerate), MO_ROM_PTR(&mo_type_enumerate)},
    {MO_ROM_QSTR(MO_QSTR_zip), MO_ROM_PTR(&mo_type_zip)},
    {MO_ROM_QSTR(MO_QSTR_super), MO_ROM_PTR(&mo_type_super)},
    {MO_ROM_QSTR(MO_QSTR_type), MO_ROM_PTR(&mo_type_type)},
    {MO_ROM_QSTR(MO_QSTR_repr), MO_ROM_PTR(&builtin_repr_obj)},
    {MO_ROM_QSTR(MO_QSTR_min), MO_ROM_PTR(&builtin_min_obj)},
    {MO_ROM_QSTR(MO_QSTR_max), MO_ROM_PTR(&builtin_max_obj)},
    {MO_ROM_QSTR(MO_QSTR_abs), MO_ROM_PTR(&builtin_abs_obj)},
    {MO_ROM_QSTR(MO_QSTR_sum), MO_ROM_PTR(&builtin_sum_obj)},
    {MO_ROM_QSTR(MO_QSTR_sorted), MO_ROM_PTR(&builtin_sorted_obj)},
    {MO_ROM_QSTR(MO_QSTR_float), MO_ROM_PTR(&mo_type_float)},
    {MO_ROM_QSTR(MO_QSTR_bool), MO_ROM_PTR(&mo_type_bool)},
    {MO_ROM_QSTR(MO_QSTR_set), MO_ROM_PTR(&mo_type_set)},
    {MO_ROM_QSTR(MO_QSTR_map), MO_ROM_PTR(&mo_type_map)},
    {MO_ROM_QSTR(MO_QSTR_filter), MO_ROM_PTR(&mo_type_filter)},
    {MO_ROM_QSTR(MO_QSTR_iter), MO_ROM_PTR(&mo_builtin_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR_next), MO_ROM_PTR(&mo_builtin_next_obj)},
    {MO_ROM_QSTR(MO_QSTR_getattr), MO_ROM_PTR(&builtin_getattr_obj)},
    {MO_ROM_QSTR(MO_QSTR_setattr), MO_ROM_PTR(&builtin_setattr_obj)},
    {MO_ROM_QSTR(MO_QSTR_hasattr), MO_ROM_PTR(&builtin_hasattr_obj)},
    {MO_ROM_QSTR(MO_QSTR_delattr), MO_ROM_PTR(&builtin_delattr_obj)},
    {MO_ROM_QSTR(MO_QSTR_reversed), MO_ROM_PTR(&mo_type_reversed)},
    {MO_ROM_QSTR(MO_QSTR_object), MO_ROM_PTR(&mo_type_object)},
    {MO_ROM_QSTR(MO_QSTR_property), MO_ROM_PTR(&mo_type_property)},
    {MO_ROM_QSTR(MO_QSTR_staticmethod), MO_ROM_PTR(&mo_type_staticmethod)},
    {MO_ROM_QSTR(MO_QSTR_classmethod), MO_ROM_PTR(&mo_type_classmethod)},
    {MO_ROM_QSTR(MO_QSTR_issubclass), MO_ROM_PTR(&builtin_issubclass_obj)},
    {MO_ROM_QSTR(MO_QSTR_all), MO_ROM_PTR(&builtin_all_obj)},
    {MO_ROM_QSTR(MO_QSTR_any), MO_ROM_PTR(&builtin_any_obj)},
    {MO_ROM_QSTR(MO_QSTR_chr), MO_ROM_PTR(&builtin_chr_obj)},
    {MO_ROM_QSTR(MO_QSTR_ord), MO_ROM_PTR(&builtin_ord_obj)},
    {MO_ROM_QSTR(MO_QSTR_round), MO_ROM_PTR(&builtin_round_obj)},
    {MO_ROM_QSTR(MO_QSTR_divmod), MO_ROM_PTR(&builtin_divmod_obj)},
    {MO_ROM_QSTR(MO_QSTR_pow), MO_ROM_PTR(&builtin_pow_obj)},
    {MO_ROM_QSTR(MO_QSTR_hex), MO_ROM_PTR(&builtin_hex_obj)},
    {MO_ROM_QSTR(MO_QSTR_bin), MO_ROM_PTR(&builtin_bin_obj)},
    {MO_ROM_QSTR(MO_QSTR_oct), MO_ROM_PTR(&builtin_oct_obj)},
    {MO_ROM_QSTR(MO_QSTR_format), MO_ROM_PTR(&mo_builtin_format_obj)},
    {MO_ROM_QSTR(MO_QSTR_hash), MO_ROM_PTR(&builtin_hash_obj)},
    {MO_ROM_QSTR(MO_QSTR_id), MO_ROM_PTR(&builtin_id_obj)},
    {MO_ROM_QSTR(MO_QSTR_callable), MO_ROM_PTR(&builtin_callable_obj)},
    {MO_ROM_QSTR(MO_QSTR_frozenset), MO_ROM_PTR(&mo_type_frozenset)},
    {MO_ROM_QSTR(MO_QSTR_bytes), MO_ROM_PTR(&mo_type_bytes)},
    {MO_ROM_QSTR(MO_QSTR_bytearray), MO_ROM_PTR(&mo_type_bytearray)},
    {MO_ROM_QSTR(MO_QSTR_memoryview), MO_ROM_PTR(&mo_type_memoryview)},
    {MO_ROM_QSTR(MO_QSTR_complex), MO_ROM_PTR(&mo_type_complex)},
    {MO_ROM_QSTR(MO_QSTR_slice), MO_ROM_PTR(&mo_type_slice)},
    {MO_ROM_QSTR(MO_QSTR_ascii), MO_ROM_PTR(&builtin_ascii_obj)},
    {MO_ROM_QSTR(MO_QSTR_dir), MO_ROM_PTR(&builtin_dir_obj)},
    {MO_ROM_QSTR(MO_QSTR_vars), MO_ROM_PTR(&builtin_vars_obj)},
    {MO_ROM_QSTR(MO_QSTR_globals), MO_ROM_PTR(&builtin_globals_obj)},
    {MO_ROM_QSTR(MO_QSTR_locals), MO_ROM_PTR(&builtin_locals_obj)},
    {MO_ROM_QSTR(MO_QSTR_input), MO_ROM_PTR(&builtin_input_obj)},
    {MO_ROM_QSTR(MO_QSTR_open), MO_ROM_PTR(&builtin_open_obj)},
    {MO_ROM_QSTR(MO_QSTR_exec), MO_ROM_PTR(&builtin_exec_obj)},
    {MO_ROM_QSTR(MO_QSTR_eval), MO_ROM_PTR(&builtin_eval_obj)},
    {MO_ROM_QSTR(MO_QSTR_compile), MO_ROM_PTR(&builtin_compile_obj)},
    {MO_ROM_QSTR(MO_QSTR_exit), MO_ROM_PTR(&builtin_exit_obj)},
    {MO_ROM_QSTR(MO_QSTR_quit), MO_ROM_PTR(&builtin_exit_obj)},
    {MO_ROM_QSTR(MO_QSTR___build_class__), MO_ROM_PTR(&mo_builtin___build_class___obj)},
    {MO_ROM_QSTR(MO_QSTR___import__), MO_ROM_PTR(&builtin_import_obj)},
    {MO_ROM_QSTR(MO_QSTR___repl_print__), MO_ROM_PTR(&builtin_repl_print_obj)},
    {MO_ROM_QSTR(MO_QSTR___debug__), MO_ROM_PTR(&mo_const_true_obj)},
    {MO_ROM_QSTR(MO_QSTR_NotImplemented), MO_ROM_PTR(&mo_const_notimplemented_obj)},
    {MO_ROM_QSTR(MO_QSTR_Ellipsis), MO_ROM_PTR(&mo_const_ellipsis_obj)},
    // The exceptions.
    {MO_ROM_QSTR(MO_QSTR_BaseException), MO_ROM_PTR(&mo_type_BaseException)},
    {MO_ROM_QSTR(MO_QSTR_Exception), MO_ROM_PTR(&mo_type_Exception)},
    {MO_ROM_QSTR(MO_QSTR_ValueError), MO_ROM_PTR(&mo_type_ValueError)},
    {MO_ROM_QSTR(MO_QSTR_TypeError), MO_ROM_PTR(&mo_type_TypeError)},
    {MO_ROM_QSTR(MO_QSTR_KeyError), MO_ROM_PTR(&mo_type_KeyError)},
    {MO_ROM_QSTR(MO_QSTR_IndexError), MO_ROM_PTR(&mo_type_IndexError)},
    {MO_ROM_QSTR(MO_QSTR_StopIteration), MO_ROM_PTR(&mo_type_StopIteration)},
    {MO_ROM_QSTR(MO_QSTR_AttributeError), MO_ROM_PTR(&mo_type_AttributeError)},
    {MO_ROM_QSTR(MO_QSTR_RuntimeError), MO_ROM_PTR(&mo_type_RuntimeError)},
    {MO_ROM_QSTR(MO_QSTR_ZeroDivisionError), MO_ROM_PTR(&mo_type_ZeroDivisionError)},
    {MO_ROM_QSTR(MO_QSTR_NotImplementedError), MO_ROM_PTR(&mo_type_NotImplementedError)},
    {MO_ROM_QSTR(MO_QSTR_NameError), MO_ROM_PTR(&mo_type_NameError)},
    {MO_ROM_QSTR(MO_QSTR_OSError), MO_ROM_PTR(&mo_type_OSError)},
    {MO_ROM_QSTR(MO_QSTR_ImportError), MO_ROM_PTR(&mo_type_ImportError)},
    {MO_ROM_QSTR(MO_QSTR_AssertionError), MO_ROM_PTR(&mo_type_AssertionError)},
    {MO_ROM_QSTR(MO_QSTR_LookupError), MO_ROM_PTR(&mo_type_LookupError)},
    {MO_ROM_QSTR(MO_QSTR_ArithmeticError), MO_ROM_PTR(&mo_type_ArithmeticError)},
    {MO_ROM_QSTR(MO_QSTR_OverflowError), MO_ROM_PTR(&mo_type_OverflowError)},
    {MO_ROM_QSTR(MO_QSTR_SystemExit), MO_ROM_PTR(&mo_type_SystemExit)},
    {MO_ROM_QSTR(MO_QSTR_KeyboardInterrupt), MO_ROM_PTR(&mo_type_KeyboardInterrupt)},
    {MO_ROM_QSTR(MO_QSTR_GeneratorExit), MO_ROM_PTR(&mo_type_GeneratorExit)},
    {MO_ROM_QSTR(MO_QSTR_StopAsyncIteration), MO_ROM_PTR(&mo_type_StopAsyncIteration)},
    {MO_ROM_QSTR(MO_QSTR_FloatingPointError), MO_ROM_PTR(&mo_type_FloatingPointError)},
    {MO_ROM_QSTR(MO_QSTR_BufferError), MO_ROM_PTR(&mo_type_BufferError)},
    {MO_ROM_QSTR(MO_QSTR_EOFError), MO_ROM_PTR(&mo_type_EOFError)},
    {MO_ROM_QSTR(MO_QSTR_ModuleNotFoundError), MO_ROM_PTR(&mo_type_ModuleNotFoundError)},
    {MO_ROM_QSTR(MO_QSTR_MemoryError), MO_ROM_PTR(&mo_type_MemoryError)},
    {MO_ROM_QSTR(MO_QSTR_UnboundLocalError), MO_ROM_PTR(&mo_type_UnboundLocalError)},
    {MO_ROM_QSTR(MO_QSTR_BlockingIOError), MO_ROM_PTR(&mo_type_BlockingIOError)},
    {MO_ROM_QSTR(MO_QSTR_ChildProcessError), MO_ROM_PTR(&mo_type_ChildProcessError)},
    {MO_ROM_QSTR(MO_QSTR_ConnectionError), MO_ROM_PTR(&mo_type_ConnectionError)},
    {MO_ROM_QSTR(MO_QSTR_BrokenPipeError), MO_ROM_PTR(&mo_type_BrokenPipeError)},
    {MO_ROM_QSTR(MO_QSTR_ConnectionAbortedError), MO_ROM_PTR(&mo_type_ConnectionAbortedError)},
    {MO_ROM_QSTR(MO_QSTR_ConnectionRefusedError), MO_ROM_PTR(&mo_type_ConnectionRefusedError)},
    {MO_ROM_QSTR(MO_QSTR_ConnectionResetError), MO_ROM_PTR(&mo_type_ConnectionResetError)},
    {MO_ROM_QSTR(MO_QSTR_FileExistsError), MO_ROM_PTR(&mo_type_FileExistsError)},
    {MO_ROM_QSTR(MO_QSTR_FileNotFoundError), MO_ROM_PTR(&mo_type_FileNotFoundError)},
    {MO_ROM_QSTR(MO_QSTR_InterruptedError), MO_ROM_PTR(&mo_type_InterruptedError)},
    {MO_ROM_QSTR(MO_QSTR_IsADirectoryError), MO_ROM_PTR(&mo_type_IsADirectoryError)},
    {MO_ROM_QSTR(MO_QSTR_NotADirectoryError), MO_ROM_PTR(&mo_type_NotADirectoryError)},
    {MO_ROM_QSTR(MO_QSTR_PermissionError), MO_ROM_PTR(&mo_type_PermissionError)},
    {MO_ROM_QSTR(MO_QSTR_ProcessLookupError), MO_ROM_PTR(&mo_type_ProcessLookupError)},
    {MO_ROM_QSTR(MO_QSTR_TimeoutError), MO_ROM_PTR(&mo_type_TimeoutError)},
    {MO_ROM_QSTR(MO_QSTR_EnvironmentError), MO_ROM_PTR(&mo_type_OSError)},
    {MO_ROM_QSTR(MO_QSTR_IOError), MO_ROM_PTR(&mo_type_OSError)},
    {MO_ROM_QSTR(MO_QSTR_ReferenceError), MO_ROM_PTR(&mo_type_ReferenceError)},
    {MO_ROM_QSTR(MO_QSTR_RecursionError), MO_ROM_PTR(&mo_type_RecursionError)},
    {MO_ROM_QSTR(MO_QSTR_SyntaxError), MO_ROM_PTR(&mo_type_SyntaxError)},
    {MO_ROM_QSTR(MO_QSTR_IndentationError), MO_ROM_PTR(&mo_type_IndentationError)},
    {MO_ROM_QSTR(MO_QSTR_TabError), MO_ROM_PTR(&mo_type_TabError)},
    {MO_ROM_QSTR(MO_QSTR_SystemError), MO_ROM_PTR(&mo_type_SystemError)},
    {MO_ROM_QSTR(MO_QSTR_UnicodeError), MO_ROM_PTR(&mo_type_UnicodeError)},
    {MO_ROM_QSTR(MO_QSTR_UnicodeDecodeError), MO_ROM_PTR(&mo_type_UnicodeDecodeError)},
    {MO_ROM_QSTR(MO_QSTR_UnicodeEncodeError), MO_ROM_PTR(&mo_type_UnicodeEncodeError)},
    {MO_ROM_QSTR(MO_QSTR_UnicodeTranslateError), MO_ROM_PTR(&mo_type_UnicodeTranslateError)},
    {MO_ROM_QSTR(MO_QSTR_Warning), MO_ROM_PTR(&mo_type_Warning)},
    {MO_ROM_QSTR(MO_QSTR_UserWarning), MO_ROM_PTR(&mo_type_UserWarning)},
    {MO_ROM_QSTR(MO_QSTR_DeprecationWarning), MO_ROM_PTR(&mo_type_DeprecationWarning)},
    {MO_ROM_QSTR(MO_QSTR_PendingDeprecationWarning),
     MO_ROM_PTR(&mo_type_PendingDeprecationWarning)},
    {MO_ROM_QSTR(MO_QSTR_SyntaxWarning), MO_ROM_PTR(&mo_type_SyntaxWarning)},
    {MO_ROM_QSTR(MO_QSTR_RuntimeWarning), MO_ROM_PTR(&mo_type_RuntimeWarning)},
    {MO_ROM_QSTR(MO_QSTR_FutureWarning), MO_ROM_PTR(&mo_type_FutureWarning)},
    {MO_ROM_QSTR(MO_QSTR_ImportWarning), MO_ROM_PTR(&mo_type_ImportWarning)},
    {MO_ROM_QSTR(MO_QSTR_UnicodeWarning), MO_ROM_PTR(&mo_type_UnicodeWarning)},
    {MO_ROM_QSTR(MO_QSTR_BytesWarning), MO_ROM_PTR(&mo_type_BytesWarning)},
    {MO_ROM_QSTR(MO_QSTR_ResourceWarning), MO_ROM_PTR(&mo_type_ResourceWarning)},
    {MO_ROM_QSTR(MO_QSTR_EncodingWarning), MO_ROM_PTR(&mo_type_EncodingWarning)},
};
MO_DEFINE_CONST_DICT(mo_builtins_dict, builtins_table);
