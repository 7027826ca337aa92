// The re module's Python face: re.error, the Pattern type with its search, sub
// and split methods, finditer's iterator, and the module-level functions, with
// CPython's argument handling and messages. re_compile.c compiles, re_exec.c
// matches and re_match.c holds the Match type.
#include <stdarg.h>
#include <string.h>

#include "runtime/map.h"
#include "runtime/objexcept.h"
#include "runtime/objiter.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/unicode.h"
#include "stdlib/re.h"

static mo_obj_t str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mo_obj_t s = mo_obj_new_str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

// ---- re.error ------------------------------------------------------------------------

// Line and column of character pos in pattern, as CPython counts them; *has_nl says
// whether the pattern has a newline at all. False if pattern is no string.
static bool line_col(mo_obj_t pattern, mo_int_t pos, mo_int_t *line, mo_int_t *col, bool *has_nl) {
    mo_obj_t native;
    const uint8_t *s;
    size_t len;
    bool is_str = mo_str_unwrap(pattern, &mo_type_str, &native);
    if (is_str) {
        s = mo_str_data(native, &len);
    } else if (!mo_bytes_like_data(pattern, &s, &len)) {
        return false;
    }
    const uint8_t *end = s + len;
    mo_int_t idx = 0, last_nl = -1;
    *line = 1;
    *has_nl = false;
    for (; s < end; s = is_str ? mo_utf8_next(s, end) : s + 1, idx++) {
        if (*s == '\n') {
            *has_nl = true;
            if (idx < pos) {
                ++*line;
                last_nl = idx;
            }
        }
    }
    *col = pos - last_nl;
    return true;
}

static mo_obj_t error_new(mo_obj_t msg, mo_obj_t pattern, mo_obj_t pos) {
    mo_obj_t text = msg, lineno = mo_const_none, colno = mo_const_none;
    if (pattern != mo_const_none && pos != mo_const_none) {
        mo_int_t p = mo_obj_get_int(pos), line, col;
        bool has_nl;
        if (line_col(pattern, p, &line, &col, &has_nl)) {
            lineno = mo_obj_new_int(line);
            colno = mo_obj_new_int(col);
            text = has_nl ? str_printf("%S at position %ld (line %ld, column %ld)", msg, (long)p,
                                       (long)line, (long)col)
                          : str_printf("%S at position %ld", msg, (long)p);
        }
    }
    mo_obj_t exc = mo_exception_alloc(&mo_re_error_type, mo_obj_new_tuple(1, &text));
    mo_obj_t dict = MO_OBJ(&mo_exception_get(exc)->dict);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_msg), msg);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_pattern), pattern);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_pos), pos);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_lineno), lineno);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_colno), colno);
    return exc;
}

_Noreturn void mo_re_raise_error(mo_obj_t msg, mo_obj_t pattern, mo_int_t pos) {
    mo_raise(error_new(msg, pattern != MO_OBJ_NULL ? pattern : mo_const_none,
                       pos >= 0 ? mo_obj_new_int(pos) : mo_const_none));
}

_Noreturn void mo_re_raise_join_error(size_t k, mo_obj_t item, bool want_str) {
    mo_raise_fmt(&mo_type_TypeError,
                 want_str ? "sequence item %u: expected str instance, %s found"
                          : "sequence item %u: expected a bytes-like object, %s found",
                 (unsigned)k, mo_obj_type_name(item));
}

// ---- arguments --------------------------------------------------------------------------

// A signature: the module functions word their errors as Python functions do, the
// methods as CPython's C methods do.
typedef struct re_sig {
    const char *name;
    uint8_t n_names, n_required;
    bool method;
    uint16_t names[5];  // qstrs
} re_sig_t;

static void too_many_args(const re_sig_t *sig, size_t n_args, size_t n_given) {
    // re.error's __init__ counts self, as Python functions do.
    unsigned self = sig->name[0] == 'e';
    if (sig->method) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most %u argument%s (%u given)", sig->name,
                     (unsigned)sig->n_names, sig->n_names == 1 ? "" : "s", (unsigned)n_given);
    }
    if (sig->n_required < sig->n_names) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes from %u to %u positional arguments but %u were given",
                     sig->name, sig->n_required + self, sig->n_names + self, (unsigned)n_args + self);
    }
    mo_raise_fmt(&mo_type_TypeError, "%s() takes %u positional argument%s but %u %s given", sig->name,
                 (unsigned)sig->n_names, sig->n_names == 1 ? "" : "s", (unsigned)n_args,
                 n_args == 1 ? "was" : "were");
}

