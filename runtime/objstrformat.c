// Formatting: the format-spec mini-language (format(), __format__, str.format,
// f-strings) and printf-style % for str and bytes. Both share one number
// formatter: a spec (fill, align, sign, width, grouping, precision, type) applied
// to an int (small or big) or a float.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"

typedef struct fmt_spec {
    mo_unichar_t fill;
    char align;      // 0 (default for the type), '<', '>', '^', '='
    char sign;       // 0, '+', '-', ' '
    bool alt;        // '#'
    bool zero;       // '0' before the width
    bool coerce_z;   // 'z'
    bool fill_given;
    char grouping;   // 0, ',', '_'
    mo_int_t width;  // -1: none
    mo_int_t prec;   // -1: none
    char type;       // 0: none
    mo_int_t min_digits;  // % formatting's precision for ints ("%.3d"); -1: none
} fmt_spec_t;

static void spec_init(fmt_spec_t *s) {
    memset(s, 0, sizeof(*s));
    s->fill = ' ';
    s->width = -1;
    s->prec = -1;
    s->min_digits = -1;
}

_Noreturn static void raise_invalid_spec(const uint8_t *spec, size_t len, mo_obj_t value) {
    mo_raise_fmt(&mo_type_ValueError, "Invalid format specifier '%.*s' for object of type '%T'",
                 (int)len, (const char *)spec, value);
}

_Noreturn static void raise_unknown_code(char type, mo_obj_t value) {
    uint8_t c = (uint8_t)type;
    if (c > 32 && c < 128) {
        mo_raise_fmt(&mo_type_ValueError, "Unknown format code '%c' for object of type '%T'", c, value);
    }
    mo_raise_fmt(&mo_type_ValueError, "Unknown format code '\\x%x' for object of type '%T'",
                 (unsigned)c, value);
}

// Reads a decimal count (width or precision); huge values are an error as in CPython.
static mo_int_t parse_count(const uint8_t **p, const uint8_t *end) {
    mo_int_t v = 0;
    while (*p < end && mo_ascii_isdigit(**p)) {
        if (v > (MO_SMALL_INT_MAX - 9) / 10) {
            mo_raise_msg(&mo_type_ValueError, "Too many decimal digits in format string");
        }
        v = v * 10 + (**p - '0');
        (*p)++;
    }
    return v;
}

