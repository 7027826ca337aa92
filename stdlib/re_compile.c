// Compiling a regular expression: a recursive-descent parser that writes the
// program (re.h) as it reads, and the parser of sub()'s replacement templates.
//
// The syntax, the error messages and their positions follow CPython 3.11's
// re._parser, learned from its behaviour and documentation. Positions count
// characters (code points of a str pattern, bytes of a bytes pattern), so the
// pattern is decoded into an array of code points first.
//
// A quantifier applies to the item just written: its code is moved up to make room
// for the loop instruction in front (so jumps are relative and move with it).
#include <stdarg.h>
#include <string.h>

#include "runtime/objstr.h"
#include "runtime/unicode.h"
#include "stdlib/re.h"

#define END_CP 0xffffffffu  // peek() past the end
#define NO_CHAIN 0xffffffffu

#define TYPE_FLAGS (MO_RE_ASCII | MO_RE_LOCALE | MO_RE_UNICODE)
#define GLOBAL_FLAGS (MO_RE_DEBUG | MO_RE_TEMPLATE)

// The least and most characters an item matches (hi MO_RE_INF: no bound).
typedef struct width {
    uint32_t lo, hi;
} width_t;

typedef struct group_info {
    width_t w;
    bool closed;
} group_info_t;

// What was last written in a sequence, for a quantifier that follows.
enum { ITEM_NONE, ITEM_AT, ITEM_SINGLE, ITEM_OTHER, ITEM_REPEAT };

typedef struct parser {
    const uint32_t *cp;  // the pattern's characters
    size_t n, i;
    mo_obj_t src;
    bool is_bytes;
    uint32_t flags;      // in effect at this point of the pattern
    uint32_t global;     // the compile flags plus (?flags) at the start
    uint32_t *code;
    size_t len, alloc;
    uint32_t nloops;
    group_info_t *groups;  // [0] is the whole match
    size_t ngroups;        // opened so far, group 0 included
    size_t groups_alloc;
    size_t lookbehind;     // ngroups when the outermost lookbehind began, else 0
    bool bad_lookbehind;   // reported after parsing, as CPython's compiler does
    mo_obj_t groupindex;
    mo_obj_t cond_refs;    // (?(n)...) numbers with their positions, checked at the end
    size_t lone_backslash; // where a backslash ends the pattern unescaped, else SIZE_MAX
} parser_t;

// ---- errors ------------------------------------------------------------------------------

// CPython words errors on bytes patterns in ASCII, with \xhh for other bytes.
static mo_obj_t ascii_escaped(mo_obj_t msg) {
    size_t len;
    const uint8_t *s = mo_str_data(msg, &len), *end = s + len;
    mo_vstr_t v;
    mo_vstr_init(&v, len + 8);
    mo_print_t pr;
    mo_print_to_vstr(&pr, &v);
    for (; s < end; s = mo_utf8_next(s, end)) {
        mo_unichar_t c = mo_utf8_get_char(s, end);
        mo_printf(&pr, c < 0x80 ? "%c" : "\\x%02x", (int)c);
    }
    return mo_obj_new_str_from_vstr(&v);
}

static _Noreturn void fail(const parser_t *p, size_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mo_obj_t msg = mo_obj_new_str_vprintf(fmt, ap);
    va_end(ap);
    mo_re_raise_error(p->is_bytes ? ascii_escaped(msg) : msg, p->src, (mo_int_t)pos);
}

// The pattern's characters [from, to) as a str (bytes read as Latin-1, as CPython's
// parser reads them), for messages and group names.
static mo_obj_t slice_str(const parser_t *p, size_t from, size_t to) {
    mo_vstr_t v;
    mo_vstr_init(&v, to - from + 1);
    for (size_t k = from; k < to; k++) {
        mo_vstr_add_char(&v, p->cp[k]);
    }
    return mo_obj_new_str_from_vstr(&v);
}

// ---- reading ---------------------------------------------------------------------------

static uint32_t peek(const parser_t *p) { return p->i < p->n ? p->cp[p->i] : END_CP; }

// Where the parser stands next. CPython's tokenizer reads a token ahead and fails as
// soon as that token is a backslash ending the pattern; this fails at the same time.
static void arrive(parser_t *p) {
    if (p->i == p->lone_backslash) {
        fail(p, p->i, "bad escape (end of pattern)");
    }
}

// Consumes one character.
static uint32_t take(parser_t *p) {
    uint32_t c = p->cp[p->i++];
    arrive(p);
    return c;
}

static bool accept(parser_t *p, uint32_t c) {
    if (peek(p) == c) {
        take(p);
        return true;
    }
    return false;
}

