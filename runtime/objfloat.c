// The float type: CPython-exact repr and format(), arithmetic with Python's
// floor-division and modulo rules, exact comparisons against ints, the shared
// numeric hash, round(), and the methods (is_integer, as_integer_ratio, hex, ...).
//
// Decimal conversion leans on the C library: "%.*e" and "%.*f" round correctly
// from the exact binary value (half to even, like CPython's dtoa), and strtod
// rounds correctly the other way. The shortest repr is found by trying 1..17
// significant digits until the text reads back as the same double.
#include "runtime/config.h"
#if MO_FLOAT  // runtime/objfloat_none.c stands in without float
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/objtype.h"
#include "runtime/parsenum.h"
#include "runtime/runtime.h"

mo_obj_t mo_obj_new_float(double v) {
    mo_float_t *o = mo_new_obj(mo_float_t);
    o->base.type = &mo_type_float;
    o->value = (mo_float_value_t)v;   // rounds to single in a MO_FLOAT_SINGLE build
    return MO_OBJ(o);
}

static double float_value(mo_obj_t o) {
    return ((const mo_float_t *)MO_PTR(o))->value;
}

bool mo_obj_get_float_maybe(mo_obj_t o, double *v) {
    if (mo_obj_is_type(o, &mo_type_float)) {
        *v = float_value(o);
        return true;
    }
    if (mo_obj_is_int_like(o)) {
        *v = mo_int_as_double(o);
        return true;
    }
    return false;
}

