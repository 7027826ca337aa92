// The int type. Values that fit in a small int are tagged words and every
// operation tries them first without allocating; anything larger is a big int
// (mo_int_big_t over mpz.c), and results that fit go back to small ints.
#include <math.h>
#include <string.h>

#include "runtime/mpz.h"
#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/parsenum.h"
#include "runtime/runtime.h"

// CPython 3.11's limit on decimal conversions of huge ints (sys.int_info).
#define MAX_STR_DIGITS 4300

// ---- big int storage -----------------------------------------------------------

static mo_int_big_t *big_new(size_t ndig) {
    if (ndig > (SIZE_MAX - sizeof(mo_int_big_t)) / sizeof(mpz_dig_t) / 2) {
        mo_raise_memory_error();
    }
    if (ndig == 0) {
        ndig = 1;
    }
    mo_int_big_t *o = mo_alloc(sizeof(mo_int_big_t) + ndig * sizeof(mpz_dig_t));
    o->base.type = &mo_type_int;
    mpz_init(&o->mpz, (mpz_dig_t *)(o + 1), ndig);
    return o;
}

static bool small_range(long long v) {
    return v >= (long long)MO_SMALL_INT_MIN && v <= (long long)MO_SMALL_INT_MAX;
}

// Returns the result as a small int when it fits (freeing the big one).
static mo_obj_t big_finish(mo_int_big_t *o) {
    long long v;
    if (mpz_get_ll(&o->mpz, &v) && small_range(v)) {
        mo_free(o);
        return mo_small_int((mo_int_t)v);
    }
    return MO_OBJ(o);
}

// An mpz view of any int or bool; small values live in the caller's tmp.
typedef struct int_tmp {
    mpz_t z;
    mpz_dig_t buf[MPZ_LL_DIGS];
} int_tmp_t;

static bool small_value(mo_obj_t o, mo_int_t *v) {
    if (mo_is_small_int(o)) {
        *v = mo_small_int_value(o);
        return true;
    }
    if (mo_obj_is_type(o, &mo_type_bool)) {
        *v = ((const mo_bool_t *)MO_PTR(o))->value;
        return true;
    }
    return false;
}

static const mpz_t *as_mpz(mo_obj_t o, int_tmp_t *t) {
    mo_int_t v;
    if (small_value(o, &v)) {
        mpz_init(&t->z, t->buf, MPZ_LL_DIGS);
        mpz_set_ll(&t->z, v);
        return &t->z;
    }
    return &((mo_int_big_t *)MO_PTR(o))->mpz;
}

static size_t max_len(const mpz_t *a, const mpz_t *b) {
    return a->len > b->len ? a->len : b->len;
}

// ---- constructors and accessors -------------------------------------------------------

mo_obj_t mo_obj_new_int(mo_int_t v) {
    if (mo_small_int_fits(v)) {
        return mo_small_int(v);
    }
    return mo_obj_new_int_from_ll(v);
}

mo_obj_t mo_obj_new_int_from_ll(long long v) {
    if (small_range(v)) {
        return mo_small_int((mo_int_t)v);
    }
    mo_int_big_t *o = big_new(MPZ_LL_DIGS);
    mpz_set_ll(&o->mpz, v);
    return MO_OBJ(o);
}

mo_obj_t mo_obj_new_int_from_ull(unsigned long long v) {
    if (v <= (unsigned long long)MO_SMALL_INT_MAX) {
        return mo_small_int((mo_int_t)v);
    }
    mo_int_big_t *o = big_new(MPZ_LL_DIGS);
    mpz_set_ull(&o->mpz, v, false);
    return MO_OBJ(o);
}

mo_obj_t mo_obj_new_int_from_str(const char *s, size_t len, int base) {
    return mo_parse_num_int(s, len, base, MO_OBJ_NULL);
}

