// The complex type: arithmetic with CPython's algorithms (scaled division,
// integer powers by repeated squaring), repr as "(1+2j)", hash, and complex().
#include "runtime/config.h"
#if MO_FLOAT  // runtime/objfloat_none.c stands in without float
#include <errno.h>
#include <math.h>

#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/parsenum.h"
#include "runtime/runtime.h"

mo_obj_t mo_obj_new_complex(double real, double imag) {
    mo_complex_t *o = mo_new_obj(mo_complex_t);
    o->base.type = &mo_type_complex;
    o->real = real;
    o->imag = imag;
    return MO_OBJ(o);
}

bool mo_obj_get_complex_maybe(mo_obj_t o, double *real, double *imag) {
    if (mo_obj_is_type(o, &mo_type_complex)) {
        const mo_complex_t *c = MO_PTR(o);
        *real = c->real;
        *imag = c->imag;
        return true;
    }
    *imag = 0.0;
    return mo_obj_get_float_maybe(o, real);
}

// ---- printing ---------------------------------------------------------------------

void mo_complex_format(mo_vstr_t *out, double re, double im, char fmt, int prec, bool alt) {
    bool bare = false, parens = false;
    if (fmt == '\0') {
        // Like repr: a +0.0 real part is left out, otherwise parentheses.
        bare = re == 0.0 && !signbit(re);
        parens = !bare;
        fmt = prec < 0 ? 'R' : 'g';
    } else if (fmt == 'n') {
        fmt = 'g';
    }
    if (parens) {
        mo_vstr_add_byte(out, '(');
    }
    if (!bare) {
        mo_float_format(out, re, fmt, prec, alt);
        if (!signbit(im) || isnan(im)) {
            mo_vstr_add_byte(out, '+');
        }
    }
    mo_float_format(out, im, fmt, prec, alt);
    mo_vstr_add_byte(out, 'j');
    if (parens) {
        mo_vstr_add_byte(out, ')');
    }
}

static void complex_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const mo_complex_t *c = MO_PTR(self);
    char buf[80];
    mo_vstr_t v;
    mo_vstr_init_fixed(&v, buf, sizeof(buf));
    mo_complex_format(&v, c->real, c->imag, '\0', -1, false);
    mo_print_strn(print, v.buf, v.len);
}

// ---- arithmetic -----------------------------------------------------------------------

typedef struct { double re, im; } cplx_t;

static cplx_t c_prod(cplx_t a, cplx_t b) {
    return (cplx_t){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// Smith's scaled division, as CPython's _Py_c_quot; false when b is zero.
static bool c_quot(cplx_t a, cplx_t b, cplx_t *r) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *r = (cplx_t){0.0, 0.0};
            return false;
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        *r = (cplx_t){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        *r = (cplx_t){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        *r = (cplx_t){NAN, NAN};   // a NaN in b
    }
    return true;
}

static cplx_t c_powu(cplx_t x, long n) {
    cplx_t r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        p = c_prod(p, p);
    }
    return r;
}

// The general power through polar form; sets errno = EDOM for 0 ** negative.
static cplx_t c_pow(cplx_t a, cplx_t b) {
    if (b.re == 0.0 && b.im == 0.0) {
        return (cplx_t){1.0, 0.0};
    }
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) {
            errno = EDOM;
        }
        return (cplx_t){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
    double at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cplx_t){len * cos(phase), len * sin(phase)};
}

// CPython reports the power's problems through errno, including the EDOM that
// libm's cos(inf) sets; doing the same keeps the same exceptions.
mo_obj_t mo_complex_pow(double ar, double ai, double br, double bi) {
    cplx_t a = {ar, ai}, b = {br, bi}, r;
    errno = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        // Small whole exponents multiply out, as CPython's c_powi.
        long n = (long)br;
        if (n > 0) {
            r = c_powu(a, n);
        } else if (!c_quot((cplx_t){1.0, 0.0}, c_powu(a, -n), &r)) {
            errno = EDOM;
        }
    } else {
        r = c_pow(a, b);
    }
    if (isinf(r.re) || isinf(r.im)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        mo_raise_msg(&mo_type_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        mo_raise_msg(&mo_type_OverflowError, "complex exponentiation");
    }
    return mo_obj_new_complex(r.re, r.im);
}

