// The cmath module: complex elementary functions written with real libm calls
// (C99 <complex.h> is not available on every MCU toolchain), following CPython's
// branch cuts and its errors: ValueError("math domain error") and
// OverflowError("math range error") for finite arguments with a NaN or infinite result.
#include <float.h>
#include <math.h>

#include "runtime/objfloat.h"
#include "runtime/runtime.h"

typedef struct {
    double re, im;
} cpx_t;

// Beyond this magnitude the textbook formulas overflow in intermediate steps.
#define LARGE (DBL_MAX / 4.0)
// exp() of more than this overflows, though exp(x) * cos(y) may still be finite.
#define LOG_LARGE 708.0

// ---- helpers ---------------------------------------------------------------------------

_Noreturn static void domain_error(void) { mo_raise_msg(&mo_type_ValueError, "math domain error"); }

static cpx_t get_cpx(mo_obj_t o) {
    cpx_t z;
    if (!mo_obj_get_complex_maybe(o, &z.re, &z.im)) {
        mo_raise_fmt(&mo_type_TypeError, "must be real number, not %T", o);
    }
    return z;
}

static cpx_t cpx(double re, double im) {
    cpx_t z = {re, im};
    return z;
}

static bool cpx_finite(cpx_t z) { return isfinite(z.re) && isfinite(z.im); }

// Multiplying by i (and by -i) is how the trigonometric functions are derived from
// the hyperbolic ones, keeping the signs of zeros CPython produces.
static cpx_t mul_i(cpx_t z) { return cpx(-z.im, z.re); }
static cpx_t mul_neg_i(cpx_t z) { return cpx(z.im, -z.re); }

// Turns a result into an object, raising CPython's errors: from a finite argument,
// an infinite part means overflow (checked first: exp(1000) is inf + nan*j) and a
// NaN part a domain error; an infinite argument without NaNs giving a NaN (as in
// exp(infj) or sin(inf)) is a domain error too.
static mo_obj_t result(cpx_t arg, cpx_t r) {
    bool nan_out = isnan(r.re) || isnan(r.im);
    if (nan_out && !isnan(arg.re) && !isnan(arg.im)) {
        domain_error();
    }
    if (cpx_finite(arg)) {
        if (isinf(r.re) || isinf(r.im)) {
            mo_raise_msg(&mo_type_OverflowError, "math range error");
        }
        if (isnan(r.re) || isnan(r.im)) {
            domain_error();
        }
    }
    return mo_obj_new_complex(r.re, r.im);
}

// ---- the core formulas -----------------------------------------------------------------

// Principal square root: the real part is never negative; the imaginary part takes
// the sign of z.im, so sqrt(-1) == 1j and sqrt(complex(-1, -0.0)) == -1j.
static cpx_t c_sqrt(cpx_t z) {
    if (z.re == 0 && z.im == 0) {
        return cpx(0.0, z.im);
    }
    if (isinf(z.im)) {
        return cpx(INFINITY, z.im); // whatever the real part, even NaN
    }
    double ax = fabs(z.re), ay = fabs(z.im), scale = 1.0;
    if (ax > LARGE || ay > LARGE) {
        // sqrt(z) = 2 * sqrt(z / 4) keeps ax + hypot() finite.
        ax *= 0.25;
        ay *= 0.25;
        scale = 2.0;
    }
    double s = sqrt((ax + hypot(ax, ay)) / 2.0);
    double d = ay / (2.0 * s);
    s *= scale;
    d *= scale;
    if (z.re >= 0) {
        return cpx(s, copysign(d, z.im));
    }
    return cpx(d, copysign(s, z.im));
}

static bool is_zero(cpx_t z) { return z.re == 0 && z.im == 0; }

