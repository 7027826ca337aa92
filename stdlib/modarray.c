// The array module: array.array, a compact sequence of C numbers of one type.
// Items are stored as the platform's C types (so itemsize matches CPython built
// for the same platform) in one GC allocation that grows geometrically. The
// object exports its storage through the buffer protocol (bytes(a),
// memoryview(a), struct.pack_into(fmt, a, ...)).
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "runtime/objint.h"
#include "runtime/objslice.h"
#include "runtime/objstr.h"
#include "runtime/runtime.h"

// q/Q values are handled as 64-bit magnitudes below.
_Static_assert(sizeof(long long) == 8, "long long must be 64 bits");

typedef struct array_obj {
    mo_base_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;      // in items
    size_t alloc;    // in items
    uint8_t *items;  // never NULL
} array_t;

static const mo_type_t array_type;

// The typecodes this build supports, in CPython's order ('u' is not supported).
static const char array_typecodes[] = "bBhHiIlLqQfd";

static size_t typecode_size(char tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return sizeof(long long);
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        default: return 0;
    }
}

static bool is_float_code(char tc) { return tc == 'f' || tc == 'd'; }

static array_t *get_array(mo_obj_t o) { return (array_t *)MO_PTR(o); }

static bool is_array(mo_obj_t o) { return mo_obj_is_type(o, &array_type); }

static array_t *array_alloc(char tc, size_t n) {
    array_t *a = mo_new_obj(array_t);
    a->base.type = &array_type;
    a->typecode = tc;
    a->itemsize = (uint8_t)typecode_size(tc);
    a->len = 0;
    // Never NULL, even when empty: buffer users may memcpy from it.
    a->alloc = n > 0 ? n : 1;
    a->items = mo_alloc(a->alloc * a->itemsize);
    return a;
}

// Makes room for n items in total, growing by half again so appends stay cheap.
static void reserve(array_t *a, size_t n) {
    if (n <= a->alloc) {
        return;
    }
    if (n > SIZE_MAX / a->itemsize) {
        mo_raise_memory_error();
    }
    size_t alloc = a->alloc + a->alloc / 2;
    if (alloc < n || alloc > SIZE_MAX / a->itemsize) {
        alloc = n;
    }
    if (alloc < 4) {
        alloc = 4;
    }
    a->items = mo_realloc(a->items, alloc * a->itemsize);
    a->alloc = alloc;
}

// Replaces items [start, stop) by n items of raw data: the primitive behind slice
// assignment, insertion, deletion and extension. src may point into a itself.
static void splice(array_t *a, size_t start, size_t stop, const uint8_t *src, size_t n) {
    size_t sz = a->itemsize;
    uint8_t *tmp = NULL;
    uintptr_t at = (uintptr_t)src, lo = (uintptr_t)a->items;
    if (n > 0 && at >= lo && at < lo + a->alloc * sz) {
        tmp = mo_alloc(n * sz);
        memcpy(tmp, src, n * sz);
        src = tmp;
    }
    size_t new_len = a->len - (stop - start) + n;
    reserve(a, new_len);
    if (a->len > stop) {
        memmove(a->items + (start + n) * sz, a->items + stop * sz, (a->len - stop) * sz);
    }
    if (n > 0) {
        memcpy(a->items + start * sz, src, n * sz);
    }
    a->len = new_len;
    if (tmp != NULL) {
        mo_free(tmp);
    }
}

// ---- reading items ---------------------------------------------------------------------