mo_obj_t mo_complex_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    cplx_t a, b, r;
    if (op == MO_BINARY_OP_EQUAL || op == MO_BINARY_OP_NOT_EQUAL) {
        // An int compares exactly with the real part (no conversion to float).
        bool eq;
        if (mo_obj_is_int_like(lhs) || mo_obj_is_int_like(rhs)) {
            mo_obj_t i = mo_obj_is_int_like(lhs) ? lhs : rhs;
            const mo_complex_t *c = MO_PTR(i == lhs ? rhs : lhs);
            eq = c->imag == 0.0 && mo_int_cmp_double(i, c->real) == 0;
        } else {
            mo_obj_get_complex_maybe(lhs, &a.re, &a.im);
            mo_obj_get_complex_maybe(rhs, &b.re, &b.im);
            eq = a.re == b.re && a.im == b.im;
        }
        return mo_bool(eq == (op == MO_BINARY_OP_EQUAL));
    }
    if (!mo_obj_get_complex_maybe(lhs, &a.re, &a.im) ||
        !mo_obj_get_complex_maybe(rhs, &b.re, &b.im)) {
        return MO_OBJ_NULL;
    }
    switch (op) {
        case MO_BINARY_OP_ADD:
            r = (cplx_t){a.re + b.re, a.im + b.im};
            break;
        case MO_BINARY_OP_SUBTRACT:
            r = (cplx_t){a.re - b.re, a.im - b.im};
            break;
        case MO_BINARY_OP_MULTIPLY:
            r = c_prod(a, b);
            break;
        case MO_BINARY_OP_TRUE_DIVIDE:
            if (!c_quot(a, b, &r)) {
                mo_raise_msg(&mo_type_ZeroDivisionError, "complex division by zero");
            }
            break;
        case MO_BINARY_OP_POWER:
            return mo_complex_pow(a.re, a.im, b.re, b.im);
        default:
            return MO_OBJ_NULL;   // ordering, //, %, divmod and bitwise ops
    }
    return mo_obj_new_complex(r.re, r.im);
}

static mo_obj_t complex_unary_op(int op, mo_obj_t self) {
    const mo_complex_t *c = MO_PTR(self);
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(c->real != 0.0 || c->imag != 0.0);
        case MO_UNARY_OP_HASH: {
            // hash(real) + 1000003 * hash(imag), wrapping like CPython's unsigned sum.
            uint64_t h = (uint64_t)(int64_t)mo_float_hash(c->real) +
                         1000003u * (uint64_t)(int64_t)mo_float_hash(c->imag);
            mo_int_t r = (mo_int_t)((int64_t)(h << (64 - MO_SMALL_INT_BITS)) >>
                                    (64 - MO_SMALL_INT_BITS));
            return mo_small_int(r == -1 ? -2 : r);
        }
        case MO_UNARY_OP_POSITIVE:
        case MO_UNARY_OP_COMPLEX:
            return self;
        case MO_UNARY_OP_NEGATIVE:
            return mo_obj_new_complex(-c->real, -c->imag);
        case MO_UNARY_OP_ABS: {
            double r = hypot(c->real, c->imag);
            if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
                mo_raise_msg(&mo_type_OverflowError, "absolute value too large");
            }
            return mo_obj_new_float(r);
        }
        default:
            return MO_OBJ_NULL;
    }
}

// ---- attributes and methods ------------------------------------------------------------

static mo_obj_t complex_conjugate(mo_obj_t self) {
    const mo_complex_t *c = MO_PTR(self);
    return mo_obj_new_complex(c->real, -c->imag);
}
static MO_DEFINE_FUN_1(complex_conjugate_obj, complex_conjugate);

static const mo_map_elem_t complex_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_conjugate), MO_ROM_PTR(&complex_conjugate_obj)},
};
static MO_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_table);

