// The binascii module: hex and base64 conversions and the CRC-32 / CRC-CCITT
// checksums, with CPython's results and binascii.Error messages.
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objint.h"
#include "runtime/objstr.h"
#include "runtime/runtime.h"

// ---- binascii.Error and binascii.Incomplete ---------------------------------------------

// Exception's own hooks allocate an instance of whatever type they are given, so
// module-level exception types only forward to them.
static mo_obj_t error_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    return mo_type_Exception.make_new(type, n_args, n_kw, args);
}

static mo_obj_t error_unary_op(int op, mo_obj_t self) {
    return mo_type_Exception.unary_op(op, self);
}

#define BINASCII_EXC_TYPE(c_name, qstr_name, parent_type) \
    static const mo_type_t c_name = { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY, \
        .name = qstr_name, \
        .print = mo_exception_print, \
        .make_new = error_make_new, \
        .unary_op = error_unary_op, \
        .attr = mo_exception_attr, \
        .parent = parent_type, \
    }

BINASCII_EXC_TYPE(binascii_error_type, MO_QSTR_Error, &mo_type_ValueError);
BINASCII_EXC_TYPE(binascii_incomplete_type, MO_QSTR_Incomplete, &mo_type_Exception);

// ---- arguments --------------------------------------------------------------------------

// Fills out[i] with the argument named names[i], given by position (the first
// max_pos of them may be) or keyword; MO_OBJ_NULL when absent.
static void get_args(const char *fname, size_t n_pos, const mo_obj_t *pos, mo_map_t *kw,
                     const qstr *names, size_t n_names, size_t max_pos, mo_obj_t *out) {
    if (n_pos > max_pos) {
        mo_raise_fmt(&mo_type_TypeError,
                     max_pos == 1 ? "%s() takes exactly %u positional argument (%u given)"
                                  : "%s() takes at most %u arguments (%u given)",
                     fname, (unsigned)max_pos, (unsigned)n_pos);
    }
    size_t found = 0;
    for (size_t i = 0; i < n_names; i++) {
        out[i] = i < n_pos ? pos[i] : MO_OBJ_NULL;
        mo_map_elem_t *e = kw != NULL ? mo_map_lookup(kw, mo_qstr_obj(names[i]), MO_MAP_LOOKUP) : NULL;
        if (e != NULL) {
            if (out[i] != MO_OBJ_NULL) {
                mo_raise_fmt(&mo_type_TypeError, "argument for %s() given by name ('%q') and position (%u)",
                             fname, names[i], (unsigned)i + 1);
            }
            out[i] = e->value;
            found++;
        }
    }
    if (kw != NULL && kw->count != found) {
        for (size_t j = 0; j < kw->used; j++) {
            mo_obj_t key = kw->table[j].key;
            bool known = false;
            for (size_t i = 0; i < n_names && key != MO_OBJ_NULL; i++) {
                known |= mo_obj_str_get_qstr(key) == names[i];
            }
            if (key != MO_OBJ_NULL && !known) {
                mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                             fname);
            }
        }
    }
    if (out[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "%s() missing required argument '%q' (pos 1)", fname,
                     names[0]);
    }
}

// The a2b functions take bytes-like data or a str of ASCII characters.
static const uint8_t *ascii_data(mo_obj_t o, size_t *len) {
    const uint8_t *data;
    if (mo_obj_is_str(o)) {
        data = mo_str_data(o, len);
        for (size_t i = 0; i < *len; i++) {
            if (data[i] >= 0x80) {
                mo_raise_msg(&mo_type_ValueError, "string argument should contain only ASCII characters");
            }
        }
        return data;
    }
    if (!mo_bytes_like_data(o, &data, len)) {
        mo_raise_fmt(&mo_type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                     mo_obj_type_name(o));
    }
    return data;
}

// ---- hex --------------------------------------------------------------------------------

// hexlify(data, sep=..., bytes_per_sep=1): bytes.hex's result as bytes.
static mo_obj_t binascii_hexlify(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const qstr names[] = {MO_QSTR_data, MO_QSTR_sep, MO_QSTR_bytes_per_sep};
    mo_obj_t a[3];
    get_args("hexlify", n_args, args, kw, names, 3, 3, a);
    size_t len;
    const uint8_t *data = mo_bytes_like_get(a[0], &len);
    mo_obj_t sep_args[2] = {a[1], a[2] != MO_OBJ_NULL ? a[2] : mo_small_int(1)};
    mo_obj_t hex = mo_bytes_hex(data, len, a[1] != MO_OBJ_NULL ? 2 : 0, sep_args);
    size_t hex_len;
    const uint8_t *hex_data = mo_str_data(hex, &hex_len);
    return mo_obj_new_bytes(hex_data, hex_len);
}
static MO_DEFINE_FUN_KW(binascii_hexlify_obj, 0, binascii_hexlify);

