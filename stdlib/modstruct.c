// The struct module: Python values to and from C-layout bytes, with CPython's
// format language (byte order prefix, repeat counts, native sizes and alignment
// for '@') and CPython's struct.error messages, which differ by code and byte
// order because CPython shares its native packers with the standard order that
// matches the host.
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objint.h"
#include "runtime/objiter.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"

// ---- struct.error ---------------------------------------------------------------------

// Exception's own hooks allocate an instance of whatever type they are given, so
// a module-level exception type only forwards to them.
static mo_obj_t error_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    return mo_type_Exception.make_new(type, n_args, n_kw, args);
}

static mo_obj_t error_unary_op(int op, mo_obj_t self) {
    return mo_type_Exception.unary_op(op, self);
}

static const mo_type_t struct_error_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_struct_dot_error,
    .print = mo_exception_print,
    .make_new = error_make_new,
    .unary_op = error_unary_op,
    .attr = mo_exception_attr,
    .parent = &mo_type_Exception,
};

#define STRUCT_ERROR(...) mo_raise_fmt(&struct_error_type, __VA_ARGS__)

// ---- the format language --------------------------------------------------------------

// The largest struct CPython accepts (Py_ssize_t), here ptrdiff_t.
#define SIZE_LIMIT ((size_t)PTRDIFF_MAX)

static bool host_is_big_endian(void) {
    const uint16_t one = 1;
    uint8_t first;
    memcpy(&first, &one, 1);
    return first == 0;
}

typedef struct fmt_iter {
    const uint8_t *p, *end;
    bool native;  // '@': native sizes and alignment
    bool big;     // byte order of the data
} fmt_iter_t;

typedef struct fmt_item {
    char code;
    size_t count;  // repeat count; the byte length for 's' and 'p'
    size_t size;   // of one value
    size_t align;  // 1 unless native
} fmt_item_t;

static void fmt_start(fmt_iter_t *f, const uint8_t *data, size_t len) {
    f->p = data;
    f->end = data + len;
    f->native = true;
    f->big = host_is_big_endian();
    if (len == 0) {
        return;
    }
    switch (data[0]) {
        case '@':
            break;
        case '=':
            f->native = false;
            break;
        case '<':
            f->native = false;
            f->big = false;
            break;
        case '>':
        case '!':
            f->native = false;
            f->big = true;
            break;
        default:
            return;
    }
    f->p++;
}

#define NATIVE(type) \
    do { \
        it->size = sizeof(type); \
        it->align = _Alignof(type); \
        return true; \
    } while (0)

static bool native_size(fmt_item_t *it) {
    switch (it->code) {
        case 'x': case 'c': case 'b': case 'B': case 's': case 'p':
            NATIVE(char);
        case '?':
            NATIVE(_Bool);
        case 'h': case 'H': case 'e':
            NATIVE(short);
        case 'i': case 'I':
            NATIVE(int);
        case 'l': case 'L':
            NATIVE(long);
        case 'q': case 'Q':
            NATIVE(long long);
        case 'n': case 'N':
            NATIVE(size_t);
        case 'P':
            NATIVE(void *);
        case 'f':
            NATIVE(float);
        case 'd':
            NATIVE(double);
        default:
            return false;
    }
}

// The standard sizes; 0 for codes that exist only in native mode.
static size_t standard_size(char code) {
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
            return 1;
        case 'h': case 'H': case 'e':
            return 2;
        case 'i': case 'I': case 'l': case 'L': case 'f':
            return 4;
        case 'q': case 'Q': case 'd':
            return 8;
        default:
            return 0;
    }
}

static bool is_format_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The next item of the format, or false at its end. Whitespace separates items
// but may not sit between a count and its code.
static bool fmt_next(fmt_iter_t *f, fmt_item_t *it) {
    while (f->p < f->end && is_format_space(*f->p)) {
        f->p++;
    }
    if (f->p == f->end) {
        return false;
    }
    it->count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        size_t n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            size_t d = (size_t)(*f->p++ - '0');
            if (n > (SIZE_LIMIT - d) / 10) {
                STRUCT_ERROR("total struct size too long");
            }
            n = n * 10 + d;
        }
        if (f->p == f->end) {
            STRUCT_ERROR("repeat count given without format specifier");
        }
        it->count = n;
    }
    it->code = (char)*f->p++;
    if (f->native) {
        if (native_size(it)) {
            return true;
        }
    } else {
        it->size = standard_size(it->code);
        it->align = 1;
        if (it->size != 0) {
            return true;
        }
    }
    STRUCT_ERROR("bad char in struct format");
}