double mo_obj_get_float(mo_obj_t o) {
    double v;
    if (mo_obj_get_float_maybe(o, &v)) {
        return v;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (t->unary_op != NULL && (t->flags & MO_TYPE_FLAG_USER)) {
        // __float__ or __index__ of a user object.
        mo_obj_t r = t->unary_op(MO_UNARY_OP_FLOAT, o);
        if (r != MO_OBJ_NULL && mo_obj_get_float_maybe(r, &v)) {
            return v;
        }
    }
    mo_raise_fmt(&mo_type_TypeError, "must be real number, not %s", mo_obj_type_name(o));
}

// ---- decimal digits ------------------------------------------------------------------

// Splits printf's "d.ddde+xx" into digits and the decimal point position.
static int split_e(const char *buf, char *digits, int *decpt) {
    int n = 0;
    const char *p = buf;
    for (; *p != 'e'; p++) {
        if (*p != '.') {
            digits[n++] = *p;
        }
    }
    *decpt = atoi(p + 1) + 1;
    return n;
}

// True if 0.DIGITS * 10**decpt (n <= 17 digits) reads back as v.
static bool reads_back(const char *digits, int n, int decpt, double v) {
    char buf[40];
    snprintf(buf, sizeof(buf), "0.%.*se%d", n, digits, decpt);
#if MO_FLOAT_SINGLE
    return strtof(buf, NULL) == (float)v;
#else
    return strtod(buf, NULL) == v;
#endif
}

// Adds one unit in the last place; false if that carries out of the first digit
// (all nines), which the caller treats as no candidate.
static bool digits_increment(char *digits, int n, int *decpt) {
    for (int i = n - 1; i >= 0; i--) {
        if (digits[i] != '9') {
            digits[i]++;
            return true;
        }
        digits[i] = '0';
    }
    return false;
}

// The significant digits of |v| (finite) and the decimal point's position: v is
// 0.DIGITS * 10**decpt. sig > 0 rounds to that many digits; sig == 0 finds the
// shortest string that reads back as v. digits needs room for max(sig, 17) + 1.
// Returns the digit count (trailing zeros stripped unless keep_zeros).
static int decimal_digits(double v, int sig, bool keep_zeros, char *digits, int *decpt) {
    char small[40];
    size_t cap = (size_t)sig + 16 > sizeof(small) ? (size_t)sig + 16 : sizeof(small);
    char *buf = cap > sizeof(small) ? mo_alloc(cap) : small;
    v = fabs(v);
    bool shortest = sig == 0;
    snprintf(buf, cap, "%.*e", (shortest ? 1 : sig) - 1, v);
    int n = split_e(buf, digits, decpt);
    if (buf != small) {
        mo_free(buf);
    }
    if (shortest) {
        int e;
        // Just above a power of two the gap below v is half the gap above, so the
        // nearest n-digit decimal may miss while the next one up reads back as v.
        bool pow2 = frexp(v, &e) == 0.5;
        for (sig = 1; sig <= MO_FLOAT_REPR_DIGITS; sig++) {
            snprintf(small, sizeof(small), "%.*e", sig - 1, v);
            n = split_e(small, digits, decpt);
            if (reads_back(digits, n, *decpt, v)) {
                break;
            }
            if (pow2 && sig < MO_FLOAT_REPR_DIGITS) {
                int up_decpt = *decpt;
                char up[20];
                memcpy(up, digits, (size_t)n);
                if (digits_increment(up, n, &up_decpt) && reads_back(up, n, up_decpt, v)) {
                    memcpy(digits, up, (size_t)n);
                    *decpt = up_decpt;
                    break;
                }
            }
        }
    }
    if (!keep_zeros) {
        while (n > 1 && digits[n - 1] == '0') {
            n--;
        }
    }
    if (v == 0.0) {
        *decpt = 1;
    }
    return n;
}

static void add_zeros(mo_vstr_t *out, int n) {
    for (; n > 0; n--) {
        mo_vstr_add_byte(out, '0');
    }
}

// Lays digits out in fixed or exponent notation as CPython's format_float_short.
static void layout(mo_vstr_t *out, const char *digits, int nd, int decpt, bool use_exp,
                   bool alt, bool add_dot_0, bool upper) {
    if (use_exp) {
        mo_vstr_add_byte(out, digits[0]);
        if (nd > 1 || alt) {
            mo_vstr_add_byte(out, '.');
            mo_vstr_add_strn(out, digits + 1, (size_t)(nd - 1));
        }
        char ebuf[16];
        int e = decpt - 1;
        snprintf(ebuf, sizeof(ebuf), "%c%c%02d", upper ? 'E' : 'e', e < 0 ? '-' : '+',
                 e < 0 ? -e : e);
        mo_vstr_add_str(out, ebuf);
    } else if (decpt <= 0) {
        mo_vstr_add_strn(out, "0.", 2);
        add_zeros(out, -decpt);
        mo_vstr_add_strn(out, digits, (size_t)nd);
    } else if (decpt < nd) {
        mo_vstr_add_strn(out, digits, (size_t)decpt);
        mo_vstr_add_byte(out, '.');
        mo_vstr_add_strn(out, digits + decpt, (size_t)(nd - decpt));
    } else {
        mo_vstr_add_strn(out, digits, (size_t)nd);
        add_zeros(out, decpt - nd);
        if (alt) {
            mo_vstr_add_byte(out, '.');
        } else if (add_dot_0) {
            mo_vstr_add_strn(out, ".0", 2);
        }
    }
}

// A C printf conversion ('e' or 'f'), for which C and CPython agree exactly.
static void format_printf(mo_vstr_t *out, double v, char conv, int prec, bool alt) {
    char fmt[8] = "%";
    size_t k = 1;
    if (alt) {
        fmt[k++] = '#';
    }
    fmt[k++] = '.';
    fmt[k++] = '*';
    fmt[k++] = conv;
    fmt[k] = '\0';
    int n = snprintf(NULL, 0, fmt, prec, v);
    size_t start = out->len;
    char *dst = mo_vstr_extend(out, (size_t)n + 1);
    snprintf(dst, (size_t)n + 1, fmt, prec, v);
    out->len = start + (size_t)n;
}

void mo_float_format(mo_vstr_t *out, double v, char fmt, int prec, bool alt) {
    bool upper = fmt == 'E' || fmt == 'F' || fmt == 'G';
    if (fmt == '%') {
        v *= 100.0;
    }
    if (!isfinite(v)) {
        if (isinf(v) && v < 0) {
            mo_vstr_add_byte(out, '-');
        }
        mo_vstr_add_str(out, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (fmt == '%') {
            mo_vstr_add_byte(out, '%');
        }
        return;
    }
    if (signbit(v)) {
        mo_vstr_add_byte(out, '-');
        v = -v;
    }
    char digits[40];
    int decpt, nd;
    size_t start;
    switch (fmt) {
        case 'e':
        case 'E':
            start = out->len;
            format_printf(out, v, 'e', prec < 0 ? 6 : prec, alt);
            if (upper) {
                for (size_t i = start; i < out->len; i++) {
                    if (out->buf[i] == 'e') {
                        out->buf[i] = 'E';
                    }
                }
            }
            return;
        case 'f':
        case 'F':
        case '%':
            format_printf(out, v, 'f', prec < 0 ? 6 : prec, alt);
            if (fmt == '%') {
                mo_vstr_add_byte(out, '%');
            }
            return;
        case 'g':
        case 'G':
        case 'n':
        case '\0':
            if (fmt == '\0' && prec < 0) {
                break;   // repr
            }
            if (prec < 0) {
                prec = 6;
            } else if (prec == 0) {
                prec = 1;
            }
            if (prec > 30) {
                // Long expansions: digits on the heap.
                char *many = mo_alloc((size_t)prec + 1);
                nd = decimal_digits(v, prec, alt, many, &decpt);
                layout(out, many, nd, decpt, decpt <= -4 || decpt > (fmt == '\0' ? prec - 1 : prec),
                       alt, fmt == '\0', upper);
                mo_free(many);
                return;
            }
            nd = decimal_digits(v, prec, alt, digits, &decpt);
            layout(out, digits, nd, decpt, decpt <= -4 || decpt > (fmt == '\0' ? prec - 1 : prec),
                   alt, fmt == '\0', upper);
            return;
        default:
            break;
    }
    // repr: shortest round-trip digits; exponent form below 1e-4 and from 1e16.
    nd = decimal_digits(v, 0, false, digits, &decpt);
    layout(out, digits, nd, decpt, decpt <= -4 || decpt > 16, false, fmt != 'R', false);
}

static void float_print(const mo_print_t *print, mo_obj_t self, int kind) {
    char buf[48];
    mo_vstr_t v;
    mo_vstr_init_fixed(&v, buf, sizeof(buf));
    mo_float_format(&v, float_value(self), 'r', -1, false);
    mo_print_strn(print, v.buf, v.len);
}

// ---- hash ----------------------------------------------------------------------------

// CPython's numeric hash of finite v with modulus P = 2**bits - 1: v = m * 2**e, m
// folded in 28 bits at a time, reduced modulo P. Returns the magnitude; *neg the sign.
static uint64_t float_hash_mag(double v, unsigned bits, bool *neg) {
    const uint64_t p = ((uint64_t)1 << bits) - 1;
    int e;
    double m = frexp(v, &e);
    *neg = m < 0;
    if (*neg) {
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & p) | x >> (bits - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= p) {
            x -= p;
        }
    }
    // Multiply by 2**e: a rotation by e mod bits.
    unsigned r = e >= 0 ? (unsigned)e % bits : bits - 1 - (unsigned)((-1 - e) % (int)bits);
    return ((x << r) & p) | x >> (bits - r);
}

mo_int_t mo_float_hash(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? MO_HASH_INF : -MO_HASH_INF) : 0;
    }
    bool neg;
    uint64_t x = float_hash_mag(v, MO_HASH_BITS, &neg);
    return mo_hash_finish(neg, x);
}

