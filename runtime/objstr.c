// The str and bytes types: construction, printing, operators and methods.
//
// A str is either a qstr (tagged, interned) or a mo_str_obj_t; both go through
// mo_str_data so every operation treats them alike. str data is UTF-8; methods that
// take or return positions convert between code points and bytes (objstrunicode.c),
// with a fast path when the text is ASCII. bytes shares most methods; bytearray
// reuses them (results keep the type of self). Formatting lives in objstrformat.c.
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objint.h"
#include "runtime/objslice.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"

// ---- single ASCII characters in ROM ---------------------------------------------------
// Iterating or indexing a str yields one-character strings; for ASCII these are
// constants, so the common loops allocate nothing. Their hash is precomputed (maps
// cache hashes in the object and this memory is read-only): mo_qstr_compute_hash of
// one byte, as a constant expression (FNV-1a step, then murmur3's finaliser).
#define FNV1(c) ((uint32_t)((2166136261u ^ (uint32_t)(c)) * 16777619u))
#define FMIX_A(h) ((uint32_t)(((h) ^ ((h) >> 16)) * 0x85ebca6bu))
#define FMIX_B(h) ((uint32_t)(((h) ^ ((h) >> 13)) * 0xc2b2ae35u))
#define FMIX_C(h) ((h) ^ ((h) >> 16))
#define CHAR_HASH(c) ((mo_uint_t)FMIX_C(FMIX_B(FMIX_A(FNV1(c)))))
#define R4(m, b) m(b) m(b + 1) m(b + 2) m(b + 3)
#define R16(m, b) R4(m, b) R4(m, b + 4) R4(m, b + 8) R4(m, b + 12)
#define R128(m) R16(m, 0) R16(m, 16) R16(m, 32) R16(m, 48) R16(m, 64) R16(m, 80) R16(m, 96) \
    R16(m, 112)
#define TEXT_ENTRY(c) {(uint8_t)(c), 0},
#define CHAR_ENTRY(c) {{{&mo_type_str}, CHAR_HASH(c), 1, ascii_text[c]}, 2},
static const uint8_t ascii_text[128][2] = {R128(TEXT_ENTRY)};
static const mo_str_obj_t ascii_chars[128] = {R128(CHAR_ENTRY)};

mo_obj_t mo_str_from_char(mo_unichar_t c) {
    if (c < 128) {
        return MO_ROM_PTR(&ascii_chars[c]);
    }
    uint8_t buf[4];
    size_t n = mo_utf8_encode(c, buf);
    return mo_str_new_of_type(&mo_type_str, buf, n);
}

// ---- construction -------------------------------------------------------------------------

static mo_obj_t alloc_str(const mo_type_t *type, const uint8_t *data, size_t len) {
    mo_str_obj_t *o = mo_new_obj(mo_str_obj_t);
    o->s.base.type = type;
    o->s.len = len;
    o->s.data = data;
    return MO_OBJ(o);
}

// The shared constants for the empty and one-character cases, or NULL.
static mo_obj_t shared_str(const mo_type_t *type, const uint8_t *data, size_t len) {
    if (type == &mo_type_str) {
        if (len == 0) {
            return mo_qstr_obj(MO_QSTR_);
        }
        if (len == 1 && data[0] < 128) {
            return MO_ROM_PTR(&ascii_chars[data[0]]);
        }
    }
    return MO_OBJ_NULL;
}

mo_obj_t mo_str_new_of_type(const mo_type_t *type, const uint8_t *data, size_t len) {
    if (type == &mo_type_bytearray) {
        return mo_bytearray_new(data, len);
    }
    mo_obj_t shared = shared_str(type, data, len);
    if (shared != MO_OBJ_NULL) {
        return shared;
    }
    if (len >= SIZE_MAX - sizeof(mo_str_obj_t) - 1) {
        mo_raise_memory_error();
    }
    // One block: header then text, so a str costs one allocation.
    mo_str_obj_t *o = mo_alloc(sizeof(mo_str_obj_t) + len + 1);
    uint8_t *text = (uint8_t *)(o + 1);
    if (len > 0) {
        memcpy(text, data, len);  // data may be NULL when len is 0
    }
    o->s.base.type = type;
    o->s.len = len;
    o->s.data = text;
    return MO_OBJ(o);
}

mo_obj_t mo_str_new_taking(const mo_type_t *type, uint8_t *buf, size_t len) {
    if (type == &mo_type_bytearray) {
        mo_obj_t o = mo_bytearray_new(buf, len);
        mo_free(buf);
        return o;
    }
    mo_obj_t shared = shared_str(type, buf, len);
    if (shared != MO_OBJ_NULL) {
        mo_free(buf);
        return shared;
    }
    return alloc_str(type, buf, len);
}

mo_obj_t mo_obj_new_str(const char *data, size_t len) {
    return mo_str_new_of_type(&mo_type_str, (const uint8_t *)data, len);
}

mo_obj_t mo_obj_new_str_from_cstr(const char *s) {
    return mo_obj_new_str(s, strlen(s));
}

mo_obj_t mo_obj_new_bytes(const uint8_t *data, size_t len) {
    return mo_str_new_of_type(&mo_type_bytes, data, len);
}

bool mo_str_unwrap(mo_obj_t o, const mo_type_t *type, mo_obj_t *native) {
    if (mo_is_qstr(o)) {
        *native = o;
        return type == &mo_type_str;
    }
    if (!mo_is_ptr(o) || o == MO_OBJ_NULL) {
        return false;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (t == type) {
        *native = o;
        return true;
    }
    if (mo_type_is_user(t) && mo_type_native_base(t) == type) {
        *native = mo_instance_native(o);
        return true;
    }
    return false;
}

const char *mo_obj_str_get_data(mo_obj_t o, size_t *len) {
    mo_obj_t n;
    if (mo_str_unwrap(o, &mo_type_str, &n) || mo_str_unwrap(o, &mo_type_bytes, &n)) {
        return (const char *)mo_str_data(n, len);
    }
    mo_raise_fmt(&mo_type_TypeError, "expected str or bytes, not '%T'", o);
}

qstr mo_obj_str_get_qstr(mo_obj_t o) {
    if (mo_is_qstr(o)) {
        return mo_qstr_value(o);
    }
    size_t len;
    const char *s = mo_obj_str_get_data(o, &len);
    return mo_qstr_from_strn(s, len);
}

const char *mo_obj_str_get_cstr(mo_obj_t o) {
    mo_obj_t n;
    if (!mo_str_unwrap(o, &mo_type_str, &n)) {
        mo_raise_fmt(&mo_type_TypeError, "expected str, not '%T'", o);
    }
    size_t len;
    return (const char *)mo_str_data(n, &len);
}

mo_obj_t mo_obj_str_intern(mo_obj_t o) {
    return mo_qstr_obj(mo_obj_str_get_qstr(o));
}

// ---- bytes-like access ----------------------------------------------------------------

bool mo_bytes_like_data(mo_obj_t o, const uint8_t **data, size_t *len) {
    if (mo_is_qstr(o) || mo_is_small_int(o)) {
        return false;
    }
    if (mo_obj_is_type(o, &mo_type_bytes)) {
        *data = mo_str_data(o, len);
        return true;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (mo_type_is_user(t)) {
        const mo_type_t *nt = mo_type_native_base(t);
        if (nt == &mo_type_bytes || nt == &mo_type_bytearray) {
            return mo_bytes_like_data(mo_instance_native(o), data, len);
        }
        return false;
    }
    if (t->get_buffer == NULL) {
        return false;
    }
    mo_buffer_info_t info;
    if (t->get_buffer(o, &info, MO_BUFFER_READ) != 0) {
        return false;
    }
    *data = info.buf;
    *len = info.len;
    return true;
}

const uint8_t *mo_bytes_like_get(mo_obj_t o, size_t *len) {
    const uint8_t *data;
    if (!mo_bytes_like_data(o, &data, len)) {
        mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    return data;
}

const uint8_t *mo_bytes_arg(mo_obj_t o, size_t *len, uint8_t *byte, bool allow_int) {
    const uint8_t *data;
    if (mo_bytes_like_data(o, &data, len)) {
        return data;
    }
    mo_int_t v;
    if (allow_int && mo_obj_get_int_maybe(o, &v)) {
        if (v < 0 || v > 255) {
            mo_raise_msg(&mo_type_ValueError, "byte must be in range(0, 256)");
        }
        *byte = (uint8_t)v;
        *len = 1;
        return byte;
    }
    if (allow_int) {
        mo_raise_fmt(&mo_type_TypeError, "argument should be integer or bytes-like object, not '%T'",
                     o);
    }
    mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%T'", o);
}

// ---- the self of a method ------------------------------------------------------------

// What a str/bytes/bytearray method works on.
typedef struct sbuf {
    mo_obj_t obj;            // the native value
    const mo_type_t *type;   // str, bytes or bytearray: results are of this type
    const uint8_t *data;
    size_t len;
    bool is_str;
} sbuf_t;

static void get_self(mo_obj_t self, sbuf_t *s) {
    mo_obj_t n;
    if (mo_str_unwrap(self, &mo_type_str, &n)) {
        s->type = &mo_type_str;
    } else if (mo_str_unwrap(self, &mo_type_bytes, &n)) {
        s->type = &mo_type_bytes;
    } else if (mo_str_unwrap(self, &mo_type_bytearray, &n)) {
        const mo_bytearray_t *ba = MO_PTR(n);
        s->obj = n;
        s->type = &mo_type_bytearray;
        s->data = ba->items;
        s->len = ba->len;
        s->is_str = false;
        return;
    } else {
        mo_raise_fmt(&mo_type_TypeError, "descriptor requires a 'str' object but received a '%T'",
                     self);
    }
    s->obj = n;
    s->data = mo_str_data(n, &s->len);
    s->is_str = s->type == &mo_type_str;
}

// A result of self's type; returns self itself when unchanged and immutable.
static mo_obj_t new_like(const sbuf_t *s, const uint8_t *data, size_t len) {
    if (s->type != &mo_type_bytearray && data == s->data && len == s->len) {
        return s->obj;
    }
    return mo_str_new_of_type(s->type, data, len);
}

static mo_obj_t new_like_vstr(const sbuf_t *s, mo_vstr_t *v) {
    if (s->type == &mo_type_str) {
        return mo_obj_new_str_from_vstr(v);
    }
    if (s->type == &mo_type_bytes) {
        return mo_obj_new_bytes_from_vstr(v);
    }
    mo_obj_t o = mo_bytearray_new((const uint8_t *)v->buf, v->len);
    mo_vstr_clear(v);
    return o;
}

// A new str or bytes of len bytes in one allocation; the caller fills *text.
// (bytearray results go through a vstr instead.)
static mo_obj_t new_uninit(const mo_type_t *type, size_t len, uint8_t **text) {
    if (len >= SIZE_MAX - sizeof(mo_str_obj_t) - 1) {
        mo_raise_memory_error();
    }
    mo_str_obj_t *o = mo_alloc(sizeof(mo_str_obj_t) + len + 1);
    *text = (uint8_t *)(o + 1);
    o->s.base.type = type;
    o->s.len = len;
    o->s.data = *text;
    return MO_OBJ(o);
}

// The data of an argument that must have self's kind: str for str, bytes-like
// for bytes. `what` completes CPython's message, e.g. "must be str, not int".
static const uint8_t *arg_data(const sbuf_t *s, mo_obj_t o, size_t *len) {
    if (s->is_str) {
        mo_obj_t n;
        if (!mo_str_unwrap(o, &mo_type_str, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "must be str, not %T", o);
        }
        return mo_str_data(n, len);
    }
    return mo_bytes_like_get(o, len);
}

// Keyword-capable argument parsing: args[0] is self, out[i] receives parameter i+1
// (MO_OBJ_NULL when not given).
static void parse_args(const char *fname, size_t n_args, const mo_obj_t *args, mo_map_t *kw,
                       size_t n_params, const qstr *names, mo_obj_t *out) {
    if (n_args - 1 > n_params) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most %u arguments (%u given)", fname,
                     (unsigned)n_params, (unsigned)(n_args - 1));
    }
    for (size_t i = 0; i < n_params; i++) {
        out[i] = i + 1 < n_args ? args[i + 1] : MO_OBJ_NULL;
    }
    if (kw == NULL) {
        return;
    }
    for (size_t k = 0; k < kw->used; k++) {
        mo_obj_t key = kw->table[k].key;
        if (key == MO_OBJ_NULL) {
            continue;
        }
        qstr q = mo_obj_str_get_qstr(key);
        size_t i = 0;
        while (i < n_params && names[i] != q) {
            i++;
        }
        if (i == n_params) {
            mo_raise_fmt(&mo_type_TypeError, "'%q' is an invalid keyword argument for %s()", q, fname);
        }
        if (out[i] != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError, "argument for %s() given by name ('%q') and position (%u)",
                         fname, q, (unsigned)(i + 1));
        }
        out[i] = kw->table[k].value;
    }
}