static size_t align_up(size_t off, size_t align) {
    size_t extra = off % align;
    return extra == 0 ? off : off + (align - extra);
}

// 's' and 'p' take one value whatever their count, 'x' none, the rest one per count.
static size_t item_values(const fmt_item_t *it) {
    if (it->code == 's' || it->code == 'p') {
        return 1;
    }
    return it->code == 'x' ? 0 : it->count;
}

static size_t item_bytes(const fmt_item_t *it) {
    return (it->code == 's' || it->code == 'p') ? it->count : it->count * it->size;
}

// A checked format: its text, the byte size and the number of values.
typedef struct layout {
    const uint8_t *fmt;
    size_t fmt_len;
    size_t size;
    size_t n_values;
} layout_t;

static void layout_init(layout_t *l, mo_obj_t fmt) {
    if (!mo_obj_is_str(fmt) && !mo_obj_is_type(fmt, &mo_type_bytes)) {
        mo_raise_fmt(&mo_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                     mo_obj_type_name(fmt));
    }
    l->fmt = mo_str_data(fmt, &l->fmt_len);
    l->size = 0;
    l->n_values = 0;
    fmt_iter_t f;
    fmt_item_t it;
    fmt_start(&f, l->fmt, l->fmt_len);
    while (fmt_next(&f, &it)) {
        // '@' aligns each item even when its count is 0 (the '0l' idiom pads the end).
        size_t off = f.native ? align_up(l->size, it.align) : l->size;
        size_t per = (it.code == 's' || it.code == 'p') ? 1 : it.size;
        if (off > SIZE_LIMIT || it.count > (SIZE_LIMIT - off) / per) {
            STRUCT_ERROR("total struct size too long");
        }
        l->size = off + item_bytes(&it);
        l->n_values += item_values(&it);
    }
}

// ---- integers ---------------------------------------------------------------------------

// An int as sign and 64-bit magnitude; `huge` when the magnitude needs more bits.
typedef struct ival {
    bool neg;
    bool huge;
    uint64_t mag;
} ival_t;

static bool get_ival(mo_obj_t o, ival_t *x) {
    if (!mo_obj_is_int_like(o)) {
        // Anything with __index__ packs as an int, as in CPython.
        const mo_type_t *t = mo_obj_type(o);
        mo_obj_t r = MO_OBJ_NULL;
        if ((t->flags & MO_TYPE_FLAG_USER) && t->unary_op != NULL) {
            r = t->unary_op(MO_UNARY_OP_INDEX, o);
        }
        if (r == MO_OBJ_NULL || !mo_obj_is_int_like(r)) {
            return false;
        }
        o = r;
    }
    mo_int_t v;
    x->huge = false;
    if (mo_obj_get_int_maybe(o, &v)) {
        x->neg = v < 0;
        x->mag = v < 0 ? (uint64_t)(0 - (mo_uint_t)v) : (uint64_t)v;
        return true;
    }
    const mo_int_big_t *b = MO_PTR(o);
    x->neg = b->mpz.neg;
    x->huge = !mpz_get_mag_u64(&b->mpz, &x->mag);
    return true;
}

// The values -neg_max ..= pos_max.
typedef struct irange {
    uint64_t neg_max;
    uint64_t pos_max;
} irange_t;

static bool in_range(const ival_t *x, irange_t r) {
    return !x->huge && x->mag <= (x->neg ? r.neg_max : r.pos_max);
}

static irange_t signed_range(uint64_t max) { return (irange_t){max + 1, max}; }
static irange_t unsigned_range(uint64_t max) { return (irange_t){0, max}; }

static irange_t item_range(const fmt_item_t *it) {
    uint64_t umax = it->size >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * it->size)) - 1;
    bool is_signed = it->code >= 'a' && it->code <= 'z';
    return is_signed ? signed_range(umax >> 1) : unsigned_range(umax);
}

// Whether CPython's native packer serves the item: always for '@' and for b/B, and
// for a standard order that is the host's when the standard size is the native one.
static bool uses_native_packer(const fmt_iter_t *f, const fmt_item_t *it) {
    fmt_item_t native = *it;
    return f->native || it->code == 'b' || it->code == 'B' ||
           (f->big == host_is_big_endian() && native_size(&native) && native.size == it->size);
}

