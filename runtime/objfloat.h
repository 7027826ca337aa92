// float and complex: the complex layout, CPython-exact float formatting for repr,
// str() and format(), and the arithmetic that int's operators hand over when a
// float or complex operand is involved.
#ifndef MOTE_OBJFLOAT_H
#define MOTE_OBJFLOAT_H

#include "runtime/obj.h"
#include "runtime/print.h"

typedef struct mo_complex {
    mo_base_t base;
    double real;
    double imag;
} mo_complex_t;

// Appends v formatted as CPython's format(v, spec) does for the presentation type
// `fmt` at precision `prec` (< 0: the type's default), with `alt` for '#':
//   'e' 'E' 'f' 'F' 'g' 'G' 'n' '%'   as CPython (n is g; '%' multiplies by 100)
//   'r'                                repr(v) (= str(v)); prec is ignored
//   'R'                                repr(v) without the ".0" of whole numbers
//                                      (how complex prints its parts)
//   '\0'                               no type: repr when prec < 0, else like 'g'
//                                      but a fixed-point result keeps a ".0"
// The output starts with '-' for negative values (including -0.0 and -inf) and
// never with '+' or ' ': the caller adds sign options, padding and grouping.
// nan prints as "nan" (never signed), infinities as "inf"; upper-case types give
// "NAN" / "INF" and 'E'.
void mo_float_format(mo_vstr_t *out, double v, char fmt, int prec, bool alt);

// format(complex, spec) for the same presentation types ('%' excepted): both parts
// in that format, the imaginary part always signed, then 'j'. With no type ('\0')
// it is repr()-like: "(1+2j)", or "2j" when the real part is +0.0, the parts in
// 'g' style when a precision is given. The caller handles the sign option,
// padding and alignment of the whole.
void mo_complex_format(mo_vstr_t *out, double re, double im, char fmt, int prec, bool alt);

// The generic numeric binary_op hook shared by int, bool, float and complex
// (objint.c): normalises reflected and in-place ops, then dispatches on the widest
// operand kind. Returns NULL for operands that are not numbers.
mo_obj_t mo_number_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs);
// A plain (non-reflected) op with at least one float operand and the other a
// float, int or bool. Comparisons with ints are exact.
mo_obj_t mo_float_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs);
// A plain op with at least one complex operand, the other a number.
mo_obj_t mo_complex_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs);
// a ** b for complex values, with CPython's algorithm and errors.
mo_obj_t mo_complex_pow(double ar, double ai, double br, double bi);

// hash(v) as 64-bit CPython computes it (modulus 2**61 - 1), whatever this target's
// own hash width: random.seed(float) seeds from it, so seeded sequences agree.
int64_t mo_float_hash64(double v);

// round(v, ndigits) for floats: ndigits NULL or None gives an int (half to even),
// else a float rounded correctly in decimal.
mo_obj_t mo_float_round(double v, mo_obj_t ndigits);

// Any number (int, bool, float, complex) as a complex; false if o is not one.
bool mo_obj_get_complex_maybe(mo_obj_t o, double *real, double *imag);

#endif
