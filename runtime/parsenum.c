// Parsing int, float and complex values from text as int(), float() and complex()
// do (not source literals: the lexer scans those itself).
//
// Each parser first checks the syntax by hand, copying the significant characters
// (no underscores) aside, then converts: ints through small arithmetic or mpz,
// floats through strtod, which rounds correctly.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/parsenum.h"
#include "runtime/runtime.h"
#include "runtime/unicode.h"

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_dec(char c) {
    return c >= '0' && c <= '9';
}

// The value of c as a digit in any base up to 36, or 99.
static unsigned digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a' + 10);
    }
    return 99;
}

static void trim(const char **s, size_t *len) {
    while (*len > 0 && is_space(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && is_space((*s)[*len - 1])) {
        (*len)--;
    }
}

static bool lower_eq(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((char)(s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// int(), float() and complex() accept any Unicode decimal digit and whitespace in
// a str: map them to ASCII first (other non-ASCII characters become '?', which no
// syntax accepts). Returns s itself when it is ASCII already.
static const char *asciify(const char *s, size_t *len, mo_obj_t orig) {
    if ((orig != MO_OBJ_NULL && !mo_obj_is_str(orig)) ||
        mo_utf8_is_ascii((const uint8_t *)s, *len)) {
        return s;
    }
    char *out = mo_alloc(*len + 1);
    size_t n = 0;
    const uint8_t *p = (const uint8_t *)s, *end = p + *len;
    while (p < end) {
        if (*p < 0x80) {
            out[n++] = (char)*p++;
            continue;
        }
        mo_unichar_t c = mo_utf8_get_char(p, end);
        p = mo_utf8_next(p, end);
        int d = mo_unichar_decimal_value(c);
        out[n++] = d >= 0 ? (char)('0' + d) : mo_unichar_isspace(c) ? ' ' : '?';
    }
    *len = n;
    return out;
}

// ---- int -------------------------------------------------------------------------

static _Noreturn void int_error(const char *s, size_t len, int base, mo_obj_t orig) {
    if (orig == MO_OBJ_NULL) {
        orig = mo_obj_new_str(s, len);
    }
    mo_raise_fmt(&mo_type_ValueError, "invalid literal for int() with base %d: %R", base, orig);
}

// A prefix 0x / 0o / 0b at p (p has at least 2 chars): its base, or 0.
static int prefix_base(const char *p) {
    if (p[0] != '0') {
        return 0;
    }
    char c = (char)(p[1] | 0x20);
    return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
}

mo_obj_t mo_parse_num_int(const char *s0, size_t len0, int base0, mo_obj_t orig) {
    size_t len = len0;
    const char *s = asciify(s0, &len, orig);
    int base = base0;
    trim(&s, &len);
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    bool prefixed = false;
    if (len - i >= 2) {
        int pb = prefix_base(s + i);
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
    }
    // Digits, with single underscores between them (or right after a prefix).
    char small[64];
    char *digits = len - i <= sizeof(small) ? small : mo_alloc(len - i);
    size_t n = 0;
    bool last_was_digit = prefixed;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!last_was_digit || i + 1 >= len || digit_value(s[i + 1]) >= (unsigned)base) {
                int_error(s0, len0, base0, orig);
            }
            last_was_digit = false;
            continue;
        }
        if (digit_value(c) >= (unsigned)base) {
            int_error(s0, len0, base0, orig);
        }
        digits[n++] = c;
        last_was_digit = true;
    }
    if (n == 0) {
        int_error(s0, len0, base0, orig);
    }
    if (base0 == 0 && !prefixed && digits[0] == '0') {
        // No implicit octal: "00" is fine, "010" is not.
        for (size_t k = 0; k < n; k++) {
            if (digits[k] != '0') {
                int_error(s0, len0, base0, orig);
            }
        }
    }
    // Most ints fit in a word: accumulate directly, fall back to mpz on overflow.
    unsigned long long acc = 0;
    size_t k = 0;
    for (; k < n; k++) {
        if (__builtin_mul_overflow(acc, (unsigned long long)base, &acc) ||
            __builtin_add_overflow(acc, (unsigned long long)digit_value(digits[k]), &acc)) {
            break;
        }
    }
    mo_obj_t r;
    if (k == n && acc <= (unsigned long long)INT64_MAX) {
        r = mo_obj_new_int_from_ll(neg ? -(long long)acc : (long long)acc);
    } else {
        r = mo_int_from_digits(digits, n, base, neg);
    }
    if (digits != small) {
        mo_free(digits);
    }
    return r;
}

// ---- float ---------------------------------------------------------------------------

// Scans digits with single underscores between them into buf; returns the count
// of source characters used.
static size_t scan_digits(const char *s, size_t len, char *buf, size_t *n) {
    size_t i = 0;
    while (i < len) {
        if (is_dec(s[i])) {
            buf[(*n)++] = s[i++];
        } else if (s[i] == '_' && i > 0 && i + 1 < len && is_dec(s[i + 1])) {
            i++;
        } else {
            break;
        }
    }
    return i;
}

size_t mo_scan_double(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (lower_eq(s + i, len - i, "infinity") || lower_eq(s + i, len - i, "inf")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return i + (lower_eq(s + i, len - i, "infinity") ? 8 : 3);
    }
    if (lower_eq(s + i, len - i, "nan")) {
        *out = NAN;
        return i + 3;
    }
    char small[80];
    char *buf = len + 2 <= sizeof(small) ? small : mo_alloc(len + 2);
    size_t n = 0;
    buf[n++] = neg ? '-' : '+';
    size_t mant_start = n;
    i += scan_digits(s + i, len - i, buf, &n);
    size_t n_digits = n - mant_start;
    if (i < len && s[i] == '.') {
        buf[n++] = '.';
        i++;
        size_t before = n;
        i += scan_digits(s + i, len - i, buf, &n);
        n_digits += n - before;
    }
    size_t used = 0;
    if (n_digits > 0) {
        used = i;
        // An exponent only counts when digits follow it.
        if (i < len && (s[i] | 0x20) == 'e') {
            size_t j = i + 1, save_n = n;
            buf[n++] = 'e';
            if (j < len && (s[j] == '+' || s[j] == '-')) {
                buf[n++] = s[j++];
            }
            size_t d = (j < len && is_dec(s[j])) ? scan_digits(s + j, len - j, buf, &n) : 0;
            if (d > 0) {
                used = j + d;
            } else {
                n = save_n;
            }
        }
        buf[n] = '\0';
        *out = strtod(buf, NULL);
    }
    if (buf != small) {
        mo_free(buf);
    }
    return used;
}

bool mo_parse_double(const char *s, size_t len, double *out) {
    return len > 0 && mo_scan_double(s, len, out) == len;
}

mo_obj_t mo_parse_num_float(const char *s0, size_t len0, mo_obj_t orig) {
    size_t len = len0;
    const char *s = asciify(s0, &len, orig);
    trim(&s, &len);
    double v;
    if (!mo_parse_double(s, len, &v)) {
        if (orig == MO_OBJ_NULL) {
            orig = mo_obj_new_str(s0, len0);
        }
        mo_raise_fmt(&mo_type_ValueError, "could not convert string to float: %R", orig);
    }
    return mo_obj_new_float(v);
}

// ---- complex -------------------------------------------------------------------------

// "j", "+j", "-j" at s (whole of it): true with the coefficient in *v.
static bool lone_j(const char *s, size_t len, double *v) {
    size_t i = 0;
    *v = 1.0;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        *v = s[i] == '-' ? -1.0 : 1.0;
        i++;
    }
    return i + 1 == len && (s[i] | 0x20) == 'j';
}

