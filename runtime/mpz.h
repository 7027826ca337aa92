// Arbitrary-precision integers (the body of a big int): sign and magnitude, the
// magnitude a little-endian array of digits.
//
// Digits are 32 bits with 64-bit intermediates by default; MPZ_DIG_BITS=16 gives
// 16-bit digits with 32-bit intermediates for cores without a fast 32x32->64
// multiply. Either way the code uses only unsigned arithmetic.
//
// Storage: a mpz_t does not own its digits; the caller points `dig` at a buffer
// with room for `alloc` digits (a C array for a temporary, or the inline digits
// of an int object). Each operation documents how many digits its destination
// needs; the destination never aliases an operand. Operations that need scratch
// space take it from the GC heap and give it back before returning.
#ifndef MOTE_MPZ_H
#define MOTE_MPZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef MPZ_DIG_BITS
#define MPZ_DIG_BITS 32
#endif

#if MPZ_DIG_BITS == 32
typedef uint32_t mpz_dig_t;
typedef uint64_t mpz_dbl_t;
#elif MPZ_DIG_BITS == 16
typedef uint16_t mpz_dig_t;
typedef uint32_t mpz_dbl_t;
#else
#error "MPZ_DIG_BITS must be 16 or 32"
#endif

#define MPZ_DIG_MASK ((mpz_dig_t)~(mpz_dig_t)0)
// Digits needed for any long long / unsigned long long.
#define MPZ_LL_DIGS ((sizeof(long long) * 8 + MPZ_DIG_BITS - 1) / MPZ_DIG_BITS)

typedef struct mpz {
    size_t len;       // digits in use; 0 means zero; dig[len - 1] != 0
    size_t alloc;     // room in dig
    mpz_dig_t *dig;
    bool neg;         // never set for zero
} mpz_t;

// ---- set-up and conversion --------------------------------------------------
void mpz_init(mpz_t *z, mpz_dig_t *buf, size_t alloc);  // z = 0 over buf
void mpz_init_heap(mpz_t *z, size_t alloc);              // digits from the GC heap
void mpz_set_ll(mpz_t *z, long long v);                   // alloc >= MPZ_LL_DIGS
void mpz_set_ull(mpz_t *z, unsigned long long v, bool neg);
void mpz_set(mpz_t *dst, const mpz_t *src);               // alloc >= src->len
// The value as a long long if it fits (returns false otherwise).
bool mpz_get_ll(const mpz_t *z, long long *v);
// The low 64 bits of the magnitude; false if the magnitude needs more.
bool mpz_get_mag_u64(const mpz_t *z, uint64_t *v);
// Correctly rounded (half to even); +-HUGE_VAL when the value is too large.
double mpz_get_double(const mpz_t *z);
// The integer part of a finite double; alloc >= mpz_digits_for_double(v).
size_t mpz_digits_for_double(double v);
void mpz_set_double(mpz_t *z, double v);
// m * 2**e rounded to a double (half to even), where `sticky` says that nonzero
// bits were dropped below m's lowest bit. Handles subnormals without double
// rounding. Used for int -> float and int / int.
double mpz_round_to_double(uint64_t m, bool sticky, long e);

// ---- strings -------------------------------------------------------------
// Digits (no sign) of |z| in base 2..36 written to buf, which needs room for
// mpz_str_max_len(z, base) chars; returns the length. No NUL is added.
size_t mpz_str_max_len(const mpz_t *z, int base);
size_t mpz_to_str(const mpz_t *z, int base, bool upper, char *buf);
// Parses n digit characters (0-9, a-z, A-Z only: the caller has checked them and
// removed any sign, prefix and underscores). alloc >= mpz_digits_for_str(n, base).
size_t mpz_digits_for_str(size_t n, int base);
void mpz_set_str(mpz_t *z, const char *s, size_t n, int base);

// ---- queries ----------------------------------------------------------------
static inline bool mpz_is_zero(const mpz_t *z) { return z->len == 0; }
size_t mpz_bit_length(const mpz_t *z);   // of the magnitude
size_t mpz_bit_count(const mpz_t *z);    // ones in the magnitude
bool mpz_is_odd(const mpz_t *z);
int mpz_cmp(const mpz_t *a, const mpz_t *b);      // -1, 0, 1
int mpz_cmp_mag(const mpz_t *a, const mpz_t *b);  // compares |a| and |b|
// |z| mod p, where p = 2**bits - 1 (bits <= 61): the numeric hash's core.
uint64_t mpz_mod_mersenne(const mpz_t *z, unsigned bits);

// ---- arithmetic (destination sizes in digits) ---------------------------------
void mpz_neg(mpz_t *z);                                         // in place
void mpz_add(mpz_t *dst, const mpz_t *a, const mpz_t *b);       // max(la, lb) + 1
void mpz_sub(mpz_t *dst, const mpz_t *a, const mpz_t *b);       // max(la, lb) + 1
void mpz_mul(mpz_t *dst, const mpz_t *a, const mpz_t *b);       // la + lb
// Floor division: q = a // b, r = a % b (sign of b). b must be nonzero.
// q (may be NULL) needs la + 1, r (may be NULL) needs lb.
void mpz_divmod(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b);
// Truncating division of the magnitudes: |a| = q * |b| + r; same sizes.
void mpz_divmod_trunc(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b);
void mpz_shl(mpz_t *dst, const mpz_t *a, size_t n);   // la + n / DIG_BITS + 1
void mpz_shr(mpz_t *dst, const mpz_t *a, size_t n);   // la (floors negatives)
// Two's complement semantics for negatives, as Python: max(la, lb) + 1.
void mpz_and(mpz_t *dst, const mpz_t *a, const mpz_t *b);
void mpz_or(mpz_t *dst, const mpz_t *a, const mpz_t *b);
void mpz_xor(mpz_t *dst, const mpz_t *a, const mpz_t *b);
void mpz_invert(mpz_t *dst, const mpz_t *a);          // -a - 1: la + 1
// dst = a ** e, digits taken from the heap (dst is initialised here). The caller
// checks the size is sane first (bit_length(a) * e).
void mpz_pow(mpz_t *dst, const mpz_t *a, uint64_t e);
// dst = a ** e mod m with e >= 0 and m != 0; the result has m's sign like
// Python's %. dst needs |m|'s length.
void mpz_powmod(mpz_t *dst, const mpz_t *a, const mpz_t *e, const mpz_t *m);
// dst = the inverse of a modulo m (m > 0), in [0, m); false if none exists.
// dst needs m's length.
bool mpz_invmod(mpz_t *dst, const mpz_t *a, const mpz_t *m);

#endif
