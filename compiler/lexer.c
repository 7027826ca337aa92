// The lexer (lexer.h): characters to tokens, with indentation and bracket
// tracking, number and string scanning, escape decoding and the SyntaxError
// builder that the parser shares.
#include "compiler/lexer.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/unicode_names.h"
#include "runtime/objexcept.h"
#include "runtime/runtime.h"

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// The text of line `line` (1-based) of the source, without its newline.
static const char *find_line(const mo_lexer_t *lex, uint32_t line, size_t *len) {
    const char *s = lex->src, *end = lex->src + lex->src_len;
    if (line == lex->line && lex->line_start != NULL) {
        s = lex->line_start;
    } else {
        for (uint32_t l = 1; l < line && s < end; s++) {
            if (*s == '\n') {
                l++;
            }
        }
    }
    const char *e = s;
    while (e < end && *e != '\n') {
        e++;
    }
    *len = (size_t)(e - s);
    return s;
}

// CPython reports columns in characters, not bytes: count UTF-8 lead bytes.
static uint32_t byte_col_to_char_col(const char *text, size_t text_len, uint32_t col) {
    uint32_t chars = 0;
    size_t n = col > 0 ? col - 1 : 0;
    size_t i;
    for (i = 0; i < n && i < text_len; i++) {
        if (((uint8_t)text[i] & 0xc0) != 0x80) {
            chars++;
        }
    }
    return chars + (uint32_t)(n - i) + 1;
}

static mo_obj_t small_or_none(uint32_t v, bool have) {
    return have ? mo_obj_new_int((mo_int_t)v) : mo_const_none;
}

static _Noreturn void raise_syntax_error(const mo_lexer_t *lex, const mo_type_t *type,
                                         uint32_t line, uint32_t col, uint32_t end_line,
                                         uint32_t end_col, const char *fmt, va_list ap) {
    mo_obj_t msg = mo_obj_new_str_vprintf(fmt, ap);
    mo_obj_t exc = mo_obj_new_exception(type, 1, &msg);

    size_t text_len;
    const char *text = find_line(lex, line, &text_len);
    // CPython's `text` keeps the line's newline when the source has one.
    bool has_nl = text + text_len < lex->src + lex->src_len;
    mo_obj_t text_obj = mo_obj_new_str(text, text_len + (has_nl ? 1 : 0));
    uint32_t offset = byte_col_to_char_col(text, text_len, col);
    mo_store_attr(exc, MO_QSTR_filename, mo_qstr_obj(lex->source_name));
    mo_store_attr(exc, MO_QSTR_lineno, mo_obj_new_int((mo_int_t)line));
    mo_store_attr(exc, MO_QSTR_offset, mo_obj_new_int((mo_int_t)offset));
    mo_store_attr(exc, MO_QSTR_text, text_obj);
    uint32_t end_offset = 0;
    if (end_line != 0) {
        if (end_line == line) {
            end_offset = byte_col_to_char_col(text, text_len, end_col);
        } else {
            size_t elen;
            const char *etext = find_line(lex, end_line, &elen);
            end_offset = byte_col_to_char_col(etext, elen, end_col);
        }
    }
    mo_store_attr(exc, MO_QSTR_end_lineno, small_or_none(end_line, end_line != 0));
    mo_store_attr(exc, MO_QSTR_end_offset, small_or_none(end_offset, end_line != 0));
    mo_raise(exc);
}

_Noreturn void mo_lex_error_at(const mo_lexer_t *lex, const mo_type_t *type, uint32_t line,
                               uint32_t col, uint32_t end_line, uint32_t end_col,
                               const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_syntax_error(lex, type, line, col, end_line, end_col, fmt, ap);
}

_Noreturn void mo_lex_verror_at(const mo_lexer_t *lex, const mo_type_t *type, uint32_t line,
                                uint32_t col, uint32_t end_line, uint32_t end_col,
                                const char *fmt, va_list ap) {
    raise_syntax_error(lex, type, line, col, end_line, end_col, fmt, ap);
}

_Noreturn void mo_lex_error_tok(const mo_lexer_t *lex, const mo_token_t *tok,
                                const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_syntax_error(lex, &mo_type_SyntaxError, tok->line, tok->col, tok->end_line,
                       tok->end_col, fmt, ap);
}

static uint16_t col_of(const mo_lexer_t *lex, const char *p) {
    size_t c = (size_t)(p - lex->line_start) + 1;
    return c > UINT16_MAX ? UINT16_MAX : (uint16_t)c;
}

// An error at source position p on the current line (a point, no range). In an
// f-string replacement field CPython points at the end of the whole string.
static _Noreturn void error_here(const mo_lexer_t *lex, const char *p, const char *msg) {
    if (lex->in_fstring_expr && lex->fstring_end_line != 0) {
        mo_lex_error_at(lex, &mo_type_SyntaxError, lex->fstring_end_line, lex->fstring_end_col,
                        lex->fstring_end_line, lex->fstring_end_col, "%s", msg);
    }
    uint16_t c = col_of(lex, p);
    mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, c, lex->line, c, "%s", msg);
}

// ---------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------