static void missing_args(const re_sig_t *sig, const mo_obj_t *out) {
    qstr miss[5];
    size_t n = 0, first = 0;
    for (size_t k = sig->n_required; k-- > 0;) {
        if (out[k] == MO_OBJ_NULL) {
            miss[n++] = sig->names[k];
            first = k;
        }
    }
    if (n == 0) {
        return;
    }
    if (sig->method) {
        mo_raise_fmt(&mo_type_TypeError, "%s() missing required argument '%q' (pos %u)", sig->name,
                     (qstr)sig->names[first], (unsigned)first + 1);
    }
    // miss[] is in reverse order: 'a', 'b', and 'c' as Python lists them.
    mo_vstr_t v;
    mo_print_t pr;
    mo_vstr_init(&v, 32);
    mo_print_to_vstr(&pr, &v);
    mo_printf(&pr, "%s() missing %u required positional argument%s: ", sig->name, (unsigned)n, n == 1 ? "" : "s");
    for (size_t k = n; k-- > 0;) {
        mo_printf(&pr, "'%q'%s", miss[k], k == 0 ? "" : k == 1 ? (n == 2 ? " and " : ", and ") : ", ");
    }
    mo_raise(mo_obj_new_exception_msg(&mo_type_TypeError, mo_vstr_null_terminated(&v)));
}

// Fills out[] (one per name) from the positional and keyword arguments; absent
// optional arguments are MO_OBJ_NULL.
static void parse_args(const re_sig_t *sig, size_t n_args, const mo_obj_t *args, mo_map_t *kw, mo_obj_t *out) {
    size_t n_kw = kw != NULL ? kw->count : 0;
    if (n_args > sig->n_names || (sig->method && n_args + n_kw > sig->n_names)) {
        too_many_args(sig, n_args, n_args + n_kw);
    }
    for (size_t k = 0; k < sig->n_names; k++) {
        out[k] = k < n_args ? args[k] : MO_OBJ_NULL;
    }
    for (size_t e = 0; kw != NULL && e < kw->used; e++) {
        mo_obj_t key = kw->table[e].key;
        if (key == MO_OBJ_NULL) {
            continue;
        }
        size_t k = 0;
        while (k < sig->n_names && !mo_obj_equal(key, mo_qstr_obj(sig->names[k]))) {
            k++;
        }
        if (k == sig->n_names && sig->method) {
            mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for %s()", key, sig->name);
        }
        if (k == sig->n_names) {
            mo_raise_fmt(&mo_type_TypeError, "%s() got an unexpected keyword argument '%S'", sig->name, key);
        }
        if (out[k] != MO_OBJ_NULL) {
            if (sig->method) {
                mo_raise_fmt(&mo_type_TypeError, "argument for %s() given by name ('%S') and position (%u)",
                             sig->name, key, (unsigned)k + 1);
            }
            mo_raise_fmt(&mo_type_TypeError, "%s() got multiple values for argument '%S'", sig->name, key);
        }
        out[k] = kw->table[e].value;
    }
    missing_args(sig, out);
}

static mo_int_t int_arg(mo_obj_t o, mo_int_t dflt) { return o != MO_OBJ_NULL ? mo_obj_get_int(o) : dflt; }

// ---- searching ---------------------------------------------------------------------------

static const mo_re_pattern_t *as_pattern(mo_obj_t o) { return (const mo_re_pattern_t *)MO_PTR(o); }

// A search over string[pos:endpos] (code points, clamped as CPython clamps them).
typedef struct search {
    mo_obj_t pattern;
    mo_re_subject_t sub;
    mo_re_state_t st;
    mo_int_t pos, endpos;
    size_t start;  // byte offset where the next search begins
} search_t;

static void search_init(search_t *s, mo_obj_t pattern, mo_obj_t string, mo_obj_t pos, mo_obj_t endpos) {
    s->pattern = pattern;
    mo_re_subject_init(&s->sub, string, as_pattern(pattern));
    mo_int_t n = (mo_int_t)s->sub.nchars;
    mo_int_t a = int_arg(pos, 0), b = int_arg(endpos, n);
    s->pos = a < 0 ? 0 : a > n ? n : a;
    s->endpos = b < 0 ? 0 : b > n ? n : b;
    s->start = mo_re_subject_offset(&s->sub, (size_t)s->pos);
    mo_re_state_init(&s->st, as_pattern(pattern), &s->sub, mo_re_subject_offset(&s->sub, (size_t)s->endpos));
}