mo_obj_t mo_int_from_digits(const char *digits, size_t n, int base, bool neg) {
    if ((base & (base - 1)) != 0 && n > MAX_STR_DIGITS) {
        mo_raise_fmt(&mo_type_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion: value has "
                     "%u digits; use sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS, (unsigned)n);
    }
    mo_int_big_t *o = big_new(mpz_digits_for_str(n, base));
    mpz_set_str(&o->mpz, digits, n, base);
    if (neg) {
        mpz_neg(&o->mpz);
    }
    return big_finish(o);
}

bool mo_obj_is_int_like(mo_obj_t o) {
    return mo_obj_is_int(o) || mo_obj_is_type(o, &mo_type_bool);
}

bool mo_obj_get_int_maybe(mo_obj_t o, mo_int_t *v) {
    if (small_value(o, v)) {
        return true;
    }
    if (mo_obj_is_type(o, &mo_type_int)) {
        long long ll;
        const mpz_t *z = &((mo_int_big_t *)MO_PTR(o))->mpz;
        if (mpz_get_ll(z, &ll) && ll >= (long long)INTPTR_MIN && ll <= (long long)INTPTR_MAX) {
            *v = (mo_int_t)ll;
            return true;
        }
    }
    return false;
}

mo_int_t mo_obj_get_int(mo_obj_t o) {
    mo_int_t v;
    if (mo_obj_get_int_maybe(o, &v)) {
        return v;
    }
    if (mo_obj_is_type(o, &mo_type_int)) {
        mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    const mo_type_t *t = mo_obj_type(o);
    if (t != &mo_type_float && t->unary_op != NULL && (t->flags & MO_TYPE_FLAG_USER)) {
        // A user object with __index__.
        mo_obj_t r = t->unary_op(MO_UNARY_OP_INDEX, o);
        if (r != MO_OBJ_NULL && mo_obj_is_int_like(r)) {
            return mo_obj_get_int(r);
        }
    }
    mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                 mo_obj_type_name(o));
}

int mo_int_sign(mo_obj_t i) {
    mo_int_t v;
    if (small_value(i, &v)) {
        return v < 0 ? -1 : v > 0;
    }
    return ((mo_int_big_t *)MO_PTR(i))->mpz.neg ? -1 : 1;
}

// ---- ints and doubles -----------------------------------------------------------------

// True if v converts to a double without rounding (|v| <= 2**53).
static bool exact_in_double(mo_int_t v) {
#if INTPTR_MAX > 0x7fffffff
    return v <= ((mo_int_t)1 << 53) && v >= -((mo_int_t)1 << 53);
#else
    (void)v;
    return true;   // every 32-bit value is exact
#endif
}

double mo_int_as_double(mo_obj_t i) {
    mo_int_t v;
    if (small_value(i, &v)) {
        return (double)v;
    }
    double d = mpz_get_double(&((mo_int_big_t *)MO_PTR(i))->mpz);
    if (isinf(d)) {
        mo_raise_msg(&mo_type_OverflowError, "int too large to convert to float");
    }
    return d;
}

mo_obj_t mo_int_from_double(double v) {
    if (isnan(v)) {
        mo_raise_msg(&mo_type_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(v)) {
        mo_raise_msg(&mo_type_OverflowError, "cannot convert float infinity to integer");
    }
    double t = trunc(v);
    double bound = ldexp(1.0, (int)MO_SMALL_INT_BITS - 1);
    if (t > -bound && t < bound) {
        return mo_small_int((mo_int_t)t);
    }
    mo_int_big_t *o = big_new(mpz_digits_for_double(t));
    mpz_set_double(&o->mpz, t);
    return big_finish(o);
}

// Room for the integer part of any finite double.
#define DOUBLE_DIGS (1100 / MPZ_DIG_BITS + MPZ_LL_DIGS + 2)

int mo_int_cmp_double(mo_obj_t i, double v) {
    if (isnan(v)) {
        return 2;
    }
    if (isinf(v)) {
        return v > 0 ? -1 : 1;
    }
    mo_int_t s;
    if (small_value(i, &s) && exact_in_double(s)) {
        double d = (double)s;   // exact
        return d < v ? -1 : d > v;
    }
    // Compare with floor(v) exactly, then let v's fraction break a tie.
    double fl = floor(v);
    mpz_dig_t buf[DOUBLE_DIGS];
    mpz_t zf;
    mpz_init(&zf, buf, DOUBLE_DIGS);
    mpz_set_double(&zf, fl);
    int_tmp_t t;
    int c = mpz_cmp(as_mpz(i, &t), &zf);
    if (c != 0) {
        return c;
    }
    return v > fl ? -1 : 0;
}

// a / b correctly rounded: a 55-bit quotient plus a sticky bit, then one rounding.
static mo_obj_t true_divide(const mpz_t *a, const mpz_t *b) {
    if (mpz_is_zero(b)) {
        mo_raise_msg(&mo_type_ZeroDivisionError, "division by zero");
    }
    bool neg = a->neg != b->neg;
    size_t abits = mpz_bit_length(a), bbits = mpz_bit_length(b);
    if (abits <= 53 && bbits <= 53) {
        return mo_obj_new_float(mpz_get_double(a) / mpz_get_double(b));
    }
    if (mpz_is_zero(a)) {
        return mo_obj_new_float(neg ? -0.0 : 0.0);
    }
    long diff = (long)abits - (long)bbits;
    if (diff > 1025) {
        mo_raise_msg(&mo_type_OverflowError, "integer division result too large for a float");
    }
    if (diff < -1200) {
        return mo_obj_new_float(neg ? -0.0 : 0.0);
    }
    long shift = diff - 55;
    mpz_t am = *a, bm = *b, x, q, r;
    am.neg = bm.neg = false;
    bool sticky = false;
    if (shift >= 0) {
        mpz_init_heap(&x, am.len);
        mpz_shr(&x, &am, (size_t)shift);
        // Bits shifted out only matter as "the quotient is inexact".
        mpz_t back;
        mpz_init_heap(&back, am.len + 1);
        mpz_shl(&back, &x, (size_t)shift);
        sticky = mpz_cmp(&back, &am) != 0;
        mo_free(back.dig);
    } else {
        mpz_init_heap(&x, am.len + (size_t)(-shift) / MPZ_DIG_BITS + 2);
        mpz_shl(&x, &am, (size_t)(-shift));
    }
    mpz_init_heap(&q, x.len + 1);
    mpz_init_heap(&r, bm.len);
    mpz_divmod_trunc(&q, &r, &x, &bm);
    sticky = sticky || !mpz_is_zero(&r);
    uint64_t m = 0;
    mpz_get_mag_u64(&q, &m);
    double d = mpz_round_to_double(m, sticky, shift);
    mo_free(x.dig);
    mo_free(q.dig);
    mo_free(r.dig);
    if (isinf(d)) {
        mo_raise_msg(&mo_type_OverflowError, "integer division result too large for a float");
    }
    return mo_obj_new_float(neg ? -d : d);
}

// ---- the numeric hash ------------------------------------------------------------------

mo_int_t mo_hash_finish(bool neg, uint64_t mag) {
    int64_t h = neg ? -(int64_t)mag : (int64_t)mag;
#if MO_HASH_BITS > 31
    mo_int_t r = (mo_int_t)h;
#else
    // Fold into the 31-bit small int range; all numeric types fold alike.
    mo_int_t r = (mo_int_t)((int64_t)((uint64_t)h << 33) >> 33);
#endif
    return r == -1 ? -2 : r;
}

mo_int_t mo_int_hash_small(mo_int_t v) {
    uint64_t mag = v < 0 ? 0 - (uint64_t)(int64_t)v : (uint64_t)v;
    return mo_hash_finish(v < 0, mag % MO_HASH_MODULUS);
}

// ---- formatting ----------------------------------------------------------------------

static _Noreturn void raise_str_limit(void) {
    mo_raise_fmt(&mo_type_ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 MAX_STR_DIGITS);
}

bool mo_int_format_digits(mo_vstr_t *out, mo_obj_t i, int base, bool upper) {
    mo_int_t v;
    if (small_value(i, &v)) {
        const char *digits = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   : "0123456789abcdefghijklmnopqrstuvwxyz";
        char buf[sizeof(mo_int_t) * 8 + 1];
        char *p = buf + sizeof(buf);
        mo_uint_t m = v < 0 ? 0 - (mo_uint_t)v : (mo_uint_t)v;
        do {
            *--p = digits[m % (mo_uint_t)base];
            m /= (mo_uint_t)base;
        } while (m != 0);
        mo_vstr_add_strn(out, p, (size_t)(buf + sizeof(buf) - p));
        return v < 0;
    }
    const mpz_t *z = &((mo_int_big_t *)MO_PTR(i))->mpz;
    if (base == 10 && mpz_bit_length(z) > 14300) {
        raise_str_limit();   // certainly more than 4300 digits
    }
    size_t cap = mpz_str_max_len(z, base);
    size_t start = out->len;
    char *dst = mo_vstr_extend(out, cap);
    size_t n = mpz_to_str(z, base, upper, dst);
    out->len = start + n;
    if (base == 10 && n > MAX_STR_DIGITS) {
        out->len = start;
        raise_str_limit();
    }
    return z->neg;
}

mo_obj_t mo_int_format_base(mo_obj_t i, int base, const char *prefix) {
    mo_vstr_t digits, v;
    mo_vstr_init(&digits, 24);
    bool neg = mo_int_format_digits(&digits, i, base, false);
    mo_vstr_init(&v, digits.len + 4);
    if (neg) {
        mo_vstr_add_byte(&v, '-');
    }
    mo_vstr_add_str(&v, prefix);
    mo_vstr_add_strn(&v, digits.buf, digits.len);
    mo_vstr_clear(&digits);
    return mo_obj_new_str_from_vstr(&v);
}

mo_obj_t mo_int_to_str(mo_obj_t i, int base) {
    return mo_int_format_base(i, base, "");
}

static void int_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_int_t v;
    if (small_value(self, &v)) {
        char buf[sizeof(mo_int_t) * 3 + 2];
        char *p = buf + sizeof(buf);
        mo_uint_t m = v < 0 ? 0 - (mo_uint_t)v : (mo_uint_t)v;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m != 0);
        if (v < 0) {
            *--p = '-';
        }
        mo_print_strn(print, p, (size_t)(buf + sizeof(buf) - p));
        return;
    }
    mo_vstr_t out;
    mo_vstr_init(&out, 32);
    mo_vstr_add_byte(&out, '-');
    bool neg = mo_int_format_digits(&out, self, 10, false);
    mo_print_strn(print, out.buf + (neg ? 0 : 1), out.len - (neg ? 0 : 1));
    mo_vstr_clear(&out);
}