// An index argument (int, bool, __index__) or None; clamps huge values.
static bool get_opt_index(mo_obj_t o, mo_int_t *v) {
    if (o == MO_OBJ_NULL || o == mo_const_none) {
        return false;
    }
    if (!mo_obj_get_index_clamped(o, v)) {
        mo_raise_msg(&mo_type_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
    }
    return true;
}

// An int argument that must fit a C ssize_t (counts, widths, tab sizes).
static mo_int_t get_ssize(mo_obj_t o) {
    mo_int_t v;
    if (!mo_obj_get_index_clamped(o, &v)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    if (mo_obj_is_type(o, &mo_type_int) && !mo_obj_get_int_maybe(o, &v)) {
        mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return v;
}

// CPython's ADJUST_INDICES for the optional start/end (args[2], args[3]) of find,
// count and friends: end is clamped to [0, len], start only from below (start >
// end means nothing matches). Counts code points for str; the results are byte
// offsets.
static bool adjust_range(const sbuf_t *s, size_t n_args, const mo_obj_t *args, size_t *start_b,
                         size_t *end_b) {
    mo_obj_t start_o = n_args > 2 ? args[2] : MO_OBJ_NULL;
    mo_obj_t end_o = n_args > 3 ? args[3] : MO_OBJ_NULL;
    bool ascii = !s->is_str || mo_utf8_is_ascii(s->data, s->len);
    mo_int_t len = (mo_int_t)(ascii ? s->len : mo_utf8_char_count(s->data, s->len));
    mo_int_t start = 0, end = len;
    if (get_opt_index(start_o, &start) && start < 0) {
        start = start + len < 0 ? 0 : start + len;
    }
    if (get_opt_index(end_o, &end)) {
        if (end < 0) {
            end = end + len < 0 ? 0 : end + len;
        } else if (end > len) {
            end = len;
        }
    }
    if (start > end) {
        return false;
    }
    *start_b = mo_str_char_to_byte(s->data, s->len, ascii, (size_t)start);
    *end_b = mo_str_char_to_byte(s->data, s->len, ascii, (size_t)end);
    return true;
}

static mo_obj_t byte_pos_result(const sbuf_t *s, size_t pos) {
    if (s->is_str) {
        pos = mo_str_byte_to_char(s->data, s->len, mo_utf8_is_ascii(s->data, pos), pos);
    }
    return mo_obj_new_int((mo_int_t)pos);
}

// ---- searching ----------------------------------------------------------------------

static const uint8_t *find_fwd(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen) {
    if (nlen == 0) {
        return hay;
    }
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 1) {
        return memchr(hay, needle[0], hlen);
    }
    const uint8_t *last = hay + (hlen - nlen);
    for (const uint8_t *p = hay; p <= last; p++) {
        p = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (p == NULL) {
            return NULL;
        }
        if (memcmp(p + 1, needle + 1, nlen - 1) == 0) {
            return p;
        }
    }
    return NULL;
}

static const uint8_t *find_rev(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen) {
    if (nlen > hlen) {
        return NULL;
    }
    for (size_t i = hlen - nlen + 1; i-- > 0;) {
        if (nlen == 0 || hay[i] == needle[0]) {
            if (memcmp(hay + i, needle, nlen) == 0) {
                return hay + i;
            }
        }
    }
    return NULL;
}

// The substring to look for in s: a str for str, bytes-like or an int (kept in
// *byte) for bytes.
static const uint8_t *needle_arg(const sbuf_t *s, mo_obj_t arg, size_t *nlen, uint8_t *byte) {
    return s->is_str ? arg_data(s, arg, nlen) : mo_bytes_arg(arg, nlen, byte, true);
}

// find, rfind, index, rindex: direction and whether a miss raises.
static mo_obj_t find_common(size_t n_args, const mo_obj_t *args, bool reverse, bool raise) {
    sbuf_t s;
    get_self(args[0], &s);
    size_t nlen;
    uint8_t byte;
    const uint8_t *needle = needle_arg(&s, args[1], &nlen, &byte);
    size_t start, end;
    const uint8_t *found = NULL;
    if (adjust_range(&s, n_args, args, &start, &end)) {
        found = reverse ? find_rev(s.data + start, end - start, needle, nlen)
                        : find_fwd(s.data + start, end - start, needle, nlen);
    }
    if (found == NULL) {
        if (raise) {
            mo_raise_msg(&mo_type_ValueError, s.is_str ? "substring not found" : "subsection not found");
        }
        return mo_small_int(-1);
    }
    return byte_pos_result(&s, (size_t)(found - s.data));
}

static mo_obj_t str_find(size_t n_args, const mo_obj_t *args) {
    return find_common(n_args, args, false, false);
}
static mo_obj_t str_rfind(size_t n_args, const mo_obj_t *args) {
    return find_common(n_args, args, true, false);
}
static mo_obj_t str_index(size_t n_args, const mo_obj_t *args) {
    return find_common(n_args, args, false, true);
}
static mo_obj_t str_rindex(size_t n_args, const mo_obj_t *args) {
    return find_common(n_args, args, true, true);
}
MO_DEFINE_FUN_VAR(mo_str_find_obj, 2, 4, str_find);
MO_DEFINE_FUN_VAR(mo_str_rfind_obj, 2, 4, str_rfind);
MO_DEFINE_FUN_VAR(mo_str_index_obj, 2, 4, str_index);
MO_DEFINE_FUN_VAR(mo_str_rindex_obj, 2, 4, str_rindex);

static mo_obj_t str_count(size_t n_args, const mo_obj_t *args) {
    sbuf_t s;
    get_self(args[0], &s);
    size_t nlen;
    uint8_t byte;
    const uint8_t *needle = needle_arg(&s, args[1], &nlen, &byte);
    size_t start, end;
    if (!adjust_range(&s, n_args, args, &start, &end)) {
        return mo_small_int(0);
    }
    if (nlen == 0) {
        // Empty matches sit between characters: one more than the characters.
        size_t n = s.is_str ? mo_utf8_char_count(s.data + start, end - start) : end - start;
        return mo_obj_new_int((mo_int_t)(n + 1));
    }
    size_t n = 0;
    const uint8_t *p = s.data + start, *e = s.data + end;
    const uint8_t *f;
    while ((f = find_fwd(p, (size_t)(e - p), needle, nlen)) != NULL) {
        n++;
        p = f + nlen;
    }
    return mo_obj_new_int((mo_int_t)n);
}
MO_DEFINE_FUN_VAR(mo_str_count_obj, 2, 4, str_count);

// startswith / endswith: the prefix may be a tuple of alternatives.
static mo_obj_t tailmatch(size_t n_args, const mo_obj_t *args, bool at_end) {
    sbuf_t s;
    get_self(args[0], &s);
    size_t start, end;
    bool in_range = adjust_range(&s, n_args, args, &start, &end);
    mo_obj_t *items = (mo_obj_t *)&args[1];
    size_t n = 1;
    if (mo_obj_is_type(args[1], &mo_type_tuple)) {
        mo_obj_get_array(args[1], &n, &items);
    }
    const char *fname = at_end ? "endswith" : "startswith";
    for (size_t i = 0; i < n; i++) {
        size_t plen;
        const uint8_t *p;
        mo_obj_t native;
        if (s.is_str) {
            if (!mo_str_unwrap(items[i], &mo_type_str, &native)) {
                if (n == 1 && !mo_obj_is_type(args[1], &mo_type_tuple)) {
                    mo_raise_fmt(&mo_type_TypeError, "%s first arg must be str or a tuple of str, not %T",
                                 fname, items[i]);
                }
                mo_raise_fmt(&mo_type_TypeError,
                             "tuple for %s must only contain str, not %T", fname, items[i]);
            }
            p = mo_str_data(native, &plen);
        } else if (!mo_bytes_like_data(items[i], &p, &plen)) {
            if (n == 1 && !mo_obj_is_type(args[1], &mo_type_tuple)) {
                mo_raise_fmt(&mo_type_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %T", fname, items[i]);
            }
            mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%T'", items[i]);
        }
        if (in_range && plen <= end - start) {
            const uint8_t *at = at_end ? s.data + end - plen : s.data + start;
            if (memcmp(at, p, plen) == 0) {
                return mo_const_true;
            }
        }
    }
    return mo_const_false;
}

static mo_obj_t str_startswith(size_t n_args, const mo_obj_t *args) {
    return tailmatch(n_args, args, false);
}
static mo_obj_t str_endswith(size_t n_args, const mo_obj_t *args) {
    return tailmatch(n_args, args, true);
}
MO_DEFINE_FUN_VAR(mo_str_startswith_obj, 2, 4, str_startswith);
MO_DEFINE_FUN_VAR(mo_str_endswith_obj, 2, 4, str_endswith);

// ---- whitespace and character iteration helpers ------------------------------------------

// The character at p and its end, in self's unit (code point or byte).
static mo_unichar_t char_at(const sbuf_t *s, const uint8_t *p, const uint8_t **next) {
    const uint8_t *end = s->data + s->len;
    if (!s->is_str || *p < 0x80) {
        *next = p + 1;
        return *p;
    }
    *next = mo_utf8_next(p, end);
    return mo_utf8_get_char(p, end);
}

// The start of the character before p.
static const uint8_t *char_before(const sbuf_t *s, const uint8_t *p) {
    if (!s->is_str) {
        return p - 1;
    }
    return mo_utf8_prev(p, s->data);
}

static bool is_space(const sbuf_t *s, mo_unichar_t c) {
    if (c < 0x80) {
        // str also counts the separators \x1c..\x1f as whitespace; bytes does not.
        return c == ' ' || (c >= '\t' && c <= '\r') || (s->is_str && c >= 0x1c && c <= 0x1f);
    }
    return s->is_str && mo_unichar_isspace(c);
}

// ---- split ----------------------------------------------------------------------------

static const qstr split_names[] = {MO_QSTR_sep, MO_QSTR_maxsplit};

static mo_int_t get_maxsplit(mo_obj_t o) {
    if (o == MO_OBJ_NULL) {
        return -1;
    }
    return get_ssize(o);
}

static const uint8_t *split_sep(const sbuf_t *s, mo_obj_t sep, size_t *sep_len) {
    if (sep == MO_OBJ_NULL || sep == mo_const_none) {
        return NULL;
    }
    const uint8_t *d;
    if (s->is_str) {
        mo_obj_t n;
        if (!mo_str_unwrap(sep, &mo_type_str, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "must be str or None, not %T", sep);
        }
        d = mo_str_data(n, sep_len);
    } else {
        d = mo_bytes_like_get(sep, sep_len);
    }
    if (*sep_len == 0) {
        mo_raise_msg(&mo_type_ValueError, "empty separator");
    }
    return d;
}

static void reverse_list(mo_obj_t list) {
    mo_list_t *l = MO_PTR(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        mo_obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

// split() with no separator: runs of whitespace separate, and leading or trailing
// whitespace gives no empty strings.
static void split_whitespace(const sbuf_t *s, mo_int_t maxsplit, mo_obj_t list) {
    const uint8_t *p = s->data, *end = s->data + s->len;
    for (;;) {
        const uint8_t *nx;
        while (p < end && is_space(s, char_at(s, p, &nx))) {
            p = nx;
        }
        if (p == end) {
            return;
        }
        if (maxsplit == 0) {
            mo_list_append(list, new_like(s, p, (size_t)(end - p)));  // the rest, as is
            return;
        }
        const uint8_t *w = p;
        while (p < end && !is_space(s, char_at(s, p, &nx))) {
            p = nx;
        }
        mo_list_append(list, new_like(s, w, (size_t)(p - w)));
        maxsplit--;
    }
}

// rsplit() with no separator: the same from the right; the list comes out reversed.
static void rsplit_whitespace(const sbuf_t *s, mo_int_t maxsplit, mo_obj_t list) {
    const uint8_t *begin = s->data, *p = s->data + s->len;
    for (;;) {
        const uint8_t *q, *nx;
        while (p > begin && is_space(s, char_at(s, q = char_before(s, p), &nx))) {
            p = q;
        }
        if (p == begin) {
            return;
        }
        if (maxsplit == 0) {
            mo_list_append(list, new_like(s, begin, (size_t)(p - begin)));
            return;
        }
        const uint8_t *w = p;
        while (p > begin && !is_space(s, char_at(s, q = char_before(s, p), &nx))) {
            p = q;
        }
        mo_list_append(list, new_like(s, p, (size_t)(w - p)));
        maxsplit--;
    }
}

// split(sep) from the left, or (reverse) from the right with the list reversed.
static void split_on(const sbuf_t *s, const uint8_t *sep, size_t sep_len, mo_int_t maxsplit,
                     bool reverse, mo_obj_t list) {
    const uint8_t *begin = s->data, *end = s->data + s->len;
    const uint8_t *f;
    if (!reverse) {
        const uint8_t *p = begin;
        while (maxsplit != 0 && (f = find_fwd(p, (size_t)(end - p), sep, sep_len)) != NULL) {
            mo_list_append(list, new_like(s, p, (size_t)(f - p)));
            p = f + sep_len;
            maxsplit--;
        }
        mo_list_append(list, new_like(s, p, (size_t)(end - p)));
        return;
    }
    const uint8_t *p = end;
    while (maxsplit != 0 && (f = find_rev(begin, (size_t)(p - begin), sep, sep_len)) != NULL) {
        mo_list_append(list, new_like(s, f + sep_len, (size_t)(p - f - sep_len)));
        p = f;
        maxsplit--;
    }
    mo_list_append(list, new_like(s, begin, (size_t)(p - begin)));
}

static mo_obj_t str_split_impl(size_t n_args, const mo_obj_t *args, mo_map_t *kw, bool reverse) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_obj_t a[2];
    parse_args(reverse ? "rsplit" : "split", n_args, args, kw, 2, split_names, a);
    size_t sep_len = 0;
    const uint8_t *sep = split_sep(&s, a[0], &sep_len);
    mo_int_t maxsplit = get_maxsplit(a[1]);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    if (sep == NULL) {
        if (reverse) {
            rsplit_whitespace(&s, maxsplit, list);
        } else {
            split_whitespace(&s, maxsplit, list);
        }
    } else {
        split_on(&s, sep, sep_len, maxsplit, reverse, list);
    }
    if (reverse) {
        reverse_list(list);
    }
    return list;
}

static mo_obj_t str_split(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return str_split_impl(n_args, args, kw, false);
}
static mo_obj_t str_rsplit(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return str_split_impl(n_args, args, kw, true);
}
MO_DEFINE_FUN_KW(mo_str_split_obj, 1, str_split);
MO_DEFINE_FUN_KW(mo_str_rsplit_obj, 1, str_rsplit);

// Line breaks: for str the Unicode set, for bytes only \n and \r.
static size_t line_break_len(const sbuf_t *s, const uint8_t *p, const uint8_t *end) {
    uint8_t c = *p;
    if (c == '\n') {
        return 1;
    }
    if (c == '\r') {
        return p + 1 < end && p[1] == '\n' ? 2 : 1;
    }
    if (!s->is_str) {
        return 0;
    }
    if (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) {
        return 1;
    }
    if (c >= 0x80) {
        mo_unichar_t u = mo_utf8_get_char(p, end);
        if (u == 0x85 || u == 0x2028 || u == 0x2029) {
            return mo_utf8_encoded_len(u);
        }
    }
    return 0;
}

static const qstr splitlines_names[] = {MO_QSTR_keepends};

static mo_obj_t str_splitlines(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_obj_t a[1];
    parse_args("splitlines", n_args, args, kw, 1, splitlines_names, a);
    bool keep = a[0] != MO_OBJ_NULL && mo_obj_is_true(a[0]);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    const uint8_t *p = s.data, *end = s.data + s.len, *line = p;
    while (p < end) {
        size_t n = line_break_len(&s, p, end);
        if (n == 0) {
            p++;
            continue;
        }
        mo_list_append(list, new_like(&s, line, (size_t)(p - line) + (keep ? n : 0)));
        p += n;
        line = p;
    }
    if (line < end) {
        mo_list_append(list, new_like(&s, line, (size_t)(end - line)));
    }
    return list;
}
MO_DEFINE_FUN_KW(mo_str_splitlines_obj, 1, str_splitlines);

// ---- join ---------------------------------------------------------------------------

// The text of join's item i, checked to be of self's kind.
static const uint8_t *join_item(const sbuf_t *s, mo_obj_t item, size_t i, size_t *len) {
    if (s->is_str) {
        mo_obj_t n;
        if (!mo_str_unwrap(item, &mo_type_str, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "sequence item %u: expected str instance, %T found",
                         (unsigned)i, item);
        }
        return mo_str_data(n, len);
    }
    const uint8_t *d;
    if (!mo_bytes_like_data(item, &d, len)) {
        mo_raise_fmt(&mo_type_TypeError, "sequence item %u: expected a bytes-like object, %T found",
                     (unsigned)i, item);
    }
    return d;
}

static mo_obj_t str_join(mo_obj_t self, mo_obj_t iterable) {
    sbuf_t s;
    get_self(self, &s);
    if (!mo_obj_is_type(iterable, &mo_type_list) && !mo_obj_is_type(iterable, &mo_type_tuple)) {
        const mo_type_t *it = mo_obj_type(iterable);
        if (it->getiter == NULL && it->subscr == NULL && !mo_type_is_user(it)) {
            mo_raise_msg(&mo_type_TypeError, "can only join an iterable");
        }
        mo_obj_t l = mo_obj_new_list(0, NULL);
        mo_list_extend(l, iterable);
        iterable = l;
    }
    size_t n;
    mo_obj_t *items;
    mo_obj_get_array(iterable, &n, &items);
    if (n == 0) {
        return new_like(&s, s.data, 0);
    }
    if (n == 1 && s.is_str && mo_obj_is_str(items[0])) {
        return items[0];
    }
    // Measure first so the result is built with one allocation.
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        join_item(&s, items[i], i, &len);
        if (__builtin_add_overflow(total, len, &total)) {
            mo_raise_memory_error();
        }
    }
    size_t seps;
    if (__builtin_mul_overflow(s.len, n - 1, &seps) || __builtin_add_overflow(total, seps, &total)) {
        mo_raise_memory_error();
    }
    if (s.type != &mo_type_bytearray) {
        uint8_t *out;
        mo_obj_t r = new_uninit(s.type, total, &out);
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                memcpy(out, s.data, s.len);
                out += s.len;
            }
            size_t len;
            const uint8_t *d = join_item(&s, items[i], i, &len);
            memcpy(out, d, len);
            out += len;
        }
        return r;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, total + 1);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mo_vstr_add_strn(&v, (const char *)s.data, s.len);
        }
        size_t len;
        const uint8_t *d = join_item(&s, items[i], i, &len);
        mo_vstr_add_strn(&v, (const char *)d, len);
    }
    return new_like_vstr(&s, &v);
}
MO_DEFINE_FUN_2(mo_str_join_obj, str_join);