// Natural log; log1p near |z| == 1 keeps the real part accurate there (log(1j) has
// an exactly zero real part). log(0) is -inf here: the callers decide whether that
// is a domain error.
static cpx_t c_log(cpx_t z) {
    double ax = fabs(z.re), ay = fabs(z.im);
    if (is_zero(z)) {
        return cpx(-INFINITY, atan2(z.im, z.re));
    }
    double big = fmax(ax, ay), small = fmin(ax, ay), h = hypot(ax, ay), re;
    if (isfinite(big) && big > LARGE) {
        re = log(hypot(ax / 2, ay / 2)) + M_LN2; // halved so hypot cannot overflow
    } else if (big < DBL_MIN) {
        // Both parts subnormal: scale up to keep hypot's precision.
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else if (h > 0.71 && h < 1.73) {
        re = log1p((big - 1) * (big + 1) + small * small) / 2;
    } else {
        re = log(h);
    }
    return cpx(re, atan2(z.im, z.re));
}

static cpx_t c_exp(cpx_t z) {
    if (isinf(z.re) && !isfinite(z.im)) {
        // CPython's special values: e^-inf is 0 whatever the angle; e^+inf keeps inf.
        return z.re < 0 ? cpx(0.0, 0.0) : cpx(INFINITY, NAN);
    }
    double l = exp(z.re), k = 1.0;
    if (z.re > LOG_LARGE) {
        // Apply e after the cosine so a small cosine can keep the result finite.
        l = exp(z.re - 1);
        k = M_E;
    }
    return cpx(l * cos(z.im) * k, z.im == 0 ? z.im : l * sin(z.im) * k);
}

// sinh(x+iy) = sinh x cos y + i cosh x sin y; for large |x| cosh and sinh are
// computed one unit lower and multiplied by e afterwards, as exp() above.
// CPython gives inf + nanj for sinh and cosh of +-inf + nanj.
static bool inf_nan(cpx_t z) { return isinf(z.re) && isnan(z.im); }

static cpx_t c_sinh(cpx_t z) {
    double x = z.re, y = z.im, ch, sh, k = 1.0;
    if (inf_nan(z)) {
        return cpx(INFINITY, NAN);
    }
    if (fabs(x) > LOG_LARGE) {
        x -= copysign(1.0, x);
        k = M_E;
    }
    ch = cosh(x);
    sh = sinh(x);
    // A zero part stays an exact zero when the other part is not finite (CPython
    // gives sinh(+-0 + nanj) == +0 + nanj).
    return cpx(x == 0 && !isfinite(y) ? 0.0 : cos(y) * sh * k, y == 0 ? y : sin(y) * ch * k);
}

static cpx_t c_cosh(cpx_t z) {
    double x = z.re, y = z.im, ch, sh, k = 1.0;
    if (inf_nan(z)) {
        return cpx(INFINITY, NAN);
    }
    if (fabs(x) > LOG_LARGE) {
        x -= copysign(1.0, x);
        k = M_E;
    }
    ch = cosh(x);
    sh = sinh(x);
    // sinh x sin y is an exact zero when x or y is; with a NaN CPython gives +0.
    double im = sin(y) * sh * k;
    if ((x == 0 || y == 0) && (isnan(x) || isnan(y))) {
        im = 0.0;
    } else if (y == 0) {
        im = copysign(0.0, x) * y; // not sin(0) * inf
    }
    return cpx(cos(y) * ch * k, im);
}

// tanh(x+iy) = (tanh x (1 + tan^2 y) + i tan y sech^2 x) / (1 + tanh^2 x tan^2 y),
// which stays finite; for large |x| tanh x is +-1 and the imaginary part vanishes
// like 4 sin y cos y e^(-2|x|).
static cpx_t c_tanh(cpx_t z) {
    double x = z.re, y = z.im;
    if (fabs(x) > LOG_LARGE / 2) {
        double im = isfinite(y) ? 4 * sin(y) * cos(y) * exp(-2 * fabs(x)) : 0.0;
        return cpx(copysign(1.0, x), im);
    }
    if (y == 0) {
        return cpx(tanh(x), y);
    }
    double tx = tanh(x), ty = tan(y), sech = 1 / cosh(x);
    double txty = tx * ty, denom = 1 + txty * txty;
    return cpx(tx * (1 + ty * ty) / denom, ty / denom * sech * sech);
}

// The inverse functions use Kahan's formulas ("Branch Cuts for Complex Elementary
// Functions", 1987), built on the principal square root so the branch cuts and the
// signs of zeros come out as CPython's; huge arguments use log(2z) instead.
static double log_2abs(cpx_t z) { return log(hypot(z.re / 2, z.im / 2)) + 2 * M_LN2; }

static bool is_large(cpx_t z) { return fabs(z.re) > LARGE || fabs(z.im) > LARGE; }

static cpx_t c_asinh(cpx_t z) {
    if (is_large(z)) {
        double l = log_2abs(z); // a NaN part gives +inf, as CPython's
        return cpx(isnan(z.re) ? l : copysign(l, z.re), atan2(z.im, fabs(z.re)));
    }
    cpx_t s1 = c_sqrt(cpx(1 + z.im, -z.re)); // sqrt(1 - iz)
    cpx_t s2 = c_sqrt(cpx(1 - z.im, z.re));  // sqrt(1 + iz)
    double im = z.im == 0 ? z.im : atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    return cpx(asinh(s1.re * s2.im - s2.re * s1.im), im);
}

static cpx_t c_acos(cpx_t z) {
    if (is_large(z)) {
        double l = log_2abs(z);
        return cpx(atan2(fabs(z.im), z.re), isnan(z.im) ? l : copysign(l, -z.im));
    }
    cpx_t s1 = c_sqrt(cpx(1 - z.re, -z.im)); // sqrt(1 - z)
    cpx_t s2 = c_sqrt(cpx(1 + z.re, z.im));  // sqrt(1 + z)
    // acos(iy) = pi/2 - i asinh(y): the real part is pi/2 even for a NaN y.
    double re = z.re == 0 ? M_PI / 2 : 2 * atan2(s1.re, s2.re);
    return cpx(re, asinh(s2.re * s1.im - s2.im * s1.re));
}

static cpx_t c_acosh(cpx_t z) {
    if (is_large(z)) {
        return cpx(log_2abs(z), atan2(z.im, z.re));
    }
    cpx_t s1 = c_sqrt(cpx(z.re - 1, z.im)); // sqrt(z - 1)
    cpx_t s2 = c_sqrt(cpx(z.re + 1, z.im)); // sqrt(z + 1)
    return cpx(asinh(s1.re * s2.re + s1.im * s2.im), 2 * atan2(s1.im, s2.re));
}

// atanh(z) = log((1 + z) / (1 - z)) / 2, written so that neither part cancels:
// real = log1p(4x / ((1-x)^2 + y^2)) / 4, imag = atan2(2y, (1-x)(1+x) - y^2) / 2.
// Negative x goes through atanh(-z) == -atanh(z) to keep log1p's argument >= 0.
static cpx_t c_atanh(cpx_t z) {
    if (signbit(z.re) && !isnan(z.re)) {
        cpx_t r = c_atanh(cpx(-z.re, -z.im));
        return cpx(-r.re, -r.im);
    }
    double x = z.re, ay = fabs(z.im);
    if (x > sqrt(LARGE) || ay > sqrt(LARGE)) {
        // atanh(z) ~ 1/z + i pi/2 sign(y) for huge z.
        double h = hypot(x / 2, ay / 2);
        return cpx(isinf(h) ? 0.0 : x / 4 / h / h, isnan(z.im) ? z.im : copysign(M_PI / 2, z.im));
    }
    if (x == 1 && ay < sqrt(DBL_MIN)) {
        // y*y underflows: real = log(4 / y^2) / 4 without forming y^2.
        if (ay == 0) {
            domain_error();
        }
        return cpx((M_LN2 - log(ay)) / 2, copysign(M_PI / 4, z.im));
    }
    // atanh(iy) = i atan(y) has an exactly zero real part, NaN y included.
    double re = x == 0 ? 0.0 : log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
    return cpx(re, atan2(2 * z.im, (1 - x) * (1 + x) - ay * ay) / 2);
}

// ---- the functions ---------------------------------------------------------------------

#define CMATH_FUN_1(name, expr) \
    static mo_obj_t cmath_##name(mo_obj_t arg) { \
        cpx_t z = get_cpx(arg); \
        return result(z, expr); \
    } \
    static MO_DEFINE_FUN_1(cmath_##name##_obj, cmath_##name);

CMATH_FUN_1(sqrt, c_sqrt(z))
CMATH_FUN_1(exp, c_exp(z))
CMATH_FUN_1(sinh, c_sinh(z))
CMATH_FUN_1(cosh, c_cosh(z))
CMATH_FUN_1(tanh, c_tanh(z))
CMATH_FUN_1(asinh, c_asinh(z))
CMATH_FUN_1(acosh, c_acosh(z))
CMATH_FUN_1(atanh, c_atanh(z))
CMATH_FUN_1(acos, c_acos(z))
// sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz), and the inverses alike.
CMATH_FUN_1(sin, mul_neg_i(c_sinh(mul_i(z))))
CMATH_FUN_1(cos, c_cosh(mul_i(z)))
CMATH_FUN_1(tan, mul_neg_i(c_tanh(mul_i(z))))
CMATH_FUN_1(asin, mul_neg_i(c_asinh(mul_i(z))))
CMATH_FUN_1(atan, mul_neg_i(c_atanh(mul_i(z))))

// log(z[, base]) as CPython 3.11 computes it: with a base only a zero base (or a
// zero log(base), for base 1) is a domain error; log(0, 2) is (-inf+nanj), the
// complex quotient of -inf by log(2).
static mo_obj_t cmath_log(size_t n_args, const mo_obj_t *args) {
    cpx_t z = get_cpx(args[0]);
    cpx_t lz = c_log(z);
    if (n_args == 1) {
        if (is_zero(z)) {
            domain_error();
        }
        return result(z, lz);
    }
    cpx_t b = get_cpx(args[1]);
    cpx_t lb = c_log(b);
    if (is_zero(b) || is_zero(lb)) {
        domain_error();
    }
    return mo_binary_op(MO_BINARY_OP_TRUE_DIVIDE, mo_obj_new_complex(lz.re, lz.im),
                        mo_obj_new_complex(lb.re, lb.im));
}
static MO_DEFINE_FUN_VAR(cmath_log_obj, 1, 2, cmath_log);

static mo_obj_t cmath_log10(mo_obj_t arg) {
    cpx_t z = get_cpx(arg);
    if (is_zero(z)) {
        domain_error();
    }
    cpx_t r = c_log(z);
    return result(z, cpx(r.re / M_LN10, r.im / M_LN10));
}
static MO_DEFINE_FUN_1(cmath_log10_obj, cmath_log10);

static mo_obj_t cmath_phase(mo_obj_t arg) {
    cpx_t z = get_cpx(arg);
    double phi = atan2(z.im, z.re);
    // CPython reports atan2's underflow to zero (glibc sets ERANGE then) as a range
    // error: a nonzero finite angle too small for a double.
    if (phi == 0 && z.im != 0 && isfinite(z.re)) {
        mo_raise_msg(&mo_type_OverflowError, "math range error");
    }
    return mo_obj_new_float(phi);
}
static MO_DEFINE_FUN_1(cmath_phase_obj, cmath_phase);

static mo_obj_t cmath_polar(mo_obj_t arg) {
    cpx_t z = get_cpx(arg);
    double r = hypot(z.re, z.im);
    if (isinf(r) && cpx_finite(z)) {
        mo_raise_msg(&mo_type_OverflowError, "math range error");
    }
    mo_obj_t items[2] = {mo_obj_new_float(r), mo_obj_new_float(atan2(z.im, z.re))};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(cmath_polar_obj, cmath_polar);

static mo_obj_t cmath_rect(mo_obj_t r_in, mo_obj_t phi_in) {
    double r = mo_obj_get_float(r_in), phi = mo_obj_get_float(phi_in);
    if (isinf(phi) && isfinite(r) && r != 0) {
        domain_error();
    }
    // A zero angle gives an exact zero imaginary part (with the sign of r * phi),
    // also for an infinite r; a zero r gives 0j whatever the angle.
    if (r == 0 && !isfinite(phi)) {
        return mo_obj_new_complex(0.0, 0.0);
    }
    if (isinf(r) && isnan(phi)) {
        return mo_obj_new_complex(INFINITY, NAN);
    }
    double im = r * sin(phi);
    if (phi == 0) {
        im = isnan(r) || signbit(r) == signbit(phi) ? 0.0 : -0.0;
    }
    return result(cpx(r, phi), cpx(r * cos(phi), im));
}
static MO_DEFINE_FUN_2(cmath_rect_obj, cmath_rect);

static mo_obj_t cmath_isfinite(mo_obj_t arg) { return mo_bool(cpx_finite(get_cpx(arg))); }
static MO_DEFINE_FUN_1(cmath_isfinite_obj, cmath_isfinite);

static mo_obj_t cmath_isinf(mo_obj_t arg) {
    cpx_t z = get_cpx(arg);
    return mo_bool(isinf(z.re) || isinf(z.im));
}
static MO_DEFINE_FUN_1(cmath_isinf_obj, cmath_isinf);

static mo_obj_t cmath_isnan(mo_obj_t arg) {
    cpx_t z = get_cpx(arg);
    return mo_bool(isnan(z.re) || isnan(z.im));
}
static MO_DEFINE_FUN_1(cmath_isnan_obj, cmath_isnan);

// ---- isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) --------------------------------------

// Reads one tolerance keyword, counting the keywords recognised so that any other
// keyword can be reported.
static double get_tol(mo_map_t *kw, qstr name, double dflt, size_t *seen) {
    mo_map_elem_t *e = kw == NULL ? NULL : mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP);
    if (e == NULL) {
        return dflt;
    }
    (*seen)++;
    return mo_obj_get_float(e->value);
}

static void check_isclose_args(size_t n_args, mo_map_t *kw, size_t seen) {
    if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, "isclose() takes exactly 2 positional arguments (%u given)",
                     (unsigned)n_args);
    }
    if (kw == NULL || kw->count == seen) {
        return;
    }
    for (size_t i = 0; i < kw->used; i++) {
        mo_obj_t key = kw->table[i].key;
        if (key != MO_OBJ_NULL && key != MO_OBJ_SENTINEL && key != mo_qstr_obj(MO_QSTR_rel_tol) &&
            key != mo_qstr_obj(MO_QSTR_abs_tol)) {
            mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for isclose()", key);
        }
    }
}