static bool is_j(const char *s, size_t len, size_t pos) {
    return pos + 1 == len && (s[pos] | 0x20) == 'j';
}

static bool parse_complex(const char *s, size_t len, double *re, double *im) {
    *re = *im = 0.0;
    if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
        s++;
        len -= 2;
        trim(&s, &len);
    }
    if (len == 0) {
        return false;
    }
    double x;
    size_t n = mo_scan_double(s, len, &x);
    if (n == 0) {
        return lone_j(s, len, im);
    }
    if (n == len) {
        *re = x;
        return true;
    }
    if (is_j(s, len, n)) {
        *im = x;
        return true;
    }
    if (s[n] != '+' && s[n] != '-') {
        return false;
    }
    *re = x;
    size_t m = mo_scan_double(s + n, len - n, &x);
    if (m == 0) {
        return lone_j(s + n, len - n, im);
    }
    *im = x;
    return is_j(s, len, n + m);
}

mo_obj_t mo_parse_num_complex(const char *s0, size_t len0, mo_obj_t orig) {
    size_t len = len0;
    const char *s = asciify(s0, &len, orig);
    trim(&s, &len);
    double re, im;
    if (!parse_complex(s, len, &re, &im)) {
        mo_raise_msg(&mo_type_ValueError, "complex() arg is a malformed string");
    }
    return mo_obj_new_complex(re, im);
}