// ---- strip ------------------------------------------------------------------------------

// Whether c is one of the characters of `chars` (NULL: whitespace).
static bool strip_member(const sbuf_t *s, mo_unichar_t c, const uint8_t *chars, size_t nchars) {
    if (chars == NULL) {
        return is_space(s, c);
    }
    if (!s->is_str || c < 0x80) {
        // An ASCII byte in UTF-8 only ever stands for itself.
        return memchr(chars, (int)c, nchars) != NULL;
    }
    const uint8_t *end = chars + nchars;
    for (const uint8_t *p = chars; p < end; p = mo_utf8_next(p, end)) {
        if (mo_utf8_get_char(p, end) == c) {
            return true;
        }
    }
    return false;
}

// which: 1 left, 2 right, 3 both.
static mo_obj_t strip_impl(size_t n_args, const mo_obj_t *args, int which) {
    sbuf_t s;
    get_self(args[0], &s);
    const uint8_t *chars = NULL;
    size_t nchars = 0;
    if (n_args > 1 && args[1] != mo_const_none) {
        if (s.is_str) {
            mo_obj_t n;
            if (!mo_str_unwrap(args[1], &mo_type_str, &n)) {
                mo_raise_fmt(&mo_type_TypeError, "%s arg must be None or str",
                             which == 1 ? "lstrip" : which == 2 ? "rstrip" : "strip");
            }
            chars = mo_str_data(n, &nchars);
        } else {
            chars = mo_bytes_like_get(args[1], &nchars);
        }
    }
    const uint8_t *b = s.data, *e = s.data + s.len;
    if (which & 1) {
        const uint8_t *nx;
        while (b < e && strip_member(&s, char_at(&s, b, &nx), chars, nchars)) {
            b = nx;
        }
    }
    if (which & 2) {
        while (e > b) {
            const uint8_t *q = char_before(&s, e), *nx;
            if (!strip_member(&s, char_at(&s, q, &nx), chars, nchars)) {
                break;
            }
            e = q;
        }
    }
    return new_like(&s, b, (size_t)(e - b));
}

static mo_obj_t str_strip(size_t n_args, const mo_obj_t *args) {
    return strip_impl(n_args, args, 3);
}
static mo_obj_t str_lstrip(size_t n_args, const mo_obj_t *args) {
    return strip_impl(n_args, args, 1);
}
static mo_obj_t str_rstrip(size_t n_args, const mo_obj_t *args) {
    return strip_impl(n_args, args, 2);
}
MO_DEFINE_FUN_VAR(mo_str_strip_obj, 1, 2, str_strip);
MO_DEFINE_FUN_VAR(mo_str_lstrip_obj, 1, 2, str_lstrip);
MO_DEFINE_FUN_VAR(mo_str_rstrip_obj, 1, 2, str_rstrip);

static mo_obj_t remove_affix(mo_obj_t self, mo_obj_t affix, bool suffix) {
    sbuf_t s;
    get_self(self, &s);
    size_t alen;
    const uint8_t *a = arg_data(&s, affix, &alen);
    if (alen <= s.len) {
        if (!suffix && memcmp(s.data, a, alen) == 0) {
            return new_like(&s, s.data + alen, s.len - alen);
        }
        if (suffix && memcmp(s.data + s.len - alen, a, alen) == 0) {
            return new_like(&s, s.data, s.len - alen);
        }
    }
    return new_like(&s, s.data, s.len);
}

static mo_obj_t str_removeprefix(mo_obj_t self, mo_obj_t a) {
    return remove_affix(self, a, false);
}
static mo_obj_t str_removesuffix(mo_obj_t self, mo_obj_t a) {
    return remove_affix(self, a, true);
}
MO_DEFINE_FUN_2(mo_str_removeprefix_obj, str_removeprefix);
MO_DEFINE_FUN_2(mo_str_removesuffix_obj, str_removesuffix);

// ---- replace ------------------------------------------------------------------------------

static mo_obj_t str_replace(size_t n_args, const mo_obj_t *args) {
    sbuf_t s;
    get_self(args[0], &s);
    size_t olen, nlen;
    const uint8_t *old = arg_data(&s, args[1], &olen);
    const uint8_t *new_ = arg_data(&s, args[2], &nlen);
    mo_int_t count = n_args > 3 ? get_ssize(args[3]) : -1;
    if (count < 0) {
        count = MO_SMALL_INT_MAX;
    }
    const uint8_t *p = s.data, *end = s.data + s.len;
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + 1);
    bool changed = false;
    if (olen == 0) {
        // An empty pattern matches before every character and at the end.
        while (count > 0) {
            mo_vstr_add_strn(&v, (const char *)new_, nlen);
            count--;
            changed = true;
            if (p == end) {
                break;
            }
            const uint8_t *nx;
            char_at(&s, p, &nx);
            mo_vstr_add_strn(&v, (const char *)p, (size_t)(nx - p));
            p = nx;
        }
    } else {
        const uint8_t *f;
        while (count > 0 && (f = find_fwd(p, (size_t)(end - p), old, olen)) != NULL) {
            mo_vstr_add_strn(&v, (const char *)p, (size_t)(f - p));
            mo_vstr_add_strn(&v, (const char *)new_, nlen);
            p = f + olen;
            count--;
            changed = true;
        }
    }
    if (!changed) {
        mo_vstr_clear(&v);
        return new_like(&s, s.data, s.len);
    }
    mo_vstr_add_strn(&v, (const char *)p, (size_t)(end - p));
    return new_like_vstr(&s, &v);
}
MO_DEFINE_FUN_VAR(mo_str_replace_obj, 3, 4, str_replace);

// ---- case ----------------------------------------------------------------------------------

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

static bool is_cased(const sbuf_t *s, mo_unichar_t c) {
    if (!s->is_str) {
        return mo_ascii_isalpha((uint8_t)c);
    }
    return mo_unichar_isupper(c) || mo_unichar_islower(c);
}

static void add_upper(const sbuf_t *s, mo_vstr_t *v, mo_unichar_t c) {
    if (!s->is_str) {
        mo_vstr_add_byte(v, (char)mo_ascii_toupper((uint8_t)c));
    } else if (c == 0xdf) {
        mo_vstr_add_str(v, "SS");  // the one common one-to-many mapping: sharp s
    } else {
        mo_vstr_add_char(v, mo_unichar_toupper(c));
    }
}

static void add_lower(const sbuf_t *s, mo_vstr_t *v, mo_unichar_t c) {
    if (!s->is_str) {
        mo_vstr_add_byte(v, (char)mo_ascii_tolower((uint8_t)c));
    } else {
        mo_vstr_add_char(v, mo_unichar_tolower(c));
    }
}