int64_t mo_float_hash64(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? MO_HASH_INF : -MO_HASH_INF) : 0;
    }
    bool neg;
    int64_t h = (int64_t)float_hash_mag(v, 61, &neg);
    h = neg ? -h : h;
    return h == -1 ? -2 : h;
}

// ---- arithmetic ------------------------------------------------------------------------

static double operand(mo_obj_t o) {
    return mo_obj_is_type(o, &mo_type_float) ? float_value(o) : mo_int_as_double(o);
}

static bool is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

// CPython's float_pow special cases, then C's pow.
static mo_obj_t float_pow(double iv, double iw) {
    if (iw == 0.0) {
        return mo_obj_new_float(1.0);
    }
    if (isnan(iv)) {
        return mo_obj_new_float(iv);
    }
    if (isnan(iw)) {
        return mo_obj_new_float(iv == 1.0 ? 1.0 : iw);
    }
    if (isinf(iw)) {
        double a = fabs(iv);
        if (a == 1.0) {
            return mo_obj_new_float(1.0);
        }
        return mo_obj_new_float((iw > 0) == (a > 1.0) ? fabs(iw) : 0.0);
    }
    bool odd = is_odd_integer(iw);
    if (isinf(iv)) {
        if (iw > 0) {
            return mo_obj_new_float(odd ? iv : fabs(iv));
        }
        return mo_obj_new_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0) {
            mo_raise_msg(&mo_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return mo_obj_new_float(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            // A negative base to a fractional power is complex.
            return mo_complex_pow(iv, 0.0, iw, 0.0);
        }
        iv = -iv;
        negate = odd;
    }
    if (iv == 1.0) {
        return mo_obj_new_float(negate ? -1.0 : 1.0);
    }
    double r = pow(iv, iw);
    if (isinf(r)) {
        mo_raise_msg(&mo_type_OverflowError, "(34, 'Numerical result out of range')");
    }
    return mo_obj_new_float(negate ? -r : r);
}

// Python's divmod for floats: the remainder takes the divisor's sign.
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static mo_obj_t float_compare(int op, mo_obj_t lhs, mo_obj_t rhs) {
    int c;
    if (mo_obj_is_int_like(lhs)) {
        c = mo_int_cmp_double(lhs, float_value(rhs));
    } else if (mo_obj_is_int_like(rhs)) {
        c = mo_int_cmp_double(rhs, float_value(lhs));
        c = c == 2 ? 2 : -c;
    } else {
        double a = float_value(lhs), b = float_value(rhs);
        c = a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }
    if (c == 2) {
        return mo_bool(op == MO_BINARY_OP_NOT_EQUAL);   // NaN: unordered
    }
    return mo_compare_result(op, c);
}

mo_obj_t mo_float_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op <= MO_BINARY_OP_NOT_EQUAL) {
        return float_compare(op, lhs, rhs);
    }
    double a = operand(lhs), b = operand(rhs), q, m;
    switch (op) {
        case MO_BINARY_OP_ADD:
            return mo_obj_new_float(a + b);
        case MO_BINARY_OP_SUBTRACT:
            return mo_obj_new_float(a - b);
        case MO_BINARY_OP_MULTIPLY:
            return mo_obj_new_float(a * b);
        case MO_BINARY_OP_TRUE_DIVIDE:
            if (b == 0.0) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "float division by zero");
            }
            return mo_obj_new_float(a / b);
        case MO_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0.0) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "float floor division by zero");
            }
            float_divmod(a, b, &q, &m);
            return mo_obj_new_float(q);
        case MO_BINARY_OP_MODULO:
            if (b == 0.0) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "float modulo");
            }
            m = fmod(a, b);
            if (m != 0.0) {
                if ((b < 0) != (m < 0)) {
                    m += b;
                }
            } else {
                m = copysign(0.0, b);
            }
            return mo_obj_new_float(m);
        case MO_BINARY_OP_DIVMOD: {
            if (b == 0.0) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "float divmod()");
            }
            float_divmod(a, b, &q, &m);
            mo_obj_t items[2] = {mo_obj_new_float(q), mo_obj_new_float(m)};
            return mo_obj_new_tuple(2, items);
        }
        case MO_BINARY_OP_POWER:
            return float_pow(a, b);
        default:
            return MO_OBJ_NULL;   // bitwise ops and @ are not defined on floats
    }
}