// The next match from s->start on; afterwards an empty match may not repeat there.
static bool search_next(search_t *s) {
    if (s->start > s->st.end || !mo_re_exec(&s->st, s->start, false)) {
        return false;
    }
    s->st.must_advance = s->st.regs[1] == s->st.regs[0];
    s->start = s->st.regs[1];
    return true;
}

static mo_obj_t search_match(const search_t *s) {
    return mo_re_match_new(s->pattern, &s->sub, &s->st, s->pos, s->endpos);
}

// What the methods and module functions do, by number; the first three are the
// search modes.
enum { OP_SEARCH, OP_MATCH, OP_FULLMATCH, OP_FINDALL, OP_FINDITER, OP_SUB, OP_SUBN, OP_SPLIT,
       OP_COMPILE, OP_ESCAPE, OP_PURGE };

static mo_obj_t do_search(mo_obj_t pattern, mo_obj_t string, mo_obj_t pos, mo_obj_t endpos, int mode) {
    search_t s;
    search_init(&s, pattern, string, pos, endpos);
    s.st.match_all = mode == OP_FULLMATCH;
    if (s.start > s.st.end || !mo_re_exec(&s.st, s.start, mode != OP_SEARCH)) {
        return mo_const_none;
    }
    return search_match(&s);
}

static mo_obj_t findall_item(const search_t *s) {
    uint32_t n = as_pattern(s->pattern)->ngroups;
    const size_t *r = s->st.regs;
    if (n == 0) {
        return mo_re_subject_slice(&s->sub, r[0], r[1]);
    }
    mo_obj_t t = mo_obj_new_tuple(n, NULL);
    for (uint32_t g = 1; g <= n; g++) {
        size_t a = r[2 * g], b = r[2 * g + 1];
        bool set = a != MO_RE_UNSET && b != MO_RE_UNSET;
        ((mo_tuple_t *)MO_PTR(t))->items[g - 1] = mo_re_subject_slice(&s->sub, set ? a : 0, set ? b : 0);
    }
    return n == 1 ? ((mo_tuple_t *)MO_PTR(t))->items[0] : t;
}

static mo_obj_t do_findall(mo_obj_t pattern, mo_obj_t string, mo_obj_t pos, mo_obj_t endpos) {
    search_t s;
    search_init(&s, pattern, string, pos, endpos);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    while (search_next(&s)) {
        mo_list_append(list, findall_item(&s));
    }
    return list;
}

// finditer's iterator: a search kept between calls (in byte offsets, so a step
// costs no conversion from code point indexes).
typedef struct re_iter {
    mo_base_t base;
    mo_obj_t pattern, string;
    mo_int_t pos, endpos;
    size_t start, end;
    bool must_advance, done;
} re_iter_t;

static mo_obj_t re_iter_next(mo_obj_t self) {
    re_iter_t *it = MO_PTR(self);
    if (it->done) {
        return MO_OBJ_STOP_ITERATION;
    }
    search_t s = {.pattern = it->pattern, .pos = it->pos, .endpos = it->endpos, .start = it->start};
    mo_re_subject_init(&s.sub, it->string, as_pattern(it->pattern));
    mo_re_state_init(&s.st, as_pattern(it->pattern), &s.sub, it->end);
    s.st.must_advance = it->must_advance;
    if (!search_next(&s)) {
        it->done = true;
        return MO_OBJ_STOP_ITERATION;
    }
    it->start = s.start;
    it->must_advance = s.st.must_advance;
    return search_match(&s);
}

static const mo_type_t re_iter_type = MO_ITER_TYPE_INIT(MO_QSTR_callable_iterator, re_iter_next);

static mo_obj_t do_finditer(mo_obj_t pattern, mo_obj_t string, mo_obj_t pos, mo_obj_t endpos) {
    search_t s;
    search_init(&s, pattern, string, pos, endpos);
    re_iter_t *it = mo_new_obj(re_iter_t);
    it->base.type = &re_iter_type;
    it->pattern = pattern;
    it->string = string;
    it->pos = s.pos;
    it->endpos = s.endpos;
    it->start = s.start;
    it->end = s.st.end;
    return MO_OBJ(it);
}

// ---- sub and split -------------------------------------------------------------------------

// The pieces of sub's result, joined as CPython joins its list (which it numbers in
// its type errors). The first wrong item is remembered: CPython finds it only when
// it joins, after every replacement function has been called.
typedef struct joiner {
    mo_vstr_t v;
    size_t count;
    mo_obj_t bad;
    size_t bad_index;
    bool is_str;
} joiner_t;