// Title case of the first letter: as upper, except sharp s becomes "Ss" and the
// digraphs (DŽ, LJ, NJ, DZ) take their title-case middle form.
static void add_title(const sbuf_t *s, mo_vstr_t *v, mo_unichar_t c) {
    if (s->is_str && c == 0xdf) {
        mo_vstr_add_str(v, "Ss");
    } else if (s->is_str && ((c >= 0x1c4 && c <= 0x1cc) || (c >= 0x1f1 && c <= 0x1f3))) {
        mo_vstr_add_char(v, mo_unichar_toupper(c) + 1);
    } else {
        add_upper(s, v, c);
    }
}

// The same for text that is all ASCII (or bytes): byte in, byte out.
static mo_obj_t change_case_ascii(const sbuf_t *s, int how) {
    uint8_t *buf;
    mo_obj_t r = s->type == &mo_type_bytearray ? MO_OBJ_NULL : new_uninit(s->type, s->len, &buf);
    if (r == MO_OBJ_NULL) {
        buf = mo_alloc(s->len + 1);
    }
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        uint8_t c = s->data[i];
        bool up;
        switch (how) {
            case CASE_UPPER: up = true; break;
            case CASE_SWAP: up = mo_ascii_islower(c); break;
            case CASE_TITLE: up = !prev_cased; break;
            case CASE_CAPITALIZE: up = i == 0; break;
            default: up = false; break;  // lower, casefold
        }
        buf[i] = up ? mo_ascii_toupper(c) : mo_ascii_tolower(c);
        prev_cased = mo_ascii_isalpha(c);
    }
    return r != MO_OBJ_NULL ? r : mo_str_new_taking(s->type, buf, s->len);
}

static mo_obj_t change_case(mo_obj_t self, int how) {
    sbuf_t s;
    get_self(self, &s);
    if (!s.is_str || mo_utf8_is_ascii(s.data, s.len)) {
        return change_case_ascii(&s, how);
    }
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + 1);
    const uint8_t *p = s.data, *end = s.data + s.len;
    bool prev_cased = false;
    bool first = true;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        switch (how) {
            case CASE_UPPER:
                add_upper(&s, &v, c);
                break;
            case CASE_LOWER:
                add_lower(&s, &v, c);
                break;
            case CASE_FOLD:
                if (c == 0xdf) {
                    mo_vstr_add_str(&v, "ss");
                } else if (c == 0x3c2) {
                    mo_vstr_add_char(&v, 0x3c3);  // final sigma folds to sigma
                } else {
                    add_lower(&s, &v, c);
                }
                break;
            case CASE_SWAP:
                if (s.is_str ? mo_unichar_isupper(c) : mo_ascii_isupper((uint8_t)c)) {
                    add_lower(&s, &v, c);
                } else if (s.is_str ? mo_unichar_islower(c) : mo_ascii_islower((uint8_t)c)) {
                    add_upper(&s, &v, c);
                } else {
                    mo_vstr_add_strn(&v, (const char *)p, (size_t)(nx - p));
                }
                break;
            case CASE_TITLE:
                if (prev_cased) {
                    add_lower(&s, &v, c);
                } else {
                    add_title(&s, &v, c);
                }
                prev_cased = is_cased(&s, c);
                break;
            default:  // CASE_CAPITALIZE
                if (first) {
                    add_title(&s, &v, c);
                } else {
                    add_lower(&s, &v, c);
                }
                break;
        }
        first = false;
        p = nx;
    }
    return new_like_vstr(&s, &v);
}

static mo_obj_t str_upper(mo_obj_t self) {
    return change_case(self, CASE_UPPER);
}
static mo_obj_t str_lower(mo_obj_t self) {
    return change_case(self, CASE_LOWER);
}
static mo_obj_t str_swapcase(mo_obj_t self) {
    return change_case(self, CASE_SWAP);
}
static mo_obj_t str_title(mo_obj_t self) {
    return change_case(self, CASE_TITLE);
}
static mo_obj_t str_capitalize(mo_obj_t self) {
    return change_case(self, CASE_CAPITALIZE);
}
static mo_obj_t str_casefold(mo_obj_t self) {
    return change_case(self, CASE_FOLD);
}
MO_DEFINE_FUN_1(mo_str_upper_obj, str_upper);
MO_DEFINE_FUN_1(mo_str_lower_obj, str_lower);
MO_DEFINE_FUN_1(mo_str_swapcase_obj, str_swapcase);
MO_DEFINE_FUN_1(mo_str_title_obj, str_title);
MO_DEFINE_FUN_1(mo_str_capitalize_obj, str_capitalize);
static MO_DEFINE_FUN_1(str_casefold_obj, str_casefold);

// ---- classification ------------------------------------------------------------------------

// True if every character satisfies the class (and there is at least one).
static mo_obj_t all_chars(mo_obj_t self, bool (*uni)(mo_unichar_t), bool (*ascii)(uint8_t)) {
    sbuf_t s;
    get_self(self, &s);
    if (s.len == 0) {
        return mo_const_false;
    }
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        if (s.is_str ? !uni(c) : !ascii((uint8_t)c)) {
            return mo_const_false;
        }
        p = nx;
    }
    return mo_const_true;
}

static bool ascii_isspace(uint8_t c) { return mo_ascii_isspace(c); }
static bool ascii_isdigit(uint8_t c) { return mo_ascii_isdigit(c); }
static bool ascii_isalpha(uint8_t c) { return mo_ascii_isalpha(c); }
static bool ascii_isalnum(uint8_t c) { return mo_ascii_isalpha(c) || mo_ascii_isdigit(c); }

static mo_obj_t str_isspace(mo_obj_t self) {
    return all_chars(self, mo_unichar_isspace, ascii_isspace);
}
static mo_obj_t str_isdigit(mo_obj_t self) {
    return all_chars(self, mo_unichar_isdigit, ascii_isdigit);
}
static mo_obj_t str_isdecimal(mo_obj_t self) {
    return all_chars(self, mo_unichar_isdecimal, ascii_isdigit);
}
static mo_obj_t str_isnumeric(mo_obj_t self) {
    return all_chars(self, mo_unichar_isnumeric, ascii_isdigit);
}
static mo_obj_t str_isalpha(mo_obj_t self) {
    return all_chars(self, mo_unichar_isalpha, ascii_isalpha);
}
static mo_obj_t str_isalnum(mo_obj_t self) {
    return all_chars(self, mo_unichar_isalnum, ascii_isalnum);
}
MO_DEFINE_FUN_1(mo_str_isspace_obj, str_isspace);
MO_DEFINE_FUN_1(mo_str_isdigit_obj, str_isdigit);
static MO_DEFINE_FUN_1(str_isdecimal_obj, str_isdecimal);
static MO_DEFINE_FUN_1(str_isnumeric_obj, str_isnumeric);
MO_DEFINE_FUN_1(mo_str_isalpha_obj, str_isalpha);
MO_DEFINE_FUN_1(mo_str_isalnum_obj, str_isalnum);

static mo_obj_t str_isascii(mo_obj_t self) {
    sbuf_t s;
    get_self(self, &s);
    return mo_bool(mo_utf8_is_ascii(s.data, s.len));
}
MO_DEFINE_FUN_1(mo_str_isascii_obj, str_isascii);

static mo_obj_t str_isprintable(mo_obj_t self) {
    sbuf_t s;
    get_self(self, &s);
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx;
        if (!mo_unichar_isprintable(char_at(&s, p, &nx))) {
            return mo_const_false;
        }
        p = nx;
    }
    return mo_const_true;
}
static MO_DEFINE_FUN_1(str_isprintable_obj, str_isprintable);

static mo_obj_t str_isidentifier(mo_obj_t self) {
    sbuf_t s;
    get_self(self, &s);
    const uint8_t *p = s.data, *end = s.data + s.len;
    if (p == end) {
        return mo_const_false;
    }
    bool first = true;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        if (first ? !mo_unichar_isidstart(c) : !mo_unichar_isidcont(c)) {
            return mo_const_false;
        }
        first = false;
        p = nx;
    }
    return mo_const_true;
}
static MO_DEFINE_FUN_1(str_isidentifier_obj, str_isidentifier);

// isupper / islower: at least one cased character and none of the other case.
static mo_obj_t case_check(mo_obj_t self, bool upper) {
    sbuf_t s;
    get_self(self, &s);
    bool any = false;
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        bool is_up = s.is_str ? mo_unichar_isupper(c) : mo_ascii_isupper((uint8_t)c);
        bool is_lo = s.is_str ? mo_unichar_islower(c) : mo_ascii_islower((uint8_t)c);
        if (upper ? is_lo : is_up) {
            return mo_const_false;
        }
        any |= upper ? is_up : is_lo;
        p = nx;
    }
    return mo_bool(any);
}

static mo_obj_t str_isupper(mo_obj_t self) {
    return case_check(self, true);
}
static mo_obj_t str_islower(mo_obj_t self) {
    return case_check(self, false);
}
MO_DEFINE_FUN_1(mo_str_isupper_obj, str_isupper);
MO_DEFINE_FUN_1(mo_str_islower_obj, str_islower);

static mo_obj_t str_istitle(mo_obj_t self) {
    sbuf_t s;
    get_self(self, &s);
    bool any = false, prev_cased = false;
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        // Title-case digraphs (Dž) count as capitals here, as in CPython.
        bool is_up = s.is_str ? mo_unichar_isupper(c) || (c != mo_unichar_tolower(c) &&
                                                          c != mo_unichar_toupper(c))
                              : mo_ascii_isupper((uint8_t)c);
        bool is_lo = s.is_str ? mo_unichar_islower(c) : mo_ascii_islower((uint8_t)c);
        if (is_up) {
            if (prev_cased) {
                return mo_const_false;
            }
            prev_cased = any = true;
        } else if (is_lo) {
            if (!prev_cased) {
                return mo_const_false;
            }
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
        p = nx;
    }
    return mo_bool(any);
}
MO_DEFINE_FUN_1(mo_str_istitle_obj, str_istitle);

// ---- padding ------------------------------------------------------------------------------

static mo_int_t get_width(mo_obj_t o) {
    return get_ssize(o);
}

static size_t self_char_len(const sbuf_t *s) {
    return s->is_str ? mo_utf8_char_count(s->data, s->len) : s->len;
}

// align: '<' ljust, '>' rjust, '^' center.
static mo_obj_t pad_impl(size_t n_args, const mo_obj_t *args, char align, const char *fname) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_int_t width = get_width(args[1]);
    const uint8_t *fill = (const uint8_t *)" ";
    size_t fill_len = 1;
    if (n_args > 2) {
        if (s.is_str) {
            mo_obj_t n;
            if (!mo_str_unwrap(args[2], &mo_type_str, &n)) {
                mo_raise_fmt(&mo_type_TypeError, "The fill character must be a unicode character, not %T",
                             args[2]);
            }
            fill = mo_str_data(n, &fill_len);
            if (mo_utf8_char_count(fill, fill_len) != 1) {
                mo_raise_msg(&mo_type_TypeError, "The fill character must be exactly one character long");
            }
        } else {
            fill = mo_bytes_like_get(args[2], &fill_len);
            if (fill_len != 1) {
                mo_raise_fmt(&mo_type_TypeError,
                             "%s() argument 2 must be a byte string of length 1, not %T", fname, args[2]);
            }
        }
    }
    size_t n = self_char_len(&s);
    if (width <= 0 || (size_t)width <= n) {
        return new_like(&s, s.data, s.len);
    }
    size_t pad = (size_t)width - n, left;
    if (align == '<') {
        left = 0;
    } else if (align == '>') {
        left = pad;
    } else {
        // CPython puts the odd space on the left when the width is odd.
        left = pad / 2 + (pad & (size_t)width & 1);
    }
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + pad * fill_len + 1);
    for (size_t i = 0; i < left; i++) {
        mo_vstr_add_strn(&v, (const char *)fill, fill_len);
    }
    mo_vstr_add_strn(&v, (const char *)s.data, s.len);
    for (size_t i = left; i < pad; i++) {
        mo_vstr_add_strn(&v, (const char *)fill, fill_len);
    }
    return new_like_vstr(&s, &v);
}

static mo_obj_t str_ljust(size_t n_args, const mo_obj_t *args) {
    return pad_impl(n_args, args, '<', "ljust");
}
static mo_obj_t str_rjust(size_t n_args, const mo_obj_t *args) {
    return pad_impl(n_args, args, '>', "rjust");
}
static mo_obj_t str_center(size_t n_args, const mo_obj_t *args) {
    return pad_impl(n_args, args, '^', "center");
}
MO_DEFINE_FUN_VAR(mo_str_ljust_obj, 2, 3, str_ljust);
MO_DEFINE_FUN_VAR(mo_str_rjust_obj, 2, 3, str_rjust);
MO_DEFINE_FUN_VAR(mo_str_center_obj, 2, 3, str_center);

