// bytearray: a mutable bytes. It shares the bytes methods of objstr.c (their
// results keep the bytearray type) and adds the mutating ones and item and slice
// assignment.
#include <string.h>

#include "runtime/objslice.h"
#include "runtime/objstr.h"

static mo_bytearray_t *get_ba(mo_obj_t self) {
    return (mo_bytearray_t *)MO_PTR(self);
}

// Makes room for n bytes in total, growing by half again to keep appends cheap.
static void reserve(mo_bytearray_t *ba, size_t n) {
    if (n <= ba->alloc) {
        return;
    }
    size_t alloc = ba->alloc + ba->alloc / 2;
    if (alloc < n) {
        alloc = n;
    }
    if (alloc < 8) {
        alloc = 8;
    }
    ba->items = mo_realloc(ba->items, alloc);
    ba->alloc = alloc;
}

mo_obj_t mo_bytearray_new(const uint8_t *data, size_t len) {
    mo_bytearray_t *ba = mo_new_obj(mo_bytearray_t);
    ba->base.type = &mo_type_bytearray;
    ba->alloc = len > 0 ? len : 1;
    ba->items = mo_alloc(ba->alloc);
    if (len > 0) {
        memcpy(ba->items, data, len);
    }
    ba->len = len;
    return MO_OBJ(ba);
}

// Replaces items [start, stop) by data[0..n): the one primitive behind slice
// assignment, insert, extend and deletion.
static void splice(mo_bytearray_t *ba, size_t start, size_t stop, const uint8_t *data, size_t n) {
    size_t old = stop - start;
    size_t new_len = ba->len - old + n;
    // data may point into ba itself (ba[1:] = ba): copy it out before moving.
    uint8_t *tmp = NULL;
    if (n > 0 && data >= ba->items && data < ba->items + ba->alloc) {
        tmp = mo_alloc(n);
        memcpy(tmp, data, n);
        data = tmp;
    }
    reserve(ba, new_len);
    memmove(ba->items + start + n, ba->items + stop, ba->len - stop);
    if (n > 0) {
        memcpy(ba->items + start, data, n);
    }
    ba->len = new_len;
    if (tmp != NULL) {
        mo_free(tmp);
    }
}

