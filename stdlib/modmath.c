// The math module: CPython's math functions on doubles, with CPython's errors
// ("math domain error" ValueError, "math range error" OverflowError), and the
// integer functions (factorial, gcd, lcm, isqrt, comb, perm) on Mote's big ints.
#include <math.h>

#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/runtime.h"

// ---- helpers ---------------------------------------------------------------------------

_Noreturn static void domain_error(void) { mo_raise_msg(&mo_type_ValueError, "math domain error"); }

// Checks a libm result the way CPython does: a NaN from non-NaN input is a domain
// error, an infinity from finite input an overflow.
static mo_obj_t checked(double x, double r) {
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        mo_raise_msg(&mo_type_OverflowError, "math range error");
    }
    return mo_obj_new_float(r);
}

#define MATH_FUN_1(name, expr) \
    static mo_obj_t math_##name(mo_obj_t arg) { \
        double x = mo_obj_get_float(arg); \
        return checked(x, expr); \
    } \
    static MO_DEFINE_FUN_1(math_##name##_obj, math_##name);

MATH_FUN_1(exp, exp(x))
MATH_FUN_1(expm1, expm1(x))
MATH_FUN_1(sin, sin(x))
MATH_FUN_1(cos, cos(x))
MATH_FUN_1(tan, tan(x))
MATH_FUN_1(asin, asin(x))
MATH_FUN_1(acos, acos(x))
MATH_FUN_1(atan, atan(x))
MATH_FUN_1(sinh, sinh(x))
MATH_FUN_1(cosh, cosh(x))
MATH_FUN_1(tanh, tanh(x))
MATH_FUN_1(asinh, asinh(x))
MATH_FUN_1(acosh, acosh(x))
MATH_FUN_1(atanh, atanh(x))
MATH_FUN_1(fabs, fabs(x))
MATH_FUN_1(erf, erf(x))
MATH_FUN_1(erfc, erfc(x))
MATH_FUN_1(gamma, tgamma(x))
MATH_FUN_1(lgamma, lgamma(x))
MATH_FUN_1(degrees, x * (180.0 / M_PI))
MATH_FUN_1(radians, x * (M_PI / 180.0))

static mo_obj_t math_sqrt(mo_obj_t arg) {
    double x = mo_obj_get_float(arg);
    if (x < 0) {
        domain_error();
    }
    return mo_obj_new_float(sqrt(x));
}
static MO_DEFINE_FUN_1(math_sqrt_obj, math_sqrt);

// log of an int that may be too big for a double: log(m * 2**k) = log(m) + k*log(2).
static double log_of(mo_obj_t arg) {
    if (mo_obj_is_int_like(arg) && !mo_is_small_int(arg)) {
        if (mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS_EQUAL, arg, mo_small_int(0)))) {
            domain_error();
        }
        mo_obj_t bits = mo_call_method_0(arg, MO_QSTR_bit_length);
        mo_int_t k = mo_obj_get_int(bits) - 60;
        if (k > 0) {
            double m = mo_int_as_double(mo_binary_op(MO_BINARY_OP_RSHIFT, arg, mo_small_int(k)));
            return log(m) + (double)k * log(2.0);
        }
    }
    double x = mo_obj_get_float(arg);
    if (x <= 0) {
        domain_error();
    }
    return log(x);
}

static mo_obj_t math_log(size_t n_args, const mo_obj_t *args) {
    double r = log_of(args[0]);
    if (n_args == 2) {
        double b = log_of(args[1]);
        if (b == 0) {
            mo_raise_msg(&mo_type_ZeroDivisionError, "float division by zero");
        }
        r /= b;
    }
    return mo_obj_new_float(r);
}
static MO_DEFINE_FUN_VAR(math_log_obj, 1, 2, math_log);

// log2 and log10 use libm's own function when the value fits a double (exact for
// powers of the base), and the scaled log for big ints.
static bool is_big_int(mo_obj_t arg) { return mo_obj_is_int_like(arg) && !mo_is_small_int(arg); }