// Items are read and written with memcpy: no assumption about alignment.
static mo_obj_t item_get(const array_t *a, size_t i) {
    const uint8_t *p = a->items + i * a->itemsize;
    signed char b; unsigned char B; short h; unsigned short H; int iv; unsigned int I;
    long l; unsigned long L; long long q; unsigned long long Q; float f; double d;
    switch (a->typecode) {
        case 'b': memcpy(&b, p, sizeof b); return mo_small_int(b);
        case 'B': memcpy(&B, p, sizeof B); return mo_small_int(B);
        case 'h': memcpy(&h, p, sizeof h); return mo_small_int(h);
        case 'H': memcpy(&H, p, sizeof H); return mo_small_int(H);
        case 'i': memcpy(&iv, p, sizeof iv); return mo_obj_new_int_from_ll(iv);
        case 'I': memcpy(&I, p, sizeof I); return mo_obj_new_int_from_ull(I);
        case 'l': memcpy(&l, p, sizeof l); return mo_obj_new_int_from_ll(l);
        case 'L': memcpy(&L, p, sizeof L); return mo_obj_new_int_from_ull(L);
        case 'q': memcpy(&q, p, sizeof q); return mo_obj_new_int_from_ll(q);
        case 'Q': memcpy(&Q, p, sizeof Q); return mo_obj_new_int_from_ull(Q);
        case 'f': memcpy(&f, p, sizeof f); return mo_obj_new_float(f);
        default: memcpy(&d, p, sizeof d); return mo_obj_new_float(d);
    }
}

// ---- converting values to items ------------------------------------------------------------

// An int as sign and 64-bit magnitude; huge when the magnitude needs more bits.
typedef struct intval { bool neg; bool huge; uint64_t mag; } intval_t;

static intval_t big_int_value(mo_obj_t x) {
    intval_t r = {mo_int_sign(x) < 0, false, 0};
    mo_obj_t absx = r.neg ? mo_unary_op(MO_UNARY_OP_NEGATIVE, x) : x;
    mo_int_t bits = mo_obj_get_int(mo_call_method_0(absx, MO_QSTR_bit_length));
    if (bits > 64) {
        r.huge = true;
        return r;
    }
    uint8_t buf[8];
    mo_int_to_bytes(absx, buf, sizeof buf, false, false);
    for (int k = 7; k >= 0; k--) {
        r.mag = (r.mag << 8) | buf[k];
    }
    return r;
}

// The value of an int, bool or object with __index__, as CPython's array takes it.
static intval_t int_value(mo_obj_t x) {
    mo_int_t v;
    if (mo_obj_is_int_like(x) && !mo_is_small_int(x) && mo_obj_is_type(x, &mo_type_int)) {
        return big_int_value(x);
    }
    if (!mo_obj_get_index_clamped(x, &v)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", x);
    }
    intval_t r = {v < 0, false, 0};
    r.mag = r.neg ? 0 - (uint64_t)v : (uint64_t)v;
    return r;
}

static bool fits_signed(intval_t v, unsigned bits) {
    uint64_t lim = (uint64_t)1 << (bits - 1);
    return !v.huge && (v.neg ? v.mag <= lim : v.mag < lim);
}

static bool fits_unsigned(intval_t v, unsigned bits) {
    return !v.neg && !v.huge && (bits >= 64 || v.mag < ((uint64_t)1 << bits));
}

// Only for values that fit_signed(v, 64).
static long long as_ll(intval_t v) {
    return v.neg ? -(long long)(v.mag - 1) - 1 : (long long)v.mag;
}

_Noreturn static void overflow(const char *msg) { mo_raise_msg(&mo_type_OverflowError, msg); }

#define BITS(T) ((unsigned)(sizeof(T) * CHAR_BIT))

// CPython first converts to a C long, then checks narrower types' ranges with
// the messages of its argument parser; the same order gives the same message.
static long long to_long(intval_t v) {
    if (!fits_signed(v, BITS(long))) {
        overflow("Python int too large to convert to C long");
    }
    return as_ll(v);
}

static void check_range(long long x, long long lo, long long hi, const char *what) {
    if (x < lo) {
        mo_raise_fmt(&mo_type_OverflowError, "%s is less than minimum", what);
    }
    if (x > hi) {
        mo_raise_fmt(&mo_type_OverflowError, "%s is greater than maximum", what);
    }
}

static unsigned long long to_unsigned(intval_t v, unsigned bits, const char *neg_msg,
                                      const char *big_msg) {
    if (v.neg) {
        overflow(neg_msg);
    }
    if (!fits_unsigned(v, bits)) {
        overflow(big_msg);
    }
    return v.mag;
}