// CPython converts through a C long or the like first (failing with "argument out
// of range"), then checks the item's own range with a per-code message. Sets *r to
// the conversion's range; false when the failure is worded "int too large to convert".
static bool conversion_range(const fmt_iter_t *f, const fmt_item_t *it, irange_t *r) {
    if (!uses_native_packer(f, it)) {
        switch (it->code) {
            case 'h': case 'i': case 'l':
                *r = signed_range(LONG_MAX);
                return true;
            case 'H': case 'I': case 'L':
                *r = unsigned_range(ULONG_MAX);
                return true;
            default:  // standard q and Q go straight to bytes
                *r = item_range(it);
                return false;
        }
    }
    switch (it->code) {
        case 'I': case 'L':
            *r = unsigned_range(ULONG_MAX);
            return true;
        case 'q':
            *r = signed_range(LLONG_MAX);
            return true;
        case 'Q':
            *r = unsigned_range(ULLONG_MAX);
            return true;
        case 'n':
            *r = signed_range(PTRDIFF_MAX);
            return true;
        case 'N':
            *r = unsigned_range(SIZE_MAX);
            return true;
        case 'P':
            *r = (irange_t){(uint64_t)INTPTR_MAX + 1, UINTPTR_MAX};
            return false;
        default:  // b B h H i l, even the unsigned ones
            *r = signed_range(LONG_MAX);
            return true;
    }
}

_Noreturn static void int_range_error(const fmt_iter_t *f, const fmt_item_t *it, irange_t r) {
    const char *name = NULL;
    bool native = uses_native_packer(f, it);
    switch (it->code) {
        case 'b': name = "byte"; break;
        case 'B': name = "ubyte"; break;
        case 'h': name = native ? "short" : NULL; break;
        case 'H': name = native ? "ushort" : NULL; break;
        default: break;
    }
    char quoted[4] = {'\'', it->code, '\'', '\0'};
    STRUCT_ERROR("%s format requires %s%llu <= number <= %llu", name != NULL ? name : quoted,
                 r.neg_max != 0 ? "-" : "", (unsigned long long)r.neg_max,
                 (unsigned long long)r.pos_max);
}

static void put_uint(uint8_t *out, uint64_t u, size_t n, bool big) {
    for (size_t i = 0; i < n; i++) {
        out[big ? n - 1 - i : i] = (uint8_t)(u >> (8 * i));
    }
}

static uint64_t get_uint(const uint8_t *in, size_t n, bool big) {
    uint64_t u = 0;
    for (size_t i = 0; i < n; i++) {
        u |= (uint64_t)in[big ? n - 1 - i : i] << (8 * i);
    }
    return u;
}

static void pack_int(const fmt_iter_t *f, const fmt_item_t *it, uint8_t *out, mo_obj_t v) {
    ival_t x;
    if (!get_ival(v, &x)) {
        STRUCT_ERROR("required argument is not an integer");
    }
    irange_t conv;
    bool to_long = conversion_range(f, it, &conv);
    if (!in_range(&x, conv)) {
        STRUCT_ERROR(to_long ? "argument out of range" : "int too large to convert");
    }
    // 'P' has no range of its own beyond the conversion's: -1 packs as all ones.
    irange_t own = it->code == 'P' ? conv : item_range(it);
    if (!in_range(&x, own)) {
        int_range_error(f, it, own);
    }
    put_uint(out, x.neg ? 0 - x.mag : x.mag, it->size, f->big);
}

static mo_obj_t unpack_int(const fmt_iter_t *f, const fmt_item_t *it, const uint8_t *in) {
    uint64_t u = get_uint(in, it->size, f->big);
    bool is_signed = it->code >= 'a' && it->code <= 'z';
    uint64_t sign_bit = (uint64_t)1 << (8 * it->size - 1);
    if (!is_signed || !(u & sign_bit)) {
        return mo_obj_new_int_from_ull(u);
    }
    // Negative: -(2**bits - u), built without overflowing a long long.
    uint64_t mag = (0 - u) & (sign_bit | (sign_bit - 1));
    return mo_obj_new_int_from_ll(-(long long)(mag - 1) - 1);
}

// ---- floats -------------------------------------------------------------------------------

// Doubles at or beyond this magnitude round to infinity as floats (FLT_MAX plus
// half an ulp; the tie rounds to the even infinity).
#define FLOAT_OVERFLOW_EDGE (ldexp(1.0, 128) - ldexp(1.0, 103))

// Narrows without the undefined behaviour of an out-of-range conversion; false if
// a finite value became infinite.
static bool narrow_to_float(double x, float *out) {
    double a = fabs(x);
    if (isfinite(x) && a > FLT_MAX) {
        if (a >= FLOAT_OVERFLOW_EDGE) {
            *out = x < 0 ? -INFINITY : INFINITY;
            return false;
        }
        *out = x < 0 ? -FLT_MAX : FLT_MAX;
        return true;
    }
    *out = (float)x;
    return true;
}