// The end of the token at `at`: an escape is two characters (CPython's messages
// show both).
static size_t token_end(const parser_t *p, size_t at) {
    return at + (p->cp[at] == '\\' && at + 1 < p->n ? 2 : 1);
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_ascii_letter(uint32_t c) { return c < 0x80 && mo_ascii_isalpha((uint8_t)c); }

static int hex_value(uint32_t c) {
    if (is_digit(c)) {
        return (int)(c - '0');
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10) : -1;
}

// A name up to `term` (the opening delimiter was read): [*from, *to).
static void get_name(parser_t *p, uint32_t term, const char *what, size_t *from, size_t *to) {
    size_t start = p->i;
    for (;;) {
        uint32_t c = peek(p);
        if (c == END_CP) {
            if (p->i == start) {
                fail(p, p->i, "missing %s", what);
            }
            fail(p, start, "missing %c, unterminated name", (int)term);
        }
        p->i = token_end(p, p->i) - 1;  // an escape is one token: never the terminator
        take(p);
        if (c == term) {
            if (p->i - 1 == start) {
                fail(p, start, "missing %s", what);
            }
            break;
        }
    }
    *from = start;
    *to = p->i - 1;
}

static bool is_identifier(const parser_t *p, size_t from, size_t to) {
    if (from == to || !mo_unichar_isidstart(p->cp[from])) {
        return false;
    }
    for (size_t k = from + 1; k < to; k++) {
        if (!mo_unichar_isidcont(p->cp[k])) {
            return false;
        }
    }
    return true;
}

// A decimal number (ASCII digits only), saturating at MO_RE_INF; false if not one.
static bool decimal_value(const parser_t *p, size_t from, size_t to, uint32_t *v) {
    uint64_t n = 0;
    for (size_t k = from; k < to; k++) {
        if (!is_digit(p->cp[k])) {
            return false;
        }
        n = n * 10 + (p->cp[k] - '0');
        if (n > MO_RE_INF) {
            n = MO_RE_INF;
        }
    }
    if (from < to) {
        *v = (uint32_t)n;
    }
    return from < to;
}

static mo_obj_t group_number(const parser_t *p, size_t from, size_t to) {
    mo_obj_t g = mo_dict_get(p->groupindex, slice_str(p, from, to));
    if (g == MO_OBJ_NULL) {
        fail(p, from, "unknown group name %R", slice_str(p, from, to));
    }
    return g;
}

// ---- writing -------------------------------------------------------------------------------

static void reserve(parser_t *p, size_t n) {
    if (p->alloc - p->len < n) {
        size_t a = p->alloc * 2 + n;
        p->code = mo_renew(uint32_t, p->code, a);
        p->alloc = a;
    }
}

static void emit(parser_t *p, size_t n, const uint32_t *words) {
    reserve(p, n);
    memcpy(p->code + p->len, words, n * sizeof(uint32_t));
    p->len += n;
}

#define EMIT(p, ...) \
    do { \
        const uint32_t w_[] = {__VA_ARGS__}; \
        emit((p), sizeof w_ / sizeof w_[0], w_); \
    } while (0)

// Moves the code from `at` up by n words and writes words there.
static void insert(parser_t *p, size_t at, size_t n, const uint32_t *words) {
    reserve(p, n);
    memmove(p->code + at + n, p->code + at, (p->len - at) * sizeof(uint32_t));
    memcpy(p->code + at, words, n * sizeof(uint32_t));
    p->len += n;
}

#define INSERT(p, at, ...) \
    do { \
        const uint32_t w_[] = {__VA_ARGS__}; \
        insert((p), (at), sizeof w_ / sizeof w_[0], w_); \
    } while (0)

// The distance from instruction `from` to the end of the code (a forward jump).
static uint32_t to_end(const parser_t *p, size_t from) { return (uint32_t)(p->len - from); }

static uint32_t sat_add(uint32_t a, uint32_t b) {
    uint64_t s = (uint64_t)a + b;
    return s >= MO_RE_INF ? MO_RE_INF : (uint32_t)s;
}

static uint32_t sat_mul(uint32_t a, uint32_t b) {
    uint64_t s = (uint64_t)a * b;
    return s >= MO_RE_INF ? MO_RE_INF : (uint32_t)s;
}

static width_t width_add(width_t a, width_t b) {
    return (width_t){sat_add(a.lo, b.lo), sat_add(a.hi, b.hi)};
}

// Unicode's character classes and case pairs apply to str patterns unless ASCII is set.
static bool unicode_rules(const parser_t *p) { return !p->is_bytes && !(p->flags & MO_RE_ASCII); }

static mo_unichar_t fold_lower(mo_unichar_t c, bool uni) {
    return uni ? mo_unichar_tolower(c) : (c < 0x80 ? mo_ascii_tolower((uint8_t)c) : c);
}

static mo_unichar_t fold_upper(mo_unichar_t c, bool uni) {
    return uni ? mo_unichar_toupper(c) : (c < 0x80 ? mo_ascii_toupper((uint8_t)c) : c);
}

static void emit_literal(parser_t *p, uint32_t c) {
    bool uni = unicode_rules(p);
    if ((p->flags & MO_RE_IGNORECASE) && (fold_lower(c, uni) != c || fold_upper(c, uni) != c)) {
        EMIT(p, uni ? MO_RE_OP_CHAR_I : MO_RE_OP_CHAR_IA, c);
    } else {
        EMIT(p, MO_RE_OP_CHAR, c);
    }
}

// A character of a class; a case-blind class also lists its other cases, so that
// characters with three forms (σ ς Σ) all meet through one of them.
static void set_char(parser_t *p, uint32_t c, uint32_t set_flags) {
    EMIT(p, c, c);
    if (set_flags & MO_RE_SET_ICASE) {
        bool uni = (set_flags & MO_RE_SET_ICASE_UNI) != 0;
        uint32_t lower = fold_lower(c, uni), upper = fold_upper(c, uni);
        if (lower != c) {
            EMIT(p, lower, lower);
        }
        if (upper != c) {
            EMIT(p, upper, upper);
        }
    }
}

static uint32_t category(const parser_t *p, uint32_t cat) {
    return cat | (unicode_rules(p) ? MO_RE_CAT_UNI : 0);
}

// True if the code from `at` on is one single-character instruction, which a
// repeat can run without a loop.
static bool is_single(const parser_t *p, size_t at) {
    size_t n = p->len - at;
    if (n == 0) {
        return false;   // (p->code may still be NULL: no pointer arithmetic on it)
    }
    const uint32_t *ins = p->code + at;
    switch (ins[0]) {
        case MO_RE_OP_CHAR:
        case MO_RE_OP_CHAR_I:
        case MO_RE_OP_CHAR_IA:
            return n == 2;
        case MO_RE_OP_ANY:
        case MO_RE_OP_ANY_ALL:
            return n == 1;
        case MO_RE_OP_SET:
            return n >= 3 && n == 3 + ins[2];
        default:
            return false;
    }
}

#define ANY_CASE 8  // a character without case: fits a class of any case mode

// How an alternative could join a class: its case flags (MO_RE_SET_ICASE...),
// ANY_CASE, or -1 if it is not one character or a class that is not negated.
static int alt_case(const parser_t *p, size_t at) {
    if (!is_single(p, at)) {
        return -1;
    }
    const uint32_t *ins = p->code + at;
    switch (ins[0]) {
        case MO_RE_OP_CHAR:
            return fold_lower(ins[1], true) == ins[1] && fold_upper(ins[1], true) == ins[1] ? ANY_CASE : 0;
        case MO_RE_OP_CHAR_I: return MO_RE_SET_ICASE | MO_RE_SET_ICASE_UNI;
        case MO_RE_OP_CHAR_IA: return MO_RE_SET_ICASE;
        case MO_RE_OP_SET: return (ins[1] & MO_RE_SET_NEGATE) ? -1 : (int)ins[1];
        default: return -1;
    }
}

// Combines the case modes of two alternatives; -1 if they differ.
static int join_case(int a, int b) {
    return a < 0 || b < 0 ? -1 : a == ANY_CASE ? b : b == ANY_CASE || a == b ? a : -1;
}

// a|b|[cd] becomes [abcd], as in CPython: the same matches, and a repeat of it needs
// no backtracking entry per character.
static void alternatives_to_set(parser_t *p, size_t at, int mode) {
    size_t n = p->len - at;
    uint32_t *old = mo_new(uint32_t, n);
    memcpy(old, p->code + at, n * sizeof(uint32_t));
    p->len = at;
    EMIT(p, MO_RE_OP_SET, mode == ANY_CASE ? 0 : (uint32_t)mode, 0);
    for (size_t k = 0; k < n;) {
        const uint32_t *ins = old + k;
        if (ins[0] == MO_RE_OP_SET) {
            emit(p, ins[2], ins + 3);
            k += 3 + ins[2];
        } else {
            if (ins[0] != MO_RE_OP_SPLIT && ins[0] != MO_RE_OP_JMP) {
                set_char(p, ins[1], mode == ANY_CASE ? 0 : (uint32_t)mode);  // a character
            }
            k += 2;
        }
    }
    p->code[at + 2] = (uint32_t)(p->len - at - 3);
    mo_free(old);
}

// ---- groups ---------------------------------------------------------------------------------

static size_t open_group(parser_t *p, size_t name_from, size_t name_to) {
    size_t g = p->ngroups;
    if (g == p->groups_alloc) {
        p->groups_alloc *= 2;
        p->groups = mo_renew(group_info_t, p->groups, p->groups_alloc);
    }
    p->groups[g].closed = false;
    p->ngroups++;
    if (name_to > name_from) {
        mo_obj_t name = slice_str(p, name_from, name_to);
        mo_obj_t old = mo_dict_get(p->groupindex, name);
        if (old != MO_OBJ_NULL) {
            fail(p, name_from, "redefinition of group name %R as group %u; was group %u", name,
                 (unsigned)g, (unsigned)mo_small_int_value(old));
        }
        mo_dict_store(p->groupindex, name, mo_obj_new_int((mo_int_t)g));
    }
    return g;
}

// CPython's rules for a reference to group g from inside a lookbehind.
static void check_lookbehind_ref(const parser_t *p, size_t g) {
    if (p->lookbehind != 0) {
        if (g >= p->ngroups || !p->groups[g].closed) {
            fail(p, p->i, "cannot refer to an open group");
        }
        if (g >= p->lookbehind) {
            fail(p, p->i, "cannot refer to group defined in the same lookbehind subpattern");
        }
    }
}

static width_t emit_backref(parser_t *p, size_t g, size_t pos) {
    if (!p->groups[g].closed) {
        fail(p, pos, "cannot refer to an open group");
    }
    check_lookbehind_ref(p, g);
    uint32_t mode = !(p->flags & MO_RE_IGNORECASE) ? MO_RE_CASE_EXACT
                    : unicode_rules(p)               ? MO_RE_CASE_UNI
                                                     : MO_RE_CASE_ASCII;
    EMIT(p, MO_RE_OP_BACKREF, (uint32_t)g, mode);
    return p->groups[g].w;
}

// ---- escapes --------------------------------------------------------------------------------

enum { ESC_LITERAL, ESC_CATEGORY, ESC_AT, ESC_GROUP };

typedef struct escape {
    int kind;
    uint32_t v;
} escape_t;

// Reads exactly n hex digits after an escape that began at start.
static uint32_t hex_digits(parser_t *p, size_t start, size_t n) {
    uint32_t v = 0;
    for (size_t k = 0; k < n; k++) {
        int d = p->i < p->n ? hex_value(p->cp[p->i]) : -1;
        if (d < 0) {
            fail(p, start, "incomplete escape %S", slice_str(p, start, p->i));
        }
        v = v * 16 + (uint32_t)d;
        take(p);
    }
    return v;
}

static uint32_t octal_escape(parser_t *p, size_t start, uint32_t v) {
    if (v > 0377) {
        fail(p, start, "octal escape value %S outside of range 0-0o377", slice_str(p, start, p->i));
    }
    return v;
}

static escape_t escape_ok(int kind, uint32_t v) { return (escape_t){kind, v}; }

// \1 .. \99 outside a class: a group reference, or an octal escape of three digits.
static escape_t digit_escape(parser_t *p, size_t start, uint32_t c) {
    uint32_t g = c - '0';
    if (is_digit(peek(p))) {
        uint32_t d = take(p);
        if (is_octal(c) && is_octal(d) && is_octal(peek(p))) {
            uint32_t v = (g * 8 + (d - '0')) * 8 + (take(p) - '0');
            return escape_ok(ESC_LITERAL, octal_escape(p, start, v));
        }
        g = g * 10 + (d - '0');
    }
    if (g >= p->ngroups) {
        fail(p, start + 1, "invalid group reference %u", (unsigned)g);
    }
    return escape_ok(ESC_GROUP, g);
}

// The escape at p->i (a backslash). In a class, \b is a backspace and only the
// character categories are allowed besides characters.
static escape_t parse_escape(parser_t *p, bool in_class) {
    size_t start = p->i;
    if (start + 1 >= p->n) {
        fail(p, p->n - 1, "bad escape (end of pattern)");
    }
    uint32_t c = p->cp[start + 1];
    p->i++;
    take(p);
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    for (const char *s = simple; *s != 0; s += 2) {
        if (c == (uint8_t)s[0] && (c != 'b' || in_class)) {
            return escape_ok(ESC_LITERAL, (uint8_t)s[1]);
        }
    }
    switch (c) {
        case 'd': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_DIGIT));
        case 'D': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_DIGIT | MO_RE_CAT_NOT));
        case 's': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_SPACE));
        case 'S': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_SPACE | MO_RE_CAT_NOT));
        case 'w': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_WORD));
        case 'W': return escape_ok(ESC_CATEGORY, category(p, MO_RE_CAT_WORD | MO_RE_CAT_NOT));
        case 'x': return escape_ok(ESC_LITERAL, hex_digits(p, start, 2));
        default: break;
    }
    if (!in_class) {
        switch (c) {
            case 'A': return escape_ok(ESC_AT, MO_RE_AT_BEGIN);
            case 'Z': return escape_ok(ESC_AT, MO_RE_AT_END_STRING);
            case 'b': return escape_ok(ESC_AT, MO_RE_AT_BOUNDARY | (unicode_rules(p) ? MO_RE_AT_UNI : 0));
            case 'B': return escape_ok(ESC_AT, MO_RE_AT_NON_BOUNDARY | (unicode_rules(p) ? MO_RE_AT_UNI : 0));
            default: break;
        }
    }
    if (!p->is_bytes && (c == 'u' || c == 'U')) {
        uint32_t v = hex_digits(p, start, c == 'u' ? 4 : 8);
        if (v > 0x10ffff) {
            fail(p, start, "bad escape %S", slice_str(p, start, p->i));
        }
        return escape_ok(ESC_LITERAL, v);
    }
    if (!p->is_bytes && c == 'N') {
        // No Unicode name table on a small board: every name is unknown here.
        if (!accept(p, '{')) {
            fail(p, p->i, "missing {");
        }
        size_t from, to;
        get_name(p, '}', "character name", &from, &to);
        fail(p, start, "undefined character name %R", slice_str(p, from, to));
    }
    if (is_octal(c) && (in_class || c == '0')) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && is_octal(peek(p)); k++) {
            v = v * 8 + (take(p) - '0');
        }
        return escape_ok(ESC_LITERAL, octal_escape(p, start, v));
    }
    if (is_digit(c) && !in_class) {
        return digit_escape(p, start, c);
    }
    if (is_ascii_letter(c) || is_digit(c)) {
        fail(p, start, "bad escape %S", slice_str(p, start, p->i));
    }
    return escape_ok(ESC_LITERAL, c);
}

