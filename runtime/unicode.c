// UTF-8 coding and the character classes behind str's is*/upper/lower methods.
// See unicode.h for what the classes cover above Latin-1 and why.
#include "runtime/unicode.h"

#include <string.h>

// ---- UTF-8 ---------------------------------------------------------------------

mo_unichar_t mo_utf8_get_char(const uint8_t *s, const uint8_t *end) {
    uint8_t b = *s;
    if (b < 0x80) {
        return b;
    }
    // The count of leading ones says how many continuation bytes follow.
    size_t n = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    mo_unichar_t c = b & (0x3f >> n);
    for (size_t i = 1; i <= n && s + i < end; i++) {
        c = (c << 6) | (s[i] & 0x3f);
    }
    return c;
}

const uint8_t *mo_utf8_next(const uint8_t *s, const uint8_t *end) {
    s++;
    while (s < end && !mo_utf8_is_start(*s)) {
        s++;
    }
    return s;
}

const uint8_t *mo_utf8_prev(const uint8_t *s, const uint8_t *start) {
    if (s > start) {
        s--;
    }
    while (s > start && !mo_utf8_is_start(*s)) {
        s--;
    }
    return s;
}

const uint8_t *mo_utf8_skip(const uint8_t *s, const uint8_t *end, size_t n) {
    while (n > 0 && s < end) {
        s = mo_utf8_next(s, end);
        n--;
    }
    return s;
}

size_t mo_utf8_char_count(const uint8_t *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += mo_utf8_is_start(s[i]);
    }
    return n;
}

bool mo_utf8_is_ascii(const uint8_t *s, size_t len) {
    // A word at a time: most strings are ASCII and this runs on every index.
    size_t i = 0;
    for (; i + sizeof(uint32_t) <= len; i += sizeof(uint32_t)) {
        uint32_t w;
        memcpy(&w, s + i, sizeof w);
        if (w & 0x80808080u) {
            return false;
        }
    }
    for (; i < len; i++) {
        if (s[i] & 0x80) {
            return false;
        }
    }
    return true;
}