void mo_lex_init(mo_lexer_t *lex, mo_arena_t *arena, const char *src, size_t len,
                 qstr source_name) {
    memset(lex, 0, sizeof(*lex));
    lex->src = src;
    lex->src_len = len;
    lex->pos = src;
    lex->end = src + len;
    lex->line_start = src;
    lex->line = 1;
    lex->source_name = source_name;
    lex->arena = arena;
    lex->at_line_start = true;
    lex->emitted_newline = true;
    // A UTF-8 byte order mark is allowed at the very start and ignored.
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        lex->pos += 3;
        lex->line_start += 3;
    }
}

void mo_lex_init_sub(mo_lexer_t *lex, const mo_lexer_t *parent, const char *start,
                     const char *end, uint32_t line, const char *line_start) {
    // The stacks need no clearing: the depths say what is valid.
    memset(lex, 0, offsetof(mo_lexer_t, indents));
    lex->src = parent->src;
    lex->src_len = parent->src_len;
    lex->pos = start;
    lex->end = end;
    lex->line_start = line_start;
    lex->line = line;
    lex->source_name = parent->source_name;
    lex->arena = parent->arena;
    lex->in_fstring_expr = true;
}

// ---------------------------------------------------------------------------
// Token text
// ---------------------------------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield",
};

// Punctuation, longest first within a shared first character, so a greedy scan works.
static const struct {
    char text[4];
    uint8_t kind;
} puncts[] = {
    {"**=", MO_TOK_DSTAR_ASSIGN}, {"//=", MO_TOK_DSLASH_ASSIGN},
    {">>=", MO_TOK_RSHIFT_ASSIGN}, {"<<=", MO_TOK_LSHIFT_ASSIGN},
    {"...", MO_TOK_ELLIPSIS}, {"->", MO_TOK_ARROW}, {":=", MO_TOK_WALRUS},
    {"**", MO_TOK_DSTAR}, {"//", MO_TOK_DSLASH}, {">>", MO_TOK_RSHIFT},
    {"<<", MO_TOK_LSHIFT}, {"<=", MO_TOK_LESS_EQUAL}, {">=", MO_TOK_MORE_EQUAL},
    {"==", MO_TOK_EQUAL}, {"!=", MO_TOK_NOT_EQUAL}, {"+=", MO_TOK_PLUS_ASSIGN},
    {"-=", MO_TOK_MINUS_ASSIGN}, {"*=", MO_TOK_STAR_ASSIGN}, {"/=", MO_TOK_SLASH_ASSIGN},
    {"%=", MO_TOK_PERCENT_ASSIGN}, {"@=", MO_TOK_AT_ASSIGN}, {"&=", MO_TOK_AND_ASSIGN},
    {"|=", MO_TOK_OR_ASSIGN}, {"^=", MO_TOK_XOR_ASSIGN},
    {"(", MO_TOK_LPAREN}, {")", MO_TOK_RPAREN}, {"[", MO_TOK_LBRACKET},
    {"]", MO_TOK_RBRACKET}, {"{", MO_TOK_LBRACE}, {"}", MO_TOK_RBRACE},
    {",", MO_TOK_COMMA}, {":", MO_TOK_COLON}, {";", MO_TOK_SEMICOLON},
    {".", MO_TOK_DOT}, {"=", MO_TOK_ASSIGN}, {"!", MO_TOK_EXCLAIM}, {"~", MO_TOK_TILDE},
    {"<", MO_TOK_LESS}, {">", MO_TOK_MORE}, {"|", MO_TOK_OR}, {"^", MO_TOK_XOR},
    {"&", MO_TOK_AND}, {"+", MO_TOK_PLUS}, {"-", MO_TOK_MINUS}, {"*", MO_TOK_STAR},
    {"@", MO_TOK_AT}, {"/", MO_TOK_SLASH}, {"%", MO_TOK_PERCENT},
};

const char *mo_tok_text(int kind) {
    if (kind >= MO_TOK_KW_FALSE && kind <= MO_TOK_KW_YIELD) {
        return keywords[kind - MO_TOK_KW_FALSE];
    }
    for (size_t i = 0; i < sizeof(puncts) / sizeof(puncts[0]); i++) {
        if (puncts[i].kind == kind) {
            return puncts[i].text;
        }
    }
    return NULL;
}

static int keyword_kind(const char *s, size_t len) {
    if (len < 2 || len > 8) {
        return -1;
    }
    for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        if (keywords[i][0] == s[0] && strncmp(keywords[i], s, len) == 0 &&
            keywords[i][len] == 0) {
            return MO_TOK_KW_FALSE + (int)i;
        }
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_id_start(int c) { return is_alpha(c) || c == '_' || c >= 0x80; }
static bool is_id_char(int c) { return is_id_start(c) || is_digit(c); }

static int peek_at(const mo_lexer_t *lex, size_t i) {
    return lex->pos + i < lex->end ? (uint8_t)lex->pos[i] : -1;
}

static void new_line(mo_lexer_t *lex, const char *after_nl) {
    lex->line++;
    lex->line_start = after_nl;
}

// Length of the valid UTF-8 sequence at p (0 if invalid), and its code point.
static size_t utf8_seq(const char *p, const char *end, uint32_t *cp) {
    uint8_t c = (uint8_t)p[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xe0) == 0xc0) {
        n = 2, v = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        n = 3, v = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if (((uint8_t)p[i] & 0xc0) != 0x80) {
            return 0;
        }
        v = (v << 6) | ((uint8_t)p[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
        return 0;
    }
    *cp = v;
    return n;
}

static _Noreturn void bad_utf8(const mo_lexer_t *lex, const char *p) {
    mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, p), 0, 0,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%x: invalid start byte",
                    (unsigned)(uint8_t)*p);
}