// ---- binary operations -------------------------------------------------------------

static _Noreturn void raise_div_zero(int op) {
    mo_raise_msg(&mo_type_ZeroDivisionError, op == MO_BINARY_OP_MODULO
                                                 ? "integer modulo by zero"
                                                 : "integer division or modulo by zero");
}

static _Noreturn void raise_neg_shift(void) {
    mo_raise_msg(&mo_type_ValueError, "negative shift count");
}

static mo_obj_t small_result(long long v) {
    return mo_obj_new_int_from_ll(v);
}

mo_obj_t mo_compare_result(int op, int c) {
    switch (op) {
        case MO_BINARY_OP_LESS: return mo_bool(c < 0);
        case MO_BINARY_OP_MORE: return mo_bool(c > 0);
        case MO_BINARY_OP_EQUAL: return mo_bool(c == 0);
        case MO_BINARY_OP_LESS_EQUAL: return mo_bool(c <= 0);
        case MO_BINARY_OP_MORE_EQUAL: return mo_bool(c >= 0);
        case MO_BINARY_OP_NOT_EQUAL: return mo_bool(c != 0);
        default: return MO_OBJ_NULL;
    }
}

// a ** b for small a and b >= 0; NULL when the result overflows a machine word.
static mo_obj_t small_pow(mo_int_t a, mo_int_t b) {
    mo_int_t result = 1, x = a;
    while (true) {
        if (b & 1) {
            if (__builtin_mul_overflow(result, x, &result)) {
                return MO_OBJ_NULL;
            }
        }
        b >>= 1;
        if (b == 0) {
            break;
        }
        if (__builtin_mul_overflow(x, x, &x)) {
            return MO_OBJ_NULL;
        }
    }
    return mo_small_int_fits(result) ? mo_small_int(result) : MO_OBJ_NULL;
}

