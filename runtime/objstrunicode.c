// Code-point access to str: length, indexing, slicing and iteration over UTF-8.
//
// A str whose byte length equals its character count is ASCII and is indexed by
// byte directly; otherwise positions are found by walking the UTF-8. The count is
// cached in str objects (mo_str_obj_t), so the ASCII test costs nothing after the
// first use; qstrs are short and are simply counted.
#include <string.h>

#include "runtime/objslice.h"
#include "runtime/objstr.h"

size_t mo_str_char_count(mo_obj_t str) {
    size_t len;
    const uint8_t *data = mo_str_data(str, &len);
    if (mo_is_qstr(str)) {
        return mo_utf8_char_count(data, len);
    }
    mo_str_obj_t *o = MO_PTR(str);
    if (o->nchars_plus1 == 0) {
        // ROM one-character strings come with the count filled in, so this write
        // only ever touches heap objects.
        o->nchars_plus1 = mo_utf8_char_count(data, len) + 1;
    }
    return o->nchars_plus1 - 1;
}

bool mo_str_is_ascii(mo_obj_t str) {
    size_t len;
    mo_str_data(str, &len);
    return mo_str_char_count(str) == len;
}

size_t mo_str_char_to_byte(const uint8_t *data, size_t len, bool ascii, size_t i) {
    if (ascii) {
        return i < len ? i : len;
    }
    return (size_t)(mo_utf8_skip(data, data + len, i) - data);
}

size_t mo_str_byte_to_char(const uint8_t *data, size_t len, bool ascii, size_t off) {
    if (ascii) {
        return off;
    }
    return mo_utf8_char_count(data, off < len ? off : len);
}

// The one-character str at byte offset p.
static mo_obj_t char_str_at(const uint8_t *p, const uint8_t *end) {
    if (*p < 0x80) {
        return mo_str_from_char(*p);
    }
    const uint8_t *next = mo_utf8_next(p, end);
    return mo_str_new_of_type(&mo_type_str, p, (size_t)(next - p));
}

static mo_obj_t slice_str(mo_obj_t self, const uint8_t *data, size_t len, bool ascii,
                          size_t nchars, mo_obj_t slice) {
    mo_int_t start, stop, step;
    if (mo_slice_indices(slice, nchars, &start, &stop, &step)) {
        if (start >= stop) {
            return mo_qstr_obj(MO_QSTR_);
        }
        if (start == 0 && (size_t)stop == nchars) {
            return self;  // a whole-string slice shares the (immutable) original
        }
        size_t b0 = mo_str_char_to_byte(data, len, ascii, (size_t)start);
        size_t b1 = ascii ? (size_t)stop
                          : b0 + (size_t)(mo_utf8_skip(data + b0, data + len, (size_t)(stop - start)) -
                                          (data + b0));
        return mo_str_new_of_type(&mo_type_str, data + b0, b1 - b0);
    }
    size_t n = mo_slice_len(start, stop, step);
    if (n == 0) {
        return mo_qstr_obj(MO_QSTR_);
    }
    mo_vstr_t v;
    if (ascii) {
        mo_vstr_init(&v, n + 1);
        char *out = mo_vstr_extend(&v, n);
        for (size_t i = 0; i < n; i++) {
            out[i] = (char)data[start + (mo_int_t)i * step];
        }
        return mo_obj_new_str_from_vstr(&v);
    }
    // Record where each character starts, then pick: linear in the string length.
    size_t *starts = mo_new(size_t, nchars + 1);
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (mo_utf8_is_start(data[i])) {
            starts[k++] = i;
        }
    }
    starts[nchars] = len;
    mo_vstr_init(&v, n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)(start + (mo_int_t)i * step);
        mo_vstr_add_strn(&v, (const char *)data + starts[c], starts[c + 1] - starts[c]);
    }
    mo_free(starts);
    return mo_obj_new_str_from_vstr(&v);
}

mo_obj_t mo_str_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;  // str is immutable: the runtime reports it
    }
    size_t len;
    const uint8_t *data = mo_str_data(self, &len);
    size_t nchars = mo_str_char_count(self);
    bool ascii = nchars == len;
    if (mo_obj_is_type(index, &mo_type_slice)) {
        return slice_str(self, data, len, ascii, nchars, index);
    }
    size_t i = mo_get_index(&mo_type_str, nchars, index, false);
    if (ascii) {
        return mo_str_from_char(data[i]);
    }
    return char_str_at(mo_utf8_skip(data, data + len, i), data + len);
}

// ---- iteration ----------------------------------------------------------------------------

typedef struct str_iter {
    mo_base_t base;
    mo_obj_t str;
    size_t pos;  // byte offset of the next character
} str_iter_t;

static mo_obj_t str_iter_next(mo_obj_t self) {
    str_iter_t *it = MO_PTR(self);
    size_t len;
    const uint8_t *data = mo_str_data(it->str, &len);
    if (it->pos >= len) {
        return MO_OBJ_STOP_ITERATION;
    }
    const uint8_t *p = data + it->pos;
    if (*p < 0x80) {
        it->pos++;
        return mo_str_from_char(*p);
    }
    const uint8_t *next = mo_utf8_next(p, data + len);
    it->pos = (size_t)(next - data);
    return mo_str_new_of_type(&mo_type_str, p, (size_t)(next - p));
}

static const mo_type_t str_ascii_iterator_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_str_ascii_iterator,
    .iternext = str_iter_next,
};

static const mo_type_t str_iterator_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_str_iterator,
    .iternext = str_iter_next,
};

mo_obj_t mo_str_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    str_iter_t *it = iter_buf != NULL ? (str_iter_t *)iter_buf : mo_new_obj(str_iter_t);
    it->base.type = mo_str_is_ascii(self) ? &str_ascii_iterator_type : &str_iterator_type;
    it->str = self;
    it->pos = 0;
    return MO_OBJ(it);
}