static mo_obj_t float_unary_op(int op, mo_obj_t self) {
    double v = float_value(self);
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(v != 0.0);
        case MO_UNARY_OP_HASH:
            if (isnan(v)) {
                return mo_small_int(mo_obj_identity_hash(self));
            }
            return mo_small_int(mo_float_hash(v));
        case MO_UNARY_OP_POSITIVE:
        case MO_UNARY_OP_FLOAT:
            return self;
        case MO_UNARY_OP_NEGATIVE:
            return mo_obj_new_float(-v);
        case MO_UNARY_OP_ABS:
            return mo_obj_new_float(fabs(v));
        case MO_UNARY_OP_INT:
            return mo_int_from_double(v);
        case MO_UNARY_OP_COMPLEX:
            return mo_obj_new_complex(v, 0.0);
        default:
            return MO_OBJ_NULL;
    }
}

// ---- round -----------------------------------------------------------------------------

// Rounds v to a whole number, ties to even.
static double round_half_even(double v) {
    double f = floor(v);
    double d = v - f;
    if (d > 0.5 || (d == 0.5 && fmod(f, 2.0) != 0.0)) {
        f += 1.0;
    }
    return f;
}

mo_obj_t mo_float_round(double v, mo_obj_t ndigits) {
    if (ndigits == MO_OBJ_NULL || ndigits == mo_const_none) {
        return mo_int_from_double(round_half_even(v));
    }
    mo_int_t nd;
    if (!mo_obj_get_int_maybe(ndigits, &nd)) {
        // A huge ndigits acts like +-infinity; anything else is a TypeError.
        nd = mo_obj_is_int_like(ndigits) ? (mo_int_sign(ndigits) < 0 ? -10000 : 10000)
                                         : mo_obj_get_int(ndigits);
    }
    if (!isfinite(v) || v == 0.0 || nd > 330) {
        return mo_obj_new_float(v);
    }
    if (nd < -330) {
        return mo_obj_new_float(copysign(0.0, v));
    }
    // The C library rounds the exact binary value in decimal, as CPython's dtoa.
    char buf[420];
    if (nd >= 0) {
        snprintf(buf, sizeof(buf), "%.*f", (int)nd, v);
        return mo_obj_new_float(strtod(buf, NULL));
    }
    snprintf(buf, sizeof(buf), "%.17e", fabs(v));
    int e10 = atoi(strchr(buf, 'e') + 1);
    long sig = (long)e10 + 1 + (long)nd;
    if (sig < 0) {
        return mo_obj_new_float(copysign(0.0, v));
    }
    if (sig == 0) {
        // |v| < 10**-nd: it rounds to 10**-nd if above half of that (exactly).
        mo_obj_t half = mo_int_binary_op(
            MO_BINARY_OP_MULTIPLY, mo_small_int(5),
            mo_int_binary_op(MO_BINARY_OP_POWER, mo_small_int(10), mo_small_int(-nd - 1)));
        double r = mo_int_cmp_double(half, fabs(v)) < 0 ? pow(10.0, (double)-nd) : 0.0;
        return mo_obj_new_float(copysign(r, v));
    }
    snprintf(buf, sizeof(buf), "%.*e", (int)(sig - 1), v);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        mo_raise_msg(&mo_type_OverflowError, "rounded value too large to represent");
    }
    return mo_obj_new_float(r);
}

