// json decoding: JSON text to Python values, a recursive-descent parser over the
// UTF-8 bytes of the document that follows CPython's scanner step by step, so the
// same input fails with the same message at the same position. Every structural
// character is ASCII, so byte offsets always fall on character boundaries; they
// are turned into character positions only when an error is raised.
#include <string.h>

#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/parsenum.h"
#include "stdlib/modjson.h"

typedef struct dec {
    const uint8_t *s;
    size_t len;
    mo_obj_t doc;            // the str being decoded (for error messages)
    mo_obj_t object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;             // control characters are not allowed inside strings
} dec_t;

static mo_obj_t scan_value(dec_t *d, size_t i, size_t *next);

_Noreturn static void fail(dec_t *d, const char *msg, size_t at) {
    mo_json_raise_error(msg, d->doc, d->s, at);
}

// JSON's whitespace is exactly these four characters.
static size_t skip_ws(const dec_t *d, size_t i) {
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r')) {
        i++;
    }
    return i;
}

static bool at(const dec_t *d, size_t i, char c) { return i < d->len && d->s[i] == (uint8_t)c; }

// ---- strings -------------------------------------------------------------------------

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = mo_ascii_tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Four hex digits at i (the caller checked they are in range); -1 if not hex.
static long hex4(const dec_t *d, size_t i) {
    long v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_value(d->s[i + k]);
        if (h < 0) {
            return -1;
        }
        v = (v << 4) | h;
    }
    return v;
}

// A \uXXXX escape whose 'u' is at i, joined with a following \uXXXX low surrogate
// when it is a high one (as CPython; lone surrogates are kept as they are).
static mo_unichar_t unicode_escape(dec_t *d, size_t i, size_t *next) {
    size_t end = i + 5;
    if (end >= d->len) {
        fail(d, "Invalid \\uXXXX escape", i);
    }
    long c = hex4(d, i + 1);
    if (c < 0) {
        fail(d, "Invalid \\uXXXX escape", end - 5);
    }
    *next = end;
    // CPython looks for the pair only when a character follows it.
    if (c >= 0xd800 && c <= 0xdbff && end + 6 < d->len && d->s[end] == '\\' && d->s[end + 1] == 'u') {
        long c2 = hex4(d, end + 2);
        if (c2 < 0) {
            fail(d, "Invalid \\uXXXX escape", end + 1);
        }
        if (c2 >= 0xdc00 && c2 <= 0xdfff) {
            *next = end + 6;
            return (mo_unichar_t)(0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00));
        }
    }
    return (mo_unichar_t)c;
}

// The character a one-letter escape stands for, or 0 if the escape is invalid.
static char simple_escape(uint8_t c) {
    switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '/': return '/';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return 0;
    }
}

// The end of a run of plain characters starting at i: the next quote or
// backslash. Raises on a control character (strict) or the end of input.
static size_t plain_run(dec_t *d, size_t i, size_t begin) {
    for (; i < d->len; i++) {
        uint8_t c = d->s[i];
        if (c == '"' || c == '\\') {
            return i;
        }
        if (c <= 0x1f && d->strict) {
            fail(d, "Invalid control character at", i);
        }
    }
    fail(d, "Unterminated string starting at", begin);
}

// A string whose opening quote is at i - 1; *next is after its closing quote.
static mo_obj_t scan_string(dec_t *d, size_t i, size_t *next) {
    size_t begin = i - 1;
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    for (;;) {
        size_t j = plain_run(d, i, begin);
        mo_vstr_add_strn(&v, (const char *)d->s + i, j - i);
        if (d->s[j] == '"') {
            *next = j + 1;
            return mo_obj_new_str_from_vstr(&v);
        }
        if (++j == d->len) {
            fail(d, "Unterminated string starting at", begin);
        }
        if (d->s[j] == 'u') {
            mo_vstr_add_char(&v, unicode_escape(d, j, &i));
            continue;
        }
        char c = simple_escape(d->s[j]);
        if (c == 0) {
            fail(d, "Invalid \\escape", j - 1);
        }
        mo_vstr_add_byte(&v, c);
        i = j + 1;
    }
}

// ---- numbers and constants -----------------------------------------------------------