static uint8_t byte_value(mo_obj_t o) {
    mo_int_t v;
    if (!mo_obj_get_index_clamped(o, &v)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    if (v < 0 || v > 255) {
        mo_raise_msg(&mo_type_ValueError, "byte must be in range(0, 256)");
    }
    return (uint8_t)v;
}

// The bytes an assigned or extended value stands for: a buffer, or an iterable of
// ints collected into v.
static const uint8_t *value_bytes(mo_obj_t value, size_t *len, mo_vstr_t *v, bool for_slice) {
    const uint8_t *d;
    if (mo_bytes_like_data(value, &d, len)) {
        return d;
    }
    if (for_slice && (mo_obj_is_str(value) || mo_obj_is_int(value))) {
        mo_raise_msg(&mo_type_TypeError,
                     "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    if (mo_obj_is_int(value)) {
        mo_raise_fmt(&mo_type_TypeError, "can't extend bytearray with %T", value);
    }
    mo_vstr_init(v, 16);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(value, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_vstr_add_byte(v, (char)byte_value(x));
    }
    *len = v->len;
    return (const uint8_t *)v->buf;
}

// ---- construction and printing --------------------------------------------------------------

static mo_obj_t bytearray_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                   const mo_obj_t *args) {
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    mo_bytes_from_args(&v, n_args, n_kw, args, "bytearray");
    // Adopt the vstr's buffer as the storage.
    mo_bytearray_t *ba = mo_new_obj(mo_bytearray_t);
    ba->base.type = &mo_type_bytearray;
    ba->items = (uint8_t *)v.buf;
    ba->alloc = v.alloc;
    ba->len = v.len;
    return MO_OBJ(ba);
}

static void bytearray_print(const mo_print_t *p, mo_obj_t self, int kind) {
    mo_bytearray_t *ba = get_ba(self);
    mo_print_str(p, "bytearray(");
    mo_bytes_print_repr(p, ba->items, ba->len);
    mo_print_str(p, ")");
}

// ---- operators ----------------------------------------------------------------------------

static mo_obj_t bytearray_unary_op(int op, mo_obj_t self) {
    mo_bytearray_t *ba = get_ba(self);
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(ba->len != 0);
        case MO_UNARY_OP_LEN:
            return mo_obj_new_int((mo_int_t)ba->len);
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t bytearray_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    mo_bytearray_t *ba = get_ba(lhs);
    if (op == MO_BINARY_OP_INPLACE_ADD) {
        const uint8_t *d;
        size_t n;
        if (!mo_bytes_like_data(rhs, &d, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "can't concat %T to bytearray", rhs);
        }
        splice(ba, ba->len, ba->len, d, n);
        return lhs;
    }
    if (op == MO_BINARY_OP_INPLACE_MULTIPLY) {
        size_t count;
        if (!mo_seq_repeat_count(rhs, ba->len, &count)) {
            mo_raise_fmt(&mo_type_TypeError, "can't multiply sequence by non-int of type '%T'", rhs);
        }
        size_t len = ba->len;
        if (count == 0) {
            ba->len = 0;
            return lhs;
        }
        reserve(ba, len * count);
        for (size_t i = 1; i < count; i++) {
            memcpy(ba->items + i * len, ba->items, len);
        }
        ba->len = len * count;
        return lhs;
    }
    return mo_bytes_binary_op(op, lhs, rhs);
}

static mo_obj_t bytearray_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_bytearray_t *ba = get_ba(self);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        mo_int_t start, stop, step;
        bool simple = mo_slice_indices(index, ba->len, &start, &stop, &step);
        size_t n = mo_slice_len(start, stop, step);
        if (value == MO_OBJ_SENTINEL) {
            mo_obj_t r = mo_bytearray_new(NULL, 0);
            mo_bytearray_t *rb = get_ba(r);
            reserve(rb, n);
            for (size_t i = 0; i < n; i++) {
                rb->items[i] = ba->items[start + (mo_int_t)i * step];
            }
            rb->len = n;
            return r;
        }
        if (simple) {
            if (stop < start) {
                stop = start;
            }
            if (value == MO_OBJ_NULL) {
                splice(ba, (size_t)start, (size_t)stop, NULL, 0);
            } else {
                mo_vstr_t v = {0, 0, NULL, false};
                size_t len;
                const uint8_t *d = value_bytes(value, &len, &v, true);
                splice(ba, (size_t)start, (size_t)stop, d, len);
            }
            return mo_const_none;
        }
        if (value == MO_OBJ_NULL) {
            // Delete every step-th item: keep the others in order.
            bool *gone = mo_alloc(ba->len + 1);
            for (size_t i = 0; i < n; i++) {
                gone[start + (mo_int_t)i * step] = true;
            }
            size_t w = 0;
            for (size_t i = 0; i < ba->len; i++) {
                if (!gone[i]) {
                    ba->items[w++] = ba->items[i];
                }
            }
            ba->len = w;
            mo_free(gone);
            return mo_const_none;
        }
        mo_vstr_t v = {0, 0, NULL, false};
        size_t len;
        const uint8_t *d = value_bytes(value, &len, &v, true);
        if (len != n) {
            mo_raise_fmt(&mo_type_ValueError,
                         "attempt to assign bytes of size %u to extended slice of size %u",
                         (unsigned)len, (unsigned)n);
        }
        uint8_t *tmp = mo_alloc(n + 1);
        memcpy(tmp, d, n);
        for (size_t i = 0; i < n; i++) {
            ba->items[start + (mo_int_t)i * step] = tmp[i];
        }
        mo_free(tmp);
        return mo_const_none;
    }
    size_t i = mo_get_index(&mo_type_bytearray, ba->len, index, false);
    if (value == MO_OBJ_SENTINEL) {
        return mo_small_int(ba->items[i]);
    }
    if (value == MO_OBJ_NULL) {
        splice(ba, i, i + 1, NULL, 0);
    } else {
        ba->items[i] = byte_value(value);
    }
    return mo_const_none;
}

static int bytearray_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags) {
    mo_bytearray_t *ba = get_ba(self);
    info->buf = ba->items;
    info->len = ba->len;
    info->typecode = 'B';
    return 0;
}

// ---- the mutating methods ------------------------------------------------------------------

static mo_obj_t bytearray_append(mo_obj_t self, mo_obj_t x) {
    mo_bytearray_t *ba = get_ba(self);
    uint8_t b = byte_value(x);
    reserve(ba, ba->len + 1);
    ba->items[ba->len++] = b;
    return mo_const_none;
}
static MO_DEFINE_FUN_2(bytearray_append_obj, bytearray_append);