static mo_obj_t str_zfill(mo_obj_t self, mo_obj_t width_o) {
    sbuf_t s;
    get_self(self, &s);
    mo_int_t width = get_width(width_o);
    size_t n = self_char_len(&s);
    if (width <= 0 || (size_t)width <= n) {
        return new_like(&s, s.data, s.len);
    }
    size_t pad = (size_t)width - n;
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + pad + 1);
    size_t sign = s.len > 0 && (s.data[0] == '+' || s.data[0] == '-') ? 1 : 0;
    mo_vstr_add_strn(&v, (const char *)s.data, sign);
    memset(mo_vstr_extend(&v, pad), '0', pad);
    mo_vstr_add_strn(&v, (const char *)s.data + sign, s.len - sign);
    return new_like_vstr(&s, &v);
}
MO_DEFINE_FUN_2(mo_str_zfill_obj, str_zfill);

static mo_obj_t str_expandtabs(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const qstr names[] = {MO_QSTR_tabsize};
    sbuf_t s;
    get_self(args[0], &s);
    mo_obj_t a[1];
    parse_args("expandtabs", n_args, args, kw, 1, names, a);
    mo_int_t tab = a[0] == MO_OBJ_NULL ? 8 : get_width(a[0]);
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + 1);
    size_t col = 0;
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx;
        mo_unichar_t c = char_at(&s, p, &nx);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                memset(mo_vstr_extend(&v, n), ' ', n);
                col += n;
            }
        } else {
            mo_vstr_add_strn(&v, (const char *)p, (size_t)(nx - p));
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        p = nx;
    }
    return new_like_vstr(&s, &v);
}
MO_DEFINE_FUN_KW(mo_str_expandtabs_obj, 1, str_expandtabs);

// ---- partition -------------------------------------------------------------------------------

static mo_obj_t partition_impl(mo_obj_t self, mo_obj_t sep_o, bool reverse) {
    sbuf_t s;
    get_self(self, &s);
    size_t slen;
    const uint8_t *sep = arg_data(&s, sep_o, &slen);
    if (slen == 0) {
        mo_raise_msg(&mo_type_ValueError, "empty separator");
    }
    const uint8_t *f = reverse ? find_rev(s.data, s.len, sep, slen) : find_fwd(s.data, s.len, sep, slen);
    mo_obj_t items[3];
    mo_obj_t empty = new_like(&s, s.data, 0);
    if (f == NULL) {
        mo_obj_t whole = new_like(&s, s.data, s.len);
        items[0] = reverse ? empty : whole;
        items[1] = s.type == &mo_type_bytearray ? new_like(&s, s.data, 0) : empty;
        items[2] = reverse ? whole : (s.type == &mo_type_bytearray ? new_like(&s, s.data, 0) : empty);
    } else {
        items[0] = new_like(&s, s.data, (size_t)(f - s.data));
        // As CPython: str and bytes hand back the separator object itself.
        items[1] = s.type == &mo_type_bytearray ? new_like(&s, f, slen) : sep_o;
        items[2] = new_like(&s, f + slen, s.len - (size_t)(f - s.data) - slen);
    }
    return mo_obj_new_tuple(3, items);
}

static mo_obj_t str_partition(mo_obj_t self, mo_obj_t sep) {
    return partition_impl(self, sep, false);
}
static mo_obj_t str_rpartition(mo_obj_t self, mo_obj_t sep) {
    return partition_impl(self, sep, true);
}
MO_DEFINE_FUN_2(mo_str_partition_obj, str_partition);
MO_DEFINE_FUN_2(mo_str_rpartition_obj, str_rpartition);

// ---- encode / decode --------------------------------------------------------------------

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };

static int get_encoding(mo_obj_t o, const char *fname) {
    if (o == MO_OBJ_NULL) {
        return ENC_UTF8;
    }
    mo_obj_t n;
    if (!mo_str_unwrap(o, &mo_type_str, &n)) {
        mo_raise_fmt(&mo_type_TypeError, "%s() argument 'encoding' must be str, not %T", fname, o);
    }
    size_t len;
    const uint8_t *d = mo_str_data(n, &len);
    char name[16];
    if (len < sizeof(name)) {
        // Python's codec lookup ignores case and treats '_' and ' ' like '-'.
        for (size_t i = 0; i < len; i++) {
            char c = (char)mo_ascii_tolower(d[i]);
            name[i] = c == '_' || c == ' ' ? '-' : c;
        }
        name[len] = '\0';
        if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") || !strcmp(name, "u8")) {
            return ENC_UTF8;
        }
        if (!strcmp(name, "ascii") || !strcmp(name, "us-ascii")) {
            return ENC_ASCII;
        }
        if (!strcmp(name, "latin-1") || !strcmp(name, "latin1") || !strcmp(name, "iso-8859-1") ||
            !strcmp(name, "iso8859-1") || !strcmp(name, "l1")) {
            return ENC_LATIN1;
        }
    }
    mo_raise_fmt(&mo_type_LookupError, "unknown encoding: %s", (const char *)d);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH };

