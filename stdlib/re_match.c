// re.Match objects, the subject string they point into, and the expansion of
// replacement templates (Match.expand and sub).
//
// A match keeps the byte offsets of its groups; what Python sees (start, end, span,
// regs, repr) is counted in code points, converted when asked for.
#include <string.h>

#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/unicode.h"
#include "stdlib/re.h"

// ---- the subject --------------------------------------------------------------------

void mo_re_subject_init(mo_re_subject_t *sub, mo_obj_t o, const mo_re_pattern_t *pat) {
    mo_obj_t native;
    sub->obj = o;
    sub->is_str = mo_str_unwrap(o, &mo_type_str, &native);
    if (sub->is_str) {
        if (pat->is_bytes) {
            mo_raise_msg(&mo_type_TypeError, "cannot use a bytes pattern on a string-like object");
        }
        sub->data = mo_str_data(native, &sub->len);
        sub->nchars = mo_str_char_count(native);  // cached in the str object
        sub->ascii = sub->nchars == sub->len;
        return;
    }
    if (!mo_bytes_like_data(o, &sub->data, &sub->len)) {
        mo_raise_fmt(&mo_type_TypeError, "expected string or bytes-like object, got '%T'", o);
    }
    if (!pat->is_bytes) {
        mo_raise_msg(&mo_type_TypeError, "cannot use a string pattern on a bytes-like object");
    }
    sub->nchars = sub->len;
    sub->ascii = true;
}

mo_obj_t mo_re_subject_slice(const mo_re_subject_t *sub, size_t a, size_t b) {
    // A bytearray may have shrunk since the match: CPython clips to its length too.
    b = b < sub->len ? b : sub->len;
    a = a < b ? a : b;
    if (sub->is_str) {
        return mo_obj_new_str((const char *)sub->data + a, b - a);
    }
    return mo_obj_new_bytes(sub->data + a, b - a);
}

size_t mo_re_subject_index(const mo_re_subject_t *sub, size_t byte_off) {
    if (sub->ascii) {
        return byte_off;
    }
    return byte_off == sub->len ? sub->nchars : mo_utf8_char_count(sub->data, byte_off);
}

size_t mo_re_subject_offset(const mo_re_subject_t *sub, size_t index) {
    return mo_str_char_to_byte(sub->data, sub->len, sub->ascii, index);
}

// ---- Match objects ---------------------------------------------------------------------

typedef struct re_match {
    mo_base_t base;
    mo_obj_t pattern;
    mo_obj_t string;
    mo_int_t pos, endpos;
    size_t lastindex;   // MO_RE_UNSET: None
    size_t ngroups;     // group 0 included
    size_t spans[];     // byte offsets: start and end of each group
} re_match_t;

mo_obj_t mo_re_match_new(mo_obj_t pattern, const mo_re_subject_t *sub, const mo_re_state_t *st,
                         mo_int_t pos, mo_int_t endpos) {
    size_t n = ((const mo_re_pattern_t *)MO_PTR(pattern))->ngroups + 1;
    re_match_t *m = mo_new_obj_var(re_match_t, size_t, 2 * n);
    m->base.type = &mo_re_match_type;
    m->pattern = pattern;
    m->string = sub->obj;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = st->regs[MO_RE_LASTINDEX(st->pat)];
    m->ngroups = n;
    for (size_t k = 0; k < n; k++) {
        size_t a = st->regs[2 * k], b = st->regs[2 * k + 1];
        bool set = a != MO_RE_UNSET && b != MO_RE_UNSET;
        m->spans[2 * k] = set ? a : MO_RE_UNSET;
        m->spans[2 * k + 1] = set ? b : MO_RE_UNSET;
    }
    return MO_OBJ(m);
}

static re_match_t *as_match(mo_obj_t o) { return (re_match_t *)MO_PTR(o); }
static const mo_re_pattern_t *match_pattern(const re_match_t *m) { return MO_PTR(m->pattern); }

