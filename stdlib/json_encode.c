// json encoding: Python values to JSON text, with CPython's exact output (spacing,
// escapes, float repr, key conversion) and its errors. The text is built in one
// vstr; containers being encoded are kept in a chain on the C stack to detect
// cycles without allocating.
#include <math.h>

#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "stdlib/modjson.h"

// A container being encoded, for the "Circular reference detected" check.
typedef struct enc_mark {
    mo_obj_t obj;
    const struct enc_mark *up;
} enc_mark_t;

typedef struct enc {
    mo_vstr_t out;
    const mo_json_enc_opts_t *opts;
    const enc_mark_t *marks;
    size_t level;           // indent level
} enc_t;

static void enc_value(enc_t *e, mo_obj_t o);
static mo_obj_t native_value(mo_obj_t o);

// ---- options -------------------------------------------------------------------------

static const char *sep_arg(mo_obj_t o, int argno, size_t *len) {
    if (!mo_obj_is_str(o)) {
        mo_raise_fmt(&mo_type_TypeError, "make_encoder() argument %d must be str, not %s", argno,
                     mo_obj_type_name(o));
    }
    return mo_obj_str_get_data(o, len);
}

// indent: a str is used as is, an int n means n spaces (as CPython's ' ' * n).
static void set_indent(mo_json_enc_opts_t *opts, mo_obj_t o) {
    if (o == mo_const_none) {
        opts->indent = NULL;
        return;
    }
    if (!mo_obj_is_str(o)) {
        mo_int_t n;
        if (!mo_obj_get_int_maybe(o, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                         mo_obj_type_name(o));
        }
        o = mo_binary_op(MO_BINARY_OP_MULTIPLY, MO_ROM_QSTR(MO_QSTR__space_), mo_small_int(n < 0 ? 0 : n));
    }
    opts->indent = mo_obj_str_get_data(o, &opts->indent_len);
}

static void set_opt(mo_json_enc_opts_t *opts, qstr name, mo_obj_t v, mo_obj_t *separators) {
    switch (name) {
        case MO_QSTR_indent: set_indent(opts, v); break;
        case MO_QSTR_separators: *separators = v; break;
        case MO_QSTR_sort_keys: opts->sort_keys = mo_obj_is_true(v); break;
        case MO_QSTR_ensure_ascii: opts->ensure_ascii = mo_obj_is_true(v); break;
        case MO_QSTR_skipkeys: opts->skipkeys = mo_obj_is_true(v); break;
        case MO_QSTR_allow_nan: opts->allow_nan = mo_obj_is_true(v); break;
        case MO_QSTR_check_circular: opts->check_circular = mo_obj_is_true(v); break;
        case MO_QSTR_default: opts->default_fn = v == mo_const_none ? MO_OBJ_NULL : v; break;
        case MO_QSTR_cls:
            // Only the default encoder exists; a custom class can't be honoured.
            if (v != mo_const_none) {
                mo_raise_msg(&mo_type_NotImplementedError, "json: cls is not supported");
            }
            break;
        default:
            mo_raise_fmt(&mo_type_TypeError,
                         "JSONEncoder.__init__() got an unexpected keyword argument '%q'", name);
    }
}

void mo_json_encode_opts(mo_json_enc_opts_t *opts, mo_map_t *kw) {
    *opts = (mo_json_enc_opts_t){.ensure_ascii = true, .allow_nan = true, .check_circular = true};
    mo_obj_t separators = mo_const_none;
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        if (kw->table[i].key != MO_OBJ_NULL) {
            set_opt(opts, mo_obj_str_get_qstr(kw->table[i].key), kw->table[i].value, &separators);
        }
    }
    // CPython drops the space after ',' when indenting (the newline separates).
    opts->item_sep = opts->indent != NULL ? "," : ", ";
    opts->item_sep_len = opts->indent != NULL ? 1 : 2;
    opts->key_sep = ": ";
    opts->key_sep_len = 2;
    if (separators != mo_const_none) {
        mo_obj_t pair[2];
        mo_unpack_sequence(separators, 2, pair);  // reversed: pair[1] is the first
        opts->key_sep = sep_arg(pair[0], 5, &opts->key_sep_len);
        opts->item_sep = sep_arg(pair[1], 6, &opts->item_sep_len);
    }
}

// ---- output helpers ------------------------------------------------------------------

static void put_str(enc_t *e, mo_obj_t s) {
    size_t len;
    const char *data = mo_obj_str_get_data(s, &len);
    mo_vstr_add_strn(&e->out, data, len);
}

static void put_newline_indent(enc_t *e) {
    mo_vstr_add_byte(&e->out, '\n');
    for (size_t i = 0; i < e->level; i++) {
        mo_vstr_add_strn(&e->out, e->opts->indent, e->opts->indent_len);
    }
}

// Before every item but the first: the separator, and with indent a new line.
static void put_item_sep(enc_t *e) {
    mo_vstr_add_strn(&e->out, e->opts->item_sep, e->opts->item_sep_len);
    if (e->opts->indent != NULL) {
        put_newline_indent(e);
    }
}