static mo_obj_t log_base(mo_obj_t arg, double (*f)(double), double base) {
    if (is_big_int(arg)) {
        return mo_obj_new_float(log_of(arg) / log(base));
    }
    double x = mo_obj_get_float(arg);
    if (x <= 0) {
        domain_error();
    }
    return mo_obj_new_float(f(x));
}

static mo_obj_t math_log2(mo_obj_t arg) { return log_base(arg, log2, 2.0); }
static MO_DEFINE_FUN_1(math_log2_obj, math_log2);

static mo_obj_t math_log10(mo_obj_t arg) { return log_base(arg, log10, 10.0); }
static MO_DEFINE_FUN_1(math_log10_obj, math_log10);

static mo_obj_t math_log1p(mo_obj_t arg) {
    double x = mo_obj_get_float(arg);
    if (x <= -1) {
        domain_error();
    }
    return mo_obj_new_float(log1p(x));
}
static MO_DEFINE_FUN_1(math_log1p_obj, math_log1p);

#define MATH_FUN_2(name, expr) \
    static mo_obj_t math_##name(mo_obj_t a, mo_obj_t b) { \
        double x = mo_obj_get_float(a), y = mo_obj_get_float(b); \
        return checked(isnan(y) ? y : x, expr); \
    } \
    static MO_DEFINE_FUN_2(math_##name##_obj, math_##name);

MATH_FUN_2(atan2, atan2(x, y))
MATH_FUN_2(copysign, copysign(x, y))
MATH_FUN_2(remainder, remainder(x, y))

static mo_obj_t math_fmod(mo_obj_t a, mo_obj_t b) {
    double x = mo_obj_get_float(a), y = mo_obj_get_float(b);
    if (isinf(x) || (y == 0 && !isnan(x))) {
        domain_error();
    }
    return mo_obj_new_float(fmod(x, y));
}
static MO_DEFINE_FUN_2(math_fmod_obj, math_fmod);

static mo_obj_t math_pow(mo_obj_t a, mo_obj_t b) {
    double x = mo_obj_get_float(a), y = mo_obj_get_float(b);
    if (x == 0 && y < 0) {
        domain_error();
    }
    if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y) {
        domain_error();
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        mo_raise_msg(&mo_type_OverflowError, "math range error");
    }
    return mo_obj_new_float(r);
}
static MO_DEFINE_FUN_2(math_pow_obj, math_pow);

static mo_obj_t math_hypot(size_t n_args, const mo_obj_t *args) {
    double r = 0;
    for (size_t i = 0; i < n_args; i++) {
        r = hypot(r, mo_obj_get_float(args[i]));
    }
    return mo_obj_new_float(r);
}
static MO_DEFINE_FUN_VAR(math_hypot_obj, 0, 0xffff, math_hypot);

// ---- rounding to ints ------------------------------------------------------------------

// floor/ceil/trunc: ints pass through; floats become (possibly big) ints; other
// objects are asked through __floor__ / __ceil__ / __trunc__.
static mo_obj_t round_to_int(mo_obj_t arg, double (*f)(double), qstr special) {
    if (mo_obj_is_int_like(arg)) {
        return mo_binary_op(MO_BINARY_OP_ADD, arg, mo_small_int(0));
    }
    double x;
    if (!mo_obj_get_float_maybe(arg, &x)) {
        mo_obj_t dest[2];
        mo_load_method_maybe(arg, special, dest);
        if (dest[0] != MO_OBJ_NULL) {
            return mo_call_method(0, 0, dest);
        }
        x = mo_obj_get_float(arg);
    }
    return mo_int_from_double(f(x));
}

static mo_obj_t math_floor(mo_obj_t arg) { return round_to_int(arg, floor, MO_QSTR___floor__); }
static MO_DEFINE_FUN_1(math_floor_obj, math_floor);
static mo_obj_t math_ceil(mo_obj_t arg) { return round_to_int(arg, ceil, MO_QSTR___ceil__); }
static MO_DEFINE_FUN_1(math_ceil_obj, math_ceil);
static mo_obj_t math_trunc(mo_obj_t arg) { return round_to_int(arg, trunc, MO_QSTR___trunc__); }
static MO_DEFINE_FUN_1(math_trunc_obj, math_trunc);