static void match_subject(const re_match_t *m, mo_re_subject_t *sub) {
    mo_re_subject_init(sub, m->string, match_pattern(m));
}

// The group number g names (an int or a group name); IndexError if none.
static size_t group_index(const re_match_t *m, mo_obj_t g) {
    mo_int_t i = -1;
    if (!mo_obj_get_int_maybe(g, &i)) {
        mo_obj_t v = mo_dict_get(match_pattern(m)->groupindex, g);
        if (v != MO_OBJ_NULL) {
            i = mo_small_int_value(v);
        }
    }
    if (i < 0 || (size_t)i >= m->ngroups) {
        mo_raise_msg(&mo_type_IndexError, "no such group");
    }
    return (size_t)i;
}

static mo_obj_t group_value(const re_match_t *m, const mo_re_subject_t *sub, size_t g, mo_obj_t dflt) {
    size_t a = m->spans[2 * g];
    return a == MO_RE_UNSET ? dflt : mo_re_subject_slice(sub, a, m->spans[2 * g + 1]);
}

// A group bound as Python sees it: a code point index, or -1.
static mo_obj_t bound(const re_match_t *m, const mo_re_subject_t *sub, size_t g, size_t which) {
    size_t b = m->spans[2 * g + which];
    return mo_obj_new_int(b == MO_RE_UNSET ? -1 : (mo_int_t)mo_re_subject_index(sub, b));
}

static mo_obj_t span_tuple(const re_match_t *m, const mo_re_subject_t *sub, size_t g) {
    mo_obj_t se[2] = {bound(m, sub, g, 0), bound(m, sub, g, 1)};
    return mo_obj_new_tuple(2, se);
}

static mo_obj_t match_group(size_t n_args, const mo_obj_t *args) {
    const re_match_t *m = as_match(args[0]);
    mo_re_subject_t sub;
    match_subject(m, &sub);
    if (n_args <= 2) {
        return group_value(m, &sub, n_args == 1 ? 0 : group_index(m, args[1]), mo_const_none);
    }
    mo_obj_t t = mo_obj_new_tuple(n_args - 1, NULL);
    for (size_t k = 1; k < n_args; k++) {
        ((mo_tuple_t *)MO_PTR(t))->items[k - 1] = group_value(m, &sub, group_index(m, args[k]), mo_const_none);
    }
    return t;
}
static MO_DEFINE_FUN_VAR(match_group_obj, 1, 0xffff, match_group);

// The optional `default` argument of groups() and groupdict().
static mo_obj_t default_arg(const char *fn, size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    size_t given = n_args - 1 + (kw != NULL ? kw->count : 0);
    if (given > 1) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most 1 argument (%u given)", fn, (unsigned)given);
    }
    if (n_args == 2) {
        return args[1];
    }
    if (kw != NULL && kw->count == 1) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_default), MO_MAP_LOOKUP);
        if (e == NULL) {
            mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for %s()",
                         kw->table[0].key, fn);
        }
        return e->value;
    }
    return mo_const_none;
}

static mo_obj_t match_groups(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t dflt = default_arg("groups", n_args, args, kw);
    const re_match_t *m = as_match(args[0]);
    mo_re_subject_t sub;
    match_subject(m, &sub);
    mo_obj_t t = mo_obj_new_tuple(m->ngroups - 1, NULL);
    for (size_t g = 1; g < m->ngroups; g++) {
        ((mo_tuple_t *)MO_PTR(t))->items[g - 1] = group_value(m, &sub, g, dflt);
    }
    return t;
}
static MO_DEFINE_FUN_KW(match_groups_obj, 1, match_groups);