static size_t skip_digits(const dec_t *d, size_t i) {
    while (i < d->len && mo_ascii_isdigit(d->s[i])) {
        i++;
    }
    return i;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at i, as an int or float; a
// malformed number is "Expecting value" at its start.
static mo_obj_t scan_number(dec_t *d, size_t i, size_t *next) {
    size_t start = i;
    bool is_float = false;
    if (at(d, i, '-')) {
        i++;
    }
    if (at(d, i, '0')) {
        i++;
    } else if (i < d->len && d->s[i] >= '1' && d->s[i] <= '9') {
        i = skip_digits(d, i + 1);
    } else {
        fail(d, "Expecting value", start);
    }
    if (at(d, i, '.') && i + 1 < d->len && mo_ascii_isdigit(d->s[i + 1])) {
        is_float = true;
        i = skip_digits(d, i + 2);
    }
    if (i + 1 < d->len && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t j = i + 1;
        if (j + 1 < d->len && (d->s[j] == '-' || d->s[j] == '+')) {
            j++;
        }
        size_t k = skip_digits(d, j);
        if (k > j) {
            is_float = true;
            i = k;
        }
    }
    *next = i;
    const char *num = (const char *)d->s + start;
    size_t n = i - start;
    mo_obj_t hook = is_float ? d->parse_float : d->parse_int;
    if (hook != MO_OBJ_NULL) {
        return mo_call1(hook, mo_obj_new_str(num, n));
    }
    if (!is_float) {
        return mo_obj_new_int_from_str(num, n, 10);
    }
    double x = 0;
    mo_parse_double(num, n, &x);
    return mo_obj_new_float(x);
}

static bool matches(const dec_t *d, size_t i, const char *word) {
    size_t n = strlen(word);
    return i + n <= d->len && memcmp(d->s + i, word, n) == 0;
}

// NaN, Infinity, -Infinity: through parse_constant, by default float values.
static mo_obj_t constant(dec_t *d, const char *word) {
    mo_obj_t w = mo_obj_new_str_from_cstr(word);
    if (d->parse_constant != MO_OBJ_NULL) {
        return mo_call1(d->parse_constant, w);
    }
    return mo_parse_num_float(word, strlen(word), w);
}

// ---- containers ----------------------------------------------------------------------

// After a value in a container: the closer (true) or a ',' (false, *i past it).
static bool after_item(dec_t *d, size_t *i, char closer) {
    *i = skip_ws(d, *i);
    if (at(d, *i, closer)) {
        return true;
    }
    if (!at(d, *i, ',')) {
        fail(d, "Expecting ',' delimiter", *i);
    }
    *i = skip_ws(d, *i + 1);
    return false;
}

static mo_obj_t scan_array(dec_t *d, size_t i, size_t *next) {
    mo_obj_t list = mo_obj_new_list(0, NULL);
    i = skip_ws(d, i);
    if (!at(d, i, ']')) {
        do {
            mo_list_append(list, scan_value(d, i, &i));
        } while (!after_item(d, &i, ']'));
    }
    *next = i + 1;
    return list;
}

// The object's pairs go to object_pairs_hook as a list, else into a dict that
// object_hook may replace.
static mo_obj_t finish_object(dec_t *d, mo_obj_t pairs) {
    if (d->object_pairs_hook != MO_OBJ_NULL) {
        return mo_call1(d->object_pairs_hook, pairs);
    }
    size_t n;
    mo_obj_t *items, *kv, dict = mo_obj_new_dict(0);
    mo_obj_get_array(pairs, &n, &items);
    for (size_t k = 0; k < n; k++) {
        size_t two;
        mo_obj_get_array(items[k], &two, &kv);
        mo_dict_store(dict, kv[0], kv[1]);
    }
    return d->object_hook != MO_OBJ_NULL ? mo_call1(d->object_hook, dict) : dict;
}

// One "key": value pair at i into pairs (a list of tuples) or dict.
static size_t scan_pair(dec_t *d, size_t i, mo_obj_t target) {
    if (!at(d, i, '"')) {
        fail(d, "Expecting property name enclosed in double quotes", i);
    }
    mo_obj_t kv[2];
    kv[0] = scan_string(d, i + 1, &i);
    i = skip_ws(d, i);
    if (!at(d, i, ':')) {
        fail(d, "Expecting ':' delimiter", i);
    }
    kv[1] = scan_value(d, skip_ws(d, i + 1), &i);
    if (mo_obj_is_type(target, &mo_type_dict)) {
        mo_dict_store(target, kv[0], kv[1]);
    } else {
        mo_list_append(target, mo_obj_new_tuple(2, kv));
    }
    return i;
}

// Pairs are collected in a list only when a hook needs them in order with
// duplicates; otherwise straight into the dict.
static mo_obj_t scan_object(dec_t *d, size_t i, size_t *next) {
    bool want_pairs = d->object_pairs_hook != MO_OBJ_NULL;
    mo_obj_t target = want_pairs ? mo_obj_new_list(0, NULL) : mo_obj_new_dict(0);
    i = skip_ws(d, i);
    if (!at(d, i, '}')) {
        do {
            i = scan_pair(d, i, target);
        } while (!after_item(d, &i, '}'));
    }
    *next = i + 1;
    if (want_pairs) {
        return finish_object(d, target);
    }
    return d->object_hook != MO_OBJ_NULL ? mo_call1(d->object_hook, target) : target;
}

// ---- values --------------------------------------------------------------------------

static mo_obj_t scan_value(dec_t *d, size_t i, size_t *next) {
    if (i >= d->len) {
        fail(d, "Expecting value", i);
    }
    static const struct { const char *word; char kind; } words[] = {
        {"null", 'n'}, {"true", 't'}, {"false", 'f'}, {"NaN", 'N'}, {"Infinity", 'I'},
        {"-Infinity", '-'},
    };
    switch (d->s[i]) {
        case '"':
            return scan_string(d, i + 1, next);
        case '{':
            mo_stack_check();
            return scan_object(d, i + 1, next);
        case '[':
            mo_stack_check();
            return scan_array(d, i + 1, next);
        default:
            break;
    }
    for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
        if (d->s[i] == (uint8_t)words[k].kind && matches(d, i, words[k].word)) {
            *next = i + strlen(words[k].word);
            switch (words[k].kind) {
                case 'n': return mo_const_none;
                case 't': return mo_const_true;
                case 'f': return mo_const_false;
                default: return constant(d, words[k].word);
            }
        }
    }
    return scan_number(d, i, next);
}