// ---- classification and decomposition ------------------------------------------------

static mo_obj_t math_isnan(mo_obj_t a) { return mo_bool(isnan(mo_obj_get_float(a))); }
static MO_DEFINE_FUN_1(math_isnan_obj, math_isnan);
static mo_obj_t math_isinf(mo_obj_t a) { return mo_bool(isinf(mo_obj_get_float(a))); }
static MO_DEFINE_FUN_1(math_isinf_obj, math_isinf);
static mo_obj_t math_isfinite(mo_obj_t a) { return mo_bool(isfinite(mo_obj_get_float(a))); }
static MO_DEFINE_FUN_1(math_isfinite_obj, math_isfinite);

static mo_obj_t math_modf(mo_obj_t a) {
    double ip, x = mo_obj_get_float(a);
    double fp = modf(x, &ip);
    mo_obj_t items[2] = {mo_obj_new_float(fp), mo_obj_new_float(ip)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(math_modf_obj, math_modf);

static mo_obj_t math_frexp(mo_obj_t a) {
    int e;
    double m = frexp(mo_obj_get_float(a), &e);
    mo_obj_t items[2] = {mo_obj_new_float(m), mo_small_int(e)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(math_frexp_obj, math_frexp);

static mo_obj_t math_ldexp(mo_obj_t a, mo_obj_t b) {
    double x = mo_obj_get_float(a);
    mo_int_t e = mo_obj_get_int(b);
    e = e > 100000 ? 100000 : e < -100000 ? -100000 : e;
    return checked(x, ldexp(x, (int)e));
}
static MO_DEFINE_FUN_2(math_ldexp_obj, math_ldexp);

static mo_obj_t math_isclose(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    double a = mo_obj_get_float(args[0]), b = mo_obj_get_float(args[1]);
    double rel = 1e-9, abs_tol = 0.0;
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_rel_tol), MO_MAP_LOOKUP);
        if (e != NULL) {
            rel = mo_obj_get_float(e->value);
        }
        e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_abs_tol), MO_MAP_LOOKUP);
        if (e != NULL) {
            abs_tol = mo_obj_get_float(e->value);
        }
    }
    if (rel < 0 || abs_tol < 0) {
        mo_raise_msg(&mo_type_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return mo_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return mo_const_false;
    }
    double diff = fabs(b - a);
    return mo_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
static MO_DEFINE_FUN_KW(math_isclose_obj, 2, math_isclose);

// ---- integer functions -------------------------------------------------------------------

static mo_obj_t get_nonneg_int(mo_obj_t o, const char *fn) {
    if (!mo_obj_is_int_like(o)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(o));
    }
    if (mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, o, mo_small_int(0)))) {
        mo_raise_fmt(&mo_type_ValueError, "%s() not defined for negative values", fn);
    }
    return o;
}

// Product of the integers in [lo, hi), split in halves so the big multiplications
// are balanced.
static mo_obj_t range_product(mo_int_t lo, mo_int_t hi) {
    if (hi - lo <= 8) {
        mo_obj_t r = mo_small_int(1);
        for (mo_int_t i = lo; i < hi; i++) {
            r = mo_binary_op(MO_BINARY_OP_MULTIPLY, r, mo_obj_new_int(i));
        }
        return r;
    }
    mo_int_t mid = lo + (hi - lo) / 2;
    return mo_binary_op(MO_BINARY_OP_MULTIPLY, range_product(lo, mid), range_product(mid, hi));
}

static mo_obj_t math_factorial(mo_obj_t arg) {
    mo_int_t n = mo_obj_get_int(get_nonneg_int(arg, "factorial"));
    return range_product(1, n + 1);
}
static MO_DEFINE_FUN_1(math_factorial_obj, math_factorial);

static mo_obj_t int_abs(mo_obj_t a) {
    if (!mo_obj_is_int_like(a)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(a));
    }
    return mo_unary_op(MO_UNARY_OP_ABS, a);
}