// The small-int fast paths. NULL means "overflowed: redo with mpz", except for
// unsupported ops, which the big path rejects too.
static mo_obj_t small_binary_op(int op, mo_int_t a, mo_int_t b) {
    mo_int_t r;
    switch (op) {
        case MO_BINARY_OP_ADD:
            // Small ints have a spare bit, so the sum can't overflow mo_int_t.
            return mo_obj_new_int(a + b);
        case MO_BINARY_OP_SUBTRACT:
            return mo_obj_new_int(a - b);
        case MO_BINARY_OP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) {
                return MO_OBJ_NULL;
            }
            return mo_obj_new_int(r);
        case MO_BINARY_OP_FLOOR_DIVIDE:
        case MO_BINARY_OP_MODULO:
        case MO_BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_div_zero(op);
            }
            mo_int_t q, m;
            mo_small_int_floor_divmod(a, b, &q, &m);
            if (op == MO_BINARY_OP_MODULO) {
                return mo_small_int(m);
            }
            mo_obj_t qo = mo_obj_new_int(q);
            if (op == MO_BINARY_OP_FLOOR_DIVIDE) {
                return qo;
            }
            mo_obj_t items[2] = {qo, mo_small_int(m)};
            return mo_obj_new_tuple(2, items);
        }
        case MO_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "division by zero");
            }
            if (!exact_in_double(a) || !exact_in_double(b)) {
                return MO_OBJ_NULL;
            }
            return mo_obj_new_float((double)a / (double)b);
        case MO_BINARY_OP_POWER:
            if (b < 0) {
                return mo_float_binary_op(op, mo_obj_new_float((double)a),
                                          mo_obj_new_float((double)b));
            }
            return small_pow(a, b);
        case MO_BINARY_OP_LSHIFT:
            if (b < 0) {
                raise_neg_shift();
            }
            if (a == 0) {
                return mo_small_int(0);
            }
            if (b < (mo_int_t)MO_SMALL_INT_BITS) {
                r = (mo_int_t)((mo_uint_t)a << b);
                if ((r >> b) == a && mo_small_int_fits(r)) {
                    return mo_small_int(r);
                }
            }
            return MO_OBJ_NULL;
        case MO_BINARY_OP_RSHIFT:
            if (b < 0) {
                raise_neg_shift();
            }
            if (b >= (mo_int_t)MO_SMALL_INT_BITS) {
                return mo_small_int(a < 0 ? -1 : 0);
            }
            return mo_small_int(a >> b);
        case MO_BINARY_OP_AND:
            return mo_small_int(a & b);
        case MO_BINARY_OP_OR:
            return mo_small_int(a | b);
        case MO_BINARY_OP_XOR:
            return mo_small_int(a ^ b);
        default:
            return mo_compare_result(op, a < b ? -1 : a > b);
    }
}

static mo_obj_t big_pow(mo_obj_t lhs, mo_obj_t rhs) {
    int_tmp_t ta, tb;
    const mpz_t *a = as_mpz(lhs, &ta), *b = as_mpz(rhs, &tb);
    if (b->neg) {
        return mo_float_binary_op(MO_BINARY_OP_POWER, mo_obj_new_float(mo_int_as_double(lhs)),
                                  mo_obj_new_float(mo_int_as_double(rhs)));
    }
    // 0, 1 and -1 stay small whatever the exponent.
    if (a->len == 0 || (a->len == 1 && a->dig[0] == 1)) {
        if (b->len == 0) {
            return mo_small_int(1);
        }
        return mo_small_int(a->len == 0 ? 0 : (a->neg && mpz_is_odd(b)) ? -1 : 1);
    }
    uint64_t e;
    size_t abits = mpz_bit_length(a);
    if (!mpz_get_mag_u64(b, &e) || e > (uint64_t)(SIZE_MAX / 4) / abits) {
        mo_raise_memory_error();
    }
    mo_int_big_t *o = mo_new_obj(mo_int_big_t);
    o->base.type = &mo_type_int;
    mpz_pow(&o->mpz, a, e);
    return big_finish(o);
}

static mo_obj_t big_shift(int op, const mpz_t *a, const mpz_t *b) {
    if (b->neg) {
        raise_neg_shift();
    }
    uint64_t n = 0;
    bool in_u64 = mpz_get_mag_u64(b, &n);
    bool fits = in_u64 && n <= (uint64_t)(SIZE_MAX / 2);
    if (op == MO_BINARY_OP_RSHIFT) {
        if (!fits || n / MPZ_DIG_BITS >= a->len) {
            return mo_small_int(a->neg ? -1 : 0);
        }
        mo_int_big_t *o = big_new(a->len);
        mpz_shr(&o->mpz, a, (size_t)n);
        return big_finish(o);
    }
    if (a->len == 0) {
        return mo_small_int(0);
    }
    if (!in_u64 && mpz_bit_length(b) > 66) {
        mo_raise_msg(&mo_type_OverflowError, "too many digits in integer");
    }
    if (!fits || n / MPZ_DIG_BITS > SIZE_MAX / sizeof(mpz_dig_t) / 4) {
        mo_raise_memory_error();
    }
    mo_int_big_t *o = big_new(a->len + (size_t)n / MPZ_DIG_BITS + 1);
    mpz_shl(&o->mpz, a, (size_t)n);
    return big_finish(o);
}

static mo_obj_t big_divmod(int op, const mpz_t *a, const mpz_t *b) {
    if (mpz_is_zero(b)) {
        raise_div_zero(op);
    }
    mo_int_big_t *q = op == MO_BINARY_OP_MODULO ? NULL : big_new(a->len + 1);
    mo_int_big_t *r = op == MO_BINARY_OP_FLOOR_DIVIDE ? NULL : big_new(b->len);
    mpz_divmod(q != NULL ? &q->mpz : NULL, r != NULL ? &r->mpz : NULL, a, b);
    if (op == MO_BINARY_OP_FLOOR_DIVIDE) {
        return big_finish(q);
    }
    if (op == MO_BINARY_OP_MODULO) {
        return big_finish(r);
    }
    mo_obj_t items[2] = {big_finish(q), big_finish(r)};
    return mo_obj_new_tuple(2, items);
}