static bool is_align(mo_unichar_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
static void parse_spec(const uint8_t *spec, size_t len, mo_obj_t value, fmt_spec_t *s) {
    spec_init(s);
    const uint8_t *p = spec, *end = spec + len;
    if (p < end) {
        const uint8_t *after_fill = mo_utf8_next(p, end);
        if (after_fill < end && is_align(*after_fill)) {
            s->fill = mo_utf8_get_char(p, end);
            s->fill_given = true;
            s->align = (char)*after_fill;
            p = after_fill + 1;
        } else if (is_align(*p)) {
            s->align = (char)*p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        s->sign = (char)*p++;
    }
    if (p < end && *p == 'z') {
        s->coerce_z = true;
        p++;
    }
    if (p < end && *p == '#') {
        s->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        s->zero = true;
        p++;
    }
    if (p < end && mo_ascii_isdigit(*p)) {
        s->width = parse_count(&p, end);
    }
    if (p < end && (*p == ',' || *p == '_')) {
        s->grouping = (char)*p++;
        if (p < end && (*p == ',' || *p == '_')) {
            mo_raise_msg(&mo_type_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p == end || !mo_ascii_isdigit(*p)) {
            mo_raise_msg(&mo_type_ValueError, "Format specifier missing precision");
        }
        s->prec = parse_count(&p, end);
    }
    if (end - p > 1) {
        raise_invalid_spec(spec, len, value);
    }
    if (p < end) {
        if (*p == 0) {
            raise_unknown_code(0, value);
        }
        s->type = (char)*p;
    }
    // '0' means fill with zeros after the sign unless told otherwise.
    if (s->zero) {
        if (!s->fill_given) {
            s->fill = '0';
        }
        if (s->align == 0) {
            s->align = '=';
        }
    }
    if (s->grouping) {
        const char *ok = s->grouping == ',' ? "deEfFgG%" : "deEfFgG%bxXo";
        if (s->type != 0 && strchr(ok, s->type) == NULL) {
            mo_raise_fmt(&mo_type_ValueError, "Cannot specify '%c' with '%c'.", s->grouping, s->type);
        }
    }
}

// ---- padding -------------------------------------------------------------------------------

static void add_fill(mo_vstr_t *out, mo_unichar_t fill, size_t n) {
    if (fill < 0x80) {
        memset(mo_vstr_extend(out, n), (int)fill, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        mo_vstr_add_char(out, fill);
    }
}

// Writes prefix (sign, 0x) and body padded to the spec's width. nchars counts the
// characters of prefix and body together.
static void pad_out(mo_vstr_t *out, const fmt_spec_t *s, const char *prefix, size_t prefix_len,
                    const char *body, size_t body_len, size_t nchars, char default_align) {
    size_t width = s->width > 0 ? (size_t)s->width : 0;
    size_t pad = width > nchars ? width - nchars : 0;
    char align = s->align ? s->align : default_align;
    size_t left = 0;
    if (align == '>') {
        left = pad;
    } else if (align == '^') {
        left = pad / 2;
    } else if (align == '=') {
        mo_vstr_add_strn(out, prefix, prefix_len);
        add_fill(out, s->fill, pad);
        mo_vstr_add_strn(out, body, body_len);
        return;
    }
    add_fill(out, s->fill, left);
    mo_vstr_add_strn(out, prefix, prefix_len);
    mo_vstr_add_strn(out, body, body_len);
    add_fill(out, s->fill, pad - left);
}

// Inserts a separator every `group` digits of digits[0..n) (most significant first),
// first padding with zeros up to min_len characters when zero-filling.
static void add_grouped(mo_vstr_t *out, const char *digits, size_t n, char sep, size_t group,
                        size_t min_len) {
    size_t total = n;  // digits including leading zeros
    if (sep != 0) {
        while (total + (total - 1) / group < min_len) {
            total++;
        }
    } else if (total < min_len) {
        total = min_len;
    }
    for (size_t i = 0; i < total; i++) {
        size_t from_right = total - i;
        mo_vstr_add_byte(out, i + n >= total ? digits[i + n - total] : '0');
        if (sep != 0 && from_right > 1 && (from_right - 1) % group == 0) {
            mo_vstr_add_byte(out, sep);
        }
    }
}

// ---- integers ------------------------------------------------------------------------------

// Appends the digits of |v| in base 2, 8, 10 or 16 (lower case); returns v < 0.
static bool int_digits(mo_vstr_t *out, mo_obj_t v, unsigned base) {
    static const char hex[] = "0123456789abcdef";
    mo_int_t small;
    if (mo_obj_get_int_maybe(v, &small)) {
        mo_uint_t mag = small < 0 ? (mo_uint_t)0 - (mo_uint_t)small : (mo_uint_t)small;
        char buf[sizeof(mo_uint_t) * 8];
        char *e = buf + sizeof(buf), *p = e;
        do {
            *--p = hex[mag % base];
            mag /= base;
        } while (mag != 0);
        mo_vstr_add_strn(out, p, (size_t)(e - p));
        return small < 0;
    }
    // A big int: work through its own operators, so no knowledge of its layout.
    bool neg = mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, v, mo_small_int(0)));
    if (neg) {
        v = mo_unary_op(MO_UNARY_OP_NEGATIVE, v);
    }
    if (base == 10) {
        mo_print_t p;
        mo_print_to_vstr(&p, out);
        mo_obj_print(&p, v, MO_PRINT_STR);
        return neg;
    }
    unsigned bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    const unsigned chunk = 24;  // a multiple of 1, 3 and 4 bits that fits a small int
    size_t start = out->len;
    while (v != mo_small_int(0)) {
        mo_int_t c = mo_small_int_value(mo_binary_op(MO_BINARY_OP_AND, v, mo_small_int(0xffffff)));
        v = mo_binary_op(MO_BINARY_OP_RSHIFT, v, mo_small_int(chunk));
        for (unsigned i = 0; i < chunk / bits; i++) {
            mo_vstr_add_byte(out, hex[c & (mo_int_t)(base - 1)]);
            c >>= bits;
        }
    }
    // Digits went in least significant first: drop the high zeros and reverse.
    while (out->len > start + 1 && out->buf[out->len - 1] == '0') {
        out->len--;
    }
    for (size_t i = start, j = out->len - 1; i < j; i++, j--) {
        char t = out->buf[i];
        out->buf[i] = out->buf[j];
        out->buf[j] = t;
    }
    return neg;
}

static void format_float(mo_vstr_t *out, double d, const fmt_spec_t *s, mo_obj_t value);

// value is what the user passed (for messages: a bool says 'bool'), v its int.
static void format_int(mo_vstr_t *out, mo_obj_t v, const fmt_spec_t *s, mo_obj_t value) {
    char type = s->type;
    if (type != 0 && strchr("eEfFgG%", type) != NULL) {
        format_float(out, mo_obj_get_float(v), s, value);
        return;
    }
    if (type != 0 && strchr("bcdoxXn", type) == NULL) {
        raise_unknown_code(type, value);
    }
    if (s->prec >= 0) {
        mo_raise_msg(&mo_type_ValueError, "Precision not allowed in integer format specifier");
    }
    if (s->coerce_z) {
        mo_raise_msg(&mo_type_ValueError,
                     "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (type == 'c') {
        if (s->sign) {
            mo_raise_msg(&mo_type_ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (s->alt) {
            mo_raise_msg(&mo_type_ValueError,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        mo_int_t c;
        if (!mo_obj_get_int_maybe(v, &c)) {
            mo_raise_msg(&mo_type_OverflowError, "Python int too large to convert to C long");
        }
        if (c < 0 || c > 0x10ffff) {
            mo_raise_msg(&mo_type_OverflowError, "%c arg not in range(0x110000)");
        }
        uint8_t buf[4];
        size_t n = mo_utf8_encode((mo_unichar_t)c, buf);
        pad_out(out, s, "", 0, (const char *)buf, n, 1, '<');
        return;
    }
    unsigned base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    mo_vstr_t digits;
    mo_vstr_init(&digits, 24);
    bool neg = int_digits(&digits, v, base);
    if (type == 'X') {
        for (size_t i = 0; i < digits.len; i++) {
            digits.buf[i] = (char)mo_ascii_toupper((uint8_t)digits.buf[i]);
        }
    }
    char prefix[4];
    size_t plen = 0;
    if (neg) {
        prefix[plen++] = '-';
    } else if (s->sign == '+' || s->sign == ' ') {
        prefix[plen++] = s->sign;
    }
    if (s->alt && base != 10) {
        prefix[plen++] = '0';
        prefix[plen++] = type == 'b' ? 'b' : type == 'o' ? 'o' : type;
    }
    mo_vstr_t body;
    mo_vstr_init(&body, digits.len + 8);
    size_t min_len = s->min_digits > 0 ? (size_t)s->min_digits : 0;
    bool zero_pad = s->align == '=' && s->fill == '0' && s->width > 0;
    if (zero_pad && (size_t)s->width > plen && (size_t)s->width - plen > min_len) {
        min_len = (size_t)s->width - plen;
    }
    add_grouped(&body, digits.buf, digits.len, s->grouping, base == 10 ? 3 : 4, min_len);
    pad_out(out, s, prefix, plen, body.buf, body.len, plen + body.len, '>');
    mo_vstr_clear(&digits);
    mo_vstr_clear(&body);
}

// ---- floats --------------------------------------------------------------------------------

// Whether format(d, '.<prec>') stays in fixed notation: the decimal exponent after
// rounding to prec digits is below prec - 1 (and not below -4).
static bool repr_style_fixed(double d, mo_int_t prec) {
    char buf[64];
    int p = prec > 1 ? (int)prec - 1 : 0;
    if (p > 40) {
        p = 40;
    }
    snprintf(buf, sizeof(buf), "%.*e", p, d);
    const char *e = strchr(buf, 'e');
    int x = e != NULL ? atoi(e + 1) : 0;
    return x >= -4 && x < (prec > 1 ? prec : 1) - 1;
}

// Drops the zeros at the end of a mantissa (and then a bare point), as 'g' does.
static void strip_mantissa_zeros(mo_vstr_t *out, size_t at) {
    char *s = out->buf + at;
    size_t n = out->len - at;
    char *e = memchr(s, 'e', n);
    size_t m = e != NULL ? (size_t)(e - s) : n;
    if (memchr(s, '.', m) == NULL) {
        return;
    }
    size_t k = m;
    while (k > 0 && s[k - 1] == '0') {
        k--;
    }
    if (k > 0 && s[k - 1] == '.') {
        k--;
    }
    memmove(s + k, s + m, n - m);
    out->len -= m - k;
}

// The digits of |d| as the type asks (no sign), by the C library's correctly rounded
// conversions; repr (no type, no precision) comes from the float type itself.
static void float_body(mo_vstr_t *out, double d, char type, mo_int_t prec, bool alt) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isinf(d) || isnan(d)) {
        if (isinf(d)) {
            mo_vstr_add_str(out, upper ? "INF" : "inf");
        } else {
            mo_vstr_add_str(out, upper ? "NAN" : "nan");
        }
        if (type == '%') {
            mo_vstr_add_byte(out, '%');
        }
        return;
    }
    if (type == 0 && prec < 0) {
        size_t at = out->len;
        mo_print_t p;
        mo_print_to_vstr(&p, out);
        mo_obj_print(&p, mo_obj_new_float(d), MO_PRINT_REPR);
        if (alt && memchr(out->buf + at, '.', out->len - at) == NULL) {
            // '#' keeps a decimal point even in repr form: 1.e+16.
            char *e = memchr(out->buf + at, 'e', out->len - at);
            size_t pos = e != NULL ? (size_t)(e - out->buf) : out->len;
            mo_vstr_add_byte(out, 0);
            memmove(out->buf + pos + 1, out->buf + pos, out->len - 1 - pos);
            out->buf[pos] = '.';
        }
        return;
    }
    if (type == 0 && !repr_style_fixed(d, prec)) {
        // No type but a precision: like 'g', except that exponent notation starts
        // one digit earlier (the fixed form must keep a digit after the point).
        type = 'e';
        prec = prec > 0 ? prec - 1 : 0;
        size_t at = out->len;
        float_body(out, d, 'e', prec, alt);
        if (!alt) {
            strip_mantissa_zeros(out, at);
        }
        return;
    }
    bool add_dot0 = false;
    char conv = type;
    if (type == 0) {
        conv = 'g';
        add_dot0 = true;
    } else if (type == 'n') {
        conv = 'g';
    } else if (type == '%') {
        conv = 'f';
        d *= 100;
    } else if (type == 'F') {
        conv = 'f';
    }
    if (prec < 0) {
        prec = 6;
    }
    if (prec > 100000) {
        mo_raise_msg(&mo_type_ValueError, "precision too big");
    }
    char cfmt[8];
    snprintf(cfmt, sizeof(cfmt), "%%%s.*%c", alt ? "#" : "", conv);
    int n = snprintf(NULL, 0, cfmt, (int)prec, d);
    size_t at = out->len;
    char *buf = mo_vstr_extend(out, (size_t)n + 1);
    snprintf(buf, (size_t)n + 1, cfmt, (int)prec, d);
    out->len = at + (size_t)n;
    if (add_dot0 && memchr(out->buf + at, '.', (size_t)n) == NULL &&
        memchr(out->buf + at, 'e', (size_t)n) == NULL) {
        mo_vstr_add_str(out, ".0");
    }
    if (type == '%') {
        mo_vstr_add_byte(out, '%');
    }
}

static void format_float(mo_vstr_t *out, double d, const fmt_spec_t *s, mo_obj_t value) {
    char type = s->type;
    if (type != 0 && strchr("eEfFgGn%", type) == NULL) {
        raise_unknown_code(type, value);
    }
    bool neg = signbit(d) && !isnan(d);
    mo_vstr_t body;
    mo_vstr_init(&body, 32);
    float_body(&body, fabs(d), type, s->prec, s->alt);
    if (neg && s->coerce_z && isfinite(d)) {
        // Negative zero after rounding loses its sign: look for any non-zero digit.
        bool zero = true;
        for (size_t i = 0; i < body.len && body.buf[i] != 'e' && body.buf[i] != 'E'; i++) {
            if (body.buf[i] >= '1' && body.buf[i] <= '9') {
                zero = false;
            }
        }
        neg = !zero;
    }
    char prefix[2];
    size_t plen = 0;
    if (neg) {
        prefix[plen++] = '-';
    } else if (s->sign == '+' || s->sign == ' ') {
        prefix[plen++] = s->sign;
    }
    // The integer part gets grouping and zero padding; the rest follows as is.
    size_t int_len = 0;
    while (int_len < body.len && mo_ascii_isdigit((uint8_t)body.buf[int_len])) {
        int_len++;
    }
    bool finite = int_len > 0;
    mo_vstr_t full;
    mo_vstr_init(&full, body.len + 16);
    size_t rest = body.len - int_len;
    size_t min_len = 0;
    if (finite && s->align == '=' && s->fill == '0' && s->width > 0 &&
        (size_t)s->width > plen + rest) {
        min_len = (size_t)s->width - plen - rest;
    }
    if (finite) {
        add_grouped(&full, body.buf, int_len, s->grouping, 3, min_len);
    }
    mo_vstr_add_strn(&full, body.buf + int_len, rest);
    pad_out(out, s, prefix, plen, full.buf, full.len, plen + full.len, '>');
    mo_vstr_clear(&body);
    mo_vstr_clear(&full);
}

// ---- strings -----------------------------------------------------------------------------

static void format_str(mo_vstr_t *out, mo_obj_t str, const fmt_spec_t *s) {
    if (s->type != 0 && s->type != 's') {
        raise_unknown_code(s->type, str);
    }
    if (s->sign) {
        mo_raise_msg(&mo_type_ValueError, "Sign not allowed in string format specifier");
    }
    if (s->alt) {
        mo_raise_msg(&mo_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    }
    if (s->align == '=') {
        mo_raise_msg(&mo_type_ValueError, "'=' alignment not allowed in string format specifier");
    }
    if (s->grouping) {
        mo_raise_fmt(&mo_type_ValueError, "Cannot specify '%c' with 's'.", s->grouping);
    }
    size_t len;
    const uint8_t *d = mo_str_data(str, &len);
    size_t nchars = mo_utf8_char_count(d, len);
    if (s->prec >= 0 && (size_t)s->prec < nchars) {
        nchars = (size_t)s->prec;
        len = (size_t)(mo_utf8_skip(d, d + len, nchars) - d);
    }
    pad_out(out, s, "", 0, (const char *)d, len, nchars, '<');
}

// ---- format(value, spec) -------------------------------------------------------------------

// Formats value by a parsed spec into out: the built-in types' __format__.
static bool format_builtin(mo_vstr_t *out, mo_obj_t value, const uint8_t *spec, size_t spec_len) {
    fmt_spec_t s;
    mo_obj_t native = value;
    const mo_type_t *t = mo_obj_type(value);
    if (mo_type_is_user(t)) {
        t = mo_type_native_base(t);
        native = mo_instance_native(value);
    }
    if (t == &mo_type_str) {
        parse_spec(spec, spec_len, value, &s);
        format_str(out, native, &s);
        return true;
    }
    if (t == &mo_type_int || t == &mo_type_bool) {
        parse_spec(spec, spec_len, value, &s);
        if (t == &mo_type_bool) {
            native = mo_small_int(native == mo_const_true);
        }
        format_int(out, native, &s, value);
        return true;
    }
    if (t == &mo_type_float) {
        parse_spec(spec, spec_len, value, &s);
        format_float(out, mo_obj_get_float(native), &s, value);
        return true;
    }
    return false;
}

mo_obj_t mo_obj_format(mo_obj_t value, mo_obj_t spec) {
    size_t spec_len;
    const uint8_t *spec_data = mo_str_data(spec, &spec_len);
    if (mo_type_is_user(mo_obj_type(value))) {
        mo_obj_t r = mo_instance_format(value, spec);
        if (r != MO_OBJ_NULL) {
            if (!mo_obj_is_str(r)) {
                mo_raise_fmt(&mo_type_TypeError, "__format__ must return a str, not %T", r);
            }
            return r;
        }
    }
    if (spec_len == 0 && mo_obj_type(value) != &mo_type_float) {
        return mo_obj_str(value);
    }
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    if (!format_builtin(&v, value, spec_data, spec_len)) {
        if (spec_len == 0) {
            mo_vstr_clear(&v);
            return mo_obj_str(value);
        }
        mo_raise_fmt(&mo_type_TypeError, "unsupported format string passed to %T.__format__", value);
    }
    return mo_obj_new_str_from_vstr(&v);
}

static mo_obj_t builtin_format(size_t n_args, const mo_obj_t *args) {
    mo_obj_t spec = mo_qstr_obj(MO_QSTR_);
    if (n_args > 1) {
        mo_obj_t n;
        if (!mo_str_unwrap(args[1], &mo_type_str, &n)) {
            mo_raise_fmt(&mo_type_TypeError, "format() argument 2 must be str, not %T", args[1]);
        }
        spec = n;
    }
    return mo_obj_format(args[0], spec);
}
MO_DEFINE_FUN_VAR(mo_builtin_format_obj, 1, 2, builtin_format);

// ---- ascii() -------------------------------------------------------------------------------

mo_obj_t mo_obj_ascii(mo_obj_t o) {
    mo_obj_t r = mo_obj_repr(o);
    size_t len;
    const uint8_t *d = mo_str_data(r, &len);
    if (mo_utf8_is_ascii(d, len)) {
        return r;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len + 8);
    const uint8_t *p = d, *end = d + len;
    while (p < end) {
        if (*p < 0x80) {
            mo_vstr_add_byte(&v, (char)*p++);
            continue;
        }
        mo_unichar_t c = mo_utf8_get_char(p, end);
        char buf[12];
        snprintf(buf, sizeof(buf), c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
        mo_vstr_add_str(&v, buf);
        p = mo_utf8_next(p, end);
    }
    return mo_obj_new_str_from_vstr(&v);
}

// ---- str.format ----------------------------------------------------------------------------

typedef struct fmt_ctx {
    const mo_obj_t *args;   // positional arguments
    size_t n_args;
    mo_map_t *kw;           // str.format's keyword arguments, or NULL
    mo_obj_t mapping;       // format_map's mapping, or NULL
    int numbering;          // 0 unknown yet, 1 automatic, 2 manual
    size_t next_auto;
} fmt_ctx_t;

static void vformat(mo_vstr_t *out, const uint8_t *fmt, size_t len, fmt_ctx_t *ctx, int depth);

static mo_obj_t positional_arg(fmt_ctx_t *ctx, size_t i) {
    if (i >= ctx->n_args) {
        mo_raise_fmt(&mo_type_IndexError, "Replacement index %u out of range for positional args tuple",
                     (unsigned)i);
    }
    return ctx->args[i];
}

static mo_obj_t keyword_arg(fmt_ctx_t *ctx, const uint8_t *name, size_t len) {
    mo_obj_t key = mo_obj_new_str((const char *)name, len);
    if (ctx->mapping != MO_OBJ_NULL) {
        return mo_subscr_load(ctx->mapping, key);
    }
    if (ctx->kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(ctx->kw, key, MO_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &key));
}

static bool all_digits(const uint8_t *p, size_t len) {
    if (len == 0) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!mo_ascii_isdigit(p[i])) {
            return false;
        }
    }
    return true;
}

static size_t parse_index(const uint8_t *p, size_t len) {
    size_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (v > (SIZE_MAX - 9) / 10) {
            mo_raise_msg(&mo_type_ValueError, "Too many decimal digits in format string");
        }
        v = v * 10 + (size_t)(p[i] - '0');
    }
    return v;
}

// The object a field name such as "0", "name.attr" or "x[1][key]" refers to.
static mo_obj_t field_value(fmt_ctx_t *ctx, const uint8_t *p, const uint8_t *end) {
    const uint8_t *q = p;
    while (q < end && *q != '.' && *q != '[') {
        q++;
    }
    mo_obj_t obj;
    if (ctx->mapping != MO_OBJ_NULL && (q == p || all_digits(p, (size_t)(q - p)))) {
        mo_raise_msg(&mo_type_ValueError, "Format string contains positional fields");
    }
    if (q == p) {
        if (ctx->numbering == 2) {
            mo_raise_msg(&mo_type_ValueError,
                         "cannot switch from manual field specification to automatic field numbering");
        }
        ctx->numbering = 1;
        obj = positional_arg(ctx, ctx->next_auto++);
    } else if (all_digits(p, (size_t)(q - p))) {
        if (ctx->numbering == 1) {
            mo_raise_msg(&mo_type_ValueError,
                         "cannot switch from automatic field numbering to manual field specification");
        }
        ctx->numbering = 2;
        obj = positional_arg(ctx, parse_index(p, (size_t)(q - p)));
    } else {
        obj = keyword_arg(ctx, p, (size_t)(q - p));
    }
    p = q;
    while (p < end) {
        if (*p == '.') {
            p++;
            q = p;
            while (q < end && *q != '.' && *q != '[') {
                q++;
            }
            if (q == p) {
                mo_raise_msg(&mo_type_ValueError, "Empty attribute in format string");
            }
            obj = mo_load_attr(obj, mo_qstr_from_strn((const char *)p, (size_t)(q - p)));
            p = q;
        } else if (*p == '[') {
            p++;
            q = p;
            while (q < end && *q != ']') {
                q++;
            }
            if (q == end) {
                mo_raise_msg(&mo_type_ValueError, "Missing ']' in format string");
            }
            if (q == p) {
                mo_raise_msg(&mo_type_ValueError, "Empty attribute in format string");
            }
            mo_obj_t key = all_digits(p, (size_t)(q - p))
                               ? mo_obj_new_int((mo_int_t)parse_index(p, (size_t)(q - p)))
                               : mo_obj_new_str((const char *)p, (size_t)(q - p));
            obj = mo_subscr_load(obj, key);
            p = q + 1;
            if (p < end && *p != '.' && *p != '[') {
                mo_raise_msg(&mo_type_ValueError,
                             "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            break;
        }
    }
    return obj;
}

// Appends value formatted by spec, skipping the generic path for the common cases.
static void format_into(mo_vstr_t *out, mo_obj_t value, mo_obj_t spec) {
    size_t spec_len;
    mo_str_data(spec, &spec_len);
    if (spec_len == 0 && mo_obj_is_str(value)) {
        size_t len;
        const uint8_t *d = mo_str_data(value, &len);
        mo_vstr_add_strn(out, (const char *)d, len);
        return;
    }
    if (spec_len == 0 && mo_is_small_int(value)) {
        char buf[24];
        int n = snprintf(buf, sizeof(buf), "%lld", (long long)mo_small_int_value(value));
        mo_vstr_add_strn(out, buf, (size_t)n);
        return;
    }
    mo_obj_t r = mo_obj_format(value, spec);
    size_t len;
    const uint8_t *d = mo_str_data(r, &len);
    mo_vstr_add_strn(out, (const char *)d, len);
}

// One replacement field, the text between its braces.
static void format_field(mo_vstr_t *out, const uint8_t *p, const uint8_t *end, fmt_ctx_t *ctx,
                         int depth) {
    const uint8_t *q = p;
    while (q < end && *q != ':' && *q != '!') {
        if (*q == '[') {
            while (q < end && *q != ']') {
                q++;
            }
            continue;
        }
        if (*q == '{') {
            mo_raise_msg(&mo_type_ValueError, "unexpected '{' in field name");
        }
        q++;
    }
    mo_obj_t value = field_value(ctx, p, q);
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end) {
            mo_raise_msg(&mo_type_ValueError, "unmatched '{' in format spec");
        }
        conv = (char)q[1];
        q += 2;
        if (q < end && *q != ':') {
            mo_raise_msg(&mo_type_ValueError, "expected ':' after conversion specifier");
        }
    }
    if (conv == 'r') {
        value = mo_obj_repr(value);
    } else if (conv == 's') {
        value = mo_obj_str(value);
    } else if (conv == 'a') {
        value = mo_obj_ascii(value);
    } else if (conv != 0) {
        mo_raise_fmt(&mo_type_ValueError, "Unknown conversion specifier %c", conv);
    }
    mo_obj_t spec = mo_qstr_obj(MO_QSTR_);
    if (q < end) {
        q++;  // the ':'
        if (memchr(q, '{', (size_t)(end - q)) != NULL) {
            // Fields inside the spec are expanded first, one level deep.
            if (depth <= 1) {
                mo_raise_msg(&mo_type_ValueError, "Max string recursion exceeded");
            }
            mo_vstr_t sv;
            mo_vstr_init(&sv, (size_t)(end - q) + 8);
            vformat(&sv, q, (size_t)(end - q), ctx, depth - 1);
            spec = mo_obj_new_str_from_vstr(&sv);
        } else {
            spec = mo_obj_new_str((const char *)q, (size_t)(end - q));
        }
    }
    format_into(out, value, spec);
}

static void vformat(mo_vstr_t *out, const uint8_t *fmt, size_t len, fmt_ctx_t *ctx, int depth) {
    const uint8_t *p = fmt, *end = fmt + len;
    while (p < end) {
        const uint8_t *q = p;
        while (q < end && *q != '{' && *q != '}') {
            q++;
        }
        mo_vstr_add_strn(out, (const char *)p, (size_t)(q - p));
        if (q == end) {
            break;
        }
        if (*q == '}') {
            if (q + 1 < end && q[1] == '}') {
                mo_vstr_add_byte(out, '}');
                p = q + 2;
                continue;
            }
            mo_raise_msg(&mo_type_ValueError, "Single '}' encountered in format string");
        }
        if (q + 1 < end && q[1] == '{') {
            mo_vstr_add_byte(out, '{');
            p = q + 2;
            continue;
        }
        if (q + 1 == end) {
            mo_raise_msg(&mo_type_ValueError, "Single '{' encountered in format string");
        }
        // Find the matching '}', counting nested braces of the spec; brackets in
        // the field name may hold any character.
        const uint8_t *f = q + 1, *r = f;
        int nest = 1;
        bool in_spec = false;
        while (r < end) {
            if (*r == '{' && !in_spec) {
                mo_raise_msg(&mo_type_ValueError, "unexpected '{' in field name");
            }
            if (*r == '[' && !in_spec) {
                while (r < end && *r != ']') {
                    r++;
                }
                if (r == end) {
                    break;
                }
            } else if (*r == ':' || *r == '!') {
                in_spec = true;
            } else if (*r == '{') {
                nest++;
            } else if (*r == '}' && --nest == 0) {
                break;
            }
            r++;
        }
        if (r >= end) {
            mo_raise_msg(&mo_type_ValueError, "expected '}' before end of string");
        }
        format_field(out, f, r, ctx, depth);
        p = r + 1;
    }
}

static mo_obj_t str_format(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t self;
    if (!mo_str_unwrap(args[0], &mo_type_str, &self)) {
        mo_raise_fmt(&mo_type_TypeError, "descriptor 'format' requires a 'str' object but received a '%T'",
                     args[0]);
    }
    size_t len;
    const uint8_t *fmt = mo_str_data(self, &len);
    fmt_ctx_t ctx = {args + 1, n_args - 1, kw, MO_OBJ_NULL, 0, 0};
    mo_vstr_t v;
    mo_vstr_init(&v, len + 16);
    vformat(&v, fmt, len, &ctx, 2);
    return mo_obj_new_str_from_vstr(&v);
}
MO_DEFINE_FUN_KW(mo_str_format_obj, 1, str_format);

static mo_obj_t str_format_map(mo_obj_t self_in, mo_obj_t mapping) {
    mo_obj_t self;
    if (!mo_str_unwrap(self_in, &mo_type_str, &self)) {
        mo_raise_fmt(&mo_type_TypeError, "descriptor 'format_map' requires a 'str' object but received a '%T'",
                     self_in);
    }
    size_t len;
    const uint8_t *fmt = mo_str_data(self, &len);
    fmt_ctx_t ctx = {NULL, 0, NULL, mapping, 0, 0};
    mo_vstr_t v;
    mo_vstr_init(&v, len + 16);
    vformat(&v, fmt, len, &ctx, 2);
    return mo_obj_new_str_from_vstr(&v);
}
MO_DEFINE_FUN_2(mo_str_format_map_obj, str_format_map);

// ---- printf-style % ------------------------------------------------------------------------

typedef struct pct_ctx {
    const mo_obj_t *items;  // the values, in order
    size_t n_items;
    size_t next;
    mo_obj_t mapping;       // for %(name)s, or NULL
    bool is_bytes;
} pct_ctx_t;

static mo_obj_t pct_next_arg(pct_ctx_t *ctx) {
    if (ctx->next >= ctx->n_items) {
        mo_raise_msg(&mo_type_TypeError, "not enough arguments for format string");
    }
    return ctx->items[ctx->next++];
}

// The int a %d/%x conversion formats; floats truncate for %d but not for %x.
static mo_obj_t pct_int_value(mo_obj_t o, char conv) {
    if (mo_obj_is_int(o)) {
        return o;
    }
    if (o == mo_const_true || o == mo_const_false) {
        return mo_small_int(o == mo_const_true);
    }
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    const mo_type_t *t = mo_obj_type(o);
    if (decimal && (t == &mo_type_float || mo_type_is_user(t))) {
        mo_obj_t r = mo_unary_op(MO_UNARY_OP_INT, o);
        if (r != MO_OBJ_NULL) {
            return r;
        }
    } else if (!decimal && mo_type_is_user(t)) {
        mo_obj_t r = mo_unary_op(MO_UNARY_OP_INDEX, o);
        if (r != MO_OBJ_NULL) {
            return r;
        }
    }
    if (decimal) {
        mo_raise_fmt(&mo_type_TypeError, "%%%c format: a real number is required, not %T", conv, o);
    }
    mo_raise_fmt(&mo_type_TypeError, "%%%c format: an integer is required, not %T", conv, o);
}

// The text of %s / %r / %a / %c, in the result's kind (str or bytes).
static mo_obj_t pct_text(pct_ctx_t *ctx, mo_obj_t arg, char conv) {
    if (conv == 'r' || conv == 'a') {
        mo_obj_t r = conv == 'a' || ctx->is_bytes ? mo_obj_ascii(arg) : mo_obj_repr(arg);
        return r;
    }
    if (conv == 'c') {
        mo_int_t c;
        if (mo_obj_get_int_maybe(arg, &c)) {
            if (ctx->is_bytes && (c < 0 || c > 255)) {
                mo_raise_msg(&mo_type_OverflowError, "%c arg not in range(256)");
            }
            if (c < 0 || c > 0x10ffff) {
                mo_raise_msg(&mo_type_OverflowError, "%c arg not in range(0x110000)");
            }
            if (ctx->is_bytes) {
                uint8_t b = (uint8_t)c;
                return mo_obj_new_bytes(&b, 1);
            }
            return mo_str_from_char((mo_unichar_t)c);
        }
        size_t len;
        const uint8_t *d;
        if (ctx->is_bytes) {
            if (!mo_bytes_like_data(arg, &d, &len) || len != 1 || mo_obj_is_str(arg)) {
                mo_raise_msg(&mo_type_TypeError, "%c requires an integer in range(256) or a single byte");
            }
            return mo_obj_new_bytes(d, 1);
        }
        if (!mo_obj_is_str(arg) || mo_str_char_count(arg) != 1) {
            mo_raise_msg(&mo_type_TypeError, "%c requires int or char");
        }
        return arg;
    }
    if (ctx->is_bytes) {
        const uint8_t *d;
        size_t len;
        if (mo_bytes_like_data(arg, &d, &len)) {
            return mo_obj_new_bytes(d, len);
        }
        if (mo_type_is_user(mo_obj_type(arg))) {
            mo_obj_t dest[2];
            mo_load_method_maybe(arg, MO_QSTR___bytes__, dest);
            if (dest[0] != MO_OBJ_NULL) {
                return mo_call_method(0, 0, dest);
            }
        }
        mo_raise_fmt(&mo_type_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'",
                     arg);
    }
    return mo_obj_str(arg);
}

// Reads a width or precision: digits, or '*' taking the next argument.
static mo_int_t pct_count(pct_ctx_t *ctx, const uint8_t **p, const uint8_t *end, bool *left) {
    if (*p < end && **p == '*') {
        (*p)++;
        mo_obj_t a = pct_next_arg(ctx);
        if (!mo_obj_is_int(a) && a != mo_const_true && a != mo_const_false) {
            mo_raise_msg(&mo_type_TypeError, "* wants int");
        }
        mo_int_t v = mo_obj_get_int(a);
        if (v < 0 && left != NULL) {
            *left = true;
            v = v == MO_SMALL_INT_MIN ? MO_SMALL_INT_MAX : -v;
        } else if (v < 0) {
            v = 0;
        }
        return v;
    }
    return parse_count(p, end);
}

// %s %r %a %c: the text, cut to the precision and padded (never with zeros).
static void pct_text_out(mo_vstr_t *out, pct_ctx_t *ctx, mo_obj_t arg, char conv, fmt_spec_t *s,
                         bool left) {
    mo_obj_t text = pct_text(ctx, arg, conv);
    size_t len;
    const uint8_t *d = mo_str_data(text, &len);
    size_t nchars = ctx->is_bytes ? len : mo_utf8_char_count(d, len);
    if (s->prec >= 0 && (size_t)s->prec < nchars) {
        nchars = (size_t)s->prec;
        len = ctx->is_bytes ? nchars : (size_t)(mo_utf8_skip(d, d + len, nchars) - d);
    }
    s->sign = 0;
    s->fill = ' ';
    s->align = left ? '<' : '>';
    pad_out(out, s, "", 0, (const char *)d, len, nchars, '>');
}

static double pct_float_value(mo_obj_t arg) {
    double d;
    if (mo_obj_get_float_maybe(arg, &d)) {
        return d;
    }
    mo_obj_t f = mo_type_is_user(mo_obj_type(arg)) ? mo_unary_op(MO_UNARY_OP_FLOAT, arg) : MO_OBJ_NULL;
    if (f == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "must be real number, not %T", arg);
    }
    return mo_obj_get_float(f);
}

static void pct_one(mo_vstr_t *out, pct_ctx_t *ctx, const uint8_t *fmt, const uint8_t **pp,
                    const uint8_t *end) {
    const uint8_t *start = *pp;  // at the '%'
    const uint8_t *p = start + 1;
    mo_obj_t arg = MO_OBJ_NULL;
    if (p < end && *p == '(') {
        if (ctx->mapping == MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError, "format requires a mapping");
        }
        const uint8_t *k = ++p;
        int nest = 1;
        while (p < end && (nest > 1 || *p != ')')) {
            nest += *p == '(' ? 1 : *p == ')' ? -1 : 0;
            p++;
        }
        if (p >= end) {
            mo_raise_msg(&mo_type_ValueError, "incomplete format key");
        }
        mo_obj_t key = ctx->is_bytes ? mo_obj_new_bytes(k, (size_t)(p - k))
                                     : mo_obj_new_str((const char *)k, (size_t)(p - k));
        arg = mo_subscr_load(ctx->mapping, key);
        p++;
    }
    fmt_spec_t s;
    spec_init(&s);
    bool left = false, zero = false;
    for (; p < end; p++) {
        if (*p == '-') {
            left = true;
        } else if (*p == '0') {
            zero = true;
        } else if (*p == '+') {
            s.sign = '+';
        } else if (*p == ' ') {
            if (s.sign != '+') {
                s.sign = ' ';
            }
        } else if (*p == '#') {
            s.alt = true;
        } else {
            break;
        }
    }
    s.width = pct_count(ctx, &p, end, &left);
    if (p < end && *p == '.') {
        p++;
        s.prec = pct_count(ctx, &p, end, NULL);
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
        p++;
    }
    if (p >= end) {
        mo_raise_msg(&mo_type_ValueError, "incomplete format");
    }
    char conv = (char)*p++;
    *pp = p;
    if (conv == '%') {
        mo_vstr_add_byte(out, '%');
        return;
    }
    if (arg == MO_OBJ_NULL) {
        arg = pct_next_arg(ctx);
    }
    s.align = left ? '<' : '>';
    if (zero && !left) {
        s.fill = '0';  // numbers only: pct_text ignores it
        s.align = '=';
    }
    if (conv == '\0') {
        // A NUL never names a conversion (and strchr would match the terminator).
        conv = '?';
    }
    if (strchr("srac", conv) != NULL || (conv == 'b' && ctx->is_bytes)) {
        pct_text_out(out, ctx, arg, conv == 'b' ? 's' : conv, &s, left);
    } else if (strchr("diuoxX", conv) != NULL) {
        s.min_digits = s.prec;
        s.prec = -1;
        s.type = conv == 'i' || conv == 'u' ? 'd' : conv;
        format_int(out, pct_int_value(arg, conv), &s, arg);
    } else if (strchr("eEfFgG", conv) != NULL) {
        s.type = conv;
        format_float(out, pct_float_value(arg), &s, arg);
    } else {
        uint8_t c = p[-1];
        mo_raise_fmt(&mo_type_ValueError, "unsupported format character '%c' (0x%x) at index %u",
                     c >= 31 && c <= 126 ? c : '?', (unsigned)c,
                     (unsigned)(ctx->is_bytes ? (size_t)(p - 1 - fmt)
                                              : mo_utf8_char_count(fmt, (size_t)(p - 1 - fmt))));
    }
}

mo_obj_t mo_str_modulo(mo_obj_t fmt_obj, mo_obj_t args) {
    bool is_bytes = !mo_obj_is_str(fmt_obj);
    size_t len;
    const uint8_t *fmt = mo_str_data(fmt_obj, &len);
    pct_ctx_t ctx = {NULL, 0, 0, MO_OBJ_NULL, is_bytes};
    mo_obj_t *items;
    if (mo_obj_is_type(args, &mo_type_tuple)) {
        mo_obj_get_array(args, &ctx.n_items, &items);
        ctx.items = items;
    } else {
        ctx.items = &args;
        ctx.n_items = 1;
        // A mapping (not a sequence of text) serves %(name)s fields.
        const mo_type_t *t = mo_obj_type(args);
        if (t->subscr != NULL && !mo_obj_is_str(args) && !mo_obj_is_type(args, &mo_type_bytes) &&
            !mo_obj_is_type(args, &mo_type_bytearray) && !mo_obj_is_type(args, &mo_type_list) &&
            !mo_obj_is_type(args, &mo_type_range)) {
            ctx.mapping = args;
        }
    }
    mo_vstr_t v;
    mo_vstr_init(&v, len + 16);
    const uint8_t *p = fmt, *end = fmt + len;
    while (p < end) {
        const uint8_t *q = memchr(p, '%', (size_t)(end - p));
        if (q == NULL) {
            mo_vstr_add_strn(&v, (const char *)p, (size_t)(end - p));
            break;
        }
        mo_vstr_add_strn(&v, (const char *)p, (size_t)(q - p));
        p = q;
        pct_one(&v, &ctx, fmt, &p, end);
    }
    if (ctx.next < ctx.n_items && ctx.mapping == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "not all arguments converted during string formatting");
    }
    return is_bytes ? mo_obj_new_bytes_from_vstr(&v) : mo_obj_new_str_from_vstr(&v);
}