static mo_obj_t gcd2(mo_obj_t a, mo_obj_t b) {
    a = int_abs(a);
    b = int_abs(b);
    while (mo_obj_is_true(b)) {
        mo_obj_t t = mo_binary_op(MO_BINARY_OP_MODULO, a, b);
        a = b;
        b = t;
    }
    return a;
}

static mo_obj_t math_gcd(size_t n_args, const mo_obj_t *args) {
    mo_obj_t r = mo_small_int(0);
    for (size_t i = 0; i < n_args; i++) {
        r = gcd2(r, args[i]);
    }
    return r;
}
static MO_DEFINE_FUN_VAR(math_gcd_obj, 0, 0xffff, math_gcd);

static mo_obj_t math_lcm(size_t n_args, const mo_obj_t *args) {
    mo_obj_t r = mo_small_int(1);
    for (size_t i = 0; i < n_args; i++) {
        mo_obj_t a = int_abs(args[i]);
        if (!mo_obj_is_true(a) || !mo_obj_is_true(r)) {
            r = mo_small_int(0);
            continue;
        }
        r = mo_binary_op(MO_BINARY_OP_MULTIPLY, r,
                         mo_binary_op(MO_BINARY_OP_FLOOR_DIVIDE, a, gcd2(r, a)));
    }
    return r;
}
static MO_DEFINE_FUN_VAR(math_lcm_obj, 0, 0xffff, math_lcm);

// Newton's method on ints: the largest r with r*r <= n.
static mo_obj_t math_isqrt(mo_obj_t arg) {
    mo_obj_t n = get_nonneg_int(arg, "isqrt");
    if (!mo_obj_is_true(n)) {
        return mo_small_int(0);
    }
    mo_int_t bits = mo_obj_get_int(mo_call_method_0(n, MO_QSTR_bit_length));
    mo_obj_t x = mo_binary_op(MO_BINARY_OP_LSHIFT, mo_small_int(1), mo_small_int((bits + 1) / 2));
    for (;;) {
        mo_obj_t y = mo_binary_op(MO_BINARY_OP_RSHIFT,
                                  mo_binary_op(MO_BINARY_OP_ADD, x,
                                               mo_binary_op(MO_BINARY_OP_FLOOR_DIVIDE, n, x)),
                                  mo_small_int(1));
        if (!mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, y, x))) {
            return x;
        }
        x = y;
    }
}
static MO_DEFINE_FUN_1(math_isqrt_obj, math_isqrt);

static mo_obj_t perm_comb(size_t n_args, const mo_obj_t *args, bool comb) {
    const char *fn = comb ? "comb" : "perm";
    mo_int_t n = mo_obj_get_int(get_nonneg_int(args[0], fn));
    mo_int_t k = n_args > 1 && args[1] != mo_const_none ? mo_obj_get_int(get_nonneg_int(args[1], fn)) : n;
    if (k > n) {
        return mo_small_int(0);
    }
    if (comb && k > n - k) {
        k = n - k;
    }
    mo_obj_t r = range_product(n - k + 1, n + 1);
    if (comb) {
        r = mo_binary_op(MO_BINARY_OP_FLOOR_DIVIDE, r, range_product(1, k + 1));
    }
    return r;
}

static mo_obj_t math_comb(mo_obj_t n, mo_obj_t k) {
    mo_obj_t args[2] = {n, k};
    return perm_comb(2, args, true);
}
static MO_DEFINE_FUN_2(math_comb_obj, math_comb);

static mo_obj_t math_perm(size_t n_args, const mo_obj_t *args) { return perm_comb(n_args, args, false); }
static MO_DEFINE_FUN_VAR(math_perm_obj, 1, 2, math_perm);

// fsum: Neumaier's compensated sum, exact enough for the common cases.
static mo_obj_t math_fsum(mo_obj_t iterable) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf), x;
    double sum = 0, comp = 0;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        double v = mo_obj_get_float(x);
        double t = sum + v;
        comp += fabs(sum) >= fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    return mo_obj_new_float(sum + comp);
}
static MO_DEFINE_FUN_1(math_fsum_obj, math_fsum);