static void complex_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    const mo_complex_t *c = MO_PTR(self);
    if (attr == MO_QSTR_real) {
        dest[0] = mo_obj_new_float(c->real);
    } else if (attr == MO_QSTR_imag) {
        dest[0] = mo_obj_new_float(c->imag);
    }
}

// ---- complex(real=0, imag=0) -------------------------------------------------------------

// One argument of complex() as a complex value: numbers, and objects with
// __complex__, __float__ or __index__.
static bool complex_arg(mo_obj_t o, cplx_t *v) {
    if (mo_obj_get_complex_maybe(o, &v->re, &v->im)) {
        return true;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (t->unary_op == NULL || mo_obj_is_str(o)) {
        return false;
    }
    static const uint8_t ops[3] = {MO_UNARY_OP_COMPLEX, MO_UNARY_OP_FLOAT, MO_UNARY_OP_INDEX};
    for (int k = 0; k < 3; k++) {
        mo_obj_t r = t->unary_op(ops[k], o);
        if (r != MO_OBJ_NULL && r != mo_const_notimplemented &&
            mo_obj_get_complex_maybe(r, &v->re, &v->im)) {
            return true;
        }
    }
    return false;
}

static mo_obj_t complex_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                 const mo_obj_t *args) {
    mo_obj_t a[2] = {n_args > 0 ? args[0] : MO_OBJ_NULL, n_args > 1 ? args[1] : MO_OBJ_NULL};
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "complex() takes at most 2 arguments (%u given)",
                     (unsigned)(n_args + n_kw));
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr name = mo_obj_str_get_qstr(args[n_args + 2 * i]);
        int slot = name == MO_QSTR_real ? 0 : name == MO_QSTR_imag ? 1 : -1;
        if (slot < 0) {
            mo_raise_fmt(&mo_type_TypeError, "complex() got an unexpected keyword argument '%q'",
                         name);
        }
        if (a[slot] != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError,
                         "argument for complex() given by name ('%q') and position (%d)", name,
                         slot + 1);
        }
        a[slot] = args[n_args + 2 * i + 1];
    }
    if (a[0] != MO_OBJ_NULL && mo_obj_is_str(a[0])) {
        if (a[1] != MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError, "complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = mo_obj_str_get_data(a[0], &len);
        return mo_parse_num_complex(s, len, a[0]);
    }
    cplx_t re = {0.0, 0.0}, im = {0.0, 0.0};
    if (a[0] != MO_OBJ_NULL && !complex_arg(a[0], &re)) {
        mo_raise_fmt(&mo_type_TypeError,
                     "complex() first argument must be a string or a number, not '%s'",
                     mo_obj_type_name(a[0]));
    }
    if (a[1] != MO_OBJ_NULL) {
        if (mo_obj_is_str(a[1])) {
            mo_raise_msg(&mo_type_TypeError, "complex() second arg can't be a string");
        }
        if (!complex_arg(a[1], &im)) {
            mo_raise_fmt(&mo_type_TypeError, "complex() second argument must be a number, not '%s'",
                         mo_obj_type_name(a[1]));
        }
    }
    if (a[0] != MO_OBJ_NULL && a[1] == MO_OBJ_NULL && mo_obj_is_type(a[0], &mo_type_complex)) {
        return a[0];
    }
    // complex(a, b) is a + b*1j, with both parts possibly complex; parts that
    // were not complex add nothing (so signed zeros survive).
    double real = re.re, imag = a[1] != MO_OBJ_NULL ? im.re : re.im;
    if (a[1] != MO_OBJ_NULL && mo_obj_is_type(a[1], &mo_type_complex)) {
        real -= im.im;
    }
    if (a[1] != MO_OBJ_NULL && a[0] != MO_OBJ_NULL && mo_obj_is_type(a[0], &mo_type_complex)) {
        imag += re.im;
    }
    return mo_obj_new_complex(real, imag);
}

const mo_type_t mo_type_complex = {
    .base = {&mo_type_type},
    .name = MO_QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = mo_number_binary_op,
    .attr = complex_attr,
    .locals_dict = &complex_locals_dict,
};

#endif  // MO_FLOAT