static mo_obj_t cmath_isclose(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    size_t seen = 0;
    double rel = get_tol(kw, MO_QSTR_rel_tol, 1e-9, &seen);
    double abs_tol = get_tol(kw, MO_QSTR_abs_tol, 0.0, &seen);
    check_isclose_args(n_args, kw, seen);
    cpx_t a = get_cpx(args[0]), b = get_cpx(args[1]);
    if (rel < 0 || abs_tol < 0) {
        mo_raise_msg(&mo_type_ValueError, "tolerances must be non-negative");
    }
    if (a.re == b.re && a.im == b.im) {
        return mo_const_true;
    }
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) {
        return mo_const_false;
    }
    double diff = hypot(b.re - a.re, b.im - a.im);
    return mo_bool(diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) ||
                   diff <= abs_tol);
}
static MO_DEFINE_FUN_KW(cmath_isclose_obj, 2, cmath_isclose);

// ---- the module -----------------------------------------------------------------------

static const mo_float_t cmath_pi_obj = {{&mo_type_float}, M_PI};
static const mo_float_t cmath_e_obj = {{&mo_type_float}, M_E};
static const mo_float_t cmath_tau_obj = {{&mo_type_float}, 2 * M_PI};
static const mo_float_t cmath_inf_obj = {{&mo_type_float}, INFINITY};
static const mo_float_t cmath_nan_obj = {{&mo_type_float}, NAN};
static const mo_complex_t cmath_infj_obj = {{&mo_type_complex}, 0.0, INFINITY};
static const mo_complex_t cmath_nanj_obj = {{&mo_type_complex}, 0.0, NAN};