static int hex_digit(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;  // ASCII lower case
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static mo_obj_t binascii_unhexlify(mo_obj_t arg) {
    size_t len;
    const uint8_t *data = ascii_data(arg, &len);
    if (len % 2 != 0) {
        mo_raise_msg(&binascii_error_type, "Odd-length string");
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len / 2 + 1);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_digit(data[i]), lo = hex_digit(data[i + 1]);
        if (hi < 0 || lo < 0) {
            mo_raise_msg(&binascii_error_type, "Non-hexadecimal digit found");
        }
        mo_vstr_add_byte(&v, (char)(hi << 4 | lo));
    }
    return mo_obj_new_bytes_from_vstr(&v);
}
static MO_DEFINE_FUN_1(binascii_unhexlify_obj, binascii_unhexlify);

// ---- base64 -----------------------------------------------------------------------------

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    const char *p = c != 0 ? strchr(b64_alphabet, c) : NULL;
    return p != NULL ? (int)(p - b64_alphabet) : -1;
}

// b2a_base64(data, *, newline=True)
static mo_obj_t binascii_b2a_base64(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const qstr names[] = {MO_QSTR_data, MO_QSTR_newline};
    mo_obj_t a[2];
    get_args("b2a_base64", n_args, args, kw, names, 2, 1, a);
    size_t len;
    const uint8_t *data = mo_bytes_like_get(a[0], &len);
    mo_vstr_t v;
    mo_vstr_init(&v, (len + 2) / 3 * 4 + 2);
    for (size_t i = 0; i < len; i += 3) {
        size_t n = len - i < 3 ? len - i : 3;
        uint32_t group = (uint32_t)data[i] << 16;
        group |= n > 1 ? (uint32_t)data[i + 1] << 8 : 0;
        group |= n > 2 ? data[i + 2] : 0;
        for (size_t k = 0; k < 4; k++) {
            mo_vstr_add_byte(&v, k <= n ? b64_alphabet[(group >> (18 - 6 * k)) & 63] : '=');
        }
    }
    if (a[1] == MO_OBJ_NULL || mo_obj_is_true(a[1])) {
        mo_vstr_add_byte(&v, '\n');
    }
    return mo_obj_new_bytes_from_vstr(&v);
}
static MO_DEFINE_FUN_KW(binascii_b2a_base64_obj, 0, binascii_b2a_base64);

// a2b_base64(data, *, strict_mode=False), the non-strict decoding only: characters
// outside the alphabet are skipped, and decoding stops at the first '=' run that
// completes a group.
static mo_obj_t binascii_a2b_base64(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const qstr names[] = {MO_QSTR_data, MO_QSTR_strict_mode};
    mo_obj_t a[2];
    get_args("a2b_base64", n_args, args, kw, names, 2, 1, a);
    size_t len;
    const uint8_t *data = ascii_data(a[0], &len);
    mo_vstr_t v;
    mo_vstr_init(&v, len / 4 * 3 + 3);
    unsigned quad = 0, pads = 0;  // characters in the current group; '=' seen after them
    uint32_t bits = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '=') {
            if (quad >= 2 && quad + ++pads >= 4) {
                quad = 0;
                break;
            }
            continue;
        }
        int d = b64_value(data[i]);
        if (d < 0) {
            continue;
        }
        pads = 0;
        bits = bits << 6 | (uint32_t)d;
        if (quad > 0) {
            // Each character after the first completes one byte with its predecessor.
            mo_vstr_add_byte(&v, (char)((bits >> (6 - 2 * quad)) & 0xff));
        }
        quad = (quad + 1) % 4;
        bits &= 0x3f;
    }
    if (quad == 1) {
        mo_raise_fmt(&binascii_error_type,
                     "Invalid base64-encoded string: number of data characters (%u) cannot be "
                     "1 more than a multiple of 4",
                     (unsigned)(v.len / 3 * 4 + 1));
    }
    if (quad != 0) {
        mo_raise_msg(&binascii_error_type, "Incorrect padding");
    }
    return mo_obj_new_bytes_from_vstr(&v);
}
static MO_DEFINE_FUN_KW(binascii_a2b_base64_obj, 0, binascii_a2b_base64);

// ---- checksums --------------------------------------------------------------------------

