// float and complex in a build without them (MO_FLOAT 0, runtime/config.h): the
// types exist, so names like `float` and isinstance checks still work, but making a
// value of either raises NotImplementedError. Ints convert where the runtime asks
// for a double (a float can't exist to be asked about).
#include "runtime/config.h"
#if !MO_FLOAT
#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/runtime.h"

_Noreturn static void no_float(void) {
    mo_raise_msg(&mo_type_NotImplementedError, "float is not supported in this build");
}

static mo_obj_t no_float_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                  const mo_obj_t *args) {
    no_float();
}

const mo_type_t mo_type_float = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_float,
    .make_new = no_float_make_new,
};

const mo_type_t mo_type_complex = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_complex,
    .make_new = no_float_make_new,
};

mo_obj_t mo_obj_new_float(double v) {
    no_float();
}

bool mo_obj_get_float_maybe(mo_obj_t o, double *v) {
    mo_int_t i;
    if (!mo_obj_get_int_maybe(o, &i)) {
        return false;
    }
    *v = (double)i;
    return true;
}

double mo_obj_get_float(mo_obj_t o) {
    double v;
    if (!mo_obj_get_float_maybe(o, &v)) {
        mo_raise_fmt(&mo_type_TypeError, "must be real number, not %s", mo_obj_type_name(o));
    }
    return v;
}

void mo_float_format(mo_vstr_t *out, double v, char fmt, int prec, bool alt) {
    no_float();
}

mo_int_t mo_float_hash(double v) {
    return (mo_int_t)v;
}

mo_obj_t mo_float_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    no_float();
}

mo_obj_t mo_float_round(double v, mo_obj_t ndigits) {
    no_float();
}

mo_obj_t mo_obj_new_complex(double real, double imag) {
    no_float();
}

bool mo_obj_get_complex_maybe(mo_obj_t o, double *real, double *imag) {
    *imag = 0;
    return mo_obj_get_float_maybe(o, real);
}

void mo_complex_format(mo_vstr_t *out, double re, double im, char fmt, int prec, bool alt) {
    no_float();
}

mo_obj_t mo_complex_pow(double ar, double ai, double br, double bi) {
    no_float();
}

mo_obj_t mo_complex_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    no_float();
}
#endif  // !MO_FLOAT