static mo_obj_t big_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    int_tmp_t ta, tb;
    const mpz_t *a = as_mpz(lhs, &ta), *b = as_mpz(rhs, &tb);
    mo_int_big_t *o;
    switch (op) {
        case MO_BINARY_OP_ADD:
            o = big_new(max_len(a, b) + 1);
            mpz_add(&o->mpz, a, b);
            return big_finish(o);
        case MO_BINARY_OP_SUBTRACT:
            o = big_new(max_len(a, b) + 1);
            mpz_sub(&o->mpz, a, b);
            return big_finish(o);
        case MO_BINARY_OP_MULTIPLY:
            o = big_new(a->len + b->len);
            mpz_mul(&o->mpz, a, b);
            return big_finish(o);
        case MO_BINARY_OP_FLOOR_DIVIDE:
        case MO_BINARY_OP_MODULO:
        case MO_BINARY_OP_DIVMOD:
            return big_divmod(op, a, b);
        case MO_BINARY_OP_TRUE_DIVIDE:
            return true_divide(a, b);
        case MO_BINARY_OP_POWER:
            return big_pow(lhs, rhs);
        case MO_BINARY_OP_LSHIFT:
        case MO_BINARY_OP_RSHIFT:
            return big_shift(op, a, b);
        case MO_BINARY_OP_AND:
        case MO_BINARY_OP_OR:
        case MO_BINARY_OP_XOR:
            o = big_new(max_len(a, b) + 1);
            if (op == MO_BINARY_OP_AND) {
                mpz_and(&o->mpz, a, b);
            } else if (op == MO_BINARY_OP_OR) {
                mpz_or(&o->mpz, a, b);
            } else {
                mpz_xor(&o->mpz, a, b);
            }
            return big_finish(o);
        default:
            return mo_compare_result(op, mpz_cmp(a, b));
    }
}

mo_obj_t mo_int_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_INPLACE_OR && op <= MO_BINARY_OP_INPLACE_POWER) {
        op = MO_BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    mo_int_t a, b;
    if (small_value(lhs, &a) && small_value(rhs, &b)) {
        mo_obj_t r = small_binary_op(op, a, b);
        if (r != MO_OBJ_NULL) {
            return r;
        }
    }
    return big_binary_op(op, lhs, rhs);
}

// The binary_op hook of int (and of bool for non-bool operands): numbers of mixed
// kinds go to the widest kind's code; anything else is "not supported".
mo_obj_t mo_number_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        op -= MO_BINARY_OP_REVERSE_OR - MO_BINARY_OP_OR;
        mo_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    if (op >= MO_BINARY_OP_INPLACE_OR && op <= MO_BINARY_OP_INPLACE_POWER) {
        op = MO_BINARY_OP_INPLACE_TO_PLAIN(op);   // numbers are immutable
    }
    if (op == MO_BINARY_OP_MAT_MULTIPLY || op > MO_BINARY_OP_DIVMOD || op < MO_BINARY_OP_LESS ||
        (op > MO_BINARY_OP_NOT_EQUAL && op < MO_BINARY_OP_INPLACE_OR)) {
        return MO_OBJ_NULL;
    }
    bool li = mo_obj_is_int_like(lhs), ri = mo_obj_is_int_like(rhs);
    if (li && ri) {
        return mo_int_binary_op(op, lhs, rhs);
    }
    if (!(li || mo_obj_is_type(lhs, &mo_type_float) || mo_obj_is_type(lhs, &mo_type_complex)) ||
        !(ri || mo_obj_is_type(rhs, &mo_type_float) || mo_obj_is_type(rhs, &mo_type_complex))) {
        return MO_OBJ_NULL;
    }
    if (mo_obj_is_type(lhs, &mo_type_complex) || mo_obj_is_type(rhs, &mo_type_complex)) {
        return mo_complex_binary_op(op, lhs, rhs);
    }
    return mo_float_binary_op(op, lhs, rhs);
}

// ---- unary operations -----------------------------------------------------------------

static mo_obj_t big_unary_op(int op, mo_obj_t self) {
    const mpz_t *z = &((mo_int_big_t *)MO_PTR(self))->mpz;
    mo_int_big_t *o;
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_const_true;
        case MO_UNARY_OP_HASH:
            return mo_small_int(mo_hash_finish(z->neg, mpz_mod_mersenne(z, MO_HASH_BITS)));
        case MO_UNARY_OP_POSITIVE:
        case MO_UNARY_OP_INT:
        case MO_UNARY_OP_INDEX:
            return self;
        case MO_UNARY_OP_NEGATIVE:
        case MO_UNARY_OP_ABS:
            if (op == MO_UNARY_OP_ABS && !z->neg) {
                return self;
            }
            o = big_new(z->len);
            mpz_set(&o->mpz, z);
            mpz_neg(&o->mpz);
            return big_finish(o);
        case MO_UNARY_OP_INVERT:
            o = big_new(z->len + 1);
            mpz_invert(&o->mpz, z);
            return big_finish(o);
        case MO_UNARY_OP_FLOAT:
            return mo_obj_new_float(mo_int_as_double(self));
        case MO_UNARY_OP_COMPLEX:
            return mo_obj_new_complex(mo_int_as_double(self), 0.0);
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t int_unary_op(int op, mo_obj_t self) {
    mo_int_t v;
    if (!small_value(self, &v)) {
        return big_unary_op(op, self);
    }
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(v != 0);
        case MO_UNARY_OP_HASH:
            return mo_small_int(mo_int_hash_small(v));
        case MO_UNARY_OP_POSITIVE:
        case MO_UNARY_OP_INT:
        case MO_UNARY_OP_INDEX:
            return mo_small_int(v);
        case MO_UNARY_OP_NEGATIVE:
            return small_result(-(long long)v);
        case MO_UNARY_OP_ABS:
            return small_result(v < 0 ? -(long long)v : v);
        case MO_UNARY_OP_INVERT:
            return mo_small_int(~v);
        case MO_UNARY_OP_FLOAT:
            return mo_obj_new_float((double)v);
        case MO_UNARY_OP_COMPLEX:
            return mo_obj_new_complex((double)v, 0.0);
        default:
            return MO_OBJ_NULL;
    }
}