// ---- character classes --------------------------------------------------------------------

static void set_item(parser_t *p, escape_t e, uint32_t set_flags) {
    if (e.kind == ESC_CATEGORY) {
        EMIT(p, MO_RE_SET_CAT | e.v, 0);
    } else {
        set_char(p, e.v, set_flags);
    }
}

// One member of a class at p->i: a character or an escape; *toklen is how many
// characters CPython's messages show of it.
static escape_t class_member(parser_t *p, size_t *toklen) {
    if (peek(p) == '\\') {
        *toklen = 2;
        return parse_escape(p, true);
    }
    *toklen = 1;
    return escape_ok(ESC_LITERAL, take(p));
}

// [...]: `start` is the position of the '['.
static void parse_class(parser_t *p, size_t start) {
    size_t at = p->len;
    uint32_t flags = accept(p, '^') ? MO_RE_SET_NEGATE : 0;
    if (p->flags & MO_RE_IGNORECASE) {
        flags |= MO_RE_SET_ICASE | (unicode_rules(p) ? MO_RE_SET_ICASE_UNI : 0);
    }
    EMIT(p, MO_RE_OP_SET, flags, 0);
    for (;;) {
        size_t tok = p->i;
        if (tok >= p->n) {
            fail(p, start, "unterminated character set");
        }
        if (p->cp[tok] == ']' && p->len > at + 3) {
            take(p);
            break;
        }
        size_t len1, len2;
        escape_t lo = class_member(p, &len1);
        if (!accept(p, '-')) {
            set_item(p, lo, flags);
            continue;
        }
        size_t tok2 = p->i;
        if (tok2 >= p->n) {
            fail(p, start, "unterminated character set");
        }
        if (p->cp[tok2] == ']') {
            take(p);
            set_item(p, lo, flags);
            set_item(p, escape_ok(ESC_LITERAL, '-'), flags);
            break;
        }
        escape_t hi = class_member(p, &len2);
        if (lo.kind != ESC_LITERAL || hi.kind != ESC_LITERAL || hi.v < lo.v) {
            fail(p, p->i - (len1 + 1 + len2), "bad character range %S-%S",
                 slice_str(p, tok, tok + len1), slice_str(p, tok2, tok2 + len2));
        }
        EMIT(p, lo.v, hi.v);
    }
    p->code[at + 2] = (uint32_t)(p->len - at - 3);
}