static void join_add(joiner_t *j, mo_obj_t item) {
    const uint8_t *data;
    size_t len;
    mo_obj_t native;
    bool ok = j->is_str ? mo_str_unwrap(item, &mo_type_str, &native) : mo_bytes_like_data(item, &data, &len);
    if (!ok) {
        if (j->bad == MO_OBJ_NULL) {
            j->bad = item;
            j->bad_index = j->count;
        }
    } else {
        data = j->is_str ? mo_str_data(native, &len) : data;
        mo_vstr_add_strn(&j->v, (const char *)data, len);
    }
    j->count++;
}

static void join_segment(joiner_t *j, const search_t *s, size_t a, size_t b) {
    if (a < b) {
        mo_vstr_add_strn(&j->v, (const char *)s->sub.data + a, b - a);
        j->count++;
    }
}

// The replacement: a callable, a literal, or a parsed template (a list).
static mo_obj_t replacement(const mo_re_pattern_t *pat, mo_obj_t repl) {
    if (mo_obj_is_callable(repl)) {
        return repl;
    }
    mo_obj_t native;
    const uint8_t *data;
    size_t len;
    if (mo_str_unwrap(repl, &mo_type_str, &native)) {
        data = mo_str_data(native, &len);
    } else if (!mo_bytes_like_data(repl, &data, &len)) {
        data = NULL;
    }
    if (data != NULL && memchr(data, '\\', len) == NULL) {
        return repl;
    }
    mo_obj_t t = mo_re_template_parse(pat, repl);
    size_t n;
    mo_obj_t *items;
    mo_obj_get_array(t, &n, &items);
    return n == 1 && !mo_is_small_int(items[0]) ? items[0] : t;
}

static mo_obj_t do_sub(mo_obj_t pattern, mo_obj_t repl, mo_obj_t string, mo_obj_t count_o, bool subn) {
    const mo_re_pattern_t *pat = as_pattern(pattern);
    repl = replacement(pat, repl);
    bool call = mo_obj_is_callable(repl), tmpl = mo_obj_is_type(repl, &mo_type_list);
    mo_int_t count = int_arg(count_o, 0), n = 0;
    search_t s;
    search_init(&s, pattern, string, MO_OBJ_NULL, MO_OBJ_NULL);
    joiner_t j = {.is_str = s.sub.is_str};
    mo_vstr_init(&j.v, s.sub.len + 16);
    size_t last = 0;
    while ((count == 0 || n < count) && search_next(&s)) {
        join_segment(&j, &s, last, s.st.regs[0]);
        last = s.st.regs[1];
        mo_obj_t item = repl;
        if (call || tmpl) {
            mo_obj_t m = search_match(&s);
            item = call ? mo_call1(repl, m) : mo_re_template_expand(repl, m);
        }
        if (item != mo_const_none) {
            join_add(&j, item);
        }
        n++;
    }
    join_segment(&j, &s, last, s.sub.len);
    if (j.bad != MO_OBJ_NULL) {
        mo_re_raise_join_error(j.bad_index, j.bad, j.is_str);
    }
    mo_obj_t r = j.is_str ? mo_obj_new_str_from_vstr(&j.v) : mo_obj_new_bytes_from_vstr(&j.v);
    if (!subn) {
        return r;
    }
    mo_obj_t pair[2] = {r, mo_obj_new_int(n)};
    return mo_obj_new_tuple(2, pair);
}

static mo_obj_t do_split(mo_obj_t pattern, mo_obj_t string, mo_obj_t maxsplit_o) {
    mo_int_t maxsplit = int_arg(maxsplit_o, 0), n = 0;
    uint32_t ngroups = as_pattern(pattern)->ngroups;
    search_t s;
    search_init(&s, pattern, string, MO_OBJ_NULL, MO_OBJ_NULL);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    size_t last = 0;
    while ((maxsplit == 0 || n < maxsplit) && search_next(&s)) {
        const size_t *r = s.st.regs;
        mo_list_append(list, mo_re_subject_slice(&s.sub, last, r[0]));
        for (uint32_t g = 1; g <= ngroups; g++) {
            bool set = r[2 * g] != MO_RE_UNSET && r[2 * g + 1] != MO_RE_UNSET;
            mo_list_append(list, set ? mo_re_subject_slice(&s.sub, r[2 * g], r[2 * g + 1]) : mo_const_none);
        }
        last = r[1];
        n++;
    }
    mo_list_append(list, mo_re_subject_slice(&s.sub, last, s.sub.len));
    return list;
}

// ---- Pattern objects ----------------------------------------------------------------------