// ---- pow with a modulus, round ------------------------------------------------------

mo_obj_t mo_int_pow3(mo_obj_t base, mo_obj_t exp, mo_obj_t mod) {
    if (!mo_obj_is_int_like(base) || !mo_obj_is_int_like(exp) || !mo_obj_is_int_like(mod)) {
        mo_raise_msg(&mo_type_TypeError,
                     "pow() 3rd argument not allowed unless all arguments are integers");
    }
    int_tmp_t tb, te, tm;
    const mpz_t *b = as_mpz(base, &tb), *e = as_mpz(exp, &te), *m = as_mpz(mod, &tm);
    if (mpz_is_zero(m)) {
        mo_raise_msg(&mo_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    mpz_t mabs = *m;
    mabs.neg = false;
    if (e->neg) {
        // Python 3.8+: a negative exponent uses the inverse of the base.
        mpz_t inv;
        mpz_init_heap(&inv, m->len);
        if (!mpz_invmod(&inv, b, &mabs)) {
            mo_raise_msg(&mo_type_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t eabs = *e;
        eabs.neg = false;
        mo_int_big_t *o = big_new(m->len);
        mpz_powmod(&o->mpz, &inv, &eabs, m);
        return big_finish(o);
    }
    mo_int_big_t *o = big_new(m->len);
    mpz_powmod(&o->mpz, b, e, m);
    return big_finish(o);
}

mo_obj_t mo_int_round(mo_obj_t i, mo_obj_t ndigits) {
    mo_int_t v;
    mo_obj_t self = small_value(i, &v) ? mo_small_int(v) : i;   // bool -> int
    if (ndigits == MO_OBJ_NULL || ndigits == mo_const_none) {
        return self;
    }
    if (!mo_obj_is_int_like(ndigits)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(ndigits));
    }
    if (mo_int_sign(ndigits) >= 0) {
        return self;
    }
    // Round to a multiple of p = 10**-ndigits, ties to even.
    mo_obj_t p = mo_int_binary_op(MO_BINARY_OP_POWER, mo_small_int(10),
                                  mo_int_binary_op(MO_BINARY_OP_SUBTRACT, mo_small_int(0), ndigits));
    mo_obj_t qr = mo_int_binary_op(MO_BINARY_OP_DIVMOD, self, p);
    mo_obj_t q = ((mo_tuple_t *)MO_PTR(qr))->items[0], r = ((mo_tuple_t *)MO_PTR(qr))->items[1];
    mo_obj_t twice = mo_int_binary_op(MO_BINARY_OP_ADD, r, r);
    int_tmp_t t2, tp;
    int c = mpz_cmp(as_mpz(twice, &t2), as_mpz(p, &tp));
    int_tmp_t tq;
    if (c > 0 || (c == 0 && mpz_is_odd(as_mpz(q, &tq)))) {
        q = mo_int_binary_op(MO_BINARY_OP_ADD, q, mo_small_int(1));
    }
    return mo_int_binary_op(MO_BINARY_OP_MULTIPLY, q, p);
}

// ---- bytes ----------------------------------------------------------------------------

mo_obj_t mo_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    mo_int_big_t *o = big_new(len * 8 / MPZ_DIG_BITS + 1);
    mpz_t *z = &o->mpz;
    memset(z->dig, 0, z->alloc * sizeof(mpz_dig_t));
    bool neg = is_signed && len > 0 && (buf[big_endian ? 0 : len - 1] & 0x80);
    unsigned carry = neg;   // two's complement negation: invert and add one
    for (size_t k = 0; k < len; k++) {
        unsigned byte = buf[big_endian ? len - 1 - k : k];
        if (neg) {
            byte = (~byte & 0xffu) + carry;
            carry = byte >> 8;
            byte &= 0xffu;
        }
        z->dig[k * 8 / MPZ_DIG_BITS] |= (mpz_dig_t)((mpz_dig_t)byte << (k * 8 % MPZ_DIG_BITS));
    }
    z->len = z->alloc;
    while (z->len > 0 && z->dig[z->len - 1] == 0) {
        z->len--;
    }
    z->neg = neg && z->len > 0;
    return big_finish(o);
}

void mo_int_to_bytes(mo_obj_t i, uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    int_tmp_t t;
    const mpz_t *z = as_mpz(i, &t);
    if (z->neg && !is_signed) {
        mo_raise_msg(&mo_type_OverflowError, "can't convert negative int to unsigned");
    }
    size_t bits = mpz_bit_length(z);
    bool fits;
    if (!is_signed) {
        fits = bits <= len * 8;
    } else if (!z->neg) {
        fits = bits < len * 8 || bits == 0;
    } else {
        // -2**(8len-1) fits exactly: its magnitude is a lone top bit.
        fits = bits < len * 8 || (bits == len * 8 && mpz_bit_count(z) == 1);
    }
    if (!fits) {
        mo_raise_msg(&mo_type_OverflowError, "int too big to convert");
    }
    unsigned carry = z->neg;
    for (size_t k = 0; k < len; k++) {
        size_t di = k * 8 / MPZ_DIG_BITS;
        unsigned byte = di < z->len ? (unsigned)(z->dig[di] >> (k * 8 % MPZ_DIG_BITS)) & 0xffu : 0;
        if (z->neg) {
            byte = (~byte & 0xffu) + carry;
            carry = byte >> 8;
            byte &= 0xffu;
        }
        buf[big_endian ? len - 1 - k : k] = (uint8_t)byte;
    }
}

// ---- methods -----------------------------------------------------------------------

static mo_obj_t as_plain_int(mo_obj_t self) {
    mo_int_t v;
    return small_value(self, &v) ? mo_small_int(v) : self;
}

static mo_obj_t int_bit_length(mo_obj_t self) {
    int_tmp_t t;
    return mo_obj_new_int_from_ull(mpz_bit_length(as_mpz(self, &t)));
}
static MO_DEFINE_FUN_1(int_bit_length_obj, int_bit_length);

static mo_obj_t int_bit_count(mo_obj_t self) {
    int_tmp_t t;
    return mo_obj_new_int_from_ull(mpz_bit_count(as_mpz(self, &t)));
}
static MO_DEFINE_FUN_1(int_bit_count_obj, int_bit_count);

static mo_obj_t int_conjugate(mo_obj_t self) {
    return as_plain_int(self);
}
static MO_DEFINE_FUN_1(int_conjugate_obj, int_conjugate);

static mo_obj_t int_as_integer_ratio(mo_obj_t self) {
    mo_obj_t items[2] = {as_plain_int(self), mo_small_int(1)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static mo_obj_t int_float(mo_obj_t self) {
    return mo_obj_new_float(mo_int_as_double(self));
}
static MO_DEFINE_FUN_1(int_float_obj, int_float);

static mo_obj_t int_round(size_t n_args, const mo_obj_t *args) {
    return mo_int_round(args[0], n_args > 1 ? args[1] : MO_OBJ_NULL);
}
static MO_DEFINE_FUN_VAR(int_round_obj, 1, 2, int_round);

static mo_obj_t int_abs(mo_obj_t self) {
    return int_unary_op(MO_UNARY_OP_ABS, self);
}
static MO_DEFINE_FUN_1(int_abs_obj, int_abs);

static mo_obj_t int_bool(mo_obj_t self) {
    return int_unary_op(MO_UNARY_OP_BOOL, self);
}
static MO_DEFINE_FUN_1(int_bool_obj, int_bool);

// byteorder / signed arguments of to_bytes and from_bytes.
static bool parse_byteorder(mo_obj_t o, const char *fun) {
    if (!mo_obj_is_str(o)) {
        mo_raise_fmt(&mo_type_TypeError, "%s() argument 'byteorder' must be str, not %s", fun,
                     mo_obj_type_name(o));
    }
    size_t len;
    const char *s = mo_obj_str_get_data(o, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    mo_raise_msg(&mo_type_ValueError, "byteorder must be either 'little' or 'big'");
}

// Collects (length/bytes, byteorder, signed) from positional and keyword args.
static void byte_args(size_t n_args, const mo_obj_t *args, mo_map_t *kw, qstr first,
                      const char *fun, mo_obj_t out[3]) {
    static const uint16_t names[2] = {MO_QSTR_byteorder, MO_QSTR_signed};
    size_t n_kw = kw != NULL ? kw->count : 0;
    if (n_args - 1 + n_kw > 3) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most 3 arguments (%u given)", fun,
                     (unsigned)(n_args - 1 + n_kw));
    }
    if (n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most 2 positional arguments (%u given)",
                     fun, (unsigned)(n_args - 1));
    }
    out[0] = n_args > 1 ? args[1] : MO_OBJ_NULL;
    out[1] = n_args > 2 ? args[2] : MO_OBJ_NULL;
    out[2] = MO_OBJ_NULL;
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        mo_obj_t key = kw->table[i].key;
        if (key == MO_OBJ_NULL) {
            continue;
        }
        qstr q = mo_obj_str_get_qstr(key);
        int slot = q == first ? 0 : q == names[0] ? 1 : q == names[1] ? 2 : -1;
        if (slot < 0) {
            mo_raise_fmt(&mo_type_TypeError, "%s() got an unexpected keyword argument '%q'", fun, q);
        }
        if (out[slot] != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError, "argument for %s() given by name ('%q') and position (%d)",
                         fun, q, slot + 1);
        }
        out[slot] = kw->table[i].value;
    }
}