// Converts x for storage in an item of typecode tc, written to out (itemsize bytes).
static void convert_int(char tc, mo_obj_t x, uint8_t *out) {
    intval_t v = int_value(x);
    long long s = 0;
    unsigned long long u = 0;
    signed char b; unsigned char B; short h; unsigned short H; int iv; unsigned int I;
    long l; unsigned long L;
    switch (tc) {
        case 'b':
            s = to_long(v);
            check_range(s, SHRT_MIN, SHRT_MAX, "signed short integer");
            check_range(s, SCHAR_MIN, SCHAR_MAX, "signed char");
            b = (signed char)s; memcpy(out, &b, sizeof b); return;
        case 'B':
            s = to_long(v);
            check_range(s, 0, UCHAR_MAX, "unsigned byte integer");
            B = (unsigned char)s; memcpy(out, &B, sizeof B); return;
        case 'h':
            s = to_long(v);
            check_range(s, SHRT_MIN, SHRT_MAX, "signed short integer");
            h = (short)s; memcpy(out, &h, sizeof h); return;
        case 'H':
            s = to_long(v);
            check_range(s, INT_MIN, INT_MAX, "signed integer");
            check_range(s, 0, USHRT_MAX, "unsigned short");
            H = (unsigned short)s; memcpy(out, &H, sizeof H); return;
        case 'i':
            s = to_long(v);
            check_range(s, INT_MIN, INT_MAX, "signed integer");
            iv = (int)s; memcpy(out, &iv, sizeof iv); return;
        case 'I':
            u = to_unsigned(v, BITS(long), "can't convert negative value to unsigned int",
                            "Python int too large to convert to C unsigned long");
            if (u > UINT_MAX) {
                overflow("unsigned int is greater than maximum");
            }
            I = (unsigned int)u; memcpy(out, &I, sizeof I); return;
        case 'l':
            l = (long)to_long(v); memcpy(out, &l, sizeof l); return;
        case 'L':
            L = (unsigned long)to_unsigned(v, BITS(long), "can't convert negative value to unsigned int",
                                           "Python int too large to convert to C unsigned long");
            memcpy(out, &L, sizeof L); return;
        case 'q':
            if (!fits_signed(v, 64)) {
                overflow("int too big to convert");
            }
            s = as_ll(v); memcpy(out, &s, sizeof s); return;
        default:  // 'Q'
            u = to_unsigned(v, 64, "can't convert negative int to unsigned", "int too big to convert");
            memcpy(out, &u, sizeof u); return;
    }
}

// double to float without the undefined behaviour of an out-of-range conversion:
// values beyond FLT_MAX round as IEEE round-to-nearest would (to FLT_MAX or inf).
static float narrow_to_float(double d) {
    double m = fabs(d);
    if (isfinite(m) && m > FLT_MAX) {
        float r = m < (double)FLT_MAX + 0x1p103 ? FLT_MAX : INFINITY;
        return d < 0 ? -r : r;
    }
    return (float)d;
}

static void convert_item(char tc, mo_obj_t x, uint8_t *out) {
    if (!is_float_code(tc)) {
        convert_int(tc, x, out);
        return;
    }
    if (!mo_obj_is_type(x, &mo_type_float) && !mo_obj_is_int_like(x)) {
        mo_raise_fmt(&mo_type_TypeError, "must be real number, not %T", x);
    }
    double d = mo_obj_get_float(x);
    if (tc == 'f') {
        float f = narrow_to_float(d);
        memcpy(out, &f, sizeof f);
    } else {
        memcpy(out, &d, sizeof d);
    }
}

static void item_set(array_t *a, size_t i, mo_obj_t x) {
    uint8_t buf[8];
    convert_item(a->typecode, x, buf);
    memcpy(a->items + i * a->itemsize, buf, a->itemsize);
}

static void append(array_t *a, mo_obj_t x) {
    uint8_t buf[8];
    convert_item(a->typecode, x, buf);  // before growing, so a failure changes nothing
    reserve(a, a->len + 1);
    memcpy(a->items + a->len * a->itemsize, buf, a->itemsize);
    a->len++;
}

