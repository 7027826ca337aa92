// Arbitrary-precision integer arithmetic on sign-magnitude digit arrays (see mpz.h).
//
// The low-level helpers (mag_*) work on bare magnitudes: little-endian digit
// arrays with an explicit length. The mpz_* functions add signs on top. All digit
// arithmetic is unsigned and widened to mpz_dbl_t before any shift or multiply, so
// 16-bit digits never meet C's promotion to signed int.
#include <math.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/mpz.h"

#define DB MPZ_DIG_BITS
#define DIG_BASE ((mpz_dbl_t)1 << DB)
// Products with both sides at least this long use Karatsuba.
#ifndef MPZ_KARATSUBA_THRESHOLD
#define MPZ_KARATSUBA_THRESHOLD 40
#endif
// Scratch up to this many digits lives on the C stack rather than the heap.
#define SCRATCH_DIGS (256 * 8 / MPZ_DIG_BITS)

// ---- magnitudes -------------------------------------------------------------------

static size_t mag_trim(const mpz_dig_t *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

static int mag_cmp(const mpz_dig_t *a, size_t la, const mpz_dig_t *b, size_t lb) {
    if (la != lb) {
        return la < lb ? -1 : 1;
    }
    while (la-- > 0) {
        if (a[la] != b[la]) {
            return a[la] < b[la] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b with la >= lb; r has room for la + 1. r may alias a or b.
static size_t mag_add(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                      size_t lb) {
    mpz_dbl_t carry = 0;
    size_t i = 0;
    for (; i < lb; i++) {
        carry += (mpz_dbl_t)a[i] + b[i];
        r[i] = (mpz_dig_t)carry;
        carry >>= DB;
    }
    for (; i < la; i++) {
        carry += a[i];
        r[i] = (mpz_dig_t)carry;
        carry >>= DB;
    }
    if (carry != 0) {
        r[i++] = (mpz_dig_t)carry;
    }
    return i;
}

// r = a - b with |a| >= |b|; returns the trimmed length. r may alias a or b.
static size_t mag_sub(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                      size_t lb) {
    // The double digit wraps on a borrow, leaving its top bit set: no branches.
    mpz_dbl_t borrow = 0;
    size_t i = 0;
    for (; i < lb; i++) {
        mpz_dbl_t d = (mpz_dbl_t)a[i] - b[i] - borrow;
        r[i] = (mpz_dig_t)d;
        borrow = d >> (2 * DB - 1);
    }
    for (; i < la && borrow != 0; i++) {
        mpz_dbl_t d = (mpz_dbl_t)a[i] - borrow;
        r[i] = (mpz_dig_t)d;
        borrow = d >> (2 * DB - 1);
    }
    if (r != a) {
        for (; i < la; i++) {
            r[i] = a[i];
        }
    }
    return mag_trim(r, la);
}

// r = a * b by schoolbook; writes all la + lb digits of r (no aliasing).
static void mag_mul_school(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                           size_t lb) {
    if (lb == 1) {
        // By one digit (the commonest product in digit-by-digit algorithms): one pass.
        mpz_dbl_t carry = 0, m = b[0];
        for (size_t i = 0; i < la; i++) {
            carry += a[i] * m;
            r[i] = (mpz_dig_t)carry;
            carry >>= DB;
        }
        r[la] = (mpz_dig_t)carry;
        return;
    }
    memset(r, 0, (la + lb) * sizeof(mpz_dig_t));
    for (size_t i = 0; i < la; i++) {
        mpz_dbl_t ai = a[i];
        if (ai == 0) {
            continue;
        }
        mpz_dbl_t carry = 0;
        for (size_t j = 0; j < lb; j++) {
            // (B-1)^2 + 2(B-1) < B^2: never overflows the double digit.
            carry += ai * b[j] + r[i + j];
            r[i + j] = (mpz_dig_t)carry;
            carry >>= DB;
        }
        r[i + lb] = (mpz_dig_t)carry;
    }
}

static void mag_mul_raw(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                        size_t lb);

// Karatsuba for la >= lb >= KARATSUBA_THRESHOLD: with a = a1 B^m + a0 and
// b = b1 B^m + b0, a*b = z2 B^2m + ((a0+a1)(b0+b1) - z0 - z2) B^m + z0, three
// half-size products instead of four.
static void mag_mul_karatsuba(mpz_dig_t *r, const mpz_dig_t *a, size_t la,
                              const mpz_dig_t *b, size_t lb) {
    size_t m = la / 2;
    if (lb <= m) {
        // b is short: a0 * b, then a1 * b added in at B^m.
        mag_mul_raw(r, a, m, b, lb);
        memset(r + m + lb, 0, (la - m) * sizeof(mpz_dig_t));
        mpz_dig_t *t = mo_new(mpz_dig_t, la - m + lb);
        mag_mul_raw(t, a + m, la - m, b, lb);
        mag_add(r + m, r + m, la - m + lb, t, mag_trim(t, la - m + lb));
        mo_free(t);
        return;
    }
    size_t h = la - m + 1;   // room for a0 + a1 and for b0 + b1 (a1 is the longest part)
    mpz_dig_t *sa = mo_new(mpz_dig_t, 4 * h);
    mpz_dig_t *sb = sa + h, *z1 = sb + h;   // z1 takes 2h digits
    mag_add(sa, a + m, la - m, a, m);
    if (lb - m >= m) {
        mag_add(sb, b + m, lb - m, b, m);
    } else {
        mag_add(sb, b, m, b + m, lb - m);
    }
    mag_mul_raw(r, a, m, b, m);                           // z0 in r[0, 2m)
    mag_mul_raw(r + 2 * m, a + m, la - m, b + m, lb - m); // z2 in r[2m, la+lb)
    mag_mul_raw(z1, sa, h, sb, h);
    mag_sub(z1, z1, 2 * h, r, 2 * m);
    size_t n1 = mag_sub(z1, z1, 2 * h, r + 2 * m, la + lb - 2 * m);
    mag_add(r + m, r + m, la + lb - m, z1, n1);
    mo_free(sa);
}

static void mag_mul_raw(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                        size_t lb) {
    if (la < lb) {
        const mpz_dig_t *t = a;
        a = b;
        b = t;
        size_t n = la;
        la = lb;
        lb = n;
    }
    // Below 8 digits the half sizes would not shrink; the threshold is larger anyway.
    if (lb < MPZ_KARATSUBA_THRESHOLD || lb < 8) {
        mag_mul_school(r, a, la, b, lb);
    } else {
        mag_mul_karatsuba(r, a, la, b, lb);
    }
}

// r = a * b; r has room for la + lb and must not alias a or b.
static size_t mag_mul(mpz_dig_t *r, const mpz_dig_t *a, size_t la, const mpz_dig_t *b,
                      size_t lb) {
    mag_mul_raw(r, a, la, b, lb);
    return mag_trim(r, la + lb);
}

// z = z * m + add in place; z has room for one more digit. Returns the new length.
static size_t mag_mul_add_1(mpz_dig_t *z, size_t n, mpz_dig_t m, mpz_dig_t add) {
    mpz_dbl_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (mpz_dbl_t)z[i] * m;
        z[i] = (mpz_dig_t)carry;
        carry >>= DB;
    }
    if (carry != 0) {
        z[n++] = (mpz_dig_t)carry;
    }
    return n;
}

// q = a / d, returns a % d. q (room for la) may be NULL or alias a.
static mpz_dig_t mag_divmod_1(mpz_dig_t *q, const mpz_dig_t *a, size_t la, mpz_dig_t d) {
    mpz_dbl_t rem = 0;
    for (size_t i = la; i-- > 0;) {
        mpz_dbl_t t = (rem << DB) | a[i];
        if (q != NULL) {
            q[i] = (mpz_dig_t)(t / d);
        }
        rem = t % d;
    }
    return (mpz_dig_t)rem;
}

static unsigned dig_clz(mpz_dig_t d) {
    unsigned n = 0;
    for (mpz_dig_t top = (mpz_dig_t)((mpz_dig_t)1 << (DB - 1)); (d & top) == 0; d <<= 1) {
        n++;
    }
    return n;
}

// Shifts a left by s (< DB) bits into r (room for la + 1); returns r's length la + 1.
static void mag_shl_small(mpz_dig_t *r, const mpz_dig_t *a, size_t la, unsigned s) {
    mpz_dig_t carry = 0;
    for (size_t i = 0; i < la; i++) {
        mpz_dbl_t t = (mpz_dbl_t)a[i] << s;
        r[i] = (mpz_dig_t)t | carry;
        carry = (mpz_dig_t)(t >> DB);
    }
    r[la] = carry;
}

// Knuth's algorithm D: q = a / b, r = a % b for la >= lb >= 2. q needs la - lb + 1
// digits (may be NULL), r needs lb (may be NULL). Scratch comes from the heap.
static void mag_divmod_knuth(mpz_dig_t *q, mpz_dig_t *r, const mpz_dig_t *a, size_t la,
                             const mpz_dig_t *b, size_t lb) {
    unsigned s = dig_clz(b[lb - 1]);
    // Small divisions (the common case) keep their scratch on the C stack.
    mpz_dig_t stack_buf[SCRATCH_DIGS];
    size_t need = lb + 1 + la + 1;
    mpz_dig_t *vn = need <= SCRATCH_DIGS ? stack_buf : mo_new(mpz_dig_t, need);
    mpz_dig_t *un = vn + lb + 1;
    mag_shl_small(vn, b, lb, s);   // vn[lb] is 0: the top bit of b is now set
    mag_shl_small(un, a, la, s);
    mpz_dbl_t vtop = vn[lb - 1], vnext = vn[lb - 2];
    for (size_t j = la - lb + 1; j-- > 0;) {
        mpz_dbl_t num = ((mpz_dbl_t)un[j + lb] << DB) | un[j + lb - 1];
        mpz_dbl_t qhat = num / vtop, rhat = num % vtop;
        // At most two corrections make qhat exact or one too big.
        while (qhat >= DIG_BASE || qhat * vnext > ((rhat << DB) | un[j + lb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= DIG_BASE) {
                break;
            }
        }
        // un[j .. j+lb] -= qhat * vn
        mpz_dbl_t borrow = 0;
        for (size_t i = 0; i < lb; i++) {
            mpz_dbl_t p = qhat * vn[i] + borrow;
            mpz_dig_t plo = (mpz_dig_t)p, ui = un[i + j];
            borrow = (p >> DB) + (ui < plo ? 1 : 0);
            un[i + j] = (mpz_dig_t)(ui - plo);
        }
        mpz_dig_t utop = un[j + lb];
        un[j + lb] = (mpz_dig_t)(utop - borrow);
        if ((mpz_dbl_t)utop < borrow) {
            // qhat was one too big: add vn back (the carry out cancels the borrow).
            qhat--;
            mpz_dbl_t carry = 0;
            for (size_t i = 0; i < lb; i++) {
                carry += (mpz_dbl_t)un[i + j] + vn[i];
                un[i + j] = (mpz_dig_t)carry;
                carry >>= DB;
            }
            un[j + lb] = (mpz_dig_t)(un[j + lb] + carry);
        }
        if (q != NULL) {
            q[j] = (mpz_dig_t)qhat;
        }
    }
    if (r != NULL) {
        // Undo the normalising shift.
        for (size_t i = 0; i < lb; i++) {
            mpz_dbl_t t = ((mpz_dbl_t)un[i + 1] << DB) | un[i];
            r[i] = (mpz_dig_t)(t >> s);
        }
    }
    if (vn != stack_buf) {
        mo_free(vn);
    }
}

// ---- set-up and conversion ------------------------------------------------------------

static void mpz_fix(mpz_t *z) {
    z->len = mag_trim(z->dig, z->len);
    if (z->len == 0) {
        z->neg = false;
    }
}

void mpz_init(mpz_t *z, mpz_dig_t *buf, size_t alloc) {
    z->len = 0;
    z->alloc = alloc;
    z->dig = buf;
    z->neg = false;
}

void mpz_init_heap(mpz_t *z, size_t alloc) {
    if (alloc == 0) {
        alloc = 1;
    }
    mpz_init(z, mo_new(mpz_dig_t, alloc), alloc);
}

void mpz_set_ull(mpz_t *z, unsigned long long v, bool neg) {
    size_t n = 0;
    while (v != 0) {
        z->dig[n++] = (mpz_dig_t)v;
        v >>= DB;
    }
    z->len = n;
    z->neg = neg && n > 0;
}

void mpz_set_ll(mpz_t *z, long long v) {
    unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    mpz_set_ull(z, mag, v < 0);
}

void mpz_set(mpz_t *dst, const mpz_t *src) {
    if (dst != src) {
        memmove(dst->dig, src->dig, src->len * sizeof(mpz_dig_t));
        dst->len = src->len;
        dst->neg = src->neg;
    }
}

bool mpz_get_mag_u64(const mpz_t *z, uint64_t *v) {
    if (z->len * DB > 64 && mpz_bit_length(z) > 64) {
        return false;
    }
    uint64_t r = 0;
    for (size_t i = z->len; i-- > 0;) {
        r = (DB == 64 ? 0 : r << DB) | z->dig[i];
    }
    *v = r;
    return true;
}

bool mpz_get_ll(const mpz_t *z, long long *v) {
    uint64_t m;
    if (!mpz_get_mag_u64(z, &m)) {
        return false;
    }
    if (!z->neg) {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *v = (long long)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *v = -(long long)(m - 1) - 1;   // no overflow at LLONG_MIN
    }
    return true;
}

double mpz_round_to_double(uint64_t m, bool sticky, long e) {
    if (m == 0) {
        return 0.0;
    }
    long nb = 0;
    for (uint64_t t = m; t != 0; t >>= 1) {
        nb++;
    }
    // Keep 53 bits, or fewer where the result is subnormal (lowest bit 2**-1074).
    long drop = nb - 53;
    if (-1074 - e > drop) {
        drop = -1074 - e;
    }
    if (drop <= 0) {
        return ldexp((double)m, (int)(e < -4000 ? -4000 : e > 4000 ? 4000 : e));
    }
    if (drop > 64) {
        return 0.0;
    }
    uint64_t kept = drop == 64 ? 0 : m >> drop;
    uint64_t rem = drop == 64 ? m : m & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rem > half || (rem == half && (sticky || (kept & 1)))) {
        kept++;
    }
    long ex = e + drop;
    if (ex > 4000) {
        return HUGE_VAL;
    }
    return ldexp((double)kept, (int)(ex < -4000 ? -4000 : ex));
}

double mpz_get_double(const mpz_t *z) {
    size_t nb = mpz_bit_length(z);
    uint64_t m = 0;
    bool sticky = false;
    long e = 0;
    if (nb <= 64) {
        mpz_get_mag_u64(z, &m);
    } else if (nb > 1100) {
        return z->neg ? -HUGE_VAL : HUGE_VAL;
    } else {
        // The top 64 bits, and whether anything below them is set.
        size_t shift = nb - 64;
        size_t dq = shift / DB;
        unsigned bits = (unsigned)(shift % DB);
        for (size_t i = 0; i < dq && !sticky; i++) {
            sticky = z->dig[i] != 0;
        }
        if (bits != 0 && (z->dig[dq] & (((mpz_dig_t)1 << bits) - 1)) != 0) {
            sticky = true;
        }
        for (size_t k = nb; k-- > shift;) {
            size_t di = k / DB;
            m = (m << 1) | ((z->dig[di] >> (k % DB)) & 1);
        }
        e = (long)shift;
    }
    double d = mpz_round_to_double(m, sticky, e);
    return z->neg ? -d : d;
}

size_t mpz_digits_for_double(double v) {
    int ex;
    frexp(v, &ex);
    return (ex > 0 ? (size_t)ex / DB : 0) + MPZ_LL_DIGS + 1;
}

void mpz_set_double(mpz_t *z, double v) {
    bool neg = v < 0;
    double a = fabs(v);
    if (a < 1.0) {
        mpz_set_ull(z, 0, false);
        return;
    }
    int ex;
    double f = frexp(a, &ex);   // a = f * 2**ex, 0.5 <= f < 1
    uint64_t m = (uint64_t)ldexp(f, 53);
    if (ex <= 53) {
        mpz_set_ull(z, m >> (53 - ex), neg);
        return;
    }
    mpz_dig_t buf[MPZ_LL_DIGS];
    mpz_t t;
    mpz_init(&t, buf, MPZ_LL_DIGS);
    mpz_set_ull(&t, m, neg);
    mpz_shl(z, &t, (size_t)(ex - 53));
}

// ---- strings --------------------------------------------------------------------

static unsigned log2_floor(unsigned v) {
    unsigned n = 0;
    while (v >>= 1) {
        n++;
    }
    return n;
}

size_t mpz_str_max_len(const mpz_t *z, int base) {
    return mpz_bit_length(z) / log2_floor((unsigned)base) + 1;
}

// The largest power of base that fits in a digit, and its exponent.
static mpz_dig_t big_base(int base, unsigned *k) {
    mpz_dbl_t p = (mpz_dbl_t)base;
    unsigned n = 1;
    while (p * (mpz_dbl_t)base < DIG_BASE) {
        p *= (mpz_dbl_t)base;
        n++;
    }
    *k = n;
    return (mpz_dig_t)p;
}

size_t mpz_to_str(const mpz_t *z, int base, bool upper, char *buf) {
    const char *digits = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               : "0123456789abcdefghijklmnopqrstuvwxyz";
    if (z->len == 0) {
        buf[0] = '0';
        return 1;
    }
    size_t cap = mpz_str_max_len(z, base);
    char *end = buf + cap, *p = end;
    if ((base & (base - 1)) == 0) {
        // Power of two: peel bits off the bottom.
        unsigned w = log2_floor((unsigned)base);
        size_t nb = mpz_bit_length(z);
        for (size_t bit = 0; bit < nb; bit += w) {
            unsigned v = 0;
            for (unsigned k = 0; k < w && bit + k < nb; k++) {
                v |= (unsigned)((z->dig[(bit + k) / DB] >> ((bit + k) % DB)) & 1) << k;
            }
            *--p = digits[v];
        }
    } else {
        unsigned k;
        mpz_dig_t bb = big_base(base, &k);
        mpz_dig_t *t = mo_new(mpz_dig_t, z->len);
        memcpy(t, z->dig, z->len * sizeof(mpz_dig_t));
        size_t n = z->len;
        while (n > 0) {
            mpz_dig_t rem = mag_divmod_1(t, t, n, bb);
            n = mag_trim(t, n);
            // A full chunk of k digits, except the leading one which stops at zero.
            for (unsigned i = 0; i < k && (n > 0 || rem != 0); i++) {
                *--p = digits[rem % (mpz_dig_t)base];
                rem /= (mpz_dig_t)base;
            }
        }
        mo_free(t);
    }
    size_t len = (size_t)(end - p);
    memmove(buf, p, len);
    return len;
}

size_t mpz_digits_for_str(size_t n, int base) {
    return n * (log2_floor((unsigned)base - 1) + 1) / DB + 2;
}

static unsigned char_digit(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a' + 10);
    }
    return (unsigned)(c - 'A' + 10);
}

void mpz_set_str(mpz_t *z, const char *s, size_t n, int base) {
    unsigned k;
    big_base(base, &k);
    size_t len = 0;
    size_t i = 0;
    while (i < n) {
        // Gather up to k digits into one digit-sized chunk, then z = z * base^m + chunk.
        mpz_dig_t chunk = 0, mult = 1;
        for (unsigned m = 0; m < k && i < n; m++, i++) {
            chunk = (mpz_dig_t)(chunk * (mpz_dig_t)base + char_digit(s[i]));
            mult = (mpz_dig_t)(mult * (mpz_dig_t)base);
        }
        len = mag_mul_add_1(z->dig, len, mult, chunk);
    }
    z->len = mag_trim(z->dig, len);
    z->neg = false;
}

// ---- queries --------------------------------------------------------------------

size_t mpz_bit_length(const mpz_t *z) {
    if (z->len == 0) {
        return 0;
    }
    return z->len * DB - dig_clz(z->dig[z->len - 1]);
}

size_t mpz_bit_count(const mpz_t *z) {
    size_t n = 0;
    for (size_t i = 0; i < z->len; i++) {
        for (mpz_dig_t d = z->dig[i]; d != 0; d &= (mpz_dig_t)(d - 1)) {
            n++;
        }
    }
    return n;
}

bool mpz_is_odd(const mpz_t *z) {
    return z->len > 0 && (z->dig[0] & 1);
}

int mpz_cmp_mag(const mpz_t *a, const mpz_t *b) {
    return mag_cmp(a->dig, a->len, b->dig, b->len);
}

int mpz_cmp(const mpz_t *a, const mpz_t *b) {
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int c = mpz_cmp_mag(a, b);
    return a->neg ? -c : c;
}

uint64_t mpz_mod_mersenne(const mpz_t *z, unsigned bits) {
    uint64_t p = ((uint64_t)1 << bits) - 1;
    unsigned s = DB % bits;
    uint64_t x = 0;
    for (size_t i = z->len; i-- > 0;) {
        // x * 2**DB mod p is a rotation of x within `bits` bits.
        if (s != 0) {
            x = ((x << s) & p) | (x >> (bits - s));
        }
        x += (uint64_t)z->dig[i] % p;
        if (x >= p) {
            x -= p;
        }
    }
    return x;
}

// ---- arithmetic ------------------------------------------------------------------

void mpz_neg(mpz_t *z) {
    if (z->len != 0) {
        z->neg = !z->neg;
    }
}

static void add_signed(mpz_t *dst, const mpz_t *a, const mpz_t *b, bool bneg) {
    if (a->neg == bneg) {
        if (a->len >= b->len) {
            dst->len = mag_add(dst->dig, a->dig, a->len, b->dig, b->len);
        } else {
            dst->len = mag_add(dst->dig, b->dig, b->len, a->dig, a->len);
        }
        dst->neg = a->neg;
    } else if (mag_cmp(a->dig, a->len, b->dig, b->len) >= 0) {
        dst->len = mag_sub(dst->dig, a->dig, a->len, b->dig, b->len);
        dst->neg = a->neg;
    } else {
        dst->len = mag_sub(dst->dig, b->dig, b->len, a->dig, a->len);
        dst->neg = bneg;
    }
    mpz_fix(dst);
}

void mpz_add(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    add_signed(dst, a, b, b->neg);
}

void mpz_sub(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    add_signed(dst, a, b, !b->neg && b->len > 0);
}

void mpz_mul(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    if (a->len == 0 || b->len == 0) {
        dst->len = 0;
        dst->neg = false;
        return;
    }
    if (a->len >= b->len) {
        dst->len = mag_mul(dst->dig, a->dig, a->len, b->dig, b->len);
    } else {
        dst->len = mag_mul(dst->dig, b->dig, b->len, a->dig, a->len);
    }
    dst->neg = a->neg != b->neg;
    mpz_fix(dst);
}

void mpz_divmod_trunc(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b) {
    size_t la = a->len, lb = b->len;
    if (mag_cmp(a->dig, la, b->dig, lb) < 0) {
        if (r != NULL) {
            mpz_set(r, a);
        }
        if (q != NULL) {
            q->len = 0;
            q->neg = false;
        }
        return;
    }
    if (lb == 1) {
        mpz_dig_t rem = mag_divmod_1(q != NULL ? q->dig : NULL, a->dig, la, b->dig[0]);
        if (r != NULL) {
            r->dig[0] = rem;
            r->len = 1;
        }
        if (q != NULL) {
            q->len = la;
        }
    } else {
        mag_divmod_knuth(q != NULL ? q->dig : NULL, r != NULL ? r->dig : NULL, a->dig, la,
                         b->dig, lb);
        if (q != NULL) {
            q->len = la - lb + 1;
        }
        if (r != NULL) {
            r->len = lb;
        }
    }
    if (q != NULL) {
        q->neg = a->neg != b->neg;
        mpz_fix(q);
    }
    if (r != NULL) {
        r->neg = a->neg;
        mpz_fix(r);
    }
}

void mpz_divmod(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b) {
    // Floor division needs the truncated remainder even when the caller does not.
    mpz_t rtmp;
    mpz_t *rr = r;
    mpz_dig_t stack_buf[SCRATCH_DIGS];
    if (rr == NULL) {
        if (b->len <= SCRATCH_DIGS) {
            mpz_init(&rtmp, stack_buf, SCRATCH_DIGS);
        } else {
            mpz_init_heap(&rtmp, b->len);
        }
        rr = &rtmp;
    }
    mpz_divmod_trunc(q, rr, a, b);
    if (rr->len != 0 && a->neg != b->neg) {
        // Python rounds the quotient down: q -= 1, r += b.
        if (q != NULL) {
            mpz_dig_t one = 1;
            q->len = mag_add(q->dig, q->dig, q->len, &one, 1);
            q->neg = true;
        }
        rr->len = mag_sub(rr->dig, b->dig, b->len, rr->dig, rr->len);
        rr->neg = b->neg;
        mpz_fix(rr);
    }
    if (rr != r && rtmp.dig != stack_buf) {
        mo_free(rtmp.dig);
    }
}

void mpz_shl(mpz_t *dst, const mpz_t *a, size_t n) {
    if (a->len == 0) {
        dst->len = 0;
        dst->neg = false;
        return;
    }
    size_t dq = n / DB;
    unsigned bits = (unsigned)(n % DB);
    memset(dst->dig, 0, dq * sizeof(mpz_dig_t));
    mag_shl_small(dst->dig + dq, a->dig, a->len, bits);
    dst->len = a->len + dq + 1;
    dst->neg = a->neg;
    mpz_fix(dst);
}

void mpz_shr(mpz_t *dst, const mpz_t *a, size_t n) {
    size_t dq = n / DB;
    unsigned bits = (unsigned)(n % DB);
    bool dropped = false;   // were any 1 bits shifted out?
    if (dq >= a->len) {
        dropped = a->len != 0;
        dst->len = 0;
    } else {
        for (size_t i = 0; i < dq && !dropped; i++) {
            dropped = a->dig[i] != 0;
        }
        if (bits != 0 && (a->dig[dq] & (((mpz_dig_t)1 << bits) - 1)) != 0) {
            dropped = true;
        }
        size_t n_out = a->len - dq;
        for (size_t i = 0; i < n_out; i++) {
            mpz_dbl_t t = a->dig[i + dq];
            if (i + dq + 1 < a->len) {
                t |= (mpz_dbl_t)a->dig[i + dq + 1] << DB;
            }
            dst->dig[i] = (mpz_dig_t)(t >> bits);
        }
        dst->len = mag_trim(dst->dig, n_out);
    }
    dst->neg = a->neg;
    if (a->neg && dropped) {
        // Floor, not truncation: -(|a| >> n) - 1 when bits were lost.
        mpz_dig_t one = 1;
        dst->len = mag_add(dst->dig, dst->dig, dst->len, &one, 1);
    }
    mpz_fix(dst);
}

enum { BIT_AND, BIT_OR, BIT_XOR };

// Works digit by digit in two's complement: a negative x is ~(|x| - 1), formed
// on the fly as (~d + carry); the result is converted back the same way.
static void bitwise(mpz_t *dst, const mpz_t *a, const mpz_t *b, int op) {
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    bool rneg = op == BIT_AND ? (a->neg && b->neg)
                : op == BIT_OR ? (a->neg || b->neg) : (a->neg != b->neg);
    mpz_dig_t ma = a->neg ? MPZ_DIG_MASK : 0, mb = b->neg ? MPZ_DIG_MASK : 0;
    mpz_dig_t mr = rneg ? MPZ_DIG_MASK : 0;
    mpz_dbl_t ca = a->neg, cb = b->neg, cr = rneg;
    for (size_t i = 0; i < n; i++) {
        mpz_dig_t da = i < a->len ? a->dig[i] : 0;
        mpz_dig_t db = i < b->len ? b->dig[i] : 0;
        ca += (mpz_dig_t)(da ^ ma);
        cb += (mpz_dig_t)(db ^ mb);
        da = (mpz_dig_t)ca;
        db = (mpz_dig_t)cb;
        ca >>= DB;
        cb >>= DB;
        mpz_dig_t dr = op == BIT_AND ? (mpz_dig_t)(da & db)
                       : op == BIT_OR ? (mpz_dig_t)(da | db) : (mpz_dig_t)(da ^ db);
        cr += (mpz_dig_t)(dr ^ mr);
        dst->dig[i] = (mpz_dig_t)cr;
        cr >>= DB;
    }
    dst->len = n;
    dst->neg = rneg;
    mpz_fix(dst);
}

void mpz_and(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    bitwise(dst, a, b, BIT_AND);
}

void mpz_or(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    bitwise(dst, a, b, BIT_OR);
}

void mpz_xor(mpz_t *dst, const mpz_t *a, const mpz_t *b) {
    bitwise(dst, a, b, BIT_XOR);
}

void mpz_invert(mpz_t *dst, const mpz_t *a) {
    mpz_dig_t one = 1;
    if (!a->neg) {
        dst->len = mag_add(dst->dig, a->dig, a->len, &one, 1);
        dst->neg = true;
    } else {
        dst->len = mag_sub(dst->dig, a->dig, a->len, &one, 1);
        dst->neg = false;
    }
    mpz_fix(dst);
}

void mpz_pow(mpz_t *dst, const mpz_t *a, uint64_t e) {
    size_t bound = (size_t)(mpz_bit_length(a) * e / DB) + 3;
    mpz_t x, t;
    mpz_init_heap(&x, bound);
    mpz_init_heap(&t, bound);
    mpz_set_ull(&x, 1, false);
    int top = 63;
    while (top >= 0 && !((e >> top) & 1)) {
        top--;
    }
    // Left to right square-and-multiply; x and t swap roles each step.
    for (int bit = top; bit >= 0; bit--) {
        mpz_mul(&t, &x, &x);
        mpz_t s = x; x = t; t = s;
        if ((e >> bit) & 1) {
            mpz_mul(&t, &x, a);
            s = x; x = t; t = s;
        }
    }
    mo_free(t.dig);
    *dst = x;
}

// x = x mod m for m > 0, via a scratch quotient-less division.
static void mod_pos(mpz_t *r, const mpz_t *x, const mpz_t *m) {
    mpz_divmod(NULL, r, x, m);
}

void mpz_powmod(mpz_t *dst, const mpz_t *a, const mpz_t *e, const mpz_t *m) {
    mpz_t mm = *m;
    mm.neg = false;
    size_t lm = mm.len;
    mpz_t base, x, prod;
    mpz_init_heap(&base, lm);
    mpz_init_heap(&x, lm);
    mpz_init_heap(&prod, 2 * lm);
    mod_pos(&base, a, &mm);
    mpz_set_ull(&x, 1, false);
    if (mpz_cmp_mag(&x, &mm) == 0) {
        x.len = 0;   // everything is 0 mod 1
    }
    size_t nb = mpz_bit_length(e);
    for (size_t bit = nb; bit-- > 0;) {
        mpz_mul(&prod, &x, &x);
        mod_pos(&x, &prod, &mm);
        if ((e->dig[bit / DB] >> (bit % DB)) & 1) {
            mpz_mul(&prod, &x, &base);
            mod_pos(&x, &prod, &mm);
        }
    }
    if (m->neg && x.len != 0) {
        // Python's result takes the modulus's sign: x - |m|.
        dst->len = mag_sub(dst->dig, mm.dig, mm.len, x.dig, x.len);
        dst->neg = true;
    } else {
        mpz_set(dst, &x);
    }
    mpz_fix(dst);
    mo_free(base.dig);
    mo_free(x.dig);
    mo_free(prod.dig);
}

bool mpz_invmod(mpz_t *dst, const mpz_t *a, const mpz_t *m) {
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    size_t n = m->len + 2;
    mpz_t old_r, r, old_s, s, q, t, u;
    mpz_init_heap(&old_r, n);
    mpz_init_heap(&r, n);
    mpz_init_heap(&old_s, n);
    mpz_init_heap(&s, n);
    mpz_init_heap(&q, n + 1);
    mpz_init_heap(&t, 2 * n + 1);
    mpz_init_heap(&u, 2 * n + 1);
    mpz_divmod(NULL, &old_r, a, m);
    mpz_set(&r, m);
    mpz_set_ull(&old_s, 1, false);
    mpz_set_ull(&s, 0, false);
    while (r.len != 0) {
        mpz_divmod(&q, &t, &old_r, &r);    // t = old_r - q * r
        mpz_set(&old_r, &r);
        mpz_set(&r, &t);
        mpz_mul(&t, &q, &s);
        mpz_sub(&u, &old_s, &t);           // u = old_s - q * s, |u| <= m
        mpz_set(&old_s, &s);
        mpz_set(&s, &u);
    }
    bool ok = old_r.len == 1 && old_r.dig[0] == 1;
    if (ok) {
        mpz_divmod(NULL, dst, &old_s, m);
    }
    mo_free(old_r.dig);
    mo_free(r.dig);
    mo_free(old_s.dig);
    mo_free(s.dig);
    mo_free(q.dig);
    mo_free(t.dig);
    mo_free(u.dig);
    return ok;
}