static mo_obj_t int_to_bytes(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t a[3];
    byte_args(n_args, args, kw, MO_QSTR_length, "to_bytes", a);
    mo_int_t len = a[0] != MO_OBJ_NULL ? mo_obj_get_int(a[0]) : 1;
    bool big = a[1] != MO_OBJ_NULL ? parse_byteorder(a[1], "to_bytes") : true;
    bool is_signed = a[2] != MO_OBJ_NULL && mo_obj_is_true(a[2]);
    if (len < 0) {
        mo_raise_msg(&mo_type_ValueError, "length argument must be non-negative");
    }
    uint8_t *buf = mo_alloc((size_t)len + 1);
    mo_int_to_bytes(args[0], buf, (size_t)len, big, is_signed);
    mo_obj_t r = mo_obj_new_bytes(buf, (size_t)len);
    mo_free(buf);
    return r;
}
static MO_DEFINE_FUN_KW(int_to_bytes_obj, 1, int_to_bytes);

static mo_obj_t int_from_bytes(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t a[3];
    byte_args(n_args, args, kw, MO_QSTR_bytes, "from_bytes", a);
    if (a[0] == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    }
    bool big = a[1] != MO_OBJ_NULL ? parse_byteorder(a[1], "from_bytes") : true;
    bool is_signed = a[2] != MO_OBJ_NULL && mo_obj_is_true(a[2]);
    mo_obj_t data = a[0];
    const mo_type_t *t = mo_obj_type(data);
    mo_buffer_info_t info;
    if (mo_obj_is_str(data)) {
        mo_raise_msg(&mo_type_TypeError, "cannot convert 'str' object to bytes");
    }
    if (t->get_buffer == NULL || t->get_buffer(data, &info, MO_BUFFER_READ) != 0) {
        // Any iterable of ints, through bytes() (which also rejects str).
        data = mo_call1(MO_OBJ(&mo_type_bytes), data);
        t = mo_obj_type(data);
        t->get_buffer(data, &info, MO_BUFFER_READ);
    }
    return mo_int_from_bytes(info.buf, info.len, big, is_signed);
}
static MO_DEFINE_FUN_KW(int_from_bytes_fun_obj, 1, int_from_bytes);
static const mo_static_class_method_t int_from_bytes_obj = {
    {&mo_type_classmethod}, MO_ROM_PTR(&int_from_bytes_fun_obj)};