// ---- entry ---------------------------------------------------------------------------

// bytes are UTF-8 (a UTF-8 BOM is dropped, as CPython's utf-8-sig detection does).
static mo_obj_t as_text(mo_obj_t s) {
    if (mo_obj_is_str(s)) {
        return s;
    }
    if (mo_obj_isinstance(s, MO_OBJ(&mo_type_str))) {
        return mo_instance_native(s);  // a str subclass: its str value
    }
    const uint8_t *data;
    size_t len;
    if (!mo_obj_is_type(s, &mo_type_bytes) && !mo_obj_is_type(s, &mo_type_bytearray)) {
        mo_raise_fmt(&mo_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                     mo_obj_type_name(s));
    }
    mo_bytes_like_data(s, &data, &len);
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
        s = mo_obj_new_bytes(data + 3, len - 3);
    }
    return mo_call_method_0(s, MO_QSTR_decode);
}

static mo_obj_t hook_arg(mo_obj_t v, const mo_type_t *plain) {
    // None, or the plain constructor itself, means the built-in conversion.
    return v == mo_const_none || v == MO_OBJ(plain) ? MO_OBJ_NULL : v;
}

static void set_opt(dec_t *d, qstr name, mo_obj_t v) {
    switch (name) {
        case MO_QSTR_object_hook: d->object_hook = hook_arg(v, NULL); break;
        case MO_QSTR_object_pairs_hook: d->object_pairs_hook = hook_arg(v, NULL); break;
        case MO_QSTR_parse_float: d->parse_float = hook_arg(v, &mo_type_float); break;
        case MO_QSTR_parse_int: d->parse_int = hook_arg(v, &mo_type_int); break;
        case MO_QSTR_parse_constant: d->parse_constant = hook_arg(v, NULL); break;
        case MO_QSTR_strict: d->strict = mo_obj_is_true(v); break;
        case MO_QSTR_cls:
            if (v != mo_const_none) {
                mo_raise_msg(&mo_type_NotImplementedError, "json: cls is not supported");
            }
            break;
        default:
            mo_raise_fmt(&mo_type_TypeError,
                         "JSONDecoder.__init__() got an unexpected keyword argument '%q'", name);
    }
}

mo_obj_t mo_json_decode(mo_obj_t s, mo_map_t *kw) {
    dec_t d = {.strict = true};
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        if (kw->table[i].key != MO_OBJ_NULL) {
            set_opt(&d, mo_obj_str_get_qstr(kw->table[i].key), kw->table[i].value);
        }
    }
    d.doc = as_text(s);
    d.s = (const uint8_t *)mo_obj_str_get_data(d.doc, &d.len);
    if (mo_obj_isinstance(s, MO_OBJ(&mo_type_str)) && matches(&d, 0, "\xef\xbb\xbf")) {
        fail(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    }
    size_t end;
    mo_obj_t value = scan_value(&d, skip_ws(&d, 0), &end);
    end = skip_ws(&d, end);
    if (end != d.len) {
        fail(&d, "Extra data", end);
    }
    return value;
}