// ---- methods -----------------------------------------------------------------------

static mo_obj_t self_float(mo_obj_t self) {
    return mo_obj_is_type(self, &mo_type_float) ? self : mo_obj_new_float(mo_obj_get_float(self));
}

static mo_obj_t float_is_integer(mo_obj_t self) {
    double v = mo_obj_get_float(self);
    return mo_bool(isfinite(v) && floor(v) == v);
}
static MO_DEFINE_FUN_1(float_is_integer_obj, float_is_integer);

static mo_obj_t float_as_integer_ratio(mo_obj_t self) {
    double v = mo_obj_get_float(self);
    if (isinf(v)) {
        mo_raise_msg(&mo_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        mo_raise_msg(&mo_type_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    // Scale the mantissa up until it is whole (at most 300 steps for subnormals).
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mo_obj_t num = mo_int_from_double(m), den = mo_small_int(1);
    if (e > 0) {
        num = mo_int_binary_op(MO_BINARY_OP_LSHIFT, num, mo_small_int(e));
    } else {
        den = mo_int_binary_op(MO_BINARY_OP_LSHIFT, den, mo_small_int(-e));
    }
    mo_obj_t items[2] = {num, den};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static mo_obj_t float_hex(mo_obj_t self) {
    double x = mo_obj_get_float(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        return mo_obj_new_str_from_cstr(isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
    }
    if (x == 0.0) {
        return mo_obj_new_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    const char *hex = "0123456789abcdef";
    char digits[20];
    size_t k = 0;
    digits[k++] = hex[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = hex[(int)m];
        m -= (int)m;
    }
    digits[k] = '\0';
    snprintf(buf, sizeof(buf), "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return mo_obj_new_str_from_cstr(buf);
}
static MO_DEFINE_FUN_1(float_hex_obj, float_hex);

static mo_obj_t float_fromhex(mo_obj_t cls, mo_obj_t arg) {
    size_t len;
    const char *s = mo_obj_str_get_cstr(arg);
    len = strlen(s);
    while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) {
        s++;
        len--;
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' ||
                       s[len - 1] == '\r' || s[len - 1] == '\f' || s[len - 1] == '\v')) {
        len--;
    }
    double v;
    size_t i = 0;
    if (mo_scan_double(s, len, &v) == len && len > 0 && (isinf(v) || isnan(v))) {
        return mo_obj_new_float(v);
    }
    // Rebuild as [sign]0x<hex>[.<hex>][p<exp>] for strtod, checking as we go.
    char *buf = mo_alloc(len + 8);
    size_t n = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        buf[n++] = s[i++];
    }
    if (len - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    buf[n++] = '0';
    buf[n++] = 'x';
    size_t n_hex = 0;
    bool dot = false;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '.' && !dot) {
            dot = true;
        } else if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
            n_hex++;
        } else {
            break;
        }
        buf[n++] = c;
    }
    bool ok = n_hex > 0;
    if (ok && i < len && (s[i] | 0x20) == 'p') {
        buf[n++] = 'p';
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            buf[n++] = s[i++];
        }
        size_t d = 0;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, d++) {
            buf[n++] = s[i];
        }
        ok = d > 0;
    }
    ok = ok && i == len;
    buf[n] = '\0';
    if (!ok) {
        mo_raise_msg(&mo_type_ValueError, "invalid hexadecimal floating-point string");
    }
    v = strtod(buf, NULL);
    mo_free(buf);
    if (isinf(v)) {
        mo_raise_msg(&mo_type_OverflowError, "hexadecimal value too large to represent as a float");
    }
    mo_obj_t r = mo_obj_new_float(v);
    if (cls != MO_OBJ(&mo_type_float)) {
        r = mo_call1(cls, r);
    }
    return r;
}
static MO_DEFINE_FUN_2(float_fromhex_fun_obj, float_fromhex);
static const mo_static_class_method_t float_fromhex_obj = {
    {&mo_type_classmethod}, MO_ROM_PTR(&float_fromhex_fun_obj)};