static const mo_map_elem_t int_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_bit_length), MO_ROM_PTR(&int_bit_length_obj)},
    {MO_ROM_QSTR(MO_QSTR_bit_count), MO_ROM_PTR(&int_bit_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_to_bytes), MO_ROM_PTR(&int_to_bytes_obj)},
    {MO_ROM_QSTR(MO_QSTR_from_bytes), MO_ROM_PTR(&int_from_bytes_obj)},
    {MO_ROM_QSTR(MO_QSTR_conjugate), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR_as_integer_ratio), MO_ROM_PTR(&int_as_integer_ratio_obj)},
    {MO_ROM_QSTR(MO_QSTR___index__), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___int__), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___trunc__), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___floor__), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___ceil__), MO_ROM_PTR(&int_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___float__), MO_ROM_PTR(&int_float_obj)},
    {MO_ROM_QSTR(MO_QSTR___round__), MO_ROM_PTR(&int_round_obj)},
    {MO_ROM_QSTR(MO_QSTR___abs__), MO_ROM_PTR(&int_abs_obj)},
    {MO_ROM_QSTR(MO_QSTR___bool__), MO_ROM_PTR(&int_bool_obj)},
};
static MO_DEFINE_CONST_DICT(int_locals_dict, int_locals_table);

// real, imag, numerator, denominator: data attributes, so not in the dict.
void mo_int_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;   // store or delete: ints have no writable attributes
    }
    if (attr == MO_QSTR_real || attr == MO_QSTR_numerator) {
        dest[0] = as_plain_int(self);
    } else if (attr == MO_QSTR_imag) {
        dest[0] = mo_small_int(0);
    } else if (attr == MO_QSTR_denominator) {
        dest[0] = mo_small_int(1);
    }
}

// ---- construction: int(x=0, base=10) ----------------------------------------------

static mo_obj_t int_from_string_like(mo_obj_t x, int base) {
    if (mo_obj_is_str(x) || mo_obj_is_type(x, &mo_type_bytes)) {
        size_t len;
        const char *s = mo_obj_str_get_data(x, &len);
        return mo_parse_num_int(s, len, base, x);
    }
    const mo_type_t *t = mo_obj_type(x);
    mo_buffer_info_t info;
    if (t == &mo_type_bytearray && t->get_buffer != NULL &&
        t->get_buffer(x, &info, MO_BUFFER_READ) == 0) {
        return mo_parse_num_int(info.buf, info.len, base, x);
    }
    return MO_OBJ_NULL;
}

static mo_obj_t int_from_obj(mo_obj_t x) {
    if (mo_obj_is_int_like(x)) {
        return as_plain_int(x);
    }
    if (mo_obj_is_type(x, &mo_type_float)) {
        return mo_int_from_double(((mo_float_t *)MO_PTR(x))->value);
    }
    mo_obj_t r = int_from_string_like(x, 10);
    if (r != MO_OBJ_NULL) {
        return r;
    }
    const mo_type_t *t = mo_obj_type(x);
    if (t->unary_op != NULL && t != &mo_type_complex) {
        // __int__, then __index__ (user classes, and native types that convert).
        static const uint8_t ops[2] = {MO_UNARY_OP_INT, MO_UNARY_OP_INDEX};
        for (int k = 0; k < 2; k++) {
            r = t->unary_op(ops[k], x);
            if (r != MO_OBJ_NULL && r != mo_const_notimplemented) {
                if (!mo_obj_is_int_like(r)) {
                    mo_raise_fmt(&mo_type_TypeError, "%s returned non-int (type %s)",
                                 k == 0 ? "__int__" : "__index__", mo_obj_type_name(r));
                }
                return as_plain_int(r);
            }
        }
    }
    mo_raise_fmt(&mo_type_TypeError,
                 "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 mo_obj_type_name(x));
}

static mo_obj_t int_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "int() takes at most 2 arguments (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    mo_obj_t x = n_args > 0 ? args[0] : MO_OBJ_NULL;
    mo_obj_t base = n_args > 1 ? args[1] : MO_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        qstr name = mo_obj_str_get_qstr(args[n_args + 2 * i]);
        if (name != MO_QSTR_base) {
            mo_raise_fmt(&mo_type_TypeError, "'%q' is an invalid keyword argument for int()", name);
        }
        if (base != MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError,
                         "argument for int() given by name ('base') and position (2)");
        }
        base = args[n_args + 2 * i + 1];
    }
    if (x == MO_OBJ_NULL) {
        if (base != MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError, "int() missing string argument");
        }
        return mo_small_int(0);
    }
    if (base == MO_OBJ_NULL) {
        return int_from_obj(x);
    }
    mo_int_t b = mo_obj_get_int(base);
    if (b != 0 && (b < 2 || b > 36)) {
        mo_raise_msg(&mo_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    mo_obj_t r = int_from_string_like(x, (int)b);
    if (r == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "int() can't convert non-string with explicit base");
    }
    return r;
}

const mo_type_t mo_type_int = {
    .base = {&mo_type_type},
    .name = MO_QSTR_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = int_unary_op,
    .binary_op = mo_number_binary_op,
    .attr = mo_int_attr,
    .locals_dict = &int_locals_dict,
};