// ---------------------------------------------------------------------------
// Names and numbers
// ---------------------------------------------------------------------------

// Non-ASCII identifier characters. The full Unicode XID tables cost too much
// flash, so this accepts everything except the blocks that hold only symbols and
// punctuation, which catches the common mistakes (a pasted '€', '×', '→', '“').
static bool is_id_codepoint(uint32_t cp) {
    static const struct { uint32_t lo, hi; } symbols[] = {
        {0x80, 0xa9}, {0xab, 0xb4}, {0xb6, 0xb6}, {0xb8, 0xb9}, {0xbb, 0xbf}, {0xd7, 0xd7},
        {0xf7, 0xf7}, {0x2000, 0x203e}, {0x2041, 0x2053}, {0x2055, 0x206f},
        {0x20a0, 0x20ff}, {0x2190, 0x2bff}, {0x2e00, 0x2e7f}, {0x3000, 0x3004},
        {0x3008, 0x3020}, {0xfe30, 0xfe4f}, {0xff01, 0xff0f}, {0xff1a, 0xff20},
        {0xff3b, 0xff3e}, {0xff5b, 0xff65}, {0x1f000, 0x1faff},
    };
    for (size_t i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++) {
        if (cp >= symbols[i].lo && cp <= symbols[i].hi) {
            return false;
        }
    }
    return true;
}

static void lex_name(mo_lexer_t *lex, mo_token_t *tok) {
    const char *s = lex->pos;
    while (lex->pos < lex->end && is_id_char((uint8_t)*lex->pos)) {
        if ((uint8_t)*lex->pos >= 0x80) {
            uint32_t cp;
            size_t n = utf8_seq(lex->pos, lex->end, &cp);
            if (n == 0) {
                bad_utf8(lex, lex->pos);
            }
            if (cp == 0xa0 || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff) {
                mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos),
                                0, 0, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            if (!is_id_codepoint(cp)) {
                mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos),
                                0, 0, "invalid character '%.*s' (U+%04X)", (int)n, lex->pos,
                                (unsigned)cp);
            }
            lex->pos += n;
        } else {
            lex->pos++;
        }
    }
    size_t len = (size_t)(lex->pos - s);
    int kw = keyword_kind(s, len);
    if (kw >= 0) {
        tok->kind = (uint8_t)kw;
    } else {
        tok->kind = MO_TOK_NAME;
        tok->v.name = mo_qstr_from_strn(s, len);
    }
}

// CPython allows a keyword to follow a number directly (`1if x else y`); any other
// letter right after a number (at `at`) is an error, reported at lex->pos.
static void check_number_end_at(mo_lexer_t *lex, const char *at, const char *msg) {
    int c = at < lex->end ? (uint8_t)*at : -1;
    if (c < 0 || !is_id_char(c)) {
        return;
    }
    static const char *const allowed[] = {"and", "else", "for", "if", "in", "is", "not",
                                          "or"};
    for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++) {
        size_t n = strlen(allowed[i]);
        if ((size_t)(lex->end - at) >= n && memcmp(at, allowed[i], n) == 0) {
            return;
        }
    }
    error_here(lex, lex->pos, msg);
}

// Reads digits valid in `base` with single underscores between them into buf
// (underscores dropped). Returns false on a misplaced underscore.
static bool scan_digits(mo_lexer_t *lex, int base, char *buf, size_t *n, size_t cap,
                        bool need_one) {
    bool any = false;
    for (;;) {
        int c = peek_at(lex, 0);
        int d = is_digit(c) ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                : 99;
        if (c == '_') {
            int c2 = peek_at(lex, 1);
            int d2 = is_digit(c2) ? c2 - '0'
                     : (c2 >= 'a' && c2 <= 'f') ? c2 - 'a' + 10
                     : (c2 >= 'A' && c2 <= 'F') ? c2 - 'A' + 10
                     : 99;
            if (!any || d2 >= base) {
                return false;
            }
            lex->pos++;
            continue;
        }
        if (d >= base) {
            break;
        }
        if (*n < cap) {
            buf[*n] = (char)c;
        }
        (*n)++;
        any = true;
        lex->pos++;
    }
    return any || !need_one;
}

// Digits (no underscores) to a token: a small int, or a big int carrying its text.
static void int_token(mo_lexer_t *lex, mo_token_t *tok, const char *digits, size_t n,
                      int base) {
    mo_uint_t v = 0;
    bool big = false;
    for (size_t i = 0; i < n; i++) {
        int c = (uint8_t)digits[i];
        unsigned d = is_digit(c) ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
        if (v > (((mo_uint_t)MO_SMALL_INT_MAX) - d) / (mo_uint_t)base) {
            big = true;
            break;
        }
        v = v * (mo_uint_t)base + d;
    }
    if (!big) {
        tok->kind = MO_TOK_INT;
        tok->v.small = (mo_int_t)v;
        return;
    }
    // Leading zeros carry no value; dropping them keeps the digits canonical.
    while (n > 1 && digits[0] == '0') {
        digits++, n--;
    }
    tok->kind = MO_TOK_BIGINT;
    tok->v.str.data = mo_arena_strdup(lex->arena, digits, n);
    tok->v.str.len = n;
    tok->v.str.base = (uint8_t)base;
}

#define NUM_BUF 64

