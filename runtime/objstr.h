// str, bytes, bytearray and memoryview: the layouts and helpers shared by
// objstr.c (the types and methods), objstrunicode.c (code-point indexing),
// objstrformat.c (% and str.format), objbytearray.c and objmemoryview.c.
#ifndef MOTE_OBJSTR_H
#define MOTE_OBJSTR_H

#include "runtime/runtime.h"
#include "runtime/unicode.h"

// Every str and bytes object objstr.c makes has this layout: mo_str_t plus a cache
// of the code-point count, so indexing a long str does not rescan it each time.
// nchars_plus1 == 0: not counted yet (bytes never use it).
typedef struct mo_str_obj {
    mo_str_t s;
    size_t nchars_plus1;
} mo_str_obj_t;

typedef struct mo_bytearray {
    mo_base_t base;
    size_t alloc;
    size_t len;
    uint8_t *items;
} mo_bytearray_t;

// A view of part of another object's buffer. The base pointer is fetched again on
// each access (a bytearray may have moved its storage since the view was made).
typedef struct mo_memoryview {
    mo_base_t base;
    mo_obj_t obj;       // the exporter
    mo_int_t start;     // byte offset of item 0 in obj's buffer
    mo_int_t step;      // byte stride between items (negative for reversed views)
    size_t len;         // number of items
    bool readonly;
    bool released;
} mo_memoryview_t;

// Data and byte length of a str or bytes value (qstr or object). No type check.
static inline const uint8_t *mo_str_data(mo_obj_t o, size_t *len) {
    if (mo_is_qstr(o)) {
        return (const uint8_t *)mo_qstr_data(mo_qstr_value(o), len);
    }
    const mo_str_t *s = (const mo_str_t *)MO_PTR(o);
    *len = s->len;
    return s->data;
}

// True for a str value, including an instance of a user subclass of str; *native
// is the underlying str value.
bool mo_str_unwrap(mo_obj_t o, const mo_type_t *type, mo_obj_t *native);

// A new object of `type` (str, bytes or bytearray) holding a copy of data.
mo_obj_t mo_str_new_of_type(const mo_type_t *type, const uint8_t *data, size_t len);
// The same, adopting buf (a heap block with buf[len] == 0) instead of copying.
mo_obj_t mo_str_new_taking(const mo_type_t *type, uint8_t *buf, size_t len);
mo_obj_t mo_bytearray_new(const uint8_t *data, size_t len);

// Bytes-like read access (bytes, bytearray, memoryview, array...): false if o has
// no buffer. The pointer is valid until the object is next mutated.
bool mo_bytes_like_data(mo_obj_t o, const uint8_t **data, size_t *len);
// The same but raises TypeError "a bytes-like object is required, not 'T'".
const uint8_t *mo_bytes_like_get(mo_obj_t o, size_t *len);

// Compares two byte strings: <0, 0, >0 (UTF-8 order is code-point order).
int mo_str_cmp_bytes(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);
// The comparison operators of bytes-like values against raw data.
mo_obj_t mo_bytes_compare_op(int op, const uint8_t *a, size_t alen, const uint8_t *b,
                             size_t blen);

// objstrunicode.c: code points of str values.
size_t mo_str_char_count(mo_obj_t str);
bool mo_str_is_ascii(mo_obj_t str);
// Byte offset of code point index i (0 <= i <= count) in a str's data.
size_t mo_str_char_to_byte(const uint8_t *data, size_t len, bool ascii, size_t i);
size_t mo_str_byte_to_char(const uint8_t *data, size_t len, bool ascii, size_t off);
mo_obj_t mo_str_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value);
mo_obj_t mo_str_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf);
// A one-character str for code point c (ASCII ones need no allocation).
mo_obj_t mo_str_from_char(mo_unichar_t c);

// objstrformat.c: formatting.
mo_obj_t mo_str_modulo(mo_obj_t fmt, mo_obj_t args);      // str % args, bytes % args
mo_obj_t mo_obj_format(mo_obj_t value, mo_obj_t spec);    // format(value, spec)
mo_obj_t mo_obj_ascii(mo_obj_t o);                       // ascii(o)
// str.format, str.format_map and the builtin format().
extern const mo_fun_builtin_t mo_str_format_obj, mo_str_format_map_obj, mo_builtin_format_obj;

// The bytes methods bytearray shares (objstr.c).
extern const mo_fun_builtin_t mo_str_capitalize_obj, mo_str_center_obj, mo_str_count_obj,
    mo_str_decode_obj, mo_str_endswith_obj, mo_str_expandtabs_obj, mo_str_find_obj,
    mo_str_hex_obj, mo_str_index_obj, mo_str_isalnum_obj, mo_str_isalpha_obj,
    mo_str_isascii_obj, mo_str_isdigit_obj, mo_str_islower_obj, mo_str_isspace_obj,
    mo_str_istitle_obj, mo_str_isupper_obj, mo_str_join_obj, mo_str_ljust_obj,
    mo_str_lower_obj, mo_str_lstrip_obj, mo_str_partition_obj, mo_str_removeprefix_obj,
    mo_str_removesuffix_obj, mo_str_replace_obj, mo_str_rfind_obj, mo_str_rindex_obj,
    mo_str_rjust_obj, mo_str_rpartition_obj, mo_str_rsplit_obj, mo_str_rstrip_obj,
    mo_str_split_obj, mo_str_splitlines_obj, mo_str_startswith_obj, mo_str_strip_obj,
    mo_str_swapcase_obj, mo_str_title_obj, mo_str_translate_obj, mo_str_upper_obj,
    mo_str_zfill_obj;
extern const mo_static_class_method_t mo_bytes_fromhex_obj, mo_bytes_maketrans_obj;

// bytes operators and iteration, which bytearray shares.
mo_obj_t mo_bytes_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs);
mo_obj_t mo_bytes_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf);

// Shared pieces of bytes printing and construction.
void mo_bytes_print_repr(const mo_print_t *p, const uint8_t *data, size_t len);
// Fills v from bytes()/bytearray() constructor arguments (after the type).
void mo_bytes_from_args(mo_vstr_t *v, size_t n_args, size_t n_kw, const mo_obj_t *args,
                        const char *type_name);
// data as a str of hex digits; args are bytes.hex's optional (sep, bytes_per_sep).
mo_obj_t mo_bytes_hex(const uint8_t *data, size_t len, size_t n_args, const mo_obj_t *args);
// The bytes a bytes method's argument stands for: a bytes-like object or, when
// allow_int, an int 0..255 (stored in *byte, which is returned).
const uint8_t *mo_bytes_arg(mo_obj_t o, size_t *len, uint8_t *byte, bool allow_int);
// The count of seq * n: false if n is not an int (the caller words the TypeError);
// OverflowError if n does not fit an index, MemoryError if the result could not.
bool mo_seq_repeat_count(mo_obj_t n, size_t item_len, size_t *count);

#endif