static void extend_iterable(array_t *a, mo_obj_t iterable) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf), x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        append(a, x);
    }
}

// Appends the raw bytes of a buffer; its length must be a whole number of items.
static void append_bytes(array_t *a, const uint8_t *d, size_t n) {
    if (n % a->itemsize != 0) {
        mo_raise_msg(&mo_type_ValueError, "bytes length not a multiple of item size");
    }
    splice(a, a->len, a->len, d, n / a->itemsize);
}

// ---- construction and printing ---------------------------------------------------------------

static char parse_typecode(mo_obj_t o) {
    size_t n = 0;
    const char *s = mo_obj_is_str(o) ? mo_obj_str_get_data(o, &n) : NULL;
    if (s != NULL && n > 1 && mo_str_char_count(o) == 1) {
        s = "?";  // one non-ASCII character: a bad typecode, not a bad argument
        n = 1;
    }
    if (s == NULL || n != 1) {
        mo_raise_fmt(&mo_type_TypeError, "array() argument 1 must be a unicode character, not %T", o);
    }
    if (s[0] == '\0' || strchr(array_typecodes, s[0]) == NULL) {
        mo_raise_msg(&mo_type_ValueError,
                     "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    return s[0];
}

static void init_from(array_t *a, mo_obj_t init) {
    if (mo_obj_is_str(init)) {
        mo_raise_fmt(&mo_type_TypeError,
                     "cannot use a str to initialize an array with typecode '%c'", a->typecode);
    }
    if (mo_obj_is_type(init, &mo_type_bytes) || mo_obj_is_type(init, &mo_type_bytearray)) {
        size_t n;
        const uint8_t *d = mo_bytes_like_get(init, &n);
        append_bytes(a, d, n);
        return;
    }
    if (is_array(init)) {
        array_t *src = get_array(init);
        reserve(a, src->len);
        for (size_t i = 0; i < src->len; i++) {
            append(a, item_get(src, i));
        }
        return;
    }
    mo_obj_t len = mo_obj_len_maybe(init);
    if (len != MO_OBJ_NULL) {
        reserve(a, (size_t)mo_small_int_value(len));
    }
    extend_iterable(a, init);
}

static mo_obj_t array_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "array.array() takes no keyword arguments");
    }
    if (n_args < 1 || n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "array() takes at %s 1 argument (%u given)",
                     n_args < 1 ? "least" : "most", (unsigned)n_args);
    }
    array_t *a = array_alloc(parse_typecode(args[0]), 0);
    if (n_args == 2) {
        init_from(a, args[1]);
    }
    return MO_OBJ(a);
}

static void array_print(const mo_print_t *p, mo_obj_t self, int kind) {
    array_t *a = get_array(self);
    mo_printf(p, "array('%c'", a->typecode);
    if (a->len > 0) {
        mo_print_str(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i > 0) {
                mo_print_str(p, ", ");
            }
            mo_obj_print(p, item_get(a, i), MO_PRINT_REPR);
        }
        mo_print_str(p, "]");
    }
    mo_print_str(p, ")");
}

// ---- operators -------------------------------------------------------------------------------