static void lex_prefixed_int(mo_lexer_t *lex, mo_token_t *tok, int base, const char *name) {
    lex->pos += 2;
    // Digits may be many; a big literal is scanned twice (count, then copy).
    const char *start = lex->pos;
    char small[NUM_BUF];
    size_t n = 0;
    bool ok = peek_at(lex, 0) == '_' ? (lex->pos++, true) : true;
    ok = ok && scan_digits(lex, base, small, &n, sizeof(small), true);
    int c = peek_at(lex, 0);
    if (c >= 0 && is_digit(c)) {
        mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos), 0, 0,
                        "invalid digit '%c' in %s literal", c, name);
    }
    if (!ok) {
        mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos - 1), 0, 0,
                        "invalid %s literal", name);
    }
    const char *save = lex->pos;
    lex->pos = save - 1;
    check_number_end_at(lex, save, base == 16 ? "invalid hexadecimal literal"
                                   : base == 8 ? "invalid octal literal"
                                               : "invalid binary literal");
    lex->pos = save;
    if (n <= sizeof(small)) {
        int_token(lex, tok, small, n, base);
        return;
    }
    char *digits = mo_arena_alloc(lex->arena, n + 1);
    size_t m = 0;
    lex->pos = start;
    if (peek_at(lex, 0) == '_') {
        lex->pos++;
    }
    scan_digits(lex, base, digits, &m, n, true);
    lex->pos = save;
    int_token(lex, tok, digits, n, base);
}

static void put_char(char *buf, size_t *n, size_t cap, char c) {
    if (*n < cap) {
        buf[*n] = c;
    }
    (*n)++;
}

// Scans a decimal int or float into buf (significant characters only, so strtod can
// read it); n counts even what did not fit in cap.
static void scan_decimal(mo_lexer_t *lex, char *buf, size_t cap, size_t *n,
                         bool *is_float, size_t *int_digits) {
    const char *bad = "invalid decimal literal";
    *n = 0;
    *is_float = false;
    if (*lex->pos != '.') {
        if (!scan_digits(lex, 10, buf, n, cap, true)) {
            error_here(lex, lex->pos, bad);
        }
    }
    *int_digits = *n;
    if (peek_at(lex, 0) == '.') {
        *is_float = true;
        lex->pos++;
        put_char(buf, n, cap, '.');
        int d = peek_at(lex, 0);
        if (d >= 0 && is_digit(d) && !scan_digits(lex, 10, buf, n, cap, true)) {
            error_here(lex, lex->pos, bad);
        }
    }
    if ((peek_at(lex, 0) | 0x20) == 'e') {
        int s = peek_at(lex, 1);
        int d = (s == '+' || s == '-') ? peek_at(lex, 2) : s;
        if (d >= 0 && is_digit(d)) {
            *is_float = true;
            put_char(buf, n, cap, 'e');
            lex->pos++;
            if (s == '+' || s == '-') {
                put_char(buf, n, cap, (char)s);
                lex->pos++;
            }
            if (!scan_digits(lex, 10, buf, n, cap, true)) {
                error_here(lex, lex->pos, bad);
            }
        }
        // Else `e` starts a word: check_number_end allows `1else`, rejects `1e`.
    }
}

static void lex_number(mo_lexer_t *lex, mo_token_t *tok) {
    const char *start = lex->pos;
    int c1 = peek_at(lex, 1) | 0x20;
    if (*lex->pos == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        lex_prefixed_int(lex, tok, c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2,
                         c1 == 'x' ? "hexadecimal" : c1 == 'o' ? "octal" : "binary");
        return;
    }
    char small[NUM_BUF];
    char *buf = small;
    size_t n, int_digits;
    bool is_float;
    scan_decimal(lex, buf, sizeof(small) - 1, &n, &is_float, &int_digits);
    if (n >= sizeof(small) - 1) {
        // Long literal: scan again into a buffer that fits.
        buf = mo_arena_alloc(lex->arena, n + 1);
        lex->pos = start;
        scan_decimal(lex, buf, n, &n, &is_float, &int_digits);
    }
    bool imag = (peek_at(lex, 0) | 0x20) == 'j';
    if (imag) {
        lex->pos++;
    }
    if (peek_at(lex, 0) >= 0 && is_id_char(peek_at(lex, 0))) {
        const char *save = lex->pos;
        lex->pos = start;
        check_number_end_at(lex, save, "invalid decimal literal");
        lex->pos = save;
    }
    if (is_float || imag) {
        buf[n] = 0;
        tok->kind = imag ? MO_TOK_IMAG : MO_TOK_FLOAT;
        tok->v.f = strtod(buf, NULL);
        return;
    }
    // "0", "00", "0_0" are fine; other leading zeros are not (no implicit octal).
    if (int_digits > 1 && buf[0] == '0') {
        for (size_t i = 0; i < n; i++) {
            if (buf[i] != '0') {
                mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, start),
                                lex->line, col_of(lex, start) + 1,
                                "leading zeros in decimal integer literals are not "
                                "permitted; use an 0o prefix for octal integers");
            }
        }
    }
    int_token(lex, tok, buf, n, 10);
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

