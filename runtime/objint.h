// The int type's shared pieces: the big int layout, the numeric hash scheme that
// int, float and complex agree on, and the helpers other files use to format and
// convert ints (builtins hex/oct/bin/pow/round, the string formatter, float).
#ifndef MOTE_OBJINT_H
#define MOTE_OBJINT_H

#include "runtime/mpz.h"
#include "runtime/obj.h"
#include "runtime/print.h"

// An int that does not fit in a small int. Its digits follow the header in the
// same allocation (mpz.dig points there), except for results of ** which own a
// separate digit buffer. Never holds a value that fits in a small int.
typedef struct mo_int_big {
    mo_base_t base;
    mpz_t mpz;
} mo_int_big_t;

// Python's floor division of small ints (b != 0): the quotient rounded down and the
// remainder with b's sign. |a| < 2**(bits-2), so a / b can't overflow.
static inline void mo_small_int_floor_divmod(mo_int_t a, mo_int_t b, mo_int_t *q, mo_int_t *m) {
    *q = a / b;
    *m = a % b;
    if (*m != 0 && ((*m < 0) != (b < 0))) {
        (*q)--;
        *m += b;
    }
}

// ---- the numeric hash (CPython's scheme) ---------------------------------------
// hash(x) for a rational x is x mod P with P = 2**MO_HASH_BITS - 1, carrying x's
// sign, and -1 becomes -2. So equal ints, floats and complexes hash alike.
#if UINTPTR_MAX > 0xffffffffu
#define MO_HASH_BITS 61
#else
#define MO_HASH_BITS 31
#endif
#define MO_HASH_MODULUS (((uint64_t)1 << MO_HASH_BITS) - 1)
#define MO_HASH_INF 314159
// The final step shared by all numeric hashes: applies the sign, maps -1 to -2 and
// folds the value into the small int range (a no-op on 64-bit hosts).
mo_int_t mo_hash_finish(bool neg, uint64_t mag_mod_p);
mo_int_t mo_int_hash_small(mo_int_t v);   // hash() of a small int's value
mo_int_t mo_float_hash(double v);         // objfloat.c; NaN hashes as 0 here
                                          // (the float object hashes NaN by identity)

// ---- conversions ----------------------------------------------------------------
bool mo_obj_is_int_like(mo_obj_t o);          // int or bool (not float)
// int or bool as a double; OverflowError "int too large to convert to float".
double mo_int_as_double(mo_obj_t i);
// The integer part of a finite double as an int; OverflowError for infinities and
// ValueError for NaN with CPython's wording.
mo_obj_t mo_int_from_double(double v);
// The bool answer to comparison op (MO_BINARY_OP_LESS .. NOT_EQUAL) given c, a
// three-way result (<0, 0, >0); NULL for other ops. Shared by int, float and bytes.
mo_obj_t mo_compare_result(int op, int c);
// Compares an int (or bool) with a double exactly: -1, 0 or 1, or 2 if v is NaN.
int mo_int_cmp_double(mo_obj_t i, double v);
// The sign of an int: -1, 0, 1.
int mo_int_sign(mo_obj_t i);
// Builds an int from already-checked digit characters (no sign, prefix or
// underscores) in base 2..36. Used by parsenum.c.
mo_obj_t mo_int_from_digits(const char *digits, size_t n, int base, bool neg);
// An int from a big-endian or little-endian two's-complement or unsigned byte
// string; the inverse writes exactly `len` bytes or raises OverflowError.
mo_obj_t mo_int_from_bytes(const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
void mo_int_to_bytes(mo_obj_t i, uint8_t *buf, size_t len, bool big_endian, bool is_signed);

// ---- formatting -------------------------------------------------------------------
// The sign and digits of i in base 2..36 as a str object ("-ff" for -255, base 16).
mo_obj_t mo_int_to_str(mo_obj_t i, int base);
// hex()/oct()/bin(): sign, then prefix, then digits: mo_int_format_base(-255, 16,
// "0x") is "-0xff".
mo_obj_t mo_int_format_base(mo_obj_t i, int base, const char *prefix);
// For the string formatter: appends the digits of |i| in base 2..36 to out and
// returns true if i is negative. Base 10 enforces CPython's 4300-digit limit.
bool mo_int_format_digits(mo_vstr_t *out, mo_obj_t i, int base, bool upper);

// The attr hook of int and bool: real, imag, numerator, denominator.
void mo_int_attr(mo_obj_t self, qstr attr, mo_obj_t *dest);

// ---- operations builtins need ---------------------------------------------------
// pow(base, exp, mod) for ints, with CPython's errors (mod 0, negative exponent
// without an inverse).
mo_obj_t mo_int_pow3(mo_obj_t base, mo_obj_t exp, mo_obj_t mod);
// round(i, ndigits) for ints (half to even).
mo_obj_t mo_int_round(mo_obj_t i, mo_obj_t ndigits);

#endif