#define SEARCH_SIG(name) {name, 3, 1, true, {MO_QSTR_string, MO_QSTR_pos, MO_QSTR_endpos}}
static const re_sig_t method_sigs[] = {
    SEARCH_SIG("search"), SEARCH_SIG("match"), SEARCH_SIG("fullmatch"), SEARCH_SIG("findall"),
    SEARCH_SIG("finditer"),
    {"sub", 3, 2, true, {MO_QSTR_repl, MO_QSTR_string, MO_QSTR_count}},
    {"subn", 3, 2, true, {MO_QSTR_repl, MO_QSTR_string, MO_QSTR_count}},
    {"split", 2, 1, true, {MO_QSTR_string, MO_QSTR_maxsplit}},
};

// a[]: (string, pos, endpos), (repl, string, count) or (string, maxsplit).
static mo_obj_t run(int op, mo_obj_t pattern, const mo_obj_t *a) {
    switch (op) {
        case OP_FINDALL: return do_findall(pattern, a[0], a[1], a[2]);
        case OP_FINDITER: return do_finditer(pattern, a[0], a[1], a[2]);
        case OP_SUB:
        case OP_SUBN: return do_sub(pattern, a[0], a[1], a[2], op == OP_SUBN);
        case OP_SPLIT: return do_split(pattern, a[0], a[1]);
        default: return do_search(pattern, a[0], a[1], a[2], op);
    }
}

// A method: args[0] is the pattern.
static mo_obj_t method_call(int op, size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t a[3];
    parse_args(&method_sigs[op], n_args - 1, args + 1, kw, a);
    return run(op, args[0], a);
}

#define METHOD(fn, op) \
    static mo_obj_t fn(size_t n_args, const mo_obj_t *args, mo_map_t *kw) { \
        return method_call(op, n_args, args, kw); \
    } \
    static MO_DEFINE_FUN_KW(fn##_obj, 1, fn)

METHOD(pattern_search, OP_SEARCH);
METHOD(pattern_match, OP_MATCH);
METHOD(pattern_fullmatch, OP_FULLMATCH);
METHOD(pattern_findall, OP_FINDALL);
METHOD(pattern_finditer, OP_FINDITER);
METHOD(pattern_sub, OP_SUB);
METHOD(pattern_subn, OP_SUBN);
METHOD(pattern_split, OP_SPLIT);

static const mo_map_elem_t pattern_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_search), MO_ROM_PTR(&pattern_search_obj)},
    {MO_ROM_QSTR(MO_QSTR_match), MO_ROM_PTR(&pattern_match_obj)},
    {MO_ROM_QSTR(MO_QSTR_fullmatch), MO_ROM_PTR(&pattern_fullmatch_obj)},
    {MO_ROM_QSTR(MO_QSTR_findall), MO_ROM_PTR(&pattern_findall_obj)},
    {MO_ROM_QSTR(MO_QSTR_finditer), MO_ROM_PTR(&pattern_finditer_obj)},
    {MO_ROM_QSTR(MO_QSTR_sub), MO_ROM_PTR(&pattern_sub_obj)},
    {MO_ROM_QSTR(MO_QSTR_subn), MO_ROM_PTR(&pattern_subn_obj)},
    {MO_ROM_QSTR(MO_QSTR_split), MO_ROM_PTR(&pattern_split_obj)},
};
static MO_DEFINE_CONST_DICT(pattern_locals_dict, pattern_locals_table);

static void pattern_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    const mo_re_pattern_t *pat = as_pattern(self);
    switch (attr) {
        case MO_QSTR_pattern: dest[0] = pat->pattern; return;
        case MO_QSTR_flags: dest[0] = mo_obj_new_int((mo_int_t)pat->flags); return;
        case MO_QSTR_groups: dest[0] = mo_obj_new_int((mo_int_t)pat->ngroups); return;
        case MO_QSTR_groupindex: {
            // A copy stands for CPython's read-only mappingproxy.
            mo_obj_t d = mo_obj_new_dict(0);
            mo_dict_update(d, pat->groupindex);
            dest[0] = d;
            return;
        }
        default: mo_generic_attr_load(self, attr, dest); return;
    }
}