// IEEE half precision, rounded half to even; false on overflow.
static bool double_to_half(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (isinf(a)) {
        *out = sign | 0x7c00;
        return true;
    }
    if (a < ldexp(1.0, -14)) {
        // Subnormal: units of 2**-24. Rounding up to 1024 gives the smallest normal's bits.
        *out = sign | (uint16_t)rint(ldexp(a, 24));
        return true;
    }
    int e;
    frexp(a, &e);  // 2**(e-1) <= a < 2**e
    double m = rint(ldexp(a, 11 - e));  // 1024 ..= 2048
    if (m == 2048) {
        m = 1024;
        e++;
    }
    int biased = e - 1 + 15;
    if (biased >= 31) {
        return false;
    }
    *out = sign | (uint16_t)(biased << 10) | (uint16_t)(m - 1024);
    return true;
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    unsigned m = h & 0x3ff;
    double v;
    if (e == 0) {
        v = ldexp(m, -24);
    } else if (e == 31) {
        v = m != 0 ? NAN : INFINITY;
    } else {
        v = ldexp(m + 1024, e - 25);
    }
    return (h & 0x8000) ? -v : v;
}

// Copies n bytes of a host value, reversed when the data's order is not the host's.
static void copy_ordered(uint8_t *dst, const uint8_t *src, size_t n, bool big) {
    bool flip = big != host_is_big_endian();
    for (size_t i = 0; i < n; i++) {
        dst[i] = src[flip ? n - 1 - i : i];
    }
}

// A float, int or bool, or an object with __float__ or __index__ (as CPython's
// PyFloat_AsDouble takes).
static bool get_double(mo_obj_t v, double *x) {
    if (mo_obj_get_float_maybe(v, x)) {
        return true;
    }
    const mo_type_t *t = mo_obj_type(v);
    if (!(t->flags & MO_TYPE_FLAG_USER) || t->unary_op == NULL) {
        return false;
    }
    mo_obj_t r = t->unary_op(MO_UNARY_OP_FLOAT, v);
    if (r == MO_OBJ_NULL) {
        r = t->unary_op(MO_UNARY_OP_INDEX, v);
    }
    return r != MO_OBJ_NULL && mo_obj_get_float_maybe(r, x);
}

static void pack_float(const fmt_iter_t *f, const fmt_item_t *it, uint8_t *out, mo_obj_t v) {
    double x;
    if (!get_double(v, &x)) {
        STRUCT_ERROR("required argument is not a float");
    }
    if (it->code == 'd') {
        copy_ordered(out, (const uint8_t *)&x, sizeof(double), f->big);
    } else if (it->code == 'f') {
        float y;
        // Native 'f' is a plain C cast in CPython: infinity instead of an error.
        if (!narrow_to_float(x, &y) && !f->native) {
            mo_raise_msg(&mo_type_OverflowError, "float too large to pack with f format");
        }
        copy_ordered(out, (const uint8_t *)&y, sizeof(float), f->big);
    } else {
        uint16_t h;
        if (!double_to_half(x, &h)) {
            mo_raise_msg(&mo_type_OverflowError, "float too large to pack with e format");
        }
        put_uint(out, h, 2, f->big);
    }
}

static mo_obj_t unpack_float(const fmt_iter_t *f, const fmt_item_t *it, const uint8_t *in) {
    if (it->code == 'd') {
        double x;
        copy_ordered((uint8_t *)&x, in, sizeof(double), f->big);
        return mo_obj_new_float(x);
    }
    if (it->code == 'f') {
        float y;
        copy_ordered((uint8_t *)&y, in, sizeof(float), f->big);
        return mo_obj_new_float(y);
    }
    return mo_obj_new_float(half_to_double((uint16_t)get_uint(in, 2, f->big)));
}

// ---- packing and unpacking one item ---------------------------------------------------

// bytes or bytearray (or a subclass), as CPython's 's', 'p' and 'c' accept.
static bool bytes_value(mo_obj_t v, const uint8_t **data, size_t *len, bool allow_bytearray) {
    if (!mo_is_ptr(v)) {
        return false;
    }
    const mo_type_t *t = mo_obj_type(v);
    if (mo_type_is_user(t)) {
        t = mo_type_native_base(t);
    }
    if (t != &mo_type_bytes && !(allow_bytearray && t == &mo_type_bytearray)) {
        return false;
    }
    return mo_bytes_like_data(v, data, len);
}