static int get_errors(mo_obj_t o, const char *fname) {
    if (o == MO_OBJ_NULL) {
        return ERR_STRICT;
    }
    if (!mo_obj_is_str(o)) {
        mo_raise_fmt(&mo_type_TypeError, "%s() argument 'errors' must be str, not %T", fname, o);
    }
    const char *e = mo_obj_str_get_cstr(o);
    if (!strcmp(e, "ignore")) {
        return ERR_IGNORE;
    }
    if (!strcmp(e, "replace")) {
        return ERR_REPLACE;
    }
    if (!strcmp(e, "backslashreplace")) {
        return ERR_BACKSLASH;
    }
    return ERR_STRICT;
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

static void add_hex_escape(mo_vstr_t *v, mo_unichar_t c) {
    static const char hex[] = "0123456789abcdef";
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    mo_vstr_add_byte(v, '\\');
    mo_vstr_add_byte(v, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    for (int i = digits - 1; i >= 0; i--) {
        mo_vstr_add_byte(v, hex[(c >> (4 * i)) & 0xf]);
    }
}

// Decodes data to a str; the errors handler decides what bad input becomes.
static mo_obj_t decode_bytes(const uint8_t *data, size_t len, int enc, int errors) {
    mo_vstr_t v;
    mo_vstr_init(&v, len + 1);
    size_t i = 0;
    while (i < len) {
        size_t bad_start, bad_end;
        const char *reason;
        if (enc == ENC_LATIN1) {
            for (; i < len; i++) {
                mo_vstr_add_char(&v, data[i]);
            }
            break;
        }
        bool ok;
        if (enc == ENC_UTF8) {
            ok = mo_utf8_validate(data + i, len - i, &bad_start, &bad_end, &reason);
        } else {
            ok = true;
            for (size_t k = i; k < len; k++) {
                if (data[k] >= 0x80) {
                    ok = false;
                    bad_start = k - i;
                    bad_end = k - i + 1;
                    reason = "ordinal not in range(128)";
                    break;
                }
            }
        }
        if (ok) {
            mo_vstr_add_strn(&v, (const char *)data + i, len - i);
            break;
        }
        bad_start += i;
        bad_end += i;
        mo_vstr_add_strn(&v, (const char *)data + i, bad_start - i);
        if (errors == ERR_STRICT) {
            if (bad_end - bad_start == 1) {
                mo_raise_fmt(&mo_type_UnicodeDecodeError,
                             "'%s' codec can't decode byte 0x%02x in position %u: %s", enc_names[enc],
                             data[bad_start], (unsigned)bad_start, reason);
            }
            mo_raise_fmt(&mo_type_UnicodeDecodeError, "'%s' codec can't decode bytes in position %u-%u: %s",
                         enc_names[enc], (unsigned)bad_start, (unsigned)(bad_end - 1), reason);
        } else if (errors == ERR_REPLACE) {
            mo_vstr_add_char(&v, 0xfffd);
        } else if (errors == ERR_BACKSLASH) {
            for (size_t k = bad_start; k < bad_end; k++) {
                add_hex_escape(&v, data[k]);
            }
        }
        i = bad_end;
    }
    return mo_obj_new_str_from_vstr(&v);
}

static mo_obj_t encode_str(const uint8_t *data, size_t len, int enc, int errors) {
    if (enc == ENC_UTF8 || mo_utf8_is_ascii(data, len)) {
        return mo_obj_new_bytes(data, len);
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len + 1);
    unsigned limit = enc == ENC_ASCII ? 0x80 : 0x100;
    const uint8_t *p = data, *end = data + len;
    for (size_t pos = 0; p < end; pos++) {
        mo_unichar_t c = mo_utf8_get_char(p, end);
        if (c < limit) {
            mo_vstr_add_byte(&v, (char)c);
        } else if (errors == ERR_STRICT) {
            mo_vstr_t cv;
            mo_vstr_init(&cv, 12);
            add_hex_escape(&cv, c);
            mo_raise_fmt(&mo_type_UnicodeEncodeError,
                         "'%s' codec can't encode character '%s' in position %u: ordinal not in range(%u)",
                         enc_names[enc], mo_vstr_null_terminated(&cv), (unsigned)pos, limit);
        } else if (errors == ERR_REPLACE) {
            mo_vstr_add_byte(&v, '?');
        } else if (errors == ERR_BACKSLASH) {
            add_hex_escape(&v, c);
        }
        p = mo_utf8_next(p, end);
    }
    return mo_obj_new_bytes_from_vstr(&v);
}

static const qstr codec_names[] = {MO_QSTR_encoding, MO_QSTR_errors};

static mo_obj_t str_encode(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_obj_t a[2];
    parse_args("encode", n_args, args, kw, 2, codec_names, a);
    return encode_str(s.data, s.len, get_encoding(a[0], "encode"), get_errors(a[1], "encode"));
}
static MO_DEFINE_FUN_KW(str_encode_obj, 1, str_encode);

static mo_obj_t bytes_decode(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_obj_t a[2];
    parse_args("decode", n_args, args, kw, 2, codec_names, a);
    return decode_bytes(s.data, s.len, get_encoding(a[0], "decode"), get_errors(a[1], "decode"));
}
MO_DEFINE_FUN_KW(mo_str_decode_obj, 1, bytes_decode);

// ---- hex -------------------------------------------------------------------------------

mo_obj_t mo_bytes_hex(const uint8_t *data, size_t len, size_t n_args, const mo_obj_t *args) {
    static const char hex[] = "0123456789abcdef";
    const uint8_t *sep = NULL;
    size_t sep_len = 0;
    mo_int_t group = 1;
    if (n_args > 0) {
        mo_obj_t n;
        if (mo_str_unwrap(args[0], &mo_type_str, &n)) {
            sep = mo_str_data(n, &sep_len);
        } else if (!mo_bytes_like_data(args[0], &sep, &sep_len)) {
            mo_raise_fmt(&mo_type_TypeError, "object of type '%T' has no len()", args[0]);
        }
        if (sep_len != 1) {
            mo_raise_msg(&mo_type_ValueError, "sep must be length 1.");
        }
        if (n_args > 1) {
            group = mo_obj_get_int(args[1]);
        }
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len * 3 + 1);
    // A positive group counts from the right, a negative one from the left.
    size_t g = group < 0 ? (size_t)0 - (size_t)group : (size_t)group;
    for (size_t i = 0; i < len; i++) {
        if (sep != NULL && i > 0 && g > 0) {
            size_t k = group > 0 ? len - i : i;
            if (k % g == 0) {
                mo_vstr_add_byte(&v, (char)sep[0]);
            }
        }
        mo_vstr_add_byte(&v, hex[data[i] >> 4]);
        mo_vstr_add_byte(&v, hex[data[i] & 15]);
    }
    return mo_obj_new_str_from_vstr(&v);
}

static mo_obj_t bytes_hex(size_t n_args, const mo_obj_t *args) {
    sbuf_t s;
    get_self(args[0], &s);
    return mo_bytes_hex(s.data, s.len, n_args - 1, args + 1);
}
MO_DEFINE_FUN_VAR(mo_str_hex_obj, 1, 3, bytes_hex);

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = mo_ascii_tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static mo_obj_t bytes_fromhex(mo_obj_t cls, mo_obj_t str) {
    mo_obj_t n;
    if (!mo_str_unwrap(str, &mo_type_str, &n)) {
        mo_raise_fmt(&mo_type_TypeError, "fromhex() argument must be str, not %T", str);
    }
    size_t len;
    const uint8_t *d = mo_str_data(n, &len);
    mo_vstr_t v;
    mo_vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    while (i < len) {
        if (mo_ascii_isspace(d[i])) {
            i++;
            continue;
        }
        int hi = hex_value(d[i]);
        int lo = i + 1 < len ? hex_value(d[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            mo_raise_fmt(&mo_type_ValueError,
                         "non-hexadecimal number found in fromhex() arg at position %u", (unsigned)at);
        }
        mo_vstr_add_byte(&v, (char)(hi * 16 + lo));
        i += 2;
    }
    if (cls == MO_ROM_PTR(&mo_type_bytearray)) {
        mo_obj_t o = mo_bytearray_new((const uint8_t *)v.buf, v.len);
        mo_vstr_clear(&v);
        return o;
    }
    return mo_obj_new_bytes_from_vstr(&v);
}
static MO_DEFINE_FUN_2(bytes_fromhex_fun_obj, bytes_fromhex);
const mo_static_class_method_t mo_bytes_fromhex_obj = {{&mo_type_classmethod},
                                                       MO_ROM_PTR(&bytes_fromhex_fun_obj)};

// ---- maketrans / translate --------------------------------------------------------------

static mo_obj_t str_maketrans(size_t n_args, const mo_obj_t *args) {
    mo_obj_t dict = mo_obj_new_dict(0);
    if (n_args == 1) {
        if (!mo_obj_is_type(args[0], &mo_type_dict)) {
            mo_raise_msg(&mo_type_TypeError,
                         "if you give only one argument to maketrans it must be a dict");
        }
        // Keys of length one become their code points.
        mo_map_t *map = &((mo_dict_t *)MO_PTR(args[0]))->map;
        for (size_t i = 0; i < map->used; i++) {
            mo_obj_t k = map->table[i].key;
            if (k == MO_OBJ_NULL) {
                continue;
            }
            if (mo_obj_is_str(k)) {
                size_t len;
                const uint8_t *d = mo_str_data(k, &len);
                if (mo_utf8_char_count(d, len) != 1) {
                    mo_raise_msg(&mo_type_ValueError, "string keys in translate table must be of length 1");
                }
                k = mo_obj_new_int((mo_int_t)mo_utf8_get_char(d, d + len));
            } else if (!mo_obj_is_int(k)) {
                mo_raise_msg(&mo_type_TypeError, "keys in translate table must be strings or integers");
            }
            mo_dict_store(dict, k, map->table[i].value);
        }
        return dict;
    }
    size_t xl, yl;
    const uint8_t *x = (const uint8_t *)mo_obj_str_get_cstr(args[0]);
    const uint8_t *y = (const uint8_t *)mo_obj_str_get_cstr(args[1]);
    mo_str_data(args[0], &xl);
    mo_str_data(args[1], &yl);
    if (mo_utf8_char_count(x, xl) != mo_utf8_char_count(y, yl)) {
        mo_raise_msg(&mo_type_ValueError, "the first two maketrans arguments must have equal length");
    }
    const uint8_t *xe = x + xl, *ye = y + yl;
    while (x < xe) {
        mo_dict_store(dict, mo_obj_new_int((mo_int_t)mo_utf8_get_char(x, xe)),
                      mo_obj_new_int((mo_int_t)mo_utf8_get_char(y, ye)));
        x = mo_utf8_next(x, xe);
        y = mo_utf8_next(y, ye);
    }
    if (n_args > 2) {
        size_t zl;
        const uint8_t *z = (const uint8_t *)mo_obj_str_get_cstr(args[2]);
        mo_str_data(args[2], &zl);
        for (const uint8_t *ze = z + zl; z < ze; z = mo_utf8_next(z, ze)) {
            mo_dict_store(dict, mo_obj_new_int((mo_int_t)mo_utf8_get_char(z, ze)), mo_const_none);
        }
    }
    return dict;
}
static MO_DEFINE_FUN_VAR(str_maketrans_fun_obj, 1, 3, str_maketrans);
static const mo_static_class_method_t str_maketrans_obj = {{&mo_type_staticmethod},
                                                           MO_ROM_PTR(&str_maketrans_fun_obj)};

static mo_obj_t bytes_maketrans(mo_obj_t from, mo_obj_t to) {
    size_t fl, tl;
    const uint8_t *f = mo_bytes_like_get(from, &fl);
    const uint8_t *t = mo_bytes_like_get(to, &tl);
    if (fl != tl) {
        mo_raise_msg(&mo_type_ValueError, "maketrans arguments must have same length");
    }
    uint8_t table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < fl; i++) {
        table[f[i]] = t[i];
    }
    return mo_obj_new_bytes(table, 256);
}
static MO_DEFINE_FUN_2(bytes_maketrans_fun_obj, bytes_maketrans);
const mo_static_class_method_t mo_bytes_maketrans_obj = {{&mo_type_staticmethod},
                                                         MO_ROM_PTR(&bytes_maketrans_fun_obj)};

// table[c] for str.translate: NULL when the table has no entry (LookupError).
static mo_obj_t translate_lookup(mo_obj_t table, mo_obj_t key) {
    if (mo_obj_is_type(table, &mo_type_dict)) {
        return mo_dict_get(table, key);
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t r = mo_subscr_load(table, key);
        mo_nlr_pop();
        return r;
    }
    if (mo_obj_exception_match(nlr.ret_val, MO_ROM_PTR(&mo_type_LookupError))) {
        return MO_OBJ_NULL;
    }
    mo_nlr_jump(nlr.ret_val);
}

static mo_obj_t str_translate(size_t n_args, const mo_obj_t *args) {
    sbuf_t s;
    get_self(args[0], &s);
    mo_vstr_t v;
    mo_vstr_init(&v, s.len + 1);
    if (!s.is_str) {
        const uint8_t *table = NULL;
        size_t tl = 0;
        if (args[1] != mo_const_none) {
            table = mo_bytes_like_get(args[1], &tl);
            if (tl != 256) {
                mo_raise_msg(&mo_type_ValueError, "translation table must be 256 characters long");
            }
        }
        size_t dl = 0;
        const uint8_t *del = n_args > 2 ? mo_bytes_like_get(args[2], &dl) : NULL;
        for (size_t i = 0; i < s.len; i++) {
            if (del == NULL || memchr(del, s.data[i], dl) == NULL) {
                mo_vstr_add_byte(&v, (char)(table ? table[s.data[i]] : s.data[i]));
            }
        }
        return new_like_vstr(&s, &v);
    }
    const uint8_t *p = s.data, *end = s.data + s.len;
    while (p < end) {
        const uint8_t *nx = mo_utf8_next(p, end);
        mo_obj_t r = translate_lookup(args[1], mo_obj_new_int((mo_int_t)mo_utf8_get_char(p, end)));
        if (r == MO_OBJ_NULL) {
            mo_vstr_add_strn(&v, (const char *)p, (size_t)(nx - p));
        } else if (mo_obj_is_int(r)) {
            mo_int_t c = mo_obj_get_int(r);
            if (c < 0 || c > 0x10ffff) {
                mo_raise_msg(&mo_type_ValueError, "character mapping must be in range(0x110000)");
            }
            mo_vstr_add_char(&v, (mo_unichar_t)c);
        } else if (mo_obj_is_str(r)) {
            size_t rl;
            const uint8_t *rd = mo_str_data(r, &rl);
            mo_vstr_add_strn(&v, (const char *)rd, rl);
        } else if (r != mo_const_none) {
            mo_raise_msg(&mo_type_TypeError, "character mapping must return integer, None or str");
        }
        p = nx;
    }
    return new_like_vstr(&s, &v);
}
MO_DEFINE_FUN_VAR(mo_str_translate_obj, 2, 3, str_translate);

// ---- printing ------------------------------------------------------------------------------

static char pick_quote(const uint8_t *data, size_t len) {
    bool single = memchr(data, '\'', len) != NULL;
    bool dbl = memchr(data, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

static void print_hex_escape(const mo_print_t *p, mo_unichar_t c) {
    mo_vstr_t v;
    char buf[12];
    mo_vstr_init_fixed(&v, buf, sizeof(buf));
    add_hex_escape(&v, c);
    mo_print_strn(p, v.buf, v.len);
}

// The escape for a control character, or NULL.
static const char *simple_escape(uint8_t c) {
    switch (c) {
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        case '\\': return "\\\\";
        default: return NULL;
    }
}

// Prints code point c, which can't stand as itself inside quote, as an escape.
static void print_escape(const mo_print_t *p, mo_unichar_t c, char quote) {
    const char *esc = c < 0x80 ? simple_escape((uint8_t)c) : NULL;
    if (esc != NULL) {
        mo_print_str(p, esc);
    } else if (c == (uint8_t)quote) {
        mo_print_strn(p, "\\", 1);
        mo_print_strn(p, &quote, 1);
    } else {
        print_hex_escape(p, c);
    }
}

static void str_print_repr(const mo_print_t *p, const uint8_t *data, size_t len) {
    char quote = pick_quote(data, len);
    mo_print_strn(p, &quote, 1);
    const uint8_t *end = data + len, *run = data, *s = data;
    // Plain characters are printed in runs, escapes one by one.
    while (s < end) {
        uint8_t c = *s;
        const uint8_t *next = s + 1;
        bool plain;
        if (c < 0x80) {
            plain = c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)quote;
        } else {
            next = mo_utf8_next(s, end);
            plain = mo_unichar_isprintable(mo_utf8_get_char(s, end));
        }
        if (!plain) {
            mo_print_strn(p, (const char *)run, (size_t)(s - run));
            print_escape(p, c < 0x80 ? c : mo_utf8_get_char(s, end), quote);
            run = next;
        }
        s = next;
    }
    mo_print_strn(p, (const char *)run, (size_t)(end - run));
    mo_print_strn(p, &quote, 1);
}

void mo_bytes_print_repr(const mo_print_t *p, const uint8_t *data, size_t len) {
    char quote = pick_quote(data, len);
    mo_print_strn(p, "b", 1);
    mo_print_strn(p, &quote, 1);
    const uint8_t *end = data + len, *run = data;
    for (const uint8_t *s = data; s < end; s++) {
        uint8_t c = *s;
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)quote) {
            continue;
        }
        mo_print_strn(p, (const char *)run, (size_t)(s - run));
        print_escape(p, c, quote);
        run = s + 1;
    }
    mo_print_strn(p, (const char *)run, (size_t)(end - run));
    mo_print_strn(p, &quote, 1);
}

static void str_print(const mo_print_t *p, mo_obj_t self, int kind) {
    size_t len;
    const uint8_t *data = mo_str_data(self, &len);
    if (kind == MO_PRINT_REPR) {
        str_print_repr(p, data, len);
    } else {
        mo_print_strn(p, (const char *)data, len);
    }
}

static void bytes_print(const mo_print_t *p, mo_obj_t self, int kind) {
    size_t len;
    const uint8_t *data = mo_str_data(self, &len);
    mo_bytes_print_repr(p, data, len);
}

// ---- constructors -------------------------------------------------------------------------

// Splits constructor args into (object, encoding, errors) by position or keyword.
static void ctor_args(size_t n_args, size_t n_kw, const mo_obj_t *args, qstr first_name,
                      const char *fname, mo_obj_t *out) {
    if (n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most 3 arguments (%u given)", fname,
                     (unsigned)n_args);
    }
    const qstr names[3] = {first_name, MO_QSTR_encoding, MO_QSTR_errors};
    for (size_t i = 0; i < 3; i++) {
        out[i] = i < n_args ? args[i] : MO_OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        qstr q = mo_obj_str_get_qstr(args[n_args + 2 * k]);
        size_t i = 0;
        while (i < 3 && names[i] != q) {
            i++;
        }
        if (i == 3) {
            mo_raise_fmt(&mo_type_TypeError, "%s() got an unexpected keyword argument '%q'", fname, q);
        }
        out[i] = args[n_args + 2 * k + 1];
    }
}

static mo_obj_t str_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    mo_obj_t a[3];
    ctor_args(n_args, n_kw, args, MO_QSTR_object, "str", a);
    if (a[0] == MO_OBJ_NULL) {
        return mo_qstr_obj(MO_QSTR_);
    }
    if (a[1] == MO_OBJ_NULL && a[2] == MO_OBJ_NULL) {
        return mo_obj_str(a[0]);
    }
    if (mo_obj_is_str(a[0])) {
        mo_raise_msg(&mo_type_TypeError, "decoding str is not supported");
    }
    const uint8_t *data;
    size_t len;
    if (!mo_bytes_like_data(a[0], &data, &len)) {
        mo_raise_fmt(&mo_type_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    }
    if (a[1] != MO_OBJ_NULL && !mo_obj_is_str(a[1])) {
        mo_raise_fmt(&mo_type_TypeError, "str() argument 'encoding' must be str, not %T", a[1]);
    }
    return decode_bytes(data, len, get_encoding(a[1], "str"), get_errors(a[2], "str"));
}