static mo_obj_t match_groupdict(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t dflt = default_arg("groupdict", n_args, args, kw);
    const re_match_t *m = as_match(args[0]);
    mo_re_subject_t sub;
    match_subject(m, &sub);
    mo_map_t *names = &((mo_dict_t *)MO_PTR(match_pattern(m)->groupindex))->map;
    mo_obj_t d = mo_obj_new_dict(names->count);
    for (size_t k = 0; k < names->used; k++) {
        mo_map_elem_t *e = &names->table[k];
        if (e->key != MO_OBJ_NULL) {
            mo_dict_store(d, e->key, group_value(m, &sub, (size_t)mo_small_int_value(e->value), dflt));
        }
    }
    return d;
}
static MO_DEFINE_FUN_KW(match_groupdict_obj, 1, match_groupdict);

// start(), end() and span() take one optional group.
static mo_obj_t match_bounds(size_t n_args, const mo_obj_t *args, int which) {
    if (n_args > 2) {
        static const char *const names[] = {"start", "end", "span"};
        mo_raise_fmt(&mo_type_TypeError, "%s expected at most 1 argument, got %u", names[which],
                     (unsigned)n_args - 1);
    }
    const re_match_t *m = as_match(args[0]);
    size_t g = n_args > 1 ? group_index(m, args[1]) : 0;
    mo_re_subject_t sub;
    match_subject(m, &sub);
    return which < 2 ? bound(m, &sub, g, (size_t)which) : span_tuple(m, &sub, g);
}

static mo_obj_t match_start(size_t n_args, const mo_obj_t *args) { return match_bounds(n_args, args, 0); }
static MO_DEFINE_FUN_VAR(match_start_obj, 1, 0xffff, match_start);
static mo_obj_t match_end(size_t n_args, const mo_obj_t *args) { return match_bounds(n_args, args, 1); }
static MO_DEFINE_FUN_VAR(match_end_obj, 1, 0xffff, match_end);
static mo_obj_t match_span(size_t n_args, const mo_obj_t *args) { return match_bounds(n_args, args, 2); }
static MO_DEFINE_FUN_VAR(match_span_obj, 1, 0xffff, match_span);

static mo_obj_t match_expand(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t tmpl = n_args == 2 ? args[1] : MO_OBJ_NULL;
    if (kw != NULL && kw->count == 1 && n_args == 1) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_template), MO_MAP_LOOKUP);
        tmpl = e != NULL ? e->value : MO_OBJ_NULL;
    }
    if (tmpl == MO_OBJ_NULL || n_args + (kw != NULL ? kw->count : 0) != 2) {
        mo_raise_msg(&mo_type_TypeError, n_args > 2 ? "expand() takes at most 1 argument"
                                                    : "expand() missing required argument 'template' (pos 1)");
    }
    return mo_re_template_expand(mo_re_template_parse(match_pattern(as_match(args[0])), tmpl), args[0]);
}
static MO_DEFINE_FUN_KW(match_expand_obj, 1, match_expand);

static const mo_map_elem_t match_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_group), MO_ROM_PTR(&match_group_obj)},
    {MO_ROM_QSTR(MO_QSTR_groups), MO_ROM_PTR(&match_groups_obj)},
    {MO_ROM_QSTR(MO_QSTR_groupdict), MO_ROM_PTR(&match_groupdict_obj)},
    {MO_ROM_QSTR(MO_QSTR_start), MO_ROM_PTR(&match_start_obj)},
    {MO_ROM_QSTR(MO_QSTR_end), MO_ROM_PTR(&match_end_obj)},
    {MO_ROM_QSTR(MO_QSTR_span), MO_ROM_PTR(&match_span_obj)},
    {MO_ROM_QSTR(MO_QSTR_expand), MO_ROM_PTR(&match_expand_obj)},
};
static MO_DEFINE_CONST_DICT(match_locals_dict, match_locals_table);

static mo_obj_t lastgroup(const re_match_t *m) {
    mo_map_t *names = &((mo_dict_t *)MO_PTR(match_pattern(m)->groupindex))->map;
    for (size_t k = 0; k < names->used; k++) {
        mo_map_elem_t *e = &names->table[k];
        if (e->key != MO_OBJ_NULL && (size_t)mo_small_int_value(e->value) == m->lastindex) {
            return e->key;
        }
    }
    return mo_const_none;
}