static mo_obj_t float_conjugate(mo_obj_t self) {
    return self_float(self);
}
static MO_DEFINE_FUN_1(float_conjugate_obj, float_conjugate);

static mo_obj_t float_int(mo_obj_t self) {
    return mo_int_from_double(mo_obj_get_float(self));
}
static MO_DEFINE_FUN_1(float_int_obj, float_int);

static mo_obj_t float_floor(mo_obj_t self) {
    return mo_int_from_double(floor(mo_obj_get_float(self)));
}
static MO_DEFINE_FUN_1(float_floor_obj, float_floor);

static mo_obj_t float_ceil(mo_obj_t self) {
    return mo_int_from_double(ceil(mo_obj_get_float(self)));
}
static MO_DEFINE_FUN_1(float_ceil_obj, float_ceil);

static mo_obj_t float_round(size_t n_args, const mo_obj_t *args) {
    return mo_float_round(mo_obj_get_float(args[0]), n_args > 1 ? args[1] : MO_OBJ_NULL);
}
static MO_DEFINE_FUN_VAR(float_round_obj, 1, 2, float_round);

static mo_obj_t float_abs(mo_obj_t self) {
    return mo_obj_new_float(fabs(mo_obj_get_float(self)));
}
static MO_DEFINE_FUN_1(float_abs_obj, float_abs);