void mo_bytes_from_args(mo_vstr_t *v, size_t n_args, size_t n_kw, const mo_obj_t *args,
                        const char *type_name) {
    mo_obj_t a[3];
    ctor_args(n_args, n_kw, args, MO_QSTR_source, type_name, a);
    mo_obj_t src = a[0];
    mo_obj_t n;
    if (src != MO_OBJ_NULL && mo_str_unwrap(src, &mo_type_str, &n)) {
        if (a[1] == MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError, "string argument without an encoding");
        }
        size_t len;
        const uint8_t *d = mo_str_data(n, &len);
        mo_obj_t b = encode_str(d, len, get_encoding(a[1], type_name), get_errors(a[2], type_name));
        d = mo_str_data(b, &len);
        mo_vstr_add_strn(v, (const char *)d, len);
        return;
    }
    if (a[1] != MO_OBJ_NULL || a[2] != MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, a[1] != MO_OBJ_NULL ? "encoding without a string argument"
                                                             : "errors without a string argument");
    }
    if (src == MO_OBJ_NULL) {
        return;
    }
    mo_int_t count;
    if (mo_obj_is_int(src)) {
        if (!mo_obj_get_int_maybe(src, &count)) {
            mo_raise_msg(&mo_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        if (count < 0) {
            mo_raise_msg(&mo_type_ValueError, "negative count");
        }
        char *z = mo_vstr_extend(v, (size_t)count);
        memset(z, 0, (size_t)count);
        return;
    }
    const uint8_t *d;
    size_t len;
    if (mo_bytes_like_data(src, &d, &len)) {
        mo_vstr_add_strn(v, (const char *)d, len);
        return;
    }
    const mo_type_t *t = mo_obj_type(src);
    if (mo_type_is_user(t)) {
        mo_obj_t dest[2];
        mo_load_method_maybe(src, MO_QSTR___bytes__, dest);
        if (dest[0] != MO_OBJ_NULL) {
            mo_obj_t b = mo_call_method(0, 0, dest);
            if (!mo_bytes_like_data(b, &d, &len) || !mo_obj_is_type(b, &mo_type_bytes)) {
                mo_raise_fmt(&mo_type_TypeError, "__bytes__ returned non-bytes (type %T)", b);
            }
            mo_vstr_add_strn(v, (const char *)d, len);
            return;
        }
    }
    if (t->getiter == NULL && t->subscr == NULL && !mo_type_is_user(t)) {
        mo_raise_fmt(&mo_type_TypeError, "cannot convert '%T' object to %s", src, type_name);
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(src, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_int_t b;
        if (!mo_obj_get_index_clamped(x, &b)) {
            mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", x);
        }
        if (b < 0 || b > 255) {
            mo_raise_msg(&mo_type_ValueError, strcmp(type_name, "bytes") == 0
                                                  ? "bytes must be in range(0, 256)"
                                                  : "byte must be in range(0, 256)");
        }
        mo_vstr_add_byte(v, (char)b);
    }
}

static mo_obj_t bytes_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    if (n_args == 1 && n_kw == 0 && mo_obj_is_type(args[0], &mo_type_bytes)) {
        return args[0];
    }
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    mo_bytes_from_args(&v, n_args, n_kw, args, "bytes");
    return mo_obj_new_bytes_from_vstr(&v);
}

// ---- operators ----------------------------------------------------------------------------

int mo_str_cmp_bytes(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

mo_obj_t mo_bytes_compare_op(int op, const uint8_t *a, size_t alen, const uint8_t *b, size_t blen) {
    if (op == MO_BINARY_OP_EQUAL || op == MO_BINARY_OP_NOT_EQUAL) {
        bool eq = alen == blen && memcmp(a, b, alen) == 0;
        return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
    }
    return mo_compare_result(op, mo_str_cmp_bytes(a, alen, b, blen));
}

static mo_uint_t str_hash(mo_obj_t self) {
    if (mo_is_qstr(self)) {
        return mo_qstr_hash(mo_qstr_value(self));
    }
    mo_str_t *s = MO_PTR(self);
    if (s->hash == 0) {
        s->hash = mo_qstr_compute_hash(s->data, s->len);  // ROM chars come with it set
    }
    return s->hash;
}

bool mo_seq_repeat_count(mo_obj_t n, size_t item_len, size_t *count) {
    mo_int_t v;
    if (!mo_obj_is_int(n) && n != mo_const_true && n != mo_const_false) {
        return false;
    }
    if (!mo_obj_get_int_maybe(n, &v)) {
        mo_raise_msg(&mo_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (v <= 0) {
        *count = 0;
        return true;
    }
    size_t total;
    if (__builtin_mul_overflow(item_len, (size_t)v, &total)) {
        mo_raise_memory_error();
    }
    *count = (size_t)v;
    return true;
}

static mo_obj_t repeat(const sbuf_t *s, mo_obj_t n) {
    size_t count;
    if (!mo_seq_repeat_count(n, s->len, &count)) {
        if (mo_type_is_user(mo_obj_type(n))) {
            return MO_OBJ_NULL;
        }
        mo_raise_fmt(&mo_type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (count == 1 && s->type != &mo_type_bytearray) {
        return s->obj;
    }
    if (s->type != &mo_type_bytearray) {
        uint8_t *out;
        mo_obj_t r = new_uninit(s->type, s->len * count, &out);
        for (size_t i = 0; i < count; i++) {
            memcpy(out + i * s->len, s->data, s->len);
        }
        return r;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, s->len * count + 1);
    for (size_t i = 0; i < count; i++) {
        mo_vstr_add_strn(&v, (const char *)s->data, s->len);
    }
    return new_like_vstr(s, &v);
}

static mo_obj_t concat(const sbuf_t *s, const uint8_t *b, size_t blen) {
    if (blen == 0 && s->type != &mo_type_bytearray) {
        return s->obj;
    }
    if (s->len == 0 && s->type == &mo_type_str) {
        return mo_str_new_of_type(s->type, b, blen);
    }
    if (s->type != &mo_type_bytearray) {
        uint8_t *out;
        mo_obj_t r = new_uninit(s->type, s->len + blen, &out);
        memcpy(out, s->data, s->len);
        memcpy(out + s->len, b, blen);
        return r;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, s->len + blen + 1);
    mo_vstr_add_strn(&v, (const char *)s->data, s->len);
    mo_vstr_add_strn(&v, (const char *)b, blen);
    return new_like_vstr(s, &v);
}

static mo_obj_t str_unary_op(int op, mo_obj_t self) {
    switch (op) {
        case MO_UNARY_OP_BOOL: {
            size_t len;
            mo_str_data(self, &len);
            return mo_bool(len != 0);
        }
        case MO_UNARY_OP_LEN:
            if (mo_obj_type(self) == &mo_type_str) {
                return mo_obj_new_int((mo_int_t)mo_str_char_count(self));
            } else {
                size_t len;
                mo_str_data(self, &len);
                return mo_obj_new_int((mo_int_t)len);
            }
        case MO_UNARY_OP_HASH:
            return mo_small_int((mo_int_t)(str_hash(self) & (mo_uint_t)MO_SMALL_INT_MAX));
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t str_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    sbuf_t s;
    get_self(lhs, &s);
    mo_obj_t rn;
    bool rhs_str = mo_str_unwrap(rhs, &mo_type_str, &rn);
    switch (op) {
        case MO_BINARY_OP_ADD:
        case MO_BINARY_OP_INPLACE_ADD:
            if (rhs_str) {
                size_t blen;
                const uint8_t *b = mo_str_data(rn, &blen);
                return concat(&s, b, blen);
            }
            if (mo_type_is_user(mo_obj_type(rhs))) {
                return MO_OBJ_NULL;
            }
            mo_raise_fmt(&mo_type_TypeError, "can only concatenate str (not \"%T\") to str", rhs);
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_INPLACE_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY:
            return repeat(&s, rhs);
        case MO_BINARY_OP_MODULO:
        case MO_BINARY_OP_INPLACE_MODULO:
            return mo_str_modulo(s.obj, rhs);
        case MO_BINARY_OP_CONTAINS: {
            if (!rhs_str) {
                mo_raise_fmt(&mo_type_TypeError, "'in <string>' requires string as left operand, not %T",
                             rhs);
            }
            size_t blen;
            const uint8_t *b = mo_str_data(rn, &blen);
            return mo_bool(find_fwd(s.data, s.len, b, blen) != NULL);
        }
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL:
            if (rhs_str && mo_is_qstr(s.obj) && mo_is_qstr(rn)) {
                bool eq = s.obj == rn;  // interned: equal text means equal number
                return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
            }
            if (rhs_str && str_hash(s.obj) != str_hash(rn)) {
                return mo_bool(op == MO_BINARY_OP_NOT_EQUAL);
            }
            // fall through
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL: {
            if (!rhs_str) {
                return MO_OBJ_NULL;
            }
            size_t blen;
            const uint8_t *b = mo_str_data(rn, &blen);
            return mo_bytes_compare_op(op, s.data, s.len, b, blen);
        }
        default:
            return MO_OBJ_NULL;
    }
}

mo_obj_t mo_bytes_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    sbuf_t s;
    get_self(lhs, &s);
    const uint8_t *b;
    size_t blen;
    bool rhs_bytes = mo_bytes_like_data(rhs, &b, &blen);
    switch (op) {
        case MO_BINARY_OP_ADD:
        case MO_BINARY_OP_INPLACE_ADD:
            if (rhs_bytes) {
                return concat(&s, b, blen);
            }
            if (mo_type_is_user(mo_obj_type(rhs))) {
                return MO_OBJ_NULL;
            }
            mo_raise_fmt(&mo_type_TypeError, "can't concat %T to %q", rhs, (qstr)s.type->name);
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_INPLACE_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY:
            return repeat(&s, rhs);
        case MO_BINARY_OP_MODULO:
        case MO_BINARY_OP_INPLACE_MODULO: {
            if (s.type != &mo_type_bytearray) {
                return mo_str_modulo(s.obj, rhs);
            }
            // bytearray % args: format as bytes, answer a bytearray.
            mo_obj_t r = mo_str_modulo(mo_obj_new_bytes(s.data, s.len), rhs);
            size_t rlen;
            const uint8_t *rd = mo_str_data(r, &rlen);
            return mo_bytearray_new(rd, rlen);
        }
        case MO_BINARY_OP_CONTAINS: {
            uint8_t byte;
            if (!rhs_bytes && !mo_obj_is_int(rhs) && rhs != mo_const_true && rhs != mo_const_false) {
                mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%T'", rhs);
            }
            b = mo_bytes_arg(rhs, &blen, &byte, true);
            return mo_bool(find_fwd(s.data, s.len, b, blen) != NULL);
        }
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL:
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL:
            // memoryview compares only for equality; it answers for itself.
            if (!rhs_bytes || mo_obj_is_type(rhs, &mo_type_memoryview)) {
                return MO_OBJ_NULL;
            }
            return mo_bytes_compare_op(op, s.data, s.len, b, blen);
        default:
            return MO_OBJ_NULL;
    }
}

// ---- bytes indexing and iteration --------------------------------------------------------

static mo_obj_t bytes_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    size_t len;
    const uint8_t *d = mo_str_data(self, &len);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        mo_int_t start, stop, step;
        if (mo_slice_indices(index, len, &start, &stop, &step)) {
            if (start >= stop) {
                return mo_obj_new_bytes(d, 0);
            }
            if (start == 0 && (size_t)stop == len) {
                return self;
            }
            return mo_obj_new_bytes(d + start, (size_t)(stop - start));
        }
        size_t n = mo_slice_len(start, stop, step);
        uint8_t *buf = mo_alloc(n + 1);
        for (size_t i = 0; i < n; i++) {
            buf[i] = d[start + (mo_int_t)i * step];
        }
        return mo_str_new_taking(&mo_type_bytes, buf, n);
    }
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_fmt(&mo_type_TypeError, "byte indices must be integers or slices, not %T", index);
    }
    if (i < 0) {
        i += (mo_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        mo_raise_msg(&mo_type_IndexError, "index out of range");
    }
    return mo_small_int(d[i]);
}

// Iterates the bytes of any bytes-like object (the buffer is fetched each step,
// so a bytearray that changes size mid-loop is read safely).
typedef struct bytes_iter {
    mo_base_t base;
    mo_obj_t obj;
    size_t pos;
} bytes_iter_t;

static mo_obj_t bytes_iter_next(mo_obj_t self) {
    bytes_iter_t *it = MO_PTR(self);
    const uint8_t *d;
    size_t len;
    if (!mo_bytes_like_data(it->obj, &d, &len) || it->pos >= len) {
        return MO_OBJ_STOP_ITERATION;
    }
    return mo_small_int(d[it->pos++]);
}

static const mo_type_t bytes_iterator_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_bytes_iterator,
    .iternext = bytes_iter_next,
};

static const mo_type_t bytearray_iterator_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_bytearray_iterator,
    .iternext = bytes_iter_next,
};

mo_obj_t mo_bytes_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    bytes_iter_t *it = iter_buf != NULL ? (bytes_iter_t *)iter_buf : mo_new_obj(bytes_iter_t);
    it->base.type = mo_obj_is_type(self, &mo_type_bytearray) ? &bytearray_iterator_type
                                                              : &bytes_iterator_type;
    it->obj = self;
    it->pos = 0;
    return MO_OBJ(it);
}

static int bytes_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags) {
    if (flags & MO_BUFFER_WRITE) {
        return 1;
    }
    size_t len;
    info->buf = (void *)mo_str_data(self, &len);
    info->len = len;
    info->typecode = 'B';
    return 0;
}