// The low 32 bits of an int (CPython's "I" conversion masks, it does not check).
static uint32_t int_low32(mo_obj_t o) {
    mo_int_t v;
    if (!mo_obj_is_int_like(o)) {
        return (uint32_t)(mo_uint_t)mo_obj_get_int(o);  // __index__, or the TypeError
    }
    if (mo_obj_get_int_maybe(o, &v)) {
        return (uint32_t)(mo_uint_t)v;
    }
    mo_obj_t low = mo_binary_op(MO_BINARY_OP_AND, o, mo_obj_new_int_from_ull(0xffffffffu));
    if (mo_obj_get_int_maybe(low, &v)) {
        return (uint32_t)(mo_uint_t)v;
    }
    uint64_t mag = 0;
    mpz_get_mag_u64(&((const mo_int_big_t *)MO_PTR(low))->mpz, &mag);
    return (uint32_t)mag;
}

// Nibble tables: 16 entries each instead of 256 keep the flash cost small.
static const uint32_t crc32_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};
static const uint16_t crc_hqx_nibble[16] = {
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7,
    0x8108, 0x9129, 0xa14a, 0xb16b, 0xc18c, 0xd1ad, 0xe1ce, 0xf1ef,
};

// crc32(data, crc=0): zlib's CRC-32 (reflected polynomial 0xedb88320).
static mo_obj_t binascii_crc32(size_t n_args, const mo_obj_t *args) {
    size_t len;
    const uint8_t *data = mo_bytes_like_get(args[0], &len);
    uint32_t crc = ~(n_args > 1 ? int_low32(args[1]) : 0);
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        crc = (crc >> 4) ^ crc32_nibble[crc & 15];
        crc = (crc >> 4) ^ crc32_nibble[crc & 15];
    }
    return mo_obj_new_int_from_ull(~crc);
}
static MO_DEFINE_FUN_VAR(binascii_crc32_obj, 1, 2, binascii_crc32);

// crc_hqx(data, crc): CRC-CCITT (polynomial 0x1021, not reflected), as XMODEM uses.
static mo_obj_t binascii_crc_hqx(mo_obj_t arg, mo_obj_t value) {
    size_t len;
    const uint8_t *data = mo_bytes_like_get(arg, &len);
    uint16_t crc = (uint16_t)int_low32(value);
    for (size_t i = 0; i < len; i++) {
        crc = (uint16_t)(crc << 4) ^ crc_hqx_nibble[((crc >> 12) ^ (data[i] >> 4)) & 15];
        crc = (uint16_t)(crc << 4) ^ crc_hqx_nibble[((crc >> 12) ^ data[i]) & 15];
    }
    return mo_obj_new_int(crc);
}
static MO_DEFINE_FUN_2(binascii_crc_hqx_obj, binascii_crc_hqx);

// ---- the module -----------------------------------------------------------------------------

static const mo_map_elem_t binascii_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_binascii)},
    {MO_ROM_QSTR(MO_QSTR_Error), MO_ROM_PTR(&binascii_error_type)},
    {MO_ROM_QSTR(MO_QSTR_Incomplete), MO_ROM_PTR(&binascii_incomplete_type)},
    {MO_ROM_QSTR(MO_QSTR_hexlify), MO_ROM_PTR(&binascii_hexlify_obj)},
    {MO_ROM_QSTR(MO_QSTR_b2a_hex), MO_ROM_PTR(&binascii_hexlify_obj)},
    {MO_ROM_QSTR(MO_QSTR_unhexlify), MO_ROM_PTR(&binascii_unhexlify_obj)},
    {MO_ROM_QSTR(MO_QSTR_a2b_hex), MO_ROM_PTR(&binascii_unhexlify_obj)},
    {MO_ROM_QSTR(MO_QSTR_b2a_base64), MO_ROM_PTR(&binascii_b2a_base64_obj)},
    {MO_ROM_QSTR(MO_QSTR_a2b_base64), MO_ROM_PTR(&binascii_a2b_base64_obj)},
    {MO_ROM_QSTR(MO_QSTR_crc32), MO_ROM_PTR(&binascii_crc32_obj)},
    {MO_ROM_QSTR(MO_QSTR_crc_hqx), MO_ROM_PTR(&binascii_crc_hqx_obj)},
};
static MO_DEFINE_CONST_DICT(binascii_globals, binascii_globals_table);

const mo_module_t mo_module_binascii = {{&mo_type_module}, &binascii_globals};

MO_REGISTER_MODULE(MO_QSTR_binascii, mo_module_binascii);