static void pack_string(const fmt_item_t *it, uint8_t *out, mo_obj_t v) {
    const uint8_t *data;
    size_t len;
    if (!bytes_value(v, &data, &len, true)) {
        STRUCT_ERROR("argument for '%c' must be a bytes object", it->code);
    }
    if (it->code == 's') {
        memcpy(out, data, len < it->count ? len : it->count);
        return;
    }
    if (it->count == 0) {
        return;
    }
    // Pascal string: a length byte (at most 255), then the data, truncated to fit.
    size_t n = len < it->count - 1 ? len : it->count - 1;
    memcpy(out + 1, data, n);
    out[0] = (uint8_t)(n > 255 ? 255 : n);
}

static mo_obj_t unpack_string(const fmt_item_t *it, const uint8_t *in) {
    if (it->code == 's') {
        return mo_obj_new_bytes(in, it->count);
    }
    if (it->count == 0) {
        return mo_obj_new_bytes(in, 0);
    }
    size_t n = in[0];
    if (n >= it->count) {
        n = it->count - 1;
    }
    return mo_obj_new_bytes(in + 1, n);
}

static void pack_one(const fmt_iter_t *f, const fmt_item_t *it, uint8_t *out, mo_obj_t v) {
    const uint8_t *data;
    size_t len;
    switch (it->code) {
        case 'c':
            if (!bytes_value(v, &data, &len, false) || len != 1) {
                STRUCT_ERROR("char format requires a bytes object of length 1");
            }
            out[0] = data[0];
            break;
        case '?':
            out[0] = mo_obj_is_true(v);
            break;
        case 'e': case 'f': case 'd':
            pack_float(f, it, out, v);
            break;
        default:
            pack_int(f, it, out, v);
            break;
    }
}

static mo_obj_t unpack_one(const fmt_iter_t *f, const fmt_item_t *it, const uint8_t *in) {
    switch (it->code) {
        case 'c':
            return mo_obj_new_bytes(in, 1);
        case '?':
            for (size_t i = 0; i < it->size; i++) {
                if (in[i] != 0) {
                    return mo_const_true;
                }
            }
            return mo_const_false;
        case 'e': case 'f': case 'd':
            return unpack_float(f, it, in);
        default:
            return unpack_int(f, it, in);
    }
}

// ---- whole structs --------------------------------------------------------------------

// Packs vals (l->n_values of them, already counted) into out, l->size zeroed bytes.
static void pack_all(const layout_t *l, uint8_t *out, const mo_obj_t *vals) {
    fmt_iter_t f;
    fmt_item_t it;
    size_t off = 0;
    fmt_start(&f, l->fmt, l->fmt_len);
    while (fmt_next(&f, &it)) {
        if (f.native) {
            off = align_up(off, it.align);
        }
        if (it.code == 's' || it.code == 'p') {
            pack_string(&it, out + off, *vals++);
        } else if (it.code != 'x') {
            for (size_t i = 0; i < it.count; i++) {
                pack_one(&f, &it, out + off + i * it.size, *vals++);
            }
        }
        off += item_bytes(&it);
    }
}

static mo_obj_t unpack_all(const layout_t *l, const uint8_t *in) {
    mo_obj_t tuple = mo_obj_new_tuple(l->n_values, NULL);
    mo_obj_t *items = ((mo_tuple_t *)MO_PTR(tuple))->items;
    fmt_iter_t f;
    fmt_item_t it;
    size_t off = 0;
    fmt_start(&f, l->fmt, l->fmt_len);
    while (fmt_next(&f, &it)) {
        if (f.native) {
            off = align_up(off, it.align);
        }
        if (it.code == 's' || it.code == 'p') {
            *items++ = unpack_string(&it, in + off);
        } else if (it.code != 'x') {
            for (size_t i = 0; i < it.count; i++) {
                *items++ = unpack_one(&f, &it, in + off + i * it.size);
            }
        }
        off += item_bytes(&it);
    }
    return tuple;
}

// A zeroed heap buffer of l->size bytes holding the packed values.
static uint8_t *pack_to_buffer(const layout_t *l, const char *what, size_t n,
                               const mo_obj_t *vals) {
    if (n != l->n_values) {
        STRUCT_ERROR("%s expected %zu items for packing (got %zu)", what, l->n_values, n);
    }
    uint8_t *buf = mo_alloc(l->size + 1);
    memset(buf, 0, l->size + 1);
    pack_all(l, buf, vals);
    return buf;
}

// ---- the operations, shared by the module functions and Struct's methods ----------------

static mo_obj_t do_pack(const layout_t *l, size_t n, const mo_obj_t *vals) {
    uint8_t *buf = pack_to_buffer(l, "pack", n, vals);
    return mo_str_new_taking(&mo_type_bytes, buf, l->size);
}