// ---- repeats ----------------------------------------------------------------------------------

// Reads a quantifier whose first character c was just read at `here` into
// [*min, *max]. False when a '{' starts no valid {m,n}: it is then a literal.
static bool parse_quantifier(parser_t *p, uint32_t c, size_t here, uint32_t *min, uint32_t *max) {
    *min = c == '+';
    *max = c == '?' ? 1 : MO_RE_INF;
    if (c != '{') {
        return true;
    }
    if (peek(p) == '}') {
        return false;
    }
    size_t lo = p->i;
    while (is_digit(peek(p))) {
        take(p);
    }
    size_t lo_end = p->i, hi = p->i;
    bool comma = accept(p, ',');
    if (comma) {
        hi = p->i;
        while (is_digit(peek(p))) {
            take(p);
        }
    }
    size_t hi_end = p->i;
    if (!accept(p, '}')) {
        p->i = here + 1;
        arrive(p);
        return false;
    }
    if (!comma) {
        hi = lo;
        hi_end = lo_end;
    }
    if ((decimal_value(p, lo, lo_end, min) && *min == MO_RE_INF) ||
        (decimal_value(p, hi, hi_end, max) && *max == MO_RE_INF)) {
        mo_raise_msg(&mo_type_OverflowError, "the repetition number is too large");
    }
    if (hi_end > hi && *max < *min) {
        fail(p, here + 1, "min repeat greater than max repeat");
    }
    return true;
}

// Wraps the code from `at` on in an atomic group.
static void make_atomic(parser_t *p, size_t at) {
    INSERT(p, at, MO_RE_OP_ASSERT, MO_RE_ASSERT_ATOMIC, 0, 0);
    EMIT(p, MO_RE_OP_ASSERT_END);
    p->code[at + 3] = to_end(p, at);
}

// Repeats the item written from `at` on; returns its new width.
static width_t emit_repeat(parser_t *p, size_t at, int kind, width_t w, uint32_t min, uint32_t max,
                           int mode) {
    width_t r = {sat_mul(w.lo, min), w.hi == 0 ? 0 : sat_mul(w.hi, max)};
    if (max == 0) {
        p->len = at;  // x{0}: the item never matches anything
        return r;
    }
    if (kind == ITEM_SINGLE) {
        INSERT(p, at, MO_RE_OP_REPEAT, (uint32_t)(p->len - at), min, max, (uint32_t)mode);
        return r;
    }
    if (min == 1 && max == 1) {
        // nothing to do but make it atomic if possessive
    } else if (min == 0 && max == 1) {
        INSERT(p, at, mode == MO_RE_LAZY ? MO_RE_OP_SPLIT_LAZY : MO_RE_OP_SPLIT, 0);
        p->code[at + 1] = to_end(p, at);
    } else {
        uint32_t k = p->nloops++;
        INSERT(p, at, MO_RE_OP_LOOP_INIT, k, MO_RE_OP_LOOP, k, min, max, mode == MO_RE_LAZY, 0,
               MO_RE_OP_LOOP_ENTER, k, min);
        EMIT(p, MO_RE_OP_JMP, (uint32_t)0 - (uint32_t)(p->len - (at + 2)));
        p->code[at + 7] = to_end(p, at + 2);
    }
    if (mode == MO_RE_POSSESSIVE) {
        make_atomic(p, at);
    }
    return r;
}