// str.__format__, for subclasses that defer to it (super().__format__(spec)).
static mo_obj_t str___format__(mo_obj_t self, mo_obj_t spec) {
    sbuf_t s;
    get_self(self, &s);
    mo_obj_t n;
    if (!mo_str_unwrap(spec, &mo_type_str, &n)) {
        mo_raise_fmt(&mo_type_TypeError, "__format__() argument must be str, not %T", spec);
    }
    return mo_obj_format(s.obj, n);
}
static MO_DEFINE_FUN_2(str___format___obj, str___format__);

// ---- the types ----------------------------------------------------------------------------

static const mo_map_elem_t str_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___format__), MO_ROM_PTR(&str___format___obj)},
    {MO_ROM_QSTR(MO_QSTR_capitalize), MO_ROM_PTR(&mo_str_capitalize_obj)},
    {MO_ROM_QSTR(MO_QSTR_casefold), MO_ROM_PTR(&str_casefold_obj)},
    {MO_ROM_QSTR(MO_QSTR_center), MO_ROM_PTR(&mo_str_center_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&mo_str_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_encode), MO_ROM_PTR(&str_encode_obj)},
    {MO_ROM_QSTR(MO_QSTR_endswith), MO_ROM_PTR(&mo_str_endswith_obj)},
    {MO_ROM_QSTR(MO_QSTR_expandtabs), MO_ROM_PTR(&mo_str_expandtabs_obj)},
    {MO_ROM_QSTR(MO_QSTR_find), MO_ROM_PTR(&mo_str_find_obj)},
    {MO_ROM_QSTR(MO_QSTR_format), MO_ROM_PTR(&mo_str_format_obj)},
    {MO_ROM_QSTR(MO_QSTR_format_map), MO_ROM_PTR(&mo_str_format_map_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&mo_str_index_obj)},
    {MO_ROM_QSTR(MO_QSTR_isalnum), MO_ROM_PTR(&mo_str_isalnum_obj)},
    {MO_ROM_QSTR(MO_QSTR_isalpha), MO_ROM_PTR(&mo_str_isalpha_obj)},
    {MO_ROM_QSTR(MO_QSTR_isascii), MO_ROM_PTR(&mo_str_isascii_obj)},
    {MO_ROM_QSTR(MO_QSTR_isdecimal), MO_ROM_PTR(&str_isdecimal_obj)},
    {MO_ROM_QSTR(MO_QSTR_isdigit), MO_ROM_PTR(&mo_str_isdigit_obj)},
    {MO_ROM_QSTR(MO_QSTR_isidentifier), MO_ROM_PTR(&str_isidentifier_obj)},
    {MO_ROM_QSTR(MO_QSTR_islower), MO_ROM_PTR(&mo_str_islower_obj)},
    {MO_ROM_QSTR(MO_QSTR_isnumeric), MO_ROM_PTR(&str_isnumeric_obj)},
    {MO_ROM_QSTR(MO_QSTR_isprintable), MO_ROM_PTR(&str_isprintable_obj)},
    {MO_ROM_QSTR(MO_QSTR_isspace), MO_ROM_PTR(&mo_str_isspace_obj)},
    {MO_ROM_QSTR(MO_QSTR_istitle), MO_ROM_PTR(&mo_str_istitle_obj)},
    {MO_ROM_QSTR(MO_QSTR_isupper), MO_ROM_PTR(&mo_str_isupper_obj)},
    {MO_ROM_QSTR(MO_QSTR_join), MO_ROM_PTR(&mo_str_join_obj)},
    {MO_ROM_QSTR(MO_QSTR_ljust), MO_ROM_PTR(&mo_str_ljust_obj)},
    {MO_ROM_QSTR(MO_QSTR_lower), MO_ROM_PTR(&mo_str_lower_obj)},
    {MO_ROM_QSTR(MO_QSTR_lstrip), MO_ROM_PTR(&mo_str_lstrip_obj)},
    {MO_ROM_QSTR(MO_QSTR_maketrans), MO_ROM_PTR(&str_maketrans_obj)},
    {MO_ROM_QSTR(MO_QSTR_partition), MO_ROM_PTR(&mo_str_partition_obj)},
    {MO_ROM_QSTR(MO_QSTR_removeprefix), MO_ROM_PTR(&mo_str_removeprefix_obj)},
    {MO_ROM_QSTR(MO_QSTR_removesuffix), MO_ROM_PTR(&mo_str_removesuffix_obj)},
    {MO_ROM_QSTR(MO_QSTR_replace), MO_ROM_PTR(&mo_str_replace_obj)},
    {MO_ROM_QSTR(MO_QSTR_rfind), MO_ROM_PTR(&mo_str_rfind_obj)},
    {MO_ROM_QSTR(MO_QSTR_rindex), MO_ROM_PTR(&mo_str_rindex_obj)},
    {MO_ROM_QSTR(MO_QSTR_rjust), MO_ROM_PTR(&mo_str_rjust_obj)},
    {MO_ROM_QSTR(MO_QSTR_rpartition), MO_ROM_PTR(&mo_str_rpartition_obj)},
    {MO_ROM_QSTR(MO_QSTR_rsplit), MO_ROM_PTR(&mo_str_rsplit_obj)},
    {MO_ROM_QSTR(MO_QSTR_rstrip), MO_ROM_PTR(&mo_str_rstrip_obj)},
    {MO_ROM_QSTR(MO_QSTR_split), MO_ROM_PTR(&mo_str_split_obj)},
    {MO_ROM_QSTR(MO_QSTR_splitlines), MO_ROM_PTR(&mo_str_splitlines_obj)},
    {MO_ROM_QSTR(MO_QSTR_startswith), MO_ROM_PTR(&mo_str_startswith_obj)},
    {MO_ROM_QSTR(MO_QSTR_strip), MO_ROM_PTR(&mo_str_strip_obj)},
    {MO_ROM_QSTR(MO_QSTR_swapcase), MO_ROM_PTR(&mo_str_swapcase_obj)},
    {MO_ROM_QSTR(MO_QSTR_title), MO_ROM_PTR(&mo_str_title_obj)},
    {MO_ROM_QSTR(MO_QSTR_translate), MO_ROM_PTR(&mo_str_translate_obj)},
    {MO_ROM_QSTR(MO_QSTR_upper), MO_ROM_PTR(&mo_str_upper_obj)},
    {MO_ROM_QSTR(MO_QSTR_zfill), MO_ROM_PTR(&mo_str_zfill_obj)},
};
static MO_DEFINE_CONST_DICT(str_locals_dict, str_locals_table);

const mo_type_t mo_type_str = {
    .base = {&mo_type_type},
    .name = MO_QSTR_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = mo_str_subscr,
    .getiter = mo_str_getiter,
    .locals_dict = &str_locals_dict,
};

static const mo_map_elem_t bytes_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_capitalize), MO_ROM_PTR(&mo_str_capitalize_obj)},
    {MO_ROM_QSTR(MO_QSTR_center), MO_ROM_PTR(&mo_str_center_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&mo_str_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_decode), MO_ROM_PTR(&mo_str_decode_obj)},
    {MO_ROM_QSTR(MO_QSTR_endswith), MO_ROM_PTR(&mo_str_endswith_obj)},
    {MO_ROM_QSTR(MO_QSTR_expandtabs), MO_ROM_PTR(&mo_str_expandtabs_obj)},
    {MO_ROM_QSTR(MO_QSTR_find), MO_ROM_PTR(&mo_str_find_obj)},
    {MO_ROM_QSTR(MO_QSTR_fromhex), MO_ROM_PTR(&mo_bytes_fromhex_obj)},
    {MO_ROM_QSTR(MO_QSTR_hex), MO_ROM_PTR(&mo_str_hex_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&mo_str_index_obj)},
    {MO_ROM_QSTR(MO_QSTR_isalnum), MO_ROM_PTR(&mo_str_isalnum_obj)},
    {MO_ROM_QSTR(MO_QSTR_isalpha), MO_ROM_PTR(&mo_str_isalpha_obj)},
    {MO_ROM_QSTR(MO_QSTR_isascii), MO_ROM_PTR(&mo_str_isascii_obj)},
    {MO_ROM_QSTR(MO_QSTR_isdigit), MO_ROM_PTR(&mo_str_isdigit_obj)},
    {MO_ROM_QSTR(MO_QSTR_islower), MO_ROM_PTR(&mo_str_islower_obj)},
    {MO_ROM_QSTR(MO_QSTR_isspace), MO_ROM_PTR(&mo_str_isspace_obj)},
    {MO_ROM_QSTR(MO_QSTR_istitle), MO_ROM_PTR(&mo_str_istitle_obj)},
    {MO_ROM_QSTR(MO_QSTR_isupper), MO_ROM_PTR(&mo_str_isupper_obj)},
    {MO_ROM_QSTR(MO_QSTR_join), MO_ROM_PTR(&mo_str_join_obj)},
    {MO_ROM_QSTR(MO_QSTR_ljust), MO_ROM_PTR(&mo_str_ljust_obj)},
    {MO_ROM_QSTR(MO_QSTR_lower), MO_ROM_PTR(&mo_str_lower_obj)},
    {MO_ROM_QSTR(MO_QSTR_lstrip), MO_ROM_PTR(&mo_str_lstrip_obj)},
    {MO_ROM_QSTR(MO_QSTR_maketrans), MO_ROM_PTR(&mo_bytes_maketrans_obj)},
    {MO_ROM_QSTR(MO_QSTR_partition), MO_ROM_PTR(&mo_str_partition_obj)},
    {MO_ROM_QSTR(MO_QSTR_removeprefix), MO_ROM_PTR(&mo_str_removeprefix_obj)},
    {MO_ROM_QSTR(MO_QSTR_removesuffix), MO_ROM_PTR(&mo_str_removesuffix_obj)},
    {MO_ROM_QSTR(MO_QSTR_replace), MO_ROM_PTR(&mo_str_replace_obj)},
    {MO_ROM_QSTR(MO_QSTR_rfind), MO_ROM_PTR(&mo_str_rfind_obj)},
    {MO_ROM_QSTR(MO_QSTR_rindex), MO_ROM_PTR(&mo_str_rindex_obj)},
    {MO_ROM_QSTR(MO_QSTR_rjust), MO_ROM_PTR(&mo_str_rjust_obj)},
    {MO_ROM_QSTR(MO_QSTR_rpartition), MO_ROM_PTR(&mo_str_rpartition_obj)},
    {MO_ROM_QSTR(MO_QSTR_rsplit), MO_ROM_PTR(&mo_str_rsplit_obj)},
    {MO_ROM_QSTR(MO_QSTR_rstrip), MO_ROM_PTR(&mo_str_rstrip_obj)},
    {MO_ROM_QSTR(MO_QSTR_split), MO_ROM_PTR(&mo_str_split_obj)},
    {MO_ROM_QSTR(MO_QSTR_splitlines), MO_ROM_PTR(&mo_str_splitlines_obj)},
    {MO_ROM_QSTR(MO_QSTR_startswith), MO_ROM_PTR(&mo_str_startswith_obj)},
    {MO_ROM_QSTR(MO_QSTR_strip), MO_ROM_PTR(&mo_str_strip_obj)},
    {MO_ROM_QSTR(MO_QSTR_swapcase), MO_ROM_PTR(&mo_str_swapcase_obj)},
    {MO_ROM_QSTR(MO_QSTR_title), MO_ROM_PTR(&mo_str_title_obj)},
    {MO_ROM_QSTR(MO_QSTR_translate), MO_ROM_PTR(&mo_str_translate_obj)},
    {MO_ROM_QSTR(MO_QSTR_upper), MO_ROM_PTR(&mo_str_upper_obj)},
    {MO_ROM_QSTR(MO_QSTR_zfill), MO_ROM_PTR(&mo_str_zfill_obj)},
};
static MO_DEFINE_CONST_DICT(bytes_locals_dict, bytes_locals_table);

const mo_type_t mo_type_bytes = {
    .base = {&mo_type_type},
    .name = MO_QSTR_bytes,
    .print = bytes_print,
    .make_new = bytes_make_new,
    .unary_op = str_unary_op,
    .binary_op = mo_bytes_binary_op,
    .subscr = bytes_subscr,
    .getiter = mo_bytes_getiter,
    .get_buffer = bytes_get_buffer,
    .locals_dict = &bytes_locals_dict,
};