static mo_obj_t array_unary_op(int op, mo_obj_t self) {
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(get_array(self)->len != 0);
        case MO_UNARY_OP_LEN:
            return mo_obj_new_int((mo_int_t)get_array(self)->len);
        case MO_UNARY_OP_HASH:  // mutable, so unhashable as in CPython
            mo_raise_msg(&mo_type_TypeError, "unhashable type: 'array.array'");
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t array_copy(const array_t *a) {
    array_t *r = array_alloc(a->typecode, a->len);
    splice(r, 0, 0, a->items, a->len);
    return MO_OBJ(r);
}

static mo_obj_t concat(array_t *a, mo_obj_t rhs) {
    if (!is_array(rhs)) {
        mo_raise_fmt(&mo_type_TypeError, "can only append array (not \"%T\") to array", rhs);
    }
    array_t *b = get_array(rhs);
    if (b->typecode != a->typecode) {
        mo_raise_msg(&mo_type_TypeError, "bad argument type for built-in operation");
    }
    array_t *r = get_array(array_copy(a));
    splice(r, r->len, r->len, b->items, b->len);
    return MO_OBJ(r);
}

static mo_obj_t inplace_concat(mo_obj_t lhs, mo_obj_t rhs) {
    if (!is_array(rhs)) {
        mo_raise_fmt(&mo_type_TypeError, "can only extend array with array (not \"%T\")", rhs);
    }
    array_t *a = get_array(lhs), *b = get_array(rhs);
    if (b->typecode != a->typecode) {
        mo_raise_msg(&mo_type_TypeError, "can only extend with array of same kind");
    }
    splice(a, a->len, a->len, b->items, b->len);
    return lhs;
}

// a * n into dst (a new array, or a itself for *=).
static mo_obj_t repeat(array_t *a, mo_obj_t n, array_t *dst) {
    size_t count;
    if (!mo_seq_repeat_count(n, a->len * a->itemsize, &count)) {
        mo_raise_fmt(&mo_type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    size_t len = a->len;
    if (dst == NULL) {
        dst = array_alloc(a->typecode, len * count);
        splice(dst, 0, 0, a->items, count > 0 ? len : 0);
    }
    if (count == 0) {
        dst->len = 0;
        return MO_OBJ(dst);
    }
    reserve(dst, len * count);
    for (size_t i = 1; i < count; i++) {
        memcpy(dst->items + i * len * dst->itemsize, dst->items, len * dst->itemsize);
    }
    dst->len = len * count;
    return MO_OBJ(dst);
}

// Lexicographic comparison item by item, as for lists.
static mo_obj_t compare(int op, array_t *a, array_t *b) {
    size_t i = 0;
    while (i < a->len && i < b->len && mo_obj_equal(item_get(a, i), item_get(b, i))) {
        i++;
    }
    if (i < a->len && i < b->len) {
        if (op == MO_BINARY_OP_EQUAL || op == MO_BINARY_OP_NOT_EQUAL) {
            return mo_bool(op == MO_BINARY_OP_NOT_EQUAL);
        }
        return mo_binary_op(op, item_get(a, i), item_get(b, i));
    }
    int c = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    return mo_compare_result(op, c);
}

static mo_obj_t contains(array_t *a, mo_obj_t x) {
    for (size_t i = 0; i < a->len; i++) {
        if (mo_obj_equal(item_get(a, i), x)) {
            return mo_const_true;
        }
    }
    return mo_const_false;
}

static mo_obj_t array_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    array_t *a = get_array(lhs);
    switch (op) {
        case MO_BINARY_OP_ADD:
            return concat(a, rhs);
        case MO_BINARY_OP_INPLACE_ADD:
            return inplace_concat(lhs, rhs);
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY:
            return repeat(a, rhs, NULL);
        case MO_BINARY_OP_INPLACE_MULTIPLY:
            return repeat(a, rhs, a);
        case MO_BINARY_OP_CONTAINS:
            return contains(a, rhs);
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL:
            return is_array(rhs) ? compare(op, a, get_array(rhs)) : MO_OBJ_NULL;
        default:
            return MO_OBJ_NULL;
    }
}

// ---- indexing ------------------------------------------------------------------------------

static mo_obj_t slice_load(array_t *a, mo_int_t start, mo_int_t step, size_t n) {
    array_t *r = array_alloc(a->typecode, n);
    for (size_t i = 0; i < n; i++) {
        size_t src = (size_t)(start + (mo_int_t)i * step);
        memcpy(r->items + i * a->itemsize, a->items + src * a->itemsize, a->itemsize);
    }
    r->len = n;
    return MO_OBJ(r);
}

// Deletes every step-th item of an extended slice, keeping the rest in order.
static void slice_delete_extended(array_t *a, mo_int_t start, mo_int_t step, size_t n) {
    bool *gone = mo_alloc(a->len + 1);
    for (size_t i = 0; i < n; i++) {
        gone[start + (mo_int_t)i * step] = true;
    }
    size_t w = 0;
    for (size_t i = 0; i < a->len; i++) {
        if (!gone[i]) {
            memmove(a->items + w * a->itemsize, a->items + i * a->itemsize, a->itemsize);
            w++;
        }
    }
    a->len = w;
    mo_free(gone);
}

static void slice_store_extended(array_t *a, mo_int_t start, mo_int_t step, size_t n, array_t *v) {
    if (v->len != n) {
        mo_raise_fmt(&mo_type_ValueError,
                     "attempt to assign array of size %u to extended slice of size %u",
                     (unsigned)v->len, (unsigned)n);
    }
    // v may be a itself: take a copy first.
    array_t *src = get_array(array_copy(v));
    for (size_t i = 0; i < n; i++) {
        size_t dst = (size_t)(start + (mo_int_t)i * step);
        memcpy(a->items + dst * a->itemsize, src->items + i * a->itemsize, a->itemsize);
    }
}

static mo_obj_t slice_subscr(array_t *a, mo_obj_t index, mo_obj_t value) {
    mo_int_t start, stop, step;
    bool simple = mo_slice_indices(index, a->len, &start, &stop, &step);
    size_t n = mo_slice_len(start, stop, step);
    if (value == MO_OBJ_SENTINEL) {
        return slice_load(a, start, step, n);
    }
    if (value != MO_OBJ_NULL) {
        if (!is_array(value)) {
            mo_raise_fmt(&mo_type_TypeError, "can only assign array (not \"%T\") to array slice", value);
        }
        if (get_array(value)->typecode != a->typecode) {
            mo_raise_msg(&mo_type_TypeError, "bad argument type for built-in operation");
        }
    }
    if (!simple) {
        if (value == MO_OBJ_NULL) {
            slice_delete_extended(a, start, step, n);
        } else {
            slice_store_extended(a, start, step, n, get_array(value));
        }
        return mo_const_none;
    }
    if (stop < start) {
        stop = start;
    }
    if (value == MO_OBJ_NULL) {
        splice(a, (size_t)start, (size_t)stop, NULL, 0);
    } else {
        array_t *v = get_array(value);
        splice(a, (size_t)start, (size_t)stop, v->items, v->len);
    }
    return mo_const_none;
}

static mo_obj_t array_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    array_t *a = get_array(self);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        return slice_subscr(a, index, value);
    }
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_msg(&mo_type_TypeError, "array indices must be integers");
    }
    if (mo_obj_is_type(index, &mo_type_int)) {  // a big int: beyond any size_t
        mo_raise_msg(&mo_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) {
        i += (mo_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        // Store and delete word their IndexError differently from load.
        mo_raise_msg(&mo_type_IndexError, value == MO_OBJ_SENTINEL ? "array index out of range"
                                                                   : "array assignment index out of range");
    }
    if (value == MO_OBJ_SENTINEL) {
        return item_get(a, (size_t)i);
    }
    if (value == MO_OBJ_NULL) {
        splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    } else {
        item_set(a, (size_t)i, value);
    }
    return mo_const_none;
}

static mo_obj_t array_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_obj_new_getitem_iter(self, iter_buf);
}