// ---- groups and extensions ----------------------------------------------------------------

static width_t parse_alt(parser_t *p, bool top);
static width_t parse_seq(parser_t *p, bool first);

static uint32_t flag_value(uint32_t c) {
    static const char letters[] = "itLmsxau";
    static const uint16_t values[] = {MO_RE_IGNORECASE, MO_RE_TEMPLATE, MO_RE_LOCALE,
                                      MO_RE_MULTILINE, MO_RE_DOTALL,
                                      MO_RE_VERBOSE, MO_RE_ASCII, MO_RE_UNICODE};
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
        if (c == (uint8_t)letters[k]) {
            return values[k];
        }
    }
    return 0;
}

static const char *flag_error(uint32_t c, const char *other) {
    return mo_unichar_isalpha(c) ? "unknown flag" : other;
}

// Reads inline flags after "(?" whose first character c was read. True for global
// flags "(?i)"; false for a scoped group "(?i-s:", with *add and *del set.
static bool parse_flags(parser_t *p, uint32_t c, uint32_t *add, uint32_t *del) {
    while (c != '-') {
        uint32_t f = flag_value(c);
        if (!p->is_bytes && c == 'L') {
            fail(p, p->i, "bad inline flags: cannot use 'L' flag with a str pattern");
        }
        if (p->is_bytes && c == 'u') {
            fail(p, p->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
        }
        *add |= f;
        if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f) {
            fail(p, p->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        }
        c = peek(p);
        if (c == END_CP) {
            fail(p, p->i, "missing -, : or )");
        }
        take(p);
        if (c == ')' || c == ':' || c == '-') {
            break;
        }
        if (flag_value(c) == 0) {
            fail(p, p->i - 1, "%s", flag_error(c, "missing -, : or )"));
        }
    }
    if (c == ')') {
        p->global |= *add;
        p->flags |= *add;
        return true;
    }
    if (*add & GLOBAL_FLAGS) {
        fail(p, p->i - 1, "bad inline flags: cannot turn on global flag");
    }
    if (c == '-') {
        c = peek(p);
        if (c == END_CP) {
            fail(p, p->i, "missing flag");
        }
        take(p);
        if (flag_value(c) == 0) {
            fail(p, p->i - 1, "%s", flag_error(c, "missing flag"));
        }
        for (;;) {
            uint32_t f = flag_value(c);
            if (f & TYPE_FLAGS) {
                fail(p, p->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            }
            *del |= f;
            c = peek(p);
            if (c == END_CP) {
                fail(p, p->i, "missing :");
            }
            take(p);
            if (c == ':') {
                break;
            }
            if (flag_value(c) == 0) {
                fail(p, p->i - 1, "%s", flag_error(c, "missing :"));
            }
        }
    }
    if (*del & GLOBAL_FLAGS) {
        fail(p, p->i - 1, "bad inline flags: cannot turn off global flag");
    }
    if (*add & *del) {
        fail(p, p->i - 1, "bad inline flags: flag turned on and off");
    }
    return false;
}

static void expect_close(parser_t *p, size_t start) {
    if (!accept(p, ')')) {
        fail(p, start, "missing ), unterminated subpattern");
    }
}

// (?=...) (?!...) (?<=...) (?<!...): c is the character after "(?".
static width_t parse_lookaround(parser_t *p, size_t start, uint32_t c) {
    uint32_t kind = 0;
    if (c == '<') {
        c = peek(p);
        if (c == END_CP) {
            fail(p, p->i, "unexpected end of pattern");
        }
        take(p);
        if (c != '=' && c != '!') {
            size_t at = p->i - 1;
            p->i = token_end(p, at);
            arrive(p);
            fail(p, at - 2, "unknown extension ?<%S", slice_str(p, at, p->i));
        }
        kind = MO_RE_ASSERT_BEHIND;
    }
    if (c == '!') {
        kind |= MO_RE_ASSERT_NOT;
    }
    size_t at = p->len, outer = p->lookbehind;
    EMIT(p, MO_RE_OP_ASSERT, kind, 0, 0);
    if ((kind & MO_RE_ASSERT_BEHIND) && outer == 0) {
        p->lookbehind = p->ngroups;
    }
    width_t w = parse_alt(p, false);
    p->lookbehind = outer;
    expect_close(p, start);
    EMIT(p, MO_RE_OP_ASSERT_END);
    if (kind & MO_RE_ASSERT_BEHIND) {
        p->bad_lookbehind |= w.lo != w.hi || w.hi == MO_RE_INF;
        p->code[at + 2] = w.lo;
    }
    p->code[at + 3] = to_end(p, at);
    return (width_t){0, 0};
}

// (?(group)yes|no)
static width_t parse_conditional(parser_t *p, size_t start) {
    size_t from, to;
    get_name(p, ')', "group name", &from, &to);
    uint32_t g;
    if (is_identifier(p, from, to)) {
        g = (uint32_t)mo_small_int_value(group_number(p, from, to));
    } else {
        if (!decimal_value(p, from, to, &g)) {
            fail(p, from, "bad character in group name %R", slice_str(p, from, to));
        }
        if (g == 0) {
            fail(p, from, "bad group number");
        }
        mo_obj_t ref[2] = {mo_obj_new_int((mo_int_t)g), mo_obj_new_int((mo_int_t)from)};
        mo_list_append(p->cond_refs, mo_obj_new_tuple(2, ref));
    }
    check_lookbehind_ref(p, g);
    size_t at = p->len;
    EMIT(p, MO_RE_OP_GROUP_EXISTS, g, 0);
    width_t yes = parse_seq(p, false), no = {0, 0};
    if (accept(p, '|')) {
        size_t j = p->len;
        EMIT(p, MO_RE_OP_JMP, 0);
        p->code[at + 2] = to_end(p, at);
        no = parse_seq(p, false);
        if (peek(p) == '|') {
            fail(p, p->i, "conditional backref with more than two branches");
        }
        p->code[j + 1] = to_end(p, j);
    } else {
        p->code[at + 2] = to_end(p, at);
    }
    expect_close(p, start);
    return (width_t){yes.lo < no.lo ? yes.lo : no.lo, yes.hi > no.hi ? yes.hi : no.hi};
}

// "(?P" was read: a named group (its name goes to *from, *to) or a named backreference.
static int parse_p_extension(parser_t *p, size_t *from, size_t *to, width_t *w) {
    bool ref = !accept(p, '<');
    if (ref && !accept(p, '=')) {
        uint32_t c = peek(p);
        if (c == END_CP) {
            fail(p, p->i, "unexpected end of pattern");
        }
        size_t at = p->i;
        p->i = token_end(p, at);
        arrive(p);
        fail(p, at - 2, "unknown extension ?P%S", slice_str(p, at, p->i));
    }
    get_name(p, ref ? ')' : '>', "group name", from, to);
    if (!is_identifier(p, *from, *to)) {
        fail(p, *from, "bad character in group name %R", slice_str(p, *from, *to));
    }
    if (!ref) {
        return ITEM_NONE;
    }
    size_t g = (size_t)mo_small_int_value(group_number(p, *from, *to));
    *w = emit_backref(p, g, *from);
    return ITEM_OTHER;
}

// A group at `start` ('(' was read). Returns the kind of item written, ITEM_NONE
// for a comment or global flags.
static int parse_group(parser_t *p, size_t start, bool at_start, width_t *w) {
    mo_stack_check();
    bool capture = true, atomic = false;
    size_t name_from = 0, name_to = 0;
    uint32_t add = 0, del = 0;
    if (accept(p, '?')) {
        uint32_t c = peek(p);
        if (c == END_CP) {
            fail(p, p->i, "unexpected end of pattern");
        }
        take(p);
        if (c == 'P') {
            if (parse_p_extension(p, &name_from, &name_to, w) != ITEM_NONE) {
                return ITEM_OTHER;
            }
        } else if (c == ':' || c == '>') {
            capture = false;
            atomic = c == '>';
        } else if (c == '#') {
            for (;;) {
                if (p->i >= p->n) {
                    fail(p, start, "missing ), unterminated comment");
                }
                if (take(p) == ')') {
                    return ITEM_NONE;
                }
            }
        } else if (c == '=' || c == '!' || c == '<') {
            *w = parse_lookaround(p, start, c);
            return ITEM_OTHER;
        } else if (c == '(') {
            *w = parse_conditional(p, start);
            return ITEM_OTHER;
        } else if (flag_value(c) != 0 || c == '-') {
            if (parse_flags(p, c, &add, &del)) {
                if (!at_start) {
                    fail(p, start, "global flags not at the start of the expression");
                }
                return ITEM_NONE;
            }
            capture = false;
        } else {
            size_t at = p->i - 1;
            p->i = token_end(p, at);
            arrive(p);
            fail(p, at - 1, "unknown extension ?%S", slice_str(p, at, p->i));
        }
    }
    size_t g = capture ? open_group(p, name_from, name_to) : 0, at = p->len;
    if (capture) {
        EMIT(p, MO_RE_OP_SAVE, (uint32_t)(2 * g));
    }
    uint32_t outer = p->flags;
    if (add & TYPE_FLAGS) {
        p->flags &= ~(uint32_t)TYPE_FLAGS;
    }
    p->flags = (p->flags | add) & ~del;
    *w = parse_alt(p, false);
    p->flags = outer;
    expect_close(p, start);
    if (capture) {
        EMIT(p, MO_RE_OP_SAVE, (uint32_t)(2 * g + 1));
        p->groups[g].w = *w;
        p->groups[g].closed = true;
    }
    if (atomic) {
        make_atomic(p, at);
    }
    // (?:a) and (?i:[ab]) are one character, which repeats cheaply.
    return !capture && !atomic && is_single(p, at) ? ITEM_SINGLE : ITEM_OTHER;
}

// ---- sequences and alternatives -------------------------------------------------------------

static bool is_verbose_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// One item at p->i (its first character c was read at `here`); returns its kind.
static int parse_atom(parser_t *p, uint32_t c, size_t here, bool at_start, width_t *w) {
    *w = (width_t){1, 1};
    switch (c) {
        case '.':
            EMIT(p, (p->flags & MO_RE_DOTALL) ? MO_RE_OP_ANY_ALL : MO_RE_OP_ANY);
            return ITEM_SINGLE;
        case '[':
            parse_class(p, here);
            return ITEM_SINGLE;
        case '^':
        case '$': {
            bool ml = (p->flags & MO_RE_MULTILINE) != 0;
            EMIT(p, MO_RE_OP_AT, c == '^' ? (ml ? MO_RE_AT_BEGIN_LINE : MO_RE_AT_BEGIN)
                                          : (ml ? MO_RE_AT_END_LINE : MO_RE_AT_END));
            *w = (width_t){0, 0};
            return ITEM_AT;
        }
        case '(':
            return parse_group(p, here, at_start, w);
        case '\\': {
            p->i = here;
            escape_t e = parse_escape(p, false);
            switch (e.kind) {
                case ESC_CATEGORY:
                    EMIT(p, MO_RE_OP_SET, 0, 2, MO_RE_SET_CAT | e.v, 0);
                    return ITEM_SINGLE;
                case ESC_AT:
                    EMIT(p, MO_RE_OP_AT, e.v);
                    *w = (width_t){0, 0};
                    return ITEM_AT;
                case ESC_GROUP:
                    *w = emit_backref(p, e.v, here);
                    return ITEM_OTHER;
                default:
                    c = e.v;
                    break;
            }
            break;
        }
        default:
            break;
    }
    emit_literal(p, c);
    return ITEM_SINGLE;
}

// Items up to '|', ')' or the end. `first`: the start of the whole pattern, where
// global flags may appear.
static width_t parse_seq(parser_t *p, bool first) {
    width_t total = {0, 0}, w = {0, 0};
    int kind = ITEM_NONE;
    size_t start = 0;
    for (;;) {
        uint32_t c = peek(p);
        if (c == END_CP || c == '|' || c == ')') {
            break;
        }
        size_t here = p->i;
        take(p);
        if (p->flags & MO_RE_VERBOSE) {
            if (is_verbose_space(c)) {
                continue;
            }
            if (c == '#') {
                while (p->i < p->n && take(p) != '\n') {
                }
                continue;
            }
        }
        uint32_t min, max;
        if ((c == '*' || c == '+' || c == '?' || c == '{') && parse_quantifier(p, c, here, &min, &max)) {
            if (kind == ITEM_NONE || kind == ITEM_AT) {
                fail(p, here, "nothing to repeat");
            }
            if (kind == ITEM_REPEAT) {
                fail(p, here, "multiple repeat");
            }
            int mode = accept(p, '?') ? MO_RE_LAZY : accept(p, '+') ? MO_RE_POSSESSIVE : MO_RE_GREEDY;
            w = emit_repeat(p, start, kind, w, min, max, mode);
            kind = ITEM_REPEAT;
            continue;
        }
        size_t at = p->len;
        width_t nw;
        int nk = parse_atom(p, c, here, first && kind == ITEM_NONE, &nw);
        if (nk != ITEM_NONE) {
            total = width_add(total, w);
            kind = nk;
            w = nw;
            start = at;
        }
    }
    return width_add(total, w);
}

static width_t parse_alt(parser_t *p, bool top) {
    size_t start = p->len, at = start;
    uint32_t chain = NO_CHAIN;  // the jumps to the end, linked through their operands
    width_t w = parse_seq(p, top);
    int mode = alt_case(p, start);
    while (accept(p, '|')) {
        INSERT(p, start, MO_RE_OP_SPLIT, 0);
        EMIT(p, MO_RE_OP_JMP, chain);
        chain = (uint32_t)(p->len - 2);
        p->code[start + 1] = to_end(p, start);
        start = p->len;
        width_t b = parse_seq(p, false);
        mode = join_case(mode, alt_case(p, start));
        w.lo = b.lo < w.lo ? b.lo : w.lo;
        w.hi = b.hi > w.hi ? b.hi : w.hi;
    }
    if (mode >= 0 && chain != NO_CHAIN) {
        alternatives_to_set(p, at, mode);
        return w;
    }
    while (chain != NO_CHAIN) {
        uint32_t next = p->code[chain + 1];
        p->code[chain + 1] = to_end(p, chain);
        chain = next;
    }
    return w;
}

// ---- the whole pattern --------------------------------------------------------------------

static void parser_init(parser_t *p, mo_obj_t src, bool is_bytes) {
    memset(p, 0, sizeof *p);
    p->src = src;
    p->is_bytes = is_bytes;
    size_t len;
    const uint8_t *s;
    mo_obj_t native;
    if (is_bytes) {
        s = mo_bytes_like_get(src, &len);
        p->n = len;
    } else {
        mo_str_unwrap(src, &mo_type_str, &native);
        s = mo_str_data(native, &len);
        p->n = mo_utf8_char_count(s, len);
    }
    uint32_t *cp = mo_new(uint32_t, p->n + 1);
    const uint8_t *e = s + len;
    for (size_t k = 0; k < p->n; k++) {
        cp[k] = is_bytes ? *s++ : mo_utf8_get_char(s, e);
        if (!is_bytes) {
            s = mo_utf8_next(s, e);
        }
    }
    p->cp = cp;
    size_t run = 0;
    while (run < p->n && cp[p->n - 1 - run] == '\\') {
        run++;
    }
    p->lone_backslash = run % 2 ? p->n - 1 : SIZE_MAX;
    arrive(p);
}

// CPython's check of the flags against the kind of pattern; adds UNICODE for str.
static uint32_t fix_flags(const parser_t *p, uint32_t flags) {
    if (!p->is_bytes) {
        if (flags & MO_RE_LOCALE) {
            mo_raise_msg(&mo_type_ValueError, "cannot use LOCALE flag with a str pattern");
        }
        if (!(flags & MO_RE_ASCII)) {
            return flags | MO_RE_UNICODE;
        }
        if (flags & MO_RE_UNICODE) {
            mo_raise_msg(&mo_type_ValueError, "ASCII and UNICODE flags are incompatible");
        }
    } else {
        if (flags & MO_RE_UNICODE) {
            mo_raise_msg(&mo_type_ValueError, "cannot use UNICODE flag with a bytes pattern");
        }
        if ((flags & MO_RE_LOCALE) && (flags & MO_RE_ASCII)) {
            mo_raise_msg(&mo_type_ValueError, "ASCII and LOCALE flags are incompatible");
        }
    }
    return flags;
}

static void check_cond_refs(const parser_t *p) {
    size_t n;
    mo_obj_t *refs;
    mo_obj_get_array(p->cond_refs, &n, &refs);
    for (size_t k = 0; k < n; k++) {
        mo_obj_t *ref;
        size_t two;
        mo_obj_get_array(refs[k], &two, &ref);
        if ((size_t)mo_small_int_value(ref[0]) >= p->ngroups) {
            fail(p, (size_t)mo_small_int_value(ref[1]), "invalid group reference %d",
                 (int)mo_small_int_value(ref[0]));
        }
    }
}

// The last character that every match must contain, found by walking the code
// that runs whatever the input (stopping at the first choice). A search for
// (a*)*b in a long run of a's then fails at once instead of trying every way
// to split the run. Only characters that are one byte in the subject qualify.
static uint32_t required_char(const uint32_t *code, bool is_bytes) {
    uint32_t req = MO_RE_INF, pc = 0;
    for (;;) {
        const uint32_t *ins = code + pc;
        switch (ins[0]) {
            case MO_RE_OP_CHAR:
                req = ins[1] < (is_bytes ? 0x100u : 0x80u) ? ins[1] : req;
                pc += 2;
                break;
            case MO_RE_OP_REPEAT:
                if (ins[2] > 0 && ins[5] == MO_RE_OP_CHAR && ins[6] < (is_bytes ? 0x100u : 0x80u)) {
                    req = ins[6];
                }
                pc += 5 + ins[1];
                break;
            case MO_RE_OP_CHAR_I:
            case MO_RE_OP_CHAR_IA:
            case MO_RE_OP_AT:
            case MO_RE_OP_SAVE:
            case MO_RE_OP_LOOP_INIT:
                pc += 2;
                break;
            case MO_RE_OP_ANY:
            case MO_RE_OP_ANY_ALL:
                pc += 1;
                break;
            case MO_RE_OP_SET:
                pc += 3 + ins[2];
                break;
            case MO_RE_OP_BACKREF:
                pc += 3;
                break;
            case MO_RE_OP_LOOP:
                pc += ins[5];
                break;
            case MO_RE_OP_ASSERT:
                pc += ins[3];
                break;
            default:
                return req;
        }
    }
}

mo_obj_t mo_re_compile(mo_obj_t src, mo_int_t flags) {
    parser_t p;
    mo_obj_t native;
    parser_init(&p, src, !mo_str_unwrap(src, &mo_type_str, &native));
    p.flags = p.global = (uint32_t)flags;
    p.groups_alloc = 8;
    p.groups = mo_new(group_info_t, p.groups_alloc);
    p.ngroups = 1;
    p.groupindex = mo_obj_new_dict(0);
    p.cond_refs = mo_obj_new_list(0, NULL);
    parse_alt(&p, true);
    uint32_t final_flags = fix_flags(&p, p.global);
    if (p.i < p.n) {
        fail(&p, p.i, "unbalanced parenthesis");
    }
    check_cond_refs(&p);
    if (p.bad_lookbehind) {
        mo_re_raise_error(mo_obj_new_str_from_cstr("look-behind requires fixed-width pattern"),
                          MO_OBJ_NULL, -1);
    }
    EMIT(&p, MO_RE_OP_MATCH);
    mo_re_pattern_t *pat = mo_new_obj_var(mo_re_pattern_t, uint32_t, p.len);
    pat->base.type = &mo_re_pattern_type;
    pat->pattern = src;
    pat->groupindex = p.groupindex;
    pat->flags = final_flags;
    pat->ngroups = (uint32_t)p.ngroups - 1;
    pat->nloops = p.nloops;
    pat->required = required_char(p.code, p.is_bytes);
    pat->is_bytes = p.is_bytes;
    pat->len = p.len;
    memcpy(pat->code, p.code, p.len * sizeof(uint32_t));
    mo_free(p.code);
    mo_free(p.groups);
    mo_free((void *)p.cp);
    return MO_OBJ(pat);
}

// ---- replacement templates ------------------------------------------------------------------

static void template_literal(mo_vstr_t *lit, uint32_t c, bool is_bytes) {
    if (is_bytes) {
        mo_vstr_add_byte(lit, (char)c);
    } else {
        mo_vstr_add_char(lit, c);
    }
}

static void template_group(const parser_t *p, mo_obj_t items, mo_vstr_t *lit, uint32_t g,
                           size_t pos, const mo_re_pattern_t *pat) {
    if (g > pat->ngroups) {
        fail(p, pos, "invalid group reference %u", (unsigned)g);
    }
    if (lit->len > 0) {
        mo_list_append(items, p->is_bytes ? mo_obj_new_bytes_from_vstr(lit) : mo_obj_new_str_from_vstr(lit));
        mo_vstr_init(lit, 16);
    }
    mo_list_append(items, mo_obj_new_int((mo_int_t)g));
}

// \g<name> or \g<number>: "\g" was read.
static uint32_t template_named(parser_t *p, const mo_re_pattern_t *pat, size_t *pos) {
    if (!accept(p, '<')) {
        fail(p, p->i, "missing <");
    }
    size_t from, to;
    uint32_t g;
    get_name(p, '>', "group name", &from, &to);
    *pos = from;
    if (is_identifier(p, from, to)) {
        mo_obj_t v = mo_dict_get(pat->groupindex, slice_str(p, from, to));
        if (v == MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_IndexError, "unknown group name %R", slice_str(p, from, to));
        }
        return (uint32_t)mo_small_int_value(v);
    }
    if (!decimal_value(p, from, to, &g)) {
        fail(p, from, "bad character in group name %R", slice_str(p, from, to));
    }
    return g;
}

// A template is read as str or, like CPython, as Latin-1 if it is bytes-like, whatever
// the pattern; its literal pieces keep its own kind (expansion checks they fit).
mo_obj_t mo_re_template_parse(const mo_re_pattern_t *pat, mo_obj_t tmpl) {
    parser_t p;
    mo_obj_t native;
    const uint8_t *data;
    size_t len;
    bool is_str = mo_str_unwrap(tmpl, &mo_type_str, &native);
    if (!is_str && !mo_bytes_like_data(tmpl, &data, &len)) {
        mo_raise_fmt(&mo_type_TypeError, "decoding to str: need a bytes-like object, %T found", tmpl);
    }
    parser_init(&p, tmpl, !is_str);
    mo_obj_t items = mo_obj_new_list(0, NULL);
    mo_vstr_t lit;
    mo_vstr_init(&lit, 16);
    while (p.i < p.n) {
        uint32_t c = take(&p);
        if (c != '\\') {
            template_literal(&lit, c, p.is_bytes);
            continue;
        }
        if (p.i >= p.n) {
            fail(&p, p.n - 1, "bad escape (end of pattern)");
        }
        size_t start = p.i - 1, pos = p.i;
        c = take(&p);
        if (c == 'g') {
            uint32_t g = template_named(&p, pat, &pos);
            template_group(&p, items, &lit, g, pos, pat);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && is_octal(peek(&p)); k++) {
                v = v * 8 + (take(&p) - '0');
            }
            template_literal(&lit, v, p.is_bytes);
        } else if (is_digit(c)) {
            uint32_t g = c - '0';
            if (is_digit(peek(&p))) {
                uint32_t d = take(&p);
                if (is_octal(c) && is_octal(d) && is_octal(peek(&p))) {
                    uint32_t v = (g * 8 + (d - '0')) * 8 + (take(&p) - '0');
                    template_literal(&lit, octal_escape(&p, start, v), p.is_bytes);
                    continue;
                }
                g = g * 10 + (d - '0');
            }
            template_group(&p, items, &lit, g, pos, pat);
        } else {
            p.i = start;
            escape_t e = escape_ok(ESC_CATEGORY, 0);
            static const char simple[] = "abfnrtv\\";
            if (c != 0 && c < 0x80 && strchr(simple, (int)c) != NULL) {
                e = parse_escape(&p, true);
            } else if (is_ascii_letter(c)) {
                fail(&p, start, "bad escape \\%S", slice_str(&p, start + 1, start + 2));
            } else {
                p.i = start + 2;
                template_literal(&lit, '\\', p.is_bytes);
                e.v = c;
            }
            template_literal(&lit, e.v, p.is_bytes);
        }
    }
    if (lit.len > 0 || mo_obj_len_size(items) == 0) {
        mo_list_append(items, p.is_bytes ? mo_obj_new_bytes_from_vstr(&lit) : mo_obj_new_str_from_vstr(&lit));
    }
    mo_free((void *)p.cp);
    return items;
}