// If the identifier at pos is a string prefix followed by a quote, returns its
// MO_STRF_* flags and length; else -1.
static int string_prefix(const mo_lexer_t *lex, size_t *plen) {
    int flags = 0;
    size_t i = 0;
    for (; i < 3; i++) {
        int c = peek_at(lex, i);
        if (c == '\'' || c == '"') {
            break;
        }
        c |= 0x20;
        int f = c == 'r' ? MO_STRF_RAW : c == 'b' ? MO_STRF_BYTES : c == 'f' ? MO_STRF_FSTRING
              : c == 'u' ? 0x80 : -1;
        if (f < 0 || (flags & f) != 0) {
            return -1;
        }
        flags |= f;
    }
    int q = peek_at(lex, i);
    if (i == 0 || (q != '\'' && q != '"')) {
        return -1;
    }
    // u stands alone; b and f never mix.
    if (((flags & 0x80) && i > 1) ||
        ((flags & MO_STRF_BYTES) && (flags & MO_STRF_FSTRING))) {
        return -1;
    }
    *plen = i;
    return flags & ~0x80;
}

static void lex_string(mo_lexer_t *lex, mo_token_t *tok, int flags) {
    char q = *lex->pos;
    bool triple = peek_at(lex, 1) == q && peek_at(lex, 2) == q;
    uint32_t start_line = lex->line;
    const char *p = lex->pos + (triple ? 3 : 1);
    const char *body = p;
    for (;;) {
        if (p >= lex->end) {
            // A newline at the very end does not begin another line.
            uint32_t at_line = lex->line;
            if (at_line > start_line && p > lex->src && p[-1] == '\n') {
                at_line--;
            }
            mo_lex_error_at(lex, &mo_type_SyntaxError, start_line, tok->col, start_line,
                            tok->col,
                            triple ? "unterminated triple-quoted string literal (detected at "
                                     "line %u)"
                                   : "unterminated string literal (detected at line %u)",
                            (unsigned)at_line);
        }
        char c = *p;
        if (c == q && (!triple || (lex->end - p >= 3 && p[1] == q && p[2] == q))) {
            break;
        }
        if (c == '\\' && p + 1 < lex->end) {
            // An escaped quote or backslash never ends the string, even raw.
            if (p[1] == '\n') {
                new_line(lex, p + 2);
            } else if (p[1] == '\r' && p + 2 < lex->end && p[2] == '\n') {
                p++;
                new_line(lex, p + 2);
            }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                mo_lex_error_at(lex, &mo_type_SyntaxError, start_line, tok->col, start_line,
                                tok->col, "unterminated string literal (detected at line %u)",
                                (unsigned)lex->line);
            }
            new_line(lex, p + 1);
        }
        p++;
    }
    tok->kind = MO_TOK_STRING;
    tok->flags = (uint8_t)(flags | (triple ? MO_STRF_TRIPLE : 0));
    tok->v.str.data = body;
    tok->v.str.len = (size_t)(p - body);
    lex->pos = p + (triple ? 3 : 1);
}

// Appends code point cp as UTF-8 (lone surrogates are encoded like any other).
static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static int hex_val(int c) {
    return is_digit(c) ? c - '0'
           : (c >= 'a' && c <= 'f') ? c - 'a' + 10
           : (c >= 'A' && c <= 'F') ? c - 'A' + 10
           : -1;
}

// Escape errors point at the end of the string token, as CPython's do.
static _Noreturn void escape_error(const mo_lexer_t *lex, const mo_token_t *at,
                                   const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_syntax_error(lex, &mo_type_SyntaxError, at->end_line, at->end_col, at->end_line,
                       at->end_col, fmt, ap);
}