size_t mo_utf8_encoded_len(mo_unichar_t c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

size_t mo_utf8_encode(mo_unichar_t c, uint8_t *out) {
    size_t n = mo_utf8_encoded_len(c);
    static const uint8_t lead[5] = {0, 0, 0xc0, 0xe0, 0xf0};
    if (n == 1) {
        out[0] = (uint8_t)c;
        return 1;
    }
    for (size_t i = n - 1; i > 0; i--) {
        out[i] = (uint8_t)(0x80 | (c & 0x3f));
        c >>= 6;
    }
    out[0] = (uint8_t)(lead[n] | c);
    return n;
}

bool mo_utf8_validate(const uint8_t *s, size_t len, size_t *bad_start, size_t *bad_end,
                      const char **reason) {
    size_t i = 0;
    while (i < len) {
        uint8_t b = s[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint8_t lo = 0x80, hi = 0xbf;  // allowed range of the first continuation byte
        if (b >= 0xc2 && b <= 0xdf) {
            n = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            n = 2;
            // No overlong forms and no surrogates, as CPython's strict decoder.
            if (b == 0xe0) {
                lo = 0xa0;
            } else if (b == 0xed) {
                hi = 0x9f;
            }
        } else if (b >= 0xf0 && b <= 0xf4) {
            n = 3;
            if (b == 0xf0) {
                lo = 0x90;
            } else if (b == 0xf4) {
                hi = 0x8f;
            }
        } else {
            *bad_start = i;
            *bad_end = i + 1;
            *reason = "invalid start byte";
            return false;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len) {
                *bad_start = i;
                *bad_end = len;
                *reason = "unexpected end of data";
                return false;
            }
            uint8_t c = s[i + k];
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
            if (c < l || c > h) {
                *bad_start = i;
                *bad_end = i + k;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i += n + 1;
    }
    return true;
}

// ---- character classes -------------------------------------------------------------

typedef struct { mo_unichar_t lo, hi; } urange_t;

static bool in_ranges(mo_unichar_t c, const urange_t *r, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (c >= r[i].lo && c <= r[i].hi) {
            return true;
        }
    }
    return false;
}
#define IN_RANGES(c, table) in_ranges((c), (table), sizeof(table) / sizeof((table)[0]))

// Case pairs: the upper-case characters of a block and how their lower case is found.
enum { CASE_SHIFT, CASE_EVEN_UPPER, CASE_ODD_UPPER };
typedef struct { uint32_t lo, hi; int32_t delta; uint8_t kind; } case_range_t;

static const case_range_t case_ranges[] = {
    {0x41, 0x5a, 32, CASE_SHIFT}, {0xc0, 0xd6, 32, CASE_SHIFT}, {0xd8, 0xde, 32, CASE_SHIFT},
    {0x100, 0x12f, 1, CASE_EVEN_UPPER}, {0x132, 0x137, 1, CASE_EVEN_UPPER},
    {0x139, 0x148, 1, CASE_ODD_UPPER}, {0x14a, 0x177, 1, CASE_EVEN_UPPER},
    {0x178, 0x178, -121, CASE_SHIFT}, {0x179, 0x17e, 1, CASE_ODD_UPPER},
    {0x1cd, 0x1dc, 1, CASE_ODD_UPPER}, {0x1de, 0x1ef, 1, CASE_EVEN_UPPER},
    {0x1f8, 0x21f, 1, CASE_EVEN_UPPER}, {0x222, 0x233, 1, CASE_EVEN_UPPER},
    {0x386, 0x386, 38, CASE_SHIFT}, {0x388, 0x38a, 37, CASE_SHIFT},
    {0x38c, 0x38c, 64, CASE_SHIFT}, {0x38e, 0x38f, 63, CASE_SHIFT},
    {0x391, 0x3a1, 32, CASE_SHIFT}, {0x3a3, 0x3ab, 32, CASE_SHIFT},
    {0x400, 0x40f, 80, CASE_SHIFT}, {0x410, 0x42f, 32, CASE_SHIFT},
    {0x460, 0x481, 1, CASE_EVEN_UPPER}, {0x48a, 0x4bf, 1, CASE_EVEN_UPPER},
    {0x4c1, 0x4ce, 1, CASE_ODD_UPPER}, {0x4d0, 0x52f, 1, CASE_EVEN_UPPER},
    {0x531, 0x556, 48, CASE_SHIFT},
    {0x1e00, 0x1e95, 1, CASE_EVEN_UPPER}, {0x1ea0, 0x1eff, 1, CASE_EVEN_UPPER},
    {0xff21, 0xff3a, 32, CASE_SHIFT},
};

static bool case_range_has_upper(const case_range_t *r, mo_unichar_t c) {
    if (c < r->lo || c > r->hi) {
        return false;
    }
    switch (r->kind) {
        case CASE_EVEN_UPPER:
            return (c & 1) == 0;
        case CASE_ODD_UPPER:
            return (c & 1) == 1;
        default:
            return true;
    }
}

mo_unichar_t mo_unichar_tolower(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_tolower((uint8_t)c);
    }
    if (c == 0x130) {
        return 'i';
    }
    // The digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz come in threes.
    if ((c >= 0x1c4 && c <= 0x1cb) || c == 0x1f1 || c == 0x1f2) {
        mo_unichar_t first = c >= 0x1f1 ? 0x1f1 : 0x1c4 + (c - 0x1c4) / 3 * 3;
        return first + 2;
    }
    for (size_t i = 0; i < sizeof(case_ranges) / sizeof(case_ranges[0]); i++) {
        if (case_range_has_upper(&case_ranges[i], c)) {
            return (mo_unichar_t)((int32_t)c + case_ranges[i].delta);
        }
    }
    return c;
}

mo_unichar_t mo_unichar_toupper(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_toupper((uint8_t)c);
    }
    if ((c >= 0x1c5 && c <= 0x1cc) || c == 0x1f2 || c == 0x1f3) {
        mo_unichar_t first = c >= 0x1f1 ? 0x1f1 : 0x1c4 + (c - 0x1c4) / 3 * 3;
        return first;
    }
    switch (c) {
        case 0xb5: return 0x39c;
        case 0x131: return 'I';
        case 0x17f: return 'S';
        case 0x3c2: return 0x3a3;
        default: break;
    }
    for (size_t i = 0; i < sizeof(case_ranges) / sizeof(case_ranges[0]); i++) {
        mo_unichar_t u = (mo_unichar_t)((int32_t)c - case_ranges[i].delta);
        if (case_range_has_upper(&case_ranges[i], u)) {
            return u;
        }
    }
    return c;
}

// Title-case digraphs (Dž, Lj, Nj, Dz) are neither upper nor lower case.
static bool is_titlecase(mo_unichar_t c) {
    return c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2;
}