static mo_obj_t do_unpack(const layout_t *l, mo_obj_t buffer) {
    size_t len;
    const uint8_t *data = mo_bytes_like_get(buffer, &len);
    if (len != l->size) {
        STRUCT_ERROR("unpack requires a buffer of %zu bytes", l->size);
    }
    return unpack_all(l, data);
}

// A negative offset counts from the end. Returns the absolute offset, having
// checked that `size` bytes fit there; `verb` words the errors.
static size_t check_offset(mo_int_t offset, size_t size, size_t len, bool packing) {
    mo_int_t slen = (mo_int_t)len;
    if (offset < 0) {
        if (offset + slen < 0) {
            STRUCT_ERROR("offset %lld out of range for %zu-byte buffer", (long long)offset, len);
        }
        if ((size_t)-offset < size) {
            STRUCT_ERROR(packing ? "no space to pack %zu bytes at offset %lld"
                                 : "not enough data to unpack %zu bytes at offset %lld",
                         size, (long long)offset);
        }
        offset += slen;
    }
    if (offset > slen || len - (size_t)offset < size) {
        STRUCT_ERROR(packing ? "pack_into requires a buffer of at least %llu bytes for packing "
                               "%zu bytes at offset %lld (actual buffer size is %zu)"
                             : "unpack_from requires a buffer of at least %llu bytes for "
                               "unpacking %zu bytes at offset %lld (actual buffer size is %zu)",
                     (unsigned long long)size + (unsigned long long)offset, size,
                     (long long)offset, len);
    }
    return (size_t)offset;
}

static mo_obj_t kw_arg(mo_map_t *kw, qstr name) {
    if (kw == NULL) {
        return MO_OBJ_NULL;
    }
    mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP);
    return e != NULL ? e->value : MO_OBJ_NULL;
}

// unpack_from(buffer, offset=0): pos holds the positional args after the format.
static mo_obj_t do_unpack_from(const layout_t *l, size_t n_pos, const mo_obj_t *pos,
                               mo_map_t *kw, unsigned buffer_pos) {
    mo_obj_t buffer = n_pos > 0 ? pos[0] : kw_arg(kw, MO_QSTR_buffer);
    mo_obj_t offset_obj = n_pos > 1 ? pos[1] : kw_arg(kw, MO_QSTR_offset);
    size_t known = (n_pos < 1 && buffer != MO_OBJ_NULL) + (n_pos < 2 && offset_obj != MO_OBJ_NULL);
    if (n_pos > 2) {
        mo_raise_fmt(&mo_type_TypeError, "unpack_from() takes at most %u arguments (%u given)",
                     buffer_pos + 1, (unsigned)n_pos + buffer_pos - 1);
    }
    if (kw != NULL && kw->count != known) {
        mo_raise_msg(&mo_type_TypeError, "unpack_from() got an unexpected keyword argument");
    }
    if (buffer == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "unpack_from() missing required argument 'buffer' (pos %u)",
                     buffer_pos);
    }
    mo_int_t offset = offset_obj != MO_OBJ_NULL ? mo_obj_get_int(offset_obj) : 0;
    size_t len;
    const uint8_t *data = mo_bytes_like_get(buffer, &len);
    size_t at = check_offset(offset, l->size, len, false);
    return unpack_all(l, data + at);
}

static mo_buffer_info_t writable_buffer(mo_obj_t o) {
    mo_buffer_info_t info;
    const mo_type_t *t = mo_obj_type(o);
    if (!mo_is_ptr(o) || t->get_buffer == NULL || t->get_buffer(o, &info, MO_BUFFER_WRITE) != 0) {
        mo_raise_fmt(&mo_type_TypeError, "argument must be read-write bytes-like object, not %s",
                     mo_obj_type_name(o));
    }
    return info;
}

// pack_into(buffer, offset, *values): args are those after the format.
static mo_obj_t do_pack_into(const layout_t *l, size_t n_args, const mo_obj_t *args) {
    if (n_args != l->n_values + 2) {
        if (n_args == 0) {
            STRUCT_ERROR("pack_into expected buffer argument");
        }
        if (n_args == 1) {
            STRUCT_ERROR("pack_into expected offset argument");
        }
        STRUCT_ERROR("pack_into expected %zu items for packing (got %zu)", l->n_values,
                     n_args - 2);
    }
    mo_buffer_info_t info = writable_buffer(args[0]);
    size_t at = check_offset(mo_obj_get_int(args[1]), l->size, info.len, true);
    uint8_t *packed = pack_to_buffer(l, "pack_into", n_args - 2, args + 2);
    // Packing may run Python code (__index__, __bool__) that resizes the buffer:
    // look at it again before writing.
    info = writable_buffer(args[0]);
    if (at + l->size > info.len) {
        STRUCT_ERROR("no space to pack %zu bytes at offset %zu", l->size, at);
    }
    memcpy((uint8_t *)info.buf + at, packed, l->size);
    return mo_const_none;
}