char *mo_lex_decode_str(mo_lexer_t *lex, const char *body, size_t len, int flags,
                        const mo_token_t *at, size_t *out_len) {
    // Every escape decodes to no more bytes than it is written with.
    char *out = mo_arena_alloc(lex->arena, len + 1);
    size_t n = 0;
    bool bytes = (flags & MO_STRF_BYTES) != 0;
    const char *p = body, *end = body + len;
    while (p < end) {
        uint8_t c = (uint8_t)*p;
        if (c >= 0x80) {
            if (bytes) {
                mo_lex_error_at(lex, &mo_type_SyntaxError, at->line, at->col, at->end_line,
                                at->end_col, "bytes can only contain ASCII literal characters");
            }
            uint32_t cp;
            size_t k = utf8_seq(p, end, &cp);
            if (k == 0) {
                escape_error(lex, at, "(unicode error) 'utf-8' codec can't decode byte 0x%x in "
                                      "position %u: invalid start byte",
                             (unsigned)c, (unsigned)(p - body));
            }
            memcpy(out + n, p, k);
            n += k, p += k;
            continue;
        }
        if (c == '\r') {
            // Source newlines are \n inside strings, whatever the file used.
            p++;
            if (p < end && *p == '\n') {
                p++;
            }
            out[n++] = '\n';
            continue;
        }
        if (c != '\\' || (flags & MO_STRF_RAW) || p + 1 >= end) {
            out[n++] = (char)c;
            p++;
            continue;
        }
        p++;
        int e = (uint8_t)*p++;
        switch (e) {
            case '\n': break;
            case '\r': if (p < end && *p == '\n') { p++; } break;
            case '\\': out[n++] = '\\'; break;
            case '\'': out[n++] = '\''; break;
            case '"': out[n++] = '"'; break;
            case 'a': out[n++] = '\a'; break;
            case 'b': out[n++] = '\b'; break;
            case 'f': out[n++] = '\f'; break;
            case 'n': out[n++] = '\n'; break;
            case 'r': out[n++] = '\r'; break;
            case 't': out[n++] = '\t'; break;
            case 'v': out[n++] = '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = (uint32_t)(e - '0');
                for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++) {
                    v = v * 8 + (uint32_t)(*p++ - '0');
                }
                if (bytes) {
                    out[n++] = (char)(v & 0xff);
                } else {
                    n += put_utf8(out + n, v);
                }
                break;
            }
            case 'x': case 'u': case 'U': {
                if (bytes && e != 'x') {
                    out[n++] = '\\';
                    out[n++] = (char)e;
                    break;
                }
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                uint32_t v = 0;
                size_t esc_pos = (size_t)(p - 2 - body);
                for (int i = 0; i < digits; i++) {
                    int h = p < end ? hex_val((uint8_t)*p) : -1;
                    if (h < 0) {
                        if (bytes) {
                            escape_error(lex, at, "(value error) invalid \\x escape at position %u",
                                         (unsigned)esc_pos);
                        }
                        escape_error(lex, at,
                                     "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                     "position %u-%u: truncated \\%s escape",
                                     (unsigned)esc_pos, (unsigned)(p - 1 - body),
                                     e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                    }
                    v = v * 16 + (uint32_t)h;
                    p++;
                }
                if (bytes) {
                    out[n++] = (char)v;
                } else if (v > 0x10ffff) {
                    escape_error(lex, at, "(unicode error) 'unicodeescape' codec can't decode "
                                          "bytes in position %u-%u: illegal Unicode character",
                                 (unsigned)esc_pos, (unsigned)(p - 1 - body));
                } else {
                    n += put_utf8(out + n, v);
                }
                break;
            }
            case 'N': {
                if (bytes) {
                    out[n++] = '\\';
                    p--;
                    break;
                }
                size_t esc_pos = (size_t)(p - 2 - body);
                const char *close = p < end && *p == '{' ? memchr(p, '}', (size_t)(end - p)) : NULL;
                if (close == NULL || close == p + 1) {
                    const char *last = close != NULL ? close - 1 : p < end && *p == '{' ? end - 1
                                                                                   : p - 1;
                    escape_error(lex, at,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %u-%u: malformed \\N character escape",
                                 (unsigned)esc_pos, (unsigned)(last - body));
                }
                uint32_t cp;
                if (!mo_unicode_lookup_name(p + 1, (size_t)(close - p - 1), &cp)) {
                    escape_error(lex, at,
                                 "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position %u-%u: unknown Unicode character name",
                                 (unsigned)esc_pos, (unsigned)(close - body));
                }
                // A name is at least 2 characters plus \N{}: longer than its UTF-8.
                n += put_utf8(out + n, cp);
                p = close + 1;
                break;
            }
            default:
                // Unknown escapes keep their backslash (CPython only warns).
                out[n++] = '\\';
                p--;
                break;
        }
    }
    out[n] = 0;
    *out_len = n;
    return out;
}

// ---------------------------------------------------------------------------
// Brackets and indentation
// ---------------------------------------------------------------------------

static void open_paren(mo_lexer_t *lex, char ch, const mo_token_t *tok) {
    if (lex->paren_depth >= MO_LEX_MAX_PARENS) {
        error_here(lex, lex->pos - 1, "too many nested parentheses");
    }
    mo_lex_paren_t *pp = &lex->parens[lex->paren_depth++];
    pp->ch = ch;
    pp->line = tok->line;
    pp->col = tok->col;
}

static void close_paren(mo_lexer_t *lex, char ch, const mo_token_t *tok) {
    if (lex->paren_depth == 0) {
        if (lex->in_fstring_expr) {
            return;  // the parser decides what a stray bracket means in an f-string
        }
        mo_lex_error_at(lex, &mo_type_SyntaxError, tok->line, tok->col, tok->line, tok->col,
                        "unmatched '%c'", ch);
    }
    uint16_t d = --lex->paren_depth;
    char open = lex->parens[d].ch;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (want != ch) {
        if (lex->parens[d].line != tok->line) {
            mo_lex_error_at(lex, &mo_type_SyntaxError, tok->line, tok->col, tok->line, tok->col,
                            "closing parenthesis '%c' does not match opening parenthesis '%c' "
                            "on line %u", ch, open, (unsigned)lex->parens[d].line);
        }
        mo_lex_error_at(lex, &mo_type_SyntaxError, tok->line, tok->col, tok->line, tok->col,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                        open);
    }
}