static mo_obj_t bytearray_extend(mo_obj_t self, mo_obj_t iterable) {
    mo_bytearray_t *ba = get_ba(self);
    mo_vstr_t v = {0, 0, NULL, false};
    size_t len;
    const uint8_t *d = value_bytes(iterable, &len, &v, false);
    splice(ba, ba->len, ba->len, d, len);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(bytearray_extend_obj, bytearray_extend);

static mo_obj_t bytearray_pop(size_t n_args, const mo_obj_t *args) {
    mo_bytearray_t *ba = get_ba(args[0]);
    if (ba->len == 0) {
        mo_raise_msg(&mo_type_IndexError, "pop from empty bytearray");
    }
    mo_int_t i = -1;
    if (n_args > 1 && !mo_obj_get_index_clamped(args[1], &i)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    }
    if (i < 0) {
        i += (mo_int_t)ba->len;
    }
    if (i < 0 || (size_t)i >= ba->len) {
        mo_raise_msg(&mo_type_IndexError, "pop index out of range");
    }
    uint8_t b = ba->items[i];
    splice(ba, (size_t)i, (size_t)i + 1, NULL, 0);
    return mo_small_int(b);
}
static MO_DEFINE_FUN_VAR(bytearray_pop_obj, 1, 2, bytearray_pop);

static mo_obj_t bytearray_insert(mo_obj_t self, mo_obj_t index, mo_obj_t x) {
    mo_bytearray_t *ba = get_ba(self);
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", index);
    }
    // Out-of-range positions clamp to the ends, as list.insert.
    if (i < 0) {
        i += (mo_int_t)ba->len;
        if (i < 0) {
            i = 0;
        }
    } else if ((size_t)i > ba->len) {
        i = (mo_int_t)ba->len;
    }
    uint8_t b = byte_value(x);
    splice(ba, (size_t)i, (size_t)i, &b, 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(bytearray_insert_obj, bytearray_insert);

static mo_obj_t bytearray_remove(mo_obj_t self, mo_obj_t x) {
    mo_bytearray_t *ba = get_ba(self);
    uint8_t b = byte_value(x);
    uint8_t *at = memchr(ba->items, b, ba->len);
    if (at == NULL) {
        mo_raise_msg(&mo_type_ValueError, "value not found in bytearray");
    }
    size_t i = (size_t)(at - ba->items);
    splice(ba, i, i + 1, NULL, 0);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(bytearray_remove_obj, bytearray_remove);

static mo_obj_t bytearray_clear(mo_obj_t self) {
    get_ba(self)->len = 0;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(bytearray_clear_obj, bytearray_clear);

static mo_obj_t bytearray_reverse(mo_obj_t self) {
    mo_bytearray_t *ba = get_ba(self);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t t = ba->items[i];
        ba->items[i] = ba->items[j - 1];
        ba->items[j - 1] = t;
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(bytearray_reverse_obj, bytearray_reverse);

static mo_obj_t bytearray_copy(mo_obj_t self) {
    mo_bytearray_t *ba = get_ba(self);
    return mo_bytearray_new(ba->items, ba->len);
}
static MO_DEFINE_FUN_1(bytearray_copy_obj, bytearray_copy);

static const mo_map_elem_t bytearray_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_append), MO_ROM_PTR(&bytearray_append_obj)},
    {MO_ROM_QSTR(MO_QSTR_capitalize), MO_ROM_PTR(&mo_str_capitalize_obj)},
    {MO_ROM_QSTR(MO_QSTR_center), MO_ROM_PTR(&mo_str_center_obj)},
    {MO_ROM_QSTR(MO_QSTR_clear), MO_ROM_PTR(&bytearray_clear_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&bytearray_copy_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&mo_str_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_decode), MO_ROM_PTR(&mo_str_decode_obj)},
    {MO_ROM_QSTR(MO_QSTR_endswith), MO_ROM_PTR(&mo_str_endswith_obj)},
    {MO_ROM_QSTR(MO_QSTR_expandtabs), MO_ROM_PTR(&mo_str_expandtabs_obj)},
    {MO_ROM_QSTR(MO_QSTR_extend), MO_ROM_PTR(&bytearray_extend_obj)},
    {MO_ROM_QSTR(MO_QSTR_find), MO_ROM_PTR(&mo_str_find_obj)},
    {MO_ROM_QSTR(MO_QSTR_fromhex), MO_ROM_PTR(&mo_bytes_fromhex_obj)},
    {MO_ROM_QSTR(MO_QSTR_hex), MO_ROM_PTR(&mo_str_hex_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&mo_str_index_obj)},
    {MO_ROM_QSTR(MO_QSTR_insert), MO_ROM_PTR(&bytearray_insert_obj)},
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
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&bytearray_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove), MO_ROM_PTR(&bytearray_remove_obj)},
    {MO_ROM_QSTR(MO_QSTR_removeprefix), MO_ROM_PTR(&mo_str_removeprefix_obj)},
    {MO_ROM_QSTR(MO_QSTR_removesuffix), MO_ROM_PTR(&mo_str_removesuffix_obj)},
    {MO_ROM_QSTR(MO_QSTR_replace), MO_ROM_PTR(&mo_str_replace_obj)},
    {MO_ROM_QSTR(MO_QSTR_reverse), MO_ROM_PTR(&bytearray_reverse_obj)},
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
static MO_DEFINE_CONST_DICT(bytearray_locals_dict, bytearray_locals_table);

const mo_type_t mo_type_bytearray = {
    .base = {&mo_type_type},
    .name = MO_QSTR_bytearray,
    .print = bytearray_print,
    .make_new = bytearray_make_new,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = mo_bytes_getiter,
    .get_buffer = bytearray_get_buffer,
    .locals_dict = &bytearray_locals_dict,
};