static void put_hex4(enc_t *e, mo_unichar_t c) {
    static const char hex[] = "0123456789abcdef";
    char buf[6] = {'\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
    mo_vstr_add_strn(&e->out, buf, sizeof(buf));
}

// ---- scalars -------------------------------------------------------------------------

// The short escape of c, or 0 when it has none.
static char short_escape(mo_unichar_t c) {
    switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '\n': return 'n';
        case '\r': return 'r';
        case '\t': return 't';
        case '\b': return 'b';
        case '\f': return 'f';
        default: return 0;
    }
}

// One character that needs escaping: short form, \u00XX, or with ensure_ascii a
// \uXXXX (a surrogate pair beyond the BMP).
static void put_escaped_char(enc_t *e, mo_unichar_t c) {
    char esc = short_escape(c);
    if (esc != 0) {
        char buf[2] = {'\\', esc};
        mo_vstr_add_strn(&e->out, buf, 2);
    } else if (c >= 0x10000) {
        c -= 0x10000;
        put_hex4(e, 0xd800 | (c >> 10));
        put_hex4(e, 0xdc00 | (c & 0x3ff));
    } else {
        put_hex4(e, c);
    }
}

static bool needs_escape(mo_unichar_t c, bool ascii) {
    return c < 0x20 || c == '"' || c == '\\' || (ascii && c >= 0x7f);
}

// A quoted string. Runs of characters that need no escape are copied whole.
static void put_string(enc_t *e, const uint8_t *s, size_t len) {
    const uint8_t *end = s + len, *run = s;
    bool ascii = e->opts->ensure_ascii;
    mo_vstr_add_byte(&e->out, '"');
    while (s < end) {
        mo_unichar_t c = *s < 0x80 ? *s : mo_utf8_get_char(s, end);
        const uint8_t *next = mo_utf8_next(s, end);
        if (needs_escape(c, ascii)) {
            mo_vstr_add_strn(&e->out, (const char *)run, (size_t)(s - run));
            put_escaped_char(e, c);
            run = next;
        }
        s = next;
    }
    mo_vstr_add_strn(&e->out, (const char *)run, (size_t)(end - run));
    mo_vstr_add_byte(&e->out, '"');
}

static void put_str_obj(enc_t *e, mo_obj_t s) {
    size_t len;
    const uint8_t *data = mo_str_data(s, &len);
    put_string(e, data, len);
}

// float.__repr__, or NaN / Infinity / -Infinity, which strict JSON lacks.
static void put_float(enc_t *e, double v) {
    if (isfinite(v)) {
        mo_float_format(&e->out, v, 'r', -1, false);
        return;
    }
    if (!e->opts->allow_nan) {
        mo_raise_msg(&mo_type_ValueError, "Out of range float values are not JSON compliant");
    }
    mo_vstr_add_str(&e->out, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
}

static void put_int(enc_t *e, mo_obj_t i) { put_str(e, mo_int_to_str(i, 10)); }

// ---- containers ----------------------------------------------------------------------

static void push_mark(enc_t *e, enc_mark_t *m, mo_obj_t o) {
    mo_stack_check();
    if (e->opts->check_circular) {
        for (const enc_mark_t *p = e->marks; p != NULL; p = p->up) {
            if (p->obj == o) {
                mo_raise_msg(&mo_type_ValueError, "Circular reference detected");
            }
        }
    }
    m->obj = o;
    m->up = e->marks;
    e->marks = m;
}

static void open_container(enc_t *e, char c) {
    mo_vstr_add_byte(&e->out, c);
    if (e->opts->indent != NULL) {
        e->level++;
        put_newline_indent(e);
    }
}

static void close_container(enc_t *e, char c) {
    if (e->opts->indent != NULL) {
        e->level--;
        put_newline_indent(e);
    }
    mo_vstr_add_byte(&e->out, c);
}

// The array is re-read each step: default() may have changed the list.
static void enc_list(enc_t *e, mo_obj_t o) {
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(o, &len, &items);
    if (len == 0) {
        mo_vstr_add_str(&e->out, "[]");
        return;
    }
    enc_mark_t mark;
    push_mark(e, &mark, o);
    open_container(e, '[');
    for (size_t i = 0; mo_obj_get_array(o, &len, &items), i < len; i++) {
        if (i > 0) {
            put_item_sep(e);
        }
        enc_value(e, items[i]);
    }
    close_container(e, ']');
    e->marks = mark.up;
}

// A dict key as CPython converts it; false if it is to be skipped (skipkeys).
static bool put_key(enc_t *e, mo_obj_t k) {
    double f;
    k = native_value(k);
    if (mo_obj_is_str(k)) {
        put_str_obj(e, k);
    } else if (mo_obj_is_type(k, &mo_type_float) && mo_obj_get_float_maybe(k, &f)) {
        mo_vstr_add_byte(&e->out, '"');
        put_float(e, f);
        mo_vstr_add_byte(&e->out, '"');
    } else if (k == mo_const_true || k == mo_const_false || k == mo_const_none) {
        mo_vstr_add_str(&e->out, k == mo_const_true ? "\"true\"" : k == mo_const_false ? "\"false\"" : "\"null\"");
    } else if (mo_obj_is_int(k)) {
        mo_vstr_add_byte(&e->out, '"');
        put_int(e, k);
        mo_vstr_add_byte(&e->out, '"');
    } else if (e->opts->skipkeys) {
        return false;
    } else {
        mo_raise_fmt(&mo_type_TypeError, "keys must be str, int, float, bool or None, not %s",
                     mo_obj_type_name(k));
    }
    return true;
}

// One key/value pair; *first tracks whether a separator is due.
static void enc_pair(enc_t *e, mo_obj_t k, mo_obj_t v, bool *first) {
    size_t mark = e->out.len;
    if (!*first) {
        put_item_sep(e);
    }
    if (!put_key(e, k)) {
        e->out.len = mark;   // skipped: take the separator back
        return;
    }
    *first = false;
    mo_vstr_add_strn(&e->out, e->opts->key_sep, e->opts->key_sep_len);
    enc_value(e, v);
}

// sort_keys sorts the (key, value) items as CPython does, so mixed key types
// raise the same TypeError from the comparison.
static mo_obj_t sorted_items(mo_obj_t d) {
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, mo_call_method_0(d, MO_QSTR_items));
    mo_call_method_0(list, MO_QSTR_sort);
    return list;
}