static const mo_map_elem_t float_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_is_integer), MO_ROM_PTR(&float_is_integer_obj)},
    {MO_ROM_QSTR(MO_QSTR_as_integer_ratio), MO_ROM_PTR(&float_as_integer_ratio_obj)},
    {MO_ROM_QSTR(MO_QSTR_hex), MO_ROM_PTR(&float_hex_obj)},
    {MO_ROM_QSTR(MO_QSTR_fromhex), MO_ROM_PTR(&float_fromhex_obj)},
    {MO_ROM_QSTR(MO_QSTR_conjugate), MO_ROM_PTR(&float_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___int__), MO_ROM_PTR(&float_int_obj)},
    {MO_ROM_QSTR(MO_QSTR___trunc__), MO_ROM_PTR(&float_int_obj)},
    {MO_ROM_QSTR(MO_QSTR___floor__), MO_ROM_PTR(&float_floor_obj)},
    {MO_ROM_QSTR(MO_QSTR___ceil__), MO_ROM_PTR(&float_ceil_obj)},
    {MO_ROM_QSTR(MO_QSTR___float__), MO_ROM_PTR(&float_conjugate_obj)},
    {MO_ROM_QSTR(MO_QSTR___round__), MO_ROM_PTR(&float_round_obj)},
    {MO_ROM_QSTR(MO_QSTR___abs__), MO_ROM_PTR(&float_abs_obj)},
};
static MO_DEFINE_CONST_DICT(float_locals_dict, float_locals_table);

static void float_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    if (attr == MO_QSTR_real) {
        dest[0] = self;
    } else if (attr == MO_QSTR_imag) {
        dest[0] = mo_obj_new_float(0.0);
    }
}

// float(x=0.0)
static mo_obj_t float_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_arg_check_at_most_one(&mo_type_float, n_args, n_kw);
    if (n_args == 0) {
        return mo_obj_new_float(0.0);
    }
    mo_obj_t x = args[0];
    double v;
    if (mo_obj_is_type(x, &mo_type_float)) {
        return x;
    }
    if (mo_obj_get_float_maybe(x, &v)) {
        return mo_obj_new_float(v);
    }
    if (mo_obj_is_str(x) || mo_obj_is_type(x, &mo_type_bytes)) {
        size_t len;
        const char *s = mo_obj_str_get_data(x, &len);
        return mo_parse_num_float(s, len, x);
    }
    const mo_type_t *t = mo_obj_type(x);
    mo_buffer_info_t info;
    if (t == &mo_type_bytearray && t->get_buffer != NULL &&
        t->get_buffer(x, &info, MO_BUFFER_READ) == 0) {
        return mo_parse_num_float(info.buf, info.len, x);
    }
    if (t->unary_op != NULL && t != &mo_type_complex) {
        mo_obj_t r = t->unary_op(MO_UNARY_OP_FLOAT, x);
        if (r != MO_OBJ_NULL && r != mo_const_notimplemented) {
            if (!mo_obj_get_float_maybe(r, &v)) {
                mo_raise_fmt(&mo_type_TypeError, "%s.__float__ returned non-float (type %s)",
                             mo_obj_type_name(x), mo_obj_type_name(r));
            }
            return mo_obj_new_float(v);
        }
        r = t->unary_op(MO_UNARY_OP_INDEX, x);
        if (r != MO_OBJ_NULL && mo_obj_is_int_like(r)) {
            return mo_obj_new_float(mo_int_as_double(r));
        }
    }
    mo_raise_fmt(&mo_type_TypeError, "float() argument must be a string or a real number, not '%s'",
                 mo_obj_type_name(x));
}

const mo_type_t mo_type_float = {
    .base = {&mo_type_type},
    .name = MO_QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = mo_number_binary_op,
    .attr = float_attr,
    .locals_dict = &float_locals_dict,
};

#endif  // MO_FLOAT