bool mo_unichar_isupper(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_isupper((uint8_t)c);
    }
    if (is_titlecase(c)) {
        return false;
    }
    return mo_unichar_tolower(c) != c;
}

bool mo_unichar_islower(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_islower((uint8_t)c);
    }
    // Lower-case letters with no upper-case partner.
    if (c == 0xaa || c == 0xba || c == 0xdf || c == 0x138 || c == 0x149 ||
        (c >= 0x250 && c <= 0x2af)) {
        return true;
    }
    return !is_titlecase(c) && mo_unichar_toupper(c) != c;
}

static const urange_t space_ranges[] = {
    {0x09, 0x0d}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680},
    {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

bool mo_unichar_isspace(mo_unichar_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return IN_RANGES(c, space_ranges);
}

// Letters without case, by block.
static const urange_t alpha_ranges[] = {
    {0x100, 0x2af}, {0x370, 0x373}, {0x376, 0x377}, {0x37b, 0x37d}, {0x386, 0x386},
    {0x388, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f}, {0x531, 0x556}, {0x561, 0x587},
    {0x5d0, 0x5ea}, {0x620, 0x64a}, {0x671, 0x6d3}, {0x904, 0x939}, {0xe01, 0xe30},
    {0x10a0, 0x10ff}, {0x1100, 0x11ff}, {0x1e00, 0x1fbc}, {0x3041, 0x3096},
    {0x30a1, 0x30fa}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3},
    {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0x20000, 0x2a6df},
};

bool mo_unichar_isalpha(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_isalpha((uint8_t)c);
    }
    if (c < 0x100) {
        return c == 0xaa || c == 0xb5 || c == 0xba || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
    }
    return IN_RANGES(c, alpha_ranges);
}

// The zero of each block of ten decimal digits.
static const uint32_t decimal_zeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10,
};

int mo_unichar_decimal_value(mo_unichar_t c) {
    for (size_t i = 0; i < sizeof(decimal_zeros) / sizeof(decimal_zeros[0]); i++) {
        if (c >= decimal_zeros[i] && c < decimal_zeros[i] + 10) {
            return (int)(c - decimal_zeros[i]);
        }
    }
    return -1;
}

bool mo_unichar_isdecimal(mo_unichar_t c) {
    if (c < 0x80) {
        return mo_ascii_isdigit((uint8_t)c);
    }
    return mo_unichar_decimal_value(c) >= 0;
}

static const urange_t digit_extra_ranges[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490},
};

bool mo_unichar_isdigit(mo_unichar_t c) {
    return mo_unichar_isdecimal(c) || (c >= 0x80 && IN_RANGES(c, digit_extra_ranges));
}

static const urange_t numeric_extra_ranges[] = {
    {0xbc, 0xbe}, {0x2150, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487}, {0x2491, 0x249b},
    {0x3007, 0x3007},
};

bool mo_unichar_isnumeric(mo_unichar_t c) {
    return mo_unichar_isdigit(c) || (c >= 0x80 && IN_RANGES(c, numeric_extra_ranges));
}

bool mo_unichar_isalnum(mo_unichar_t c) {
    return mo_unichar_isalpha(c) || mo_unichar_isnumeric(c);
}

// Controls, format characters, separators, surrogates, private use, non-characters.
static const urange_t nonprint_ranges[] = {
    {0x7f, 0xa0}, {0xad, 0xad}, {0x600, 0x605}, {0x61c, 0x61c}, {0x6dd, 0x6dd},
    {0x70f, 0x70f}, {0x1680, 0x1680}, {0x180e, 0x180e}, {0x2000, 0x200f},
    {0x2028, 0x202f}, {0x205f, 0x2064}, {0x2066, 0x206f}, {0x3000, 0x3000},
    {0xd7fc, 0xf8ff}, {0xfeff, 0xfeff}, {0xfff9, 0xfffb}, {0xfffe, 0xffff},
    {0xe0000, 0xe0fff}, {0xf0000, 0x10ffff},
};

bool mo_unichar_isprintable(mo_unichar_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7f;
    }
    return !IN_RANGES(c, nonprint_ranges);
}

bool mo_unichar_isidstart(mo_unichar_t c) {
    return c == '_' || mo_unichar_isalpha(c);
}

bool mo_unichar_isidcont(mo_unichar_t c) {
    return mo_unichar_isidstart(c) || mo_unichar_isdecimal(c) || c == 0xb7;
}