// ---- the Struct type and the unpack iterator ----------------------------------------------

typedef struct struct_obj {
    mo_base_t base;
    mo_obj_t format;  // str, as CPython's .format
    layout_t layout;  // points into format's data
} struct_obj_t;

static const mo_type_t struct_type;

static mo_obj_t struct_new(mo_obj_t fmt) {
    struct_obj_t *s = mo_new_obj(struct_obj_t);
    s->base.type = &struct_type;
    layout_init(&s->layout, fmt);
    s->format = mo_obj_is_str(fmt) ? fmt : mo_obj_new_str((const char *)s->layout.fmt,
                                                          s->layout.fmt_len);
    s->layout.fmt = mo_str_data(s->format, &s->layout.fmt_len);
    return MO_OBJ(s);
}

static mo_obj_t struct_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                const mo_obj_t *args) {
    if (n_args + n_kw > 1) {
        mo_raise_fmt(&mo_type_TypeError, "Struct() takes at most 1 argument (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    if (n_kw == 1 && mo_obj_str_get_qstr(args[0]) == MO_QSTR_format) {
        return struct_new(args[1]);
    }
    if (n_args == 0) {
        mo_raise_msg(&mo_type_TypeError, "Struct() missing required argument 'format' (pos 1)");
    }
    return struct_new(args[0]);
}

static const layout_t *get_layout(mo_obj_t self) {
    return &((struct_obj_t *)MO_PTR(self))->layout;
}

static void struct_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only attributes
    }
    if (attr == MO_QSTR_format) {
        dest[0] = ((struct_obj_t *)MO_PTR(self))->format;
    } else if (attr == MO_QSTR_size) {
        dest[0] = mo_obj_new_int((mo_int_t)get_layout(self)->size);
    }
}

typedef struct unpack_iter {
    mo_base_t base;
    mo_obj_t st;
    mo_obj_t buffer;
    size_t offset;
} unpack_iter_t;

// The buffer is fetched again at each step: a bytearray may have changed since.
static mo_obj_t unpack_iter_next(mo_obj_t self) {
    unpack_iter_t *u = MO_PTR(self);
    const layout_t *l = get_layout(u->st);
    size_t len;
    const uint8_t *data = mo_bytes_like_get(u->buffer, &len);
    if (u->offset > len || len - u->offset < l->size) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_obj_t r = unpack_all(l, data + u->offset);
    u->offset += l->size;
    return r;
}

static const mo_type_t unpack_iter_type = MO_ITER_TYPE_INIT(MO_QSTR_unpack_iterator, unpack_iter_next);

static mo_obj_t do_iter_unpack(mo_obj_t st, mo_obj_t buffer) {
    const layout_t *l = get_layout(st);
    size_t len;
    mo_bytes_like_get(buffer, &len);
    if (l->size == 0) {
        STRUCT_ERROR("cannot iteratively unpack with a struct of length 0");
    }
    if (len % l->size != 0) {
        STRUCT_ERROR("iterative unpacking requires a buffer of a multiple of %zu bytes", l->size);
    }
    unpack_iter_t *u = mo_new_obj(unpack_iter_t);
    u->base.type = &unpack_iter_type;
    u->st = st;
    u->buffer = buffer;
    u->offset = 0;
    return MO_OBJ(u);
}

// Struct's methods: args[0] is self.
static mo_obj_t struct_pack(size_t n_args, const mo_obj_t *args) {
    return do_pack(get_layout(args[0]), n_args - 1, args + 1);
}
static MO_DEFINE_FUN_VAR(struct_pack_obj, 1, 0xffff, struct_pack);

static mo_obj_t struct_unpack(mo_obj_t self, mo_obj_t buffer) {
    return do_unpack(get_layout(self), buffer);
}
static MO_DEFINE_FUN_2(struct_unpack_obj, struct_unpack);

static mo_obj_t struct_unpack_from(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return do_unpack_from(get_layout(args[0]), n_args - 1, args + 1, kw, 1);
}
static MO_DEFINE_FUN_KW(struct_unpack_from_obj, 1, struct_unpack_from);

static mo_obj_t struct_pack_into(size_t n_args, const mo_obj_t *args) {
    return do_pack_into(get_layout(args[0]), n_args - 1, args + 1);
}
static MO_DEFINE_FUN_VAR(struct_pack_into_obj, 1, 0xffff, struct_pack_into);