static int array_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags) {
    array_t *a = get_array(self);
    info->buf = a->items;
    info->len = a->len * a->itemsize;
    info->typecode = a->typecode;
    return 0;
}

static void array_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    array_t *a = get_array(self);
    if (attr == MO_QSTR_typecode) {
        dest[0] = mo_obj_new_str(&a->typecode, 1);
    } else if (attr == MO_QSTR_itemsize) {
        dest[0] = mo_small_int(a->itemsize);
    }
}

// ---- methods -------------------------------------------------------------------------------

static mo_obj_t array_append(mo_obj_t self, mo_obj_t x) {
    append(get_array(self), x);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(array_append_obj, array_append);

static mo_obj_t array_extend(mo_obj_t self, mo_obj_t iterable) {
    array_t *a = get_array(self);
    if (is_array(iterable)) {
        if (get_array(iterable)->typecode != a->typecode) {
            mo_raise_msg(&mo_type_TypeError, "can only extend with array of same kind");
        }
        inplace_concat(self, iterable);
    } else {
        extend_iterable(a, iterable);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(array_extend_obj, array_extend);

static mo_int_t index_arg(mo_obj_t o) {
    mo_int_t v;
    if (!mo_obj_get_index_clamped(o, &v)) {
        mo_raise_fmt(&mo_type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    return v;
}

// A list-style position: negative counts from the end, then clamped into [0, len].
static size_t clamp_pos(mo_int_t i, size_t len) {
    if (i < 0) {
        i += (mo_int_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static mo_obj_t array_insert(mo_obj_t self, mo_obj_t pos, mo_obj_t x) {
    array_t *a = get_array(self);
    size_t i = clamp_pos(index_arg(pos), a->len);
    uint8_t buf[8];
    convert_item(a->typecode, x, buf);
    splice(a, i, i, buf, 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(array_insert_obj, array_insert);

static mo_obj_t array_pop(size_t n_args, const mo_obj_t *args) {
    array_t *a = get_array(args[0]);
    mo_int_t i = n_args > 1 ? index_arg(args[1]) : -1;
    if (a->len == 0) {
        mo_raise_msg(&mo_type_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += (mo_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        mo_raise_msg(&mo_type_IndexError, "pop index out of range");
    }
    mo_obj_t r = item_get(a, (size_t)i);
    splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    return r;
}
static MO_DEFINE_FUN_VAR(array_pop_obj, 1, 2, array_pop);

// The first position in [start, stop) holding a value equal to x, or -1.
static mo_int_t find(array_t *a, mo_obj_t x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        if (mo_obj_equal(item_get(a, i), x)) {
            return (mo_int_t)i;
        }
    }
    return -1;
}

static mo_obj_t array_remove(mo_obj_t self, mo_obj_t x) {
    array_t *a = get_array(self);
    mo_int_t i = find(a, x, 0, a->len);
    if (i < 0) {
        mo_raise_msg(&mo_type_ValueError, "array.remove(x): x not in array");
    }
    splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(array_remove_obj, array_remove);

static mo_obj_t array_index(size_t n_args, const mo_obj_t *args) {
    array_t *a = get_array(args[0]);
    size_t start = n_args > 2 ? clamp_pos(index_arg(args[2]), a->len) : 0;
    size_t stop = n_args > 3 ? clamp_pos(index_arg(args[3]), a->len) : a->len;
    mo_int_t i = find(a, args[1], start, stop);
    if (i < 0) {
        mo_raise_msg(&mo_type_ValueError, "array.index(x): x not in array");
    }
    return mo_obj_new_int(i);
}
static MO_DEFINE_FUN_VAR(array_index_obj, 2, 4, array_index);

static mo_obj_t array_count(mo_obj_t self, mo_obj_t x) {
    array_t *a = get_array(self);
    mo_int_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += mo_obj_equal(item_get(a, i), x);
    }
    return mo_obj_new_int(n);
}
static MO_DEFINE_FUN_2(array_count_obj, array_count);

static void swap_items(uint8_t *p, uint8_t *q, size_t size) {
    for (size_t k = 0; k < size; k++) {
        uint8_t t = p[k];
        p[k] = q[k];
        q[k] = t;
    }
}

static mo_obj_t array_reverse(mo_obj_t self) {
    array_t *a = get_array(self);
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        swap_items(a->items + i * a->itemsize, a->items + (j - 1) * a->itemsize, a->itemsize);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(array_reverse_obj, array_reverse);

static mo_obj_t array_byteswap(mo_obj_t self) {
    array_t *a = get_array(self);
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->items + i * a->itemsize;
        for (size_t k = 0; k < a->itemsize / 2u; k++) {
            uint8_t t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(array_byteswap_obj, array_byteswap);

static mo_obj_t array_tobytes(mo_obj_t self) {
    array_t *a = get_array(self);
    return mo_obj_new_bytes(a->items, a->len * a->itemsize);
}
static MO_DEFINE_FUN_1(array_tobytes_obj, array_tobytes);

static mo_obj_t array_frombytes(mo_obj_t self, mo_obj_t data) {
    size_t n;
    const uint8_t *d = mo_bytes_like_get(data, &n);
    append_bytes(get_array(self), d, n);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(array_frombytes_obj, array_frombytes);

static mo_obj_t array_tolist(mo_obj_t self) {
    array_t *a = get_array(self);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    for (size_t i = 0; i < a->len; i++) {
        mo_list_append(list, item_get(a, i));
    }
    return list;
}
static MO_DEFINE_FUN_1(array_tolist_obj, array_tolist);

// All or nothing, as CPython: the items are converted into a scratch array first.
static mo_obj_t array_fromlist(mo_obj_t self, mo_obj_t list) {
    if (!mo_obj_is_type(list, &mo_type_list)) {
        mo_raise_msg(&mo_type_TypeError, "arg must be list");
    }
    array_t *a = get_array(self);
    array_t *tmp = array_alloc(a->typecode, 0);
    extend_iterable(tmp, list);
    splice(a, a->len, a->len, tmp->items, tmp->len);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(array_fromlist_obj, array_fromlist);

static mo_obj_t array_buffer_info(mo_obj_t self) {
    array_t *a = get_array(self);
    mo_obj_t items[2] = {mo_obj_new_int_from_ull((uintptr_t)a->items), mo_obj_new_int((mo_int_t)a->len)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(array_buffer_info_obj, array_buffer_info);

static const mo_map_elem_t array_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_append), MO_ROM_PTR(&array_append_obj)},
    {MO_ROM_QSTR(MO_QSTR_extend), MO_ROM_PTR(&array_extend_obj)},
    {MO_ROM_QSTR(MO_QSTR_insert), MO_ROM_PTR(&array_insert_obj)},
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&array_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove), MO_ROM_PTR(&array_remove_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&array_index_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&array_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_reverse), MO_ROM_PTR(&array_reverse_obj)},
    {MO_ROM_QSTR(MO_QSTR_byteswap), MO_ROM_PTR(&array_byteswap_obj)},
    {MO_ROM_QSTR(MO_QSTR_tobytes), MO_ROM_PTR(&array_tobytes_obj)},
    {MO_ROM_QSTR(MO_QSTR_frombytes), MO_ROM_PTR(&array_frombytes_obj)},
    {MO_ROM_QSTR(MO_QSTR_tolist), MO_ROM_PTR(&array_tolist_obj)},
    {MO_ROM_QSTR(MO_QSTR_fromlist), MO_ROM_PTR(&array_fromlist_obj)},
    {MO_ROM_QSTR(MO_QSTR_buffer_info), MO_ROM_PTR(&array_buffer_info_obj)},
};
static MO_DEFINE_CONST_DICT(array_locals_dict, array_locals_table);

static const mo_type_t array_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_array_dot_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .get_buffer = array_get_buffer,
    .locals_dict = &array_locals_dict,
};

// ---- the module ------------------------------------------------------------------------------

static const mo_str_t array_typecodes_obj = {
    {&mo_type_str}, 0, sizeof(array_typecodes) - 1, (const uint8_t *)array_typecodes};

static const mo_map_elem_t array_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_array)},
    {MO_ROM_QSTR(MO_QSTR_array), MO_ROM_PTR(&array_type)},
    {MO_ROM_QSTR(MO_QSTR_ArrayType), MO_ROM_PTR(&array_type)},
    {MO_ROM_QSTR(MO_QSTR_typecodes), MO_ROM_PTR(&array_typecodes_obj)},
};
static MO_DEFINE_CONST_DICT(array_globals, array_globals_table);

const mo_module_t mo_module_array = {{&mo_type_module}, &array_globals};

MO_REGISTER_MODULE(MO_QSTR_array, mo_module_array);