// Measures the indentation of a new line. Returns false if the line is blank or a
// comment (it is skipped), true once pos is at the line's first token.
static bool measure_indent(mo_lexer_t *lex, unsigned *col_out, unsigned *alt_out) {
    // col counts tabs to multiples of 8, alt counts them as 1: indentation that
    // compares differently under the two is ambiguous (TabError, as CPython).
    unsigned col = 0, alt = 0;
    const char *p = lex->pos;
    for (; p < lex->end; p++) {
        if (*p == ' ') {
            col++, alt++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    lex->pos = p;
    if (p >= lex->end) {
        return true;
    }
    if (*p == '#' || *p == '\n' || *p == '\r' || (*p == '\\' && p + 1 < lex->end &&
                                                  (p[1] == '\n' || p[1] == '\r'))) {
        return false;
    }
    *col_out = col;
    *alt_out = alt;
    return true;
}

// The whole of the current line's text length (for indentation error offsets).
static uint32_t line_len(const mo_lexer_t *lex) {
    const char *e = lex->line_start;
    while (e < lex->end && *e != '\n' && *e != '\r') {
        e++;
    }
    return (uint32_t)(e - lex->line_start);
}

// In scan-only mode (checking the rest of the source after a parse error) the
// errors CPython's tokenizer reports without an exception of its own (bad
// indentation, a misplaced backslash) end the scan instead: the parse error
// stands. Returns true if the caller should not raise.
static bool soft_stop(mo_lexer_t *lex) {
    if (!lex->scan_only) {
        return false;
    }
    lex->pos = lex->end;
    lex->at_line_start = false;
    lex->pending_dedents = 0;
    lex->indent_depth = 0;
    lex->emitted_newline = true;
    return true;
}

static _Noreturn void tab_error(const mo_lexer_t *lex) {
    mo_lex_error_at(lex, &mo_type_TabError, lex->line, 1, lex->line, 0,
                    "inconsistent use of tabs and spaces in indentation");
}

static uint16_t clamp16(unsigned v) {
    return (uint16_t)(v > UINT16_MAX ? UINT16_MAX : v);
}

// Whether apply_indent would accept this indentation (no error).
static bool indent_is_consistent(const mo_lexer_t *lex, unsigned col, unsigned alt) {
    unsigned d = lex->indent_depth;
    unsigned cur = d ? lex->indents[d - 1] : 0, cur_alt = d ? lex->alt_indents[d - 1] : 0;
    if (col == cur) {
        return alt == cur_alt;
    }
    if (col > cur) {
        return alt > cur_alt && d + 1 < MO_LEX_MAX_INDENT;
    }
    while (d > 0 && col < lex->indents[d - 1]) {
        d--;
    }
    cur = d ? lex->indents[d - 1] : 0;
    cur_alt = d ? lex->alt_indents[d - 1] : 0;
    return col == cur && alt == cur_alt;
}

// Compares a new logical line's indentation with the stack: pushes an INDENT or
// queues DEDENTs.
static bool apply_indent(mo_lexer_t *lex, unsigned col, unsigned alt, mo_token_t *tok) {
    if (!indent_is_consistent(lex, col, alt) && soft_stop(lex)) {
        return false;
    }
    unsigned d = lex->indent_depth;
    unsigned cur = d ? lex->indents[d - 1] : 0, cur_alt = d ? lex->alt_indents[d - 1] : 0;
    if (col == cur) {
        if (alt != cur_alt) {
            tab_error(lex);
        }
        return false;
    }
    if (col > cur) {
        if (alt <= cur_alt) {
            tab_error(lex);
        }
        if (d + 1 >= MO_LEX_MAX_INDENT) {
            mo_lex_error_at(lex, &mo_type_IndentationError, lex->line, 1, 0, 0,
                            "too many levels of indentation");
        }
        lex->indents[d] = clamp16(col);
        lex->alt_indents[d] = clamp16(alt);
        lex->indent_depth++;
        tok->kind = MO_TOK_INDENT;
        return true;
    }
    while (d > 0 && col < lex->indents[d - 1]) {
        d--;
        lex->pending_dedents++;
    }
    lex->indent_depth = (uint16_t)d;
    cur = d ? lex->indents[d - 1] : 0;
    cur_alt = d ? lex->alt_indents[d - 1] : 0;
    if (col != cur) {
        uint32_t c = line_len(lex) + 1;
        mo_lex_error_at(lex, &mo_type_IndentationError, lex->line, c, lex->line, 0,
                        "unindent does not match any outer indentation level");
    }
    if (alt != cur_alt) {
        tab_error(lex);
    }
    return false;
}

// ---------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------

static void set_start(mo_lexer_t *lex, mo_token_t *tok) {
    tok->start = lex->pos;
    tok->line = lex->line;
    tok->col = col_of(lex, lex->pos);
    tok->flags = 0;
}

static void finish(mo_lexer_t *lex, mo_token_t *tok) {
    tok->len = (size_t)(lex->pos - tok->start);
    tok->end_line = lex->line;
    tok->end_col = col_of(lex, lex->pos);
    if (tok->kind != MO_TOK_INDENT && tok->kind != MO_TOK_DEDENT) {
        lex->emitted_newline = tok->kind == MO_TOK_NEWLINE;
    }
}

// Skips spaces, comments and line continuations. Returns at a token, a newline or
// the end of the range.
static void skip_space(mo_lexer_t *lex) {
    while (lex->pos < lex->end) {
        char c = *lex->pos;
        if (c == ' ' || c == '\t' || c == '\f') {
            lex->pos++;
        } else if (c == '#') {
            if (lex->in_fstring_expr) {
                error_here(lex, lex->pos, "f-string expression part cannot include '#'");
            }
            while (lex->pos < lex->end && *lex->pos != '\n' && *lex->pos != '\r') {
                lex->pos++;
            }
        } else if (c == '\\') {
            if (lex->in_fstring_expr) {
                error_here(lex, lex->pos, "f-string expression part cannot include a backslash");
            }
            const char *p = lex->pos + 1;
            if (p < lex->end && *p == '\r') {
                p++;
            }
            if ((p >= lex->end || *p != '\n' || p + 1 >= lex->end) && soft_stop(lex)) {
                return;
            }
            if (p >= lex->end) {
                error_here(lex, lex->pos + 1, "unexpected EOF while parsing");
            }
            if (*p != '\n') {
                mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos + 1),
                                lex->line, 0,
                                "unexpected character after line continuation character");
            }
            new_line(lex, p + 1);
            lex->pos = p + 1;
            if (lex->pos >= lex->end) {
                error_here(lex, lex->pos, "unexpected EOF while parsing");
            }
        } else if ((c == '\n' || c == '\r') && (lex->paren_depth > 0 || lex->in_fstring_expr)) {
            // Implicit line joining inside brackets.
            lex->pos += (c == '\r' && lex->pos + 1 < lex->end && lex->pos[1] == '\n') ? 2 : 1;
            new_line(lex, lex->pos);
        } else {
            break;
        }
    }
}