static mo_obj_t struct_iter_unpack(mo_obj_t self, mo_obj_t buffer) {
    return do_iter_unpack(self, buffer);
}
static MO_DEFINE_FUN_2(struct_iter_unpack_obj, struct_iter_unpack);

static const mo_map_elem_t struct_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_pack), MO_ROM_PTR(&struct_pack_obj)},
    {MO_ROM_QSTR(MO_QSTR_unpack), MO_ROM_PTR(&struct_unpack_obj)},
    {MO_ROM_QSTR(MO_QSTR_unpack_from), MO_ROM_PTR(&struct_unpack_from_obj)},
    {MO_ROM_QSTR(MO_QSTR_pack_into), MO_ROM_PTR(&struct_pack_into_obj)},
    {MO_ROM_QSTR(MO_QSTR_iter_unpack), MO_ROM_PTR(&struct_iter_unpack_obj)},
};
static MO_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_table);

static const mo_type_t struct_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR__struct_dot_Struct,
    .make_new = struct_make_new,
    .attr = struct_attr,
    .locals_dict = &struct_locals_dict,
};

// ---- the module functions: the format comes first --------------------------------------

static void format_layout(size_t n_args, const mo_obj_t *args, layout_t *l) {
    if (n_args == 0) {
        mo_raise_msg(&mo_type_TypeError, "missing format argument");
    }
    layout_init(l, args[0]);
}

static mo_obj_t mod_pack(size_t n_args, const mo_obj_t *args) {
    layout_t l;
    format_layout(n_args, args, &l);
    return do_pack(&l, n_args - 1, args + 1);
}
static MO_DEFINE_FUN_VAR(mod_pack_obj, 0, 0xffff, mod_pack);

static mo_obj_t mod_unpack(mo_obj_t fmt, mo_obj_t buffer) {
    layout_t l;
    layout_init(&l, fmt);
    return do_unpack(&l, buffer);
}
static MO_DEFINE_FUN_2(mod_unpack_obj, mod_unpack);

static mo_obj_t mod_unpack_from(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    layout_t l;
    layout_init(&l, args[0]);
    return do_unpack_from(&l, n_args - 1, args + 1, kw, 2);
}
static MO_DEFINE_FUN_KW(mod_unpack_from_obj, 1, mod_unpack_from);

static mo_obj_t mod_pack_into(size_t n_args, const mo_obj_t *args) {
    layout_t l;
    format_layout(n_args, args, &l);
    return do_pack_into(&l, n_args - 1, args + 1);
}
static MO_DEFINE_FUN_VAR(mod_pack_into_obj, 0, 0xffff, mod_pack_into);

static mo_obj_t mod_calcsize(mo_obj_t fmt) {
    layout_t l;
    layout_init(&l, fmt);
    return mo_obj_new_int((mo_int_t)l.size);
}
static MO_DEFINE_FUN_1(mod_calcsize_obj, mod_calcsize);

static mo_obj_t mod_iter_unpack(mo_obj_t fmt, mo_obj_t buffer) {
    return do_iter_unpack(struct_new(fmt), buffer);
}
static MO_DEFINE_FUN_2(mod_iter_unpack_obj, mod_iter_unpack);

static const mo_map_elem_t struct_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_struct)},
    {MO_ROM_QSTR(MO_QSTR_error), MO_ROM_PTR(&struct_error_type)},
    {MO_ROM_QSTR(MO_QSTR_Struct), MO_ROM_PTR(&struct_type)},
    {MO_ROM_QSTR(MO_QSTR_pack), MO_ROM_PTR(&mod_pack_obj)},
    {MO_ROM_QSTR(MO_QSTR_unpack), MO_ROM_PTR(&mod_unpack_obj)},
    {MO_ROM_QSTR(MO_QSTR_unpack_from), MO_ROM_PTR(&mod_unpack_from_obj)},
    {MO_ROM_QSTR(MO_QSTR_pack_into), MO_ROM_PTR(&mod_pack_into_obj)},
    {MO_ROM_QSTR(MO_QSTR_calcsize), MO_ROM_PTR(&mod_calcsize_obj)},
    {MO_ROM_QSTR(MO_QSTR_iter_unpack), MO_ROM_PTR(&mod_iter_unpack_obj)},
};
static MO_DEFINE_CONST_DICT(struct_globals, struct_globals_table);

const mo_module_t mo_module_struct = {{&mo_type_module}, &struct_globals};

MO_REGISTER_MODULE(MO_QSTR_struct, mo_module_struct);