static mo_obj_t math_prod(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t r = mo_small_int(1);
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_start), MO_MAP_LOOKUP);
        if (e != NULL) {
            r = e->value;
        }
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(args[0], &buf), x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        r = mo_binary_op(MO_BINARY_OP_MULTIPLY, r, x);
    }
    return r;
}
static MO_DEFINE_FUN_KW(math_prod_obj, 1, math_prod);

// ---- the module -----------------------------------------------------------------------

static const mo_float_t math_pi_obj = {{&mo_type_float}, M_PI};
static const mo_float_t math_e_obj = {{&mo_type_float}, M_E};
static const mo_float_t math_tau_obj = {{&mo_type_float}, 2 * M_PI};
static const mo_float_t math_inf_obj = {{&mo_type_float}, INFINITY};
static const mo_float_t math_nan_obj = {{&mo_type_float}, NAN};

// The qstr generator finds names only where MO_QSTR_x is spelled out, hence q.
#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&math_##name##_obj)}
static const mo_map_elem_t math_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_math)},
    FN(MO_QSTR_pi, pi), FN(MO_QSTR_e, e), FN(MO_QSTR_tau, tau), FN(MO_QSTR_inf, inf), FN(MO_QSTR_nan, nan),
    FN(MO_QSTR_sqrt, sqrt), FN(MO_QSTR_exp, exp), FN(MO_QSTR_expm1, expm1), FN(MO_QSTR_log, log), FN(MO_QSTR_log2, log2), FN(MO_QSTR_log10, log10), FN(MO_QSTR_log1p, log1p), FN(MO_QSTR_pow, pow),
    FN(MO_QSTR_sin, sin), FN(MO_QSTR_cos, cos), FN(MO_QSTR_tan, tan), FN(MO_QSTR_asin, asin), FN(MO_QSTR_acos, acos), FN(MO_QSTR_atan, atan), FN(MO_QSTR_atan2, atan2),
    FN(MO_QSTR_sinh, sinh), FN(MO_QSTR_cosh, cosh), FN(MO_QSTR_tanh, tanh), FN(MO_QSTR_asinh, asinh), FN(MO_QSTR_acosh, acosh), FN(MO_QSTR_atanh, atanh),
    FN(MO_QSTR_floor, floor), FN(MO_QSTR_ceil, ceil), FN(MO_QSTR_trunc, trunc), FN(MO_QSTR_fabs, fabs), FN(MO_QSTR_fmod, fmod), FN(MO_QSTR_modf, modf), FN(MO_QSTR_frexp, frexp), FN(MO_QSTR_ldexp, ldexp),
    FN(MO_QSTR_copysign, copysign), FN(MO_QSTR_remainder, remainder), FN(MO_QSTR_isnan, isnan), FN(MO_QSTR_isinf, isinf), FN(MO_QSTR_isfinite, isfinite), FN(MO_QSTR_isclose, isclose),
    FN(MO_QSTR_degrees, degrees), FN(MO_QSTR_radians, radians), FN(MO_QSTR_hypot, hypot), FN(MO_QSTR_erf, erf), FN(MO_QSTR_erfc, erfc), FN(MO_QSTR_gamma, gamma), FN(MO_QSTR_lgamma, lgamma),
    FN(MO_QSTR_factorial, factorial), FN(MO_QSTR_gcd, gcd), FN(MO_QSTR_lcm, lcm), FN(MO_QSTR_isqrt, isqrt), FN(MO_QSTR_comb, comb), FN(MO_QSTR_perm, perm), FN(MO_QSTR_fsum, fsum), FN(MO_QSTR_prod, prod),
};
static MO_DEFINE_CONST_DICT(math_globals, math_globals_table);

const mo_module_t mo_module_math = {{&mo_type_module}, &math_globals};

MO_REGISTER_MODULE(MO_QSTR_math, mo_module_math);