static void enc_dict(enc_t *e, mo_obj_t o) {
    mo_map_t *map = &((mo_dict_t *)MO_PTR(o))->map;
    if (map->count == 0) {
        mo_vstr_add_str(&e->out, "{}");
        return;
    }
    enc_mark_t mark;
    push_mark(e, &mark, o);
    open_container(e, '{');
    bool first = true;
    if (e->opts->sort_keys) {
        mo_obj_t items = sorted_items(o);
        size_t n, two;
        mo_obj_t *pairs, *kv;
        for (size_t i = 0; mo_obj_get_array(items, &n, &pairs), i < n; i++) {
            mo_obj_get_array(pairs[i], &two, &kv);
            enc_pair(e, kv[0], kv[1], &first);
        }
    } else {
        // Walks the map itself, re-reading it each step in case default() grew it.
        for (size_t i = 0; i < map->used; i++) {
            mo_map_elem_t el = map->table[i];
            if (el.key != MO_OBJ_NULL) {
                enc_pair(e, el.key, el.value, &first);
            }
        }
    }
    close_container(e, '}');
    e->marks = mark.up;
}

// ---- dispatch ------------------------------------------------------------------------

// An object JSON has no form for: default(o) gives a substitute, else TypeError.
static void enc_other(enc_t *e, mo_obj_t o) {
    if (e->opts->default_fn == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "Object of type %s is not JSON serializable",
                     mo_obj_type_name(o));
    }
    enc_mark_t mark;
    push_mark(e, &mark, o);
    enc_value(e, mo_call1(e->opts->default_fn, o));
    e->marks = mark.up;
}

// Instances of user subclasses of str, int, float, list, tuple and dict encode as
// their built-in value (CPython uses the base type's repr and storage).
static mo_obj_t native_value(mo_obj_t o) {
    const mo_type_t *t = mo_obj_type(o);
    if (!mo_type_is_user(t)) {
        return o;
    }
    const mo_type_t *b = mo_type_native_base(t);
    if (b == &mo_type_str || b == &mo_type_int || b == &mo_type_float || b == &mo_type_list ||
        b == &mo_type_tuple || b == &mo_type_dict) {
        return mo_instance_native(o);
    }
    return o;
}

static void enc_value(enc_t *e, mo_obj_t o) {
    mo_obj_t n = native_value(o);
    const mo_type_t *t = mo_obj_type(n);
    if (n == mo_const_none || n == mo_const_true || n == mo_const_false) {
        mo_vstr_add_str(&e->out, n == mo_const_none ? "null" : n == mo_const_true ? "true" : "false");
    } else if (t == &mo_type_str) {
        put_str_obj(e, n);
    } else if (t == &mo_type_int) {
        put_int(e, n);
    } else if (t == &mo_type_float) {
        put_float(e, ((const mo_float_t *)MO_PTR(n))->value);
    } else if (t == &mo_type_list || t == &mo_type_tuple) {
        enc_list(e, n);
    } else if (t == &mo_type_dict) {
        enc_dict(e, n);
    } else {
        enc_other(e, o);
    }
}

mo_obj_t mo_json_encode(mo_obj_t obj, const mo_json_enc_opts_t *opts) {
    enc_t e = {.opts = opts, .marks = NULL, .level = 0};
    mo_vstr_init(&e.out, 32);
    enc_value(&e, obj);
    return mo_obj_new_str_from_vstr(&e.out);
}