static mo_obj_t regs_tuple(const re_match_t *m) {
    mo_re_subject_t sub;
    match_subject(m, &sub);
    mo_obj_t t = mo_obj_new_tuple(m->ngroups, NULL);
    for (size_t g = 0; g < m->ngroups; g++) {
        ((mo_tuple_t *)MO_PTR(t))->items[g] = span_tuple(m, &sub, g);
    }
    return t;
}

static void match_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    const re_match_t *m = as_match(self);
    switch (attr) {
        case MO_QSTR_string: dest[0] = m->string; return;
        case MO_QSTR_re: dest[0] = m->pattern; return;
        case MO_QSTR_pos: dest[0] = mo_obj_new_int(m->pos); return;
        case MO_QSTR_endpos: dest[0] = mo_obj_new_int(m->endpos); return;
        case MO_QSTR_lastindex:
            dest[0] = m->lastindex == MO_RE_UNSET ? mo_const_none : mo_obj_new_int((mo_int_t)m->lastindex);
            return;
        case MO_QSTR_lastgroup: dest[0] = lastgroup(m); return;
        case MO_QSTR_regs: dest[0] = regs_tuple(m); return;
        default: mo_generic_attr_load(self, attr, dest); return;
    }
}

static mo_obj_t match_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    const mo_obj_t args[2] = {self, index};
    return match_group(2, args);
}

// CPython's repr shows at most 50 characters of the match's repr.
static void match_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const re_match_t *m = as_match(self);
    mo_re_subject_t sub;
    match_subject(m, &sub);
    size_t len;
    const uint8_t *r = mo_str_data(mo_obj_repr(group_value(m, &sub, 0, mo_const_none)), &len);
    size_t cut = (size_t)(mo_utf8_skip(r, r + len, 50) - r);
    mo_printf(print, "<re.Match object; span=(%ld, %ld), match=%.*s>",
              (long)mo_re_subject_index(&sub, m->spans[0]), (long)mo_re_subject_index(&sub, m->spans[1]),
              (int)cut, (const char *)r);
}

const mo_type_t mo_re_match_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_re_dot_Match,
    .print = match_print,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals_dict = &match_locals_dict,
};

// ---- templates ----------------------------------------------------------------------------

mo_obj_t mo_re_template_expand(mo_obj_t parsed, mo_obj_t match) {
    const re_match_t *m = as_match(match);
    mo_re_subject_t sub;
    match_subject(m, &sub);
    size_t n;
    mo_obj_t *items;
    mo_obj_get_array(parsed, &n, &items);
    mo_vstr_t v;
    mo_vstr_init(&v, 32);
    for (size_t k = 0; k < n; k++) {
        if (mo_is_small_int(items[k])) {
            size_t len, g = (size_t)mo_small_int_value(items[k]);
            mo_obj_t text = group_value(m, &sub, g, mo_const_empty_tuple);
            if (text != mo_const_empty_tuple) {
                const uint8_t *s = mo_str_data(text, &len);
                mo_vstr_add_strn(&v, (const char *)s, len);
            }
        } else {
            size_t len;
            const uint8_t *s = mo_str_data(items[k], &len);
            if (mo_obj_is_str(items[k]) != sub.is_str) {
                mo_re_raise_join_error(k, items[k], sub.is_str);
            }
            mo_vstr_add_strn(&v, (const char *)s, len);
        }
    }
    if (mo_obj_is_type(sub.obj, &mo_type_bytearray)) {
        // CPython joins on string[:0], which is a bytearray here.
        mo_obj_t r = mo_bytearray_new((const uint8_t *)v.buf, v.len);
        mo_vstr_clear(&v);
        return r;
    }
    return sub.is_str ? mo_obj_new_str_from_vstr(&v) : mo_obj_new_bytes_from_vstr(&v);
}