static void end_of_input(mo_lexer_t *lex, mo_token_t *tok) {
    if (lex->paren_depth > 0 && !lex->in_fstring_expr && !lex->scan_only) {
        const mo_lex_paren_t *pp = &lex->parens[lex->paren_depth - 1];
        mo_lex_error_at(lex, &mo_type_SyntaxError, pp->line, pp->col, pp->line, 0,
                        "'%c' was never closed", pp->ch);
    }
    if (!lex->emitted_newline && !lex->in_fstring_expr) {
        tok->kind = MO_TOK_NEWLINE;
    } else if (lex->indent_depth > 0) {
        lex->indent_depth--;
        tok->kind = MO_TOK_DEDENT;
    } else {
        tok->kind = MO_TOK_END;
    }
}

static void lex_punct(mo_lexer_t *lex, mo_token_t *tok) {
    size_t left = (size_t)(lex->end - lex->pos);
    for (size_t i = 0; i < sizeof(puncts) / sizeof(puncts[0]); i++) {
        if (puncts[i].text[0] != *lex->pos) {
            continue;
        }
        size_t n = strlen(puncts[i].text);
        if (n <= left && memcmp(lex->pos, puncts[i].text, n) == 0) {
            lex->pos += n;
            tok->kind = puncts[i].kind;
            char c = puncts[i].text[0];
            if (n == 1 && (c == '(' || c == '[' || c == '{')) {
                open_paren(lex, c, tok);
            } else if (n == 1 && (c == ')' || c == ']' || c == '}')) {
                close_paren(lex, c, tok);
            }
            return;
        }
    }
    uint32_t cp;
    size_t k = utf8_seq(lex->pos, lex->end, &cp);
    if (k == 0) {
        bad_utf8(lex, lex->pos);
    }
    if (cp < 0x80 && cp >= 0x20 && cp != 0x7f) {
        // $ ? ` and friends: CPython calls these plain invalid syntax.
        uint16_t c = col_of(lex, lex->pos);
        mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, c, lex->line, c + 1,
                        "invalid syntax");
    }
    if (cp < 0x80) {
        mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos), 0, 0,
                        "invalid non-printable character U+%04X", (unsigned)cp);
    }
    mo_lex_error_at(lex, &mo_type_SyntaxError, lex->line, col_of(lex, lex->pos), 0, 0,
                    "invalid character '%.*s' (U+%04X)", (int)k, lex->pos, (unsigned)cp);
}

void mo_lex_next(mo_lexer_t *lex, mo_token_t *tok) {
    for (;;) {
        if (lex->pending_dedents > 0) {
            lex->pending_dedents--;
            set_start(lex, tok);
            tok->kind = MO_TOK_DEDENT;
            finish(lex, tok);
            return;
        }
        if (lex->at_line_start && !lex->in_fstring_expr) {
            unsigned col = 0, alt = 0;
            if (!measure_indent(lex, &col, &alt)) {
                // A blank or comment-only line: skip it entirely.
                skip_space(lex);
                if (lex->pos < lex->end) {
                    lex->pos += (*lex->pos == '\r' && lex->pos + 1 < lex->end &&
                                 lex->pos[1] == '\n') ? 2 : 1;
                    new_line(lex, lex->pos);
                }
                continue;
            }
            lex->at_line_start = false;
            if (lex->pos < lex->end) {
                set_start(lex, tok);
                if (apply_indent(lex, col, alt, tok)) {
                    finish(lex, tok);
                    return;
                }
                continue;
            }
        }
        skip_space(lex);
        set_start(lex, tok);
        if (lex->pos >= lex->end) {
            end_of_input(lex, tok);
            finish(lex, tok);
            return;
        }
        char c = *lex->pos;
        if (c == '\n' || c == '\r') {
            lex->pos += (c == '\r' && lex->pos + 1 < lex->end && lex->pos[1] == '\n') ? 2 : 1;
            tok->kind = MO_TOK_NEWLINE;
            finish(lex, tok);
            tok->end_line = tok->line;
            tok->end_col = tok->col + 1;
            new_line(lex, lex->pos);
            lex->at_line_start = true;
            return;
        }
        if (is_id_start((uint8_t)c)) {
            size_t plen;
            int flags = string_prefix(lex, &plen);
            if (flags >= 0) {
                lex->pos += plen;
                lex_string(lex, tok, flags);
            } else {
                lex_name(lex, tok);
            }
        } else if (is_digit(c) || (c == '.' && peek_at(lex, 1) >= 0 && is_digit(peek_at(lex, 1)))) {
            lex_number(lex, tok);
        } else if (c == '\'' || c == '"') {
            lex_string(lex, tok, 0);
        } else {
            lex_punct(lex, tok);
        }
        finish(lex, tok);
        return;
    }
}