// re.compile('ab', re.IGNORECASE|re.MULTILINE): at most 200 characters of the
// pattern's repr, and UNICODE left out for str patterns.
static void pattern_print(const mo_print_t *print, mo_obj_t self, int kind) {
    static const char *const names[] = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                                        "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
    const mo_re_pattern_t *pat = as_pattern(self);
    uint32_t flags = pat->flags;
    if (!pat->is_bytes && (flags & (MO_RE_LOCALE | MO_RE_UNICODE | MO_RE_ASCII)) == MO_RE_UNICODE) {
        flags &= ~(uint32_t)MO_RE_UNICODE;
    }
    size_t len;
    const uint8_t *r = mo_str_data(mo_obj_repr(pat->pattern), &len);
    size_t cut = (size_t)(mo_utf8_skip(r, r + len, 200) - r);
    mo_printf(print, "re.compile(%.*s", (int)cut, (const char *)r);
    const char *sep = ", ";
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        if (flags & (1u << k)) {
            mo_printf(print, "%sre.%s", sep, names[k]);
            sep = "|";
            flags &= ~(1u << k);
        }
    }
    if (flags != 0) {
        mo_printf(print, "%s0x%x", sep, (unsigned)flags);
    }
    mo_print_str(print, ")");
}

static mo_obj_t pattern_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op != MO_BINARY_OP_EQUAL || !mo_obj_is_type(rhs, &mo_re_pattern_type)) {
        return MO_OBJ_NULL;
    }
    const mo_re_pattern_t *a = as_pattern(lhs), *b = as_pattern(rhs);
    return mo_bool(a->flags == b->flags && a->is_bytes == b->is_bytes && mo_obj_equal(a->pattern, b->pattern));
}

static mo_obj_t pattern_unary_op(int op, mo_obj_t self) {
    if (op != MO_UNARY_OP_HASH) {
        return MO_OBJ_NULL;
    }
    return mo_obj_new_int(mo_obj_hash(as_pattern(self)->pattern) ^ (mo_int_t)as_pattern(self)->flags);
}

const mo_type_t mo_re_pattern_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_re_dot_Pattern,
    .print = pattern_print,
    .unary_op = pattern_unary_op,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals_dict = &pattern_locals_dict,
};

// ---- the module functions ------------------------------------------------------------------

// The compiled patterns of the module functions live in re._cache (as in CPython),
// keyed by (type, pattern, flags); a few are enough on a small board.
#define CACHE_MAX 8

static mo_obj_t cache_dict(bool create) {
    mo_obj_t mod = mo_module_get_builtin(MO_QSTR_re), dest[2] = {MO_OBJ_NULL, MO_OBJ_NULL};
    mo_load_attr_maybe(mod, MO_QSTR__cache, dest);
    if (dest[0] == MO_OBJ_NULL && create) {
        dest[0] = mo_obj_new_dict(0);
        mo_store_attr(mod, MO_QSTR__cache, dest[0]);
    }
    return dest[0];
}

static void cache_store(mo_obj_t cache, mo_obj_t key, mo_obj_t pattern) {
    mo_map_t *map = &((mo_dict_t *)MO_PTR(cache))->map;
    if (map->count >= CACHE_MAX) {
        // Drop the oldest entry.
        for (size_t k = 0; k < map->used; k++) {
            if (map->table[k].key != MO_OBJ_NULL) {
                mo_map_lookup(map, map->table[k].key, MO_MAP_LOOKUP_REMOVE_IF_FOUND);
                break;
            }
        }
    }
    mo_dict_store(cache, key, pattern);
}