// The qstr generator finds names only where MO_QSTR_x is spelled out, hence q.
#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&cmath_##name##_obj)}
static const mo_map_elem_t cmath_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_cmath)},
    FN(MO_QSTR_pi, pi), FN(MO_QSTR_e, e), FN(MO_QSTR_tau, tau), FN(MO_QSTR_inf, inf), FN(MO_QSTR_infj, infj),
    FN(MO_QSTR_nan, nan), FN(MO_QSTR_nanj, nanj),
    FN(MO_QSTR_phase, phase), FN(MO_QSTR_polar, polar), FN(MO_QSTR_rect, rect),
    FN(MO_QSTR_exp, exp), FN(MO_QSTR_log, log), FN(MO_QSTR_log10, log10), FN(MO_QSTR_sqrt, sqrt),
    FN(MO_QSTR_sin, sin), FN(MO_QSTR_cos, cos), FN(MO_QSTR_tan, tan), FN(MO_QSTR_asin, asin), FN(MO_QSTR_acos, acos), FN(MO_QSTR_atan, atan),
    FN(MO_QSTR_sinh, sinh), FN(MO_QSTR_cosh, cosh), FN(MO_QSTR_tanh, tanh), FN(MO_QSTR_asinh, asinh), FN(MO_QSTR_acosh, acosh), FN(MO_QSTR_atanh, atanh),
    FN(MO_QSTR_isfinite, isfinite), FN(MO_QSTR_isinf, isinf), FN(MO_QSTR_isnan, isnan), FN(MO_QSTR_isclose, isclose),
};
static MO_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);

const mo_module_t mo_module_cmath = {{&mo_type_module}, &cmath_globals};

MO_REGISTER_MODULE(MO_QSTR_cmath, mo_module_cmath);