static mo_obj_t get_pattern(mo_obj_t pattern, mo_obj_t flags_o) {
    mo_int_t flags = int_arg(flags_o, 0);
    mo_obj_t cache = cache_dict(true);
    mo_obj_t key[3] = {MO_OBJ(mo_obj_type(pattern)), pattern, mo_obj_new_int(flags)};
    mo_obj_t k = mo_obj_new_tuple(3, key), hit = mo_dict_get(cache, k);
    if (hit != MO_OBJ_NULL) {
        return hit;
    }
    if (mo_obj_is_type(pattern, &mo_re_pattern_type)) {
        if (flags != 0) {
            mo_raise_msg(&mo_type_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    mo_obj_t native;
    if (!mo_str_unwrap(pattern, &mo_type_str, &native) && !mo_str_unwrap(pattern, &mo_type_bytes, &native)) {
        mo_raise_msg(&mo_type_TypeError, "first argument must be string or compiled pattern");
    }
    mo_obj_t compiled = mo_re_compile(pattern, flags);
    if (!(flags & MO_RE_DEBUG)) {
        cache_store(cache, k, compiled);
    }
    return compiled;
}

// A backslash before each character that is special somewhere in a pattern
// (CPython's set since 3.7).
static mo_obj_t escape(mo_obj_t pattern) {
    mo_obj_t native;
    const uint8_t *s;
    size_t len;
    bool is_str = mo_str_unwrap(pattern, &mo_type_str, &native);
    if (is_str) {
        s = mo_str_data(native, &len);
    } else if (!mo_bytes_like_data(pattern, &s, &len)) {
        mo_raise_fmt(&mo_type_TypeError, "decoding to str: need a bytes-like object, %T found", pattern);
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len + len / 4 + 1);
    for (size_t k = 0; k < len; k++) {
        if (s[k] != 0 && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", s[k]) != NULL) {
            mo_vstr_add_byte(&v, '\\');
        }
        mo_vstr_add_byte(&v, (char)s[k]);
    }
    return is_str ? mo_obj_new_str_from_vstr(&v) : mo_obj_new_bytes_from_vstr(&v);
}

static mo_obj_t purge(void) {
    mo_obj_t cache = cache_dict(false);
    if (cache != MO_OBJ_NULL) {
        mo_map_clear(&((mo_dict_t *)MO_PTR(cache))->map);
    }
    return mo_const_none;
}

#define STRING_SIG(name) {name, 3, 2, false, {MO_QSTR_pattern, MO_QSTR_string, MO_QSTR_flags}}
#define SUB_SIG(name) {name, 5, 3, false, {MO_QSTR_pattern, MO_QSTR_repl, MO_QSTR_string, MO_QSTR_count, MO_QSTR_flags}}
static const re_sig_t module_sigs[] = {
    STRING_SIG("search"), STRING_SIG("match"), STRING_SIG("fullmatch"), STRING_SIG("findall"),
    STRING_SIG("finditer"), SUB_SIG("sub"), SUB_SIG("subn"),
    {"split", 4, 2, false, {MO_QSTR_pattern, MO_QSTR_string, MO_QSTR_maxsplit, MO_QSTR_flags}},
    {"compile", 2, 1, false, {MO_QSTR_pattern, MO_QSTR_flags}},
    {"escape", 1, 1, false, {MO_QSTR_pattern}},
    {"purge", 0, 0, false, {0}},
};

// A module function: the pattern comes first and the flags last.
static mo_obj_t module_call(int op, size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    const re_sig_t *sig = &module_sigs[op];
    mo_obj_t a[5], b[3] = {MO_OBJ_NULL, MO_OBJ_NULL, MO_OBJ_NULL};
    parse_args(sig, n_args, args, kw, a);
    switch (op) {
        case OP_COMPILE: return get_pattern(a[0], a[1]);
        case OP_ESCAPE: return escape(a[0]);
        case OP_PURGE: return purge();
        default: break;
    }
    for (size_t k = 0; k + 2 < sig->n_names; k++) {
        b[k] = a[k + 1];
    }
    return run(op, get_pattern(a[0], a[sig->n_names - 1]), b);
}

#define MODULE_FUN(fn, op) \
    static mo_obj_t fn(size_t n_args, const mo_obj_t *args, mo_map_t *kw) { \
        return module_call(op, n_args, args, kw); \
    } \
    static MO_DEFINE_FUN_KW(fn##_obj, 0, fn)

MODULE_FUN(re_compile, OP_COMPILE);
MODULE_FUN(re_search, OP_SEARCH);
MODULE_FUN(re_match, OP_MATCH);
MODULE_FUN(re_fullmatch, OP_FULLMATCH);
MODULE_FUN(re_findall, OP_FINDALL);
MODULE_FUN(re_finditer, OP_FINDITER);
MODULE_FUN(re_sub, OP_SUB);
MODULE_FUN(re_subn, OP_SUBN);
MODULE_FUN(re_split, OP_SPLIT);
MODULE_FUN(re_escape, OP_ESCAPE);
MODULE_FUN(re_purge, OP_PURGE);

// ---- re.error's constructor and the module --------------------------------------------------

static mo_obj_t error_make_new(const mo_type_t *type, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    static const re_sig_t sig = {"error.__init__", 3, 1, false, {MO_QSTR_msg, MO_QSTR_pattern, MO_QSTR_pos}};
    mo_map_t kw;
    mo_map_init(&kw, n_kw);
    for (size_t k = 0; k < n_kw; k++) {
        mo_map_lookup(&kw, args[n_args + 2 * k], MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * k + 1];
    }
    mo_obj_t a[3];
    parse_args(&sig, n_args, args, n_kw != 0 ? &kw : NULL, a);
    return error_new(a[0], a[1] != MO_OBJ_NULL ? a[1] : mo_const_none, a[2] != MO_OBJ_NULL ? a[2] : mo_const_none);
}

static mo_obj_t error_unary_op(int op, mo_obj_t self) { return mo_type_Exception.unary_op(op, self); }

const mo_type_t mo_re_error_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_error,
    .print = mo_exception_print,
    .make_new = error_make_new,
    .unary_op = error_unary_op,
    .attr = mo_exception_attr,
    .parent = &mo_type_Exception,
};

static const mo_map_elem_t re_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_re)},
    {MO_ROM_QSTR(MO_QSTR_compile), MO_ROM_PTR(&re_compile_obj)},
    {MO_ROM_QSTR(MO_QSTR_search), MO_ROM_PTR(&re_search_obj)},
    {MO_ROM_QSTR(MO_QSTR_match), MO_ROM_PTR(&re_match_obj)},
    {MO_ROM_QSTR(MO_QSTR_fullmatch), MO_ROM_PTR(&re_fullmatch_obj)},
    {MO_ROM_QSTR(MO_QSTR_findall), MO_ROM_PTR(&re_findall_obj)},
    {MO_ROM_QSTR(MO_QSTR_finditer), MO_ROM_PTR(&re_finditer_obj)},
    {MO_ROM_QSTR(MO_QSTR_sub), MO_ROM_PTR(&re_sub_obj)},
    {MO_ROM_QSTR(MO_QSTR_subn), MO_ROM_PTR(&re_subn_obj)},
    {MO_ROM_QSTR(MO_QSTR_split), MO_ROM_PTR(&re_split_obj)},
    {MO_ROM_QSTR(MO_QSTR_escape), MO_ROM_PTR(&re_escape_obj)},
    {MO_ROM_QSTR(MO_QSTR_purge), MO_ROM_PTR(&re_purge_obj)},
    {MO_ROM_QSTR(MO_QSTR_error), MO_ROM_PTR(&mo_re_error_type)},
    {MO_ROM_QSTR(MO_QSTR_Pattern), MO_ROM_PTR(&mo_re_pattern_type)},
    {MO_ROM_QSTR(MO_QSTR_Match), MO_ROM_PTR(&mo_re_match_type)},
    {MO_ROM_QSTR(MO_QSTR_NOFLAG), MO_ROM_INT(0)},
    {MO_ROM_QSTR(MO_QSTR_T), MO_ROM_INT(MO_RE_TEMPLATE)},
    {MO_ROM_QSTR(MO_QSTR_TEMPLATE), MO_ROM_INT(MO_RE_TEMPLATE)},
    {MO_ROM_QSTR(MO_QSTR_I), MO_ROM_INT(MO_RE_IGNORECASE)},
    {MO_ROM_QSTR(MO_QSTR_IGNORECASE), MO_ROM_INT(MO_RE_IGNORECASE)},
    {MO_ROM_QSTR(MO_QSTR_L), MO_ROM_INT(MO_RE_LOCALE)},
    {MO_ROM_QSTR(MO_QSTR_LOCALE), MO_ROM_INT(MO_RE_LOCALE)},
    {MO_ROM_QSTR(MO_QSTR_M), MO_ROM_INT(MO_RE_MULTILINE)},
    {MO_ROM_QSTR(MO_QSTR_MULTILINE), MO_ROM_INT(MO_RE_MULTILINE)},
    {MO_ROM_QSTR(MO_QSTR_S), MO_ROM_INT(MO_RE_DOTALL)},
    {MO_ROM_QSTR(MO_QSTR_DOTALL), MO_ROM_INT(MO_RE_DOTALL)},
    {MO_ROM_QSTR(MO_QSTR_U), MO_ROM_INT(MO_RE_UNICODE)},
    {MO_ROM_QSTR(MO_QSTR_UNICODE), MO_ROM_INT(MO_RE_UNICODE)},
    {MO_ROM_QSTR(MO_QSTR_X), MO_ROM_INT(MO_RE_VERBOSE)},
    {MO_ROM_QSTR(MO_QSTR_VERBOSE), MO_ROM_INT(MO_RE_VERBOSE)},
    {MO_ROM_QSTR(MO_QSTR_DEBUG), MO_ROM_INT(MO_RE_DEBUG)},
    {MO_ROM_QSTR(MO_QSTR_A), MO_ROM_INT(MO_RE_ASCII)},
    {MO_ROM_QSTR(MO_QSTR_ASCII), MO_ROM_INT(MO_RE_ASCII)},
};
static MO_DEFINE_CONST_DICT(re_globals, re_globals_table);

const mo_module_t mo_module_re = {{&mo_type_module}, &re_globals};

MO_REGISTER_MODULE(MO_QSTR_re, mo_module_re);
