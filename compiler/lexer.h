// The lexer: Python 3.11 source text to tokens, one at a time, on demand.
//
// It tracks indentation (INDENT / DEDENT tokens), brackets (inside them newlines
// are ignored), and reports malformed input as SyntaxError / IndentationError with
// CPython's messages and positions. Strings are returned undecoded (the body
// between the quotes plus prefix flags); the parser decodes them with
// mo_lex_decode_str, since f-strings need the raw text.
#ifndef MOTE_LEXER_H
#define MOTE_LEXER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/arena.h"
#include "runtime/obj.h"

typedef enum {
    MO_TOK_END,
    MO_TOK_NEWLINE,
    MO_TOK_INDENT,
    MO_TOK_DEDENT,
    MO_TOK_NAME,      // v.name
    MO_TOK_INT,       // v.small
    MO_TOK_BIGINT,    // v.num: digits without prefix or underscores, base
    MO_TOK_FLOAT,     // v.f
    MO_TOK_IMAG,      // v.f
    MO_TOK_STRING,    // v.str: the body between the quotes; flags MO_STRF_*

    // Keywords, in the order of the lexer's keyword table.
    MO_TOK_KW_FALSE,
    MO_TOK_KW_NONE,
    MO_TOK_KW_TRUE,
    MO_TOK_KW_AND,
    MO_TOK_KW_AS,
    MO_TOK_KW_ASSERT,
    MO_TOK_KW_ASYNC,
    MO_TOK_KW_AWAIT,
    MO_TOK_KW_BREAK,
    MO_TOK_KW_CLASS,
    MO_TOK_KW_CONTINUE,
    MO_TOK_KW_DEF,
    MO_TOK_KW_DEL,
    MO_TOK_KW_ELIF,
    MO_TOK_KW_ELSE,
    MO_TOK_KW_EXCEPT,
    MO_TOK_KW_FINALLY,
    MO_TOK_KW_FOR,
    MO_TOK_KW_FROM,
    MO_TOK_KW_GLOBAL,
    MO_TOK_KW_IF,
    MO_TOK_KW_IMPORT,
    MO_TOK_KW_IN,
    MO_TOK_KW_IS,
    MO_TOK_KW_LAMBDA,
    MO_TOK_KW_NONLOCAL,
    MO_TOK_KW_NOT,
    MO_TOK_KW_OR,
    MO_TOK_KW_PASS,
    MO_TOK_KW_RAISE,
    MO_TOK_KW_RETURN,
    MO_TOK_KW_TRY,
    MO_TOK_KW_WHILE,
    MO_TOK_KW_WITH,
    MO_TOK_KW_YIELD,

    // Punctuation.
    MO_TOK_LPAREN, MO_TOK_RPAREN, MO_TOK_LBRACKET, MO_TOK_RBRACKET,
    MO_TOK_LBRACE, MO_TOK_RBRACE,
    MO_TOK_COMMA, MO_TOK_COLON, MO_TOK_SEMICOLON, MO_TOK_DOT, MO_TOK_ELLIPSIS,
    MO_TOK_ARROW, MO_TOK_ASSIGN, MO_TOK_WALRUS, MO_TOK_EXCLAIM, // '!' (f-strings only)
    MO_TOK_TILDE,
    // Comparisons.
    MO_TOK_LESS, MO_TOK_MORE, MO_TOK_EQUAL, MO_TOK_LESS_EQUAL, MO_TOK_MORE_EQUAL,
    MO_TOK_NOT_EQUAL,
    // Binary operators, in MO_BINARY_OP_OR.. order, then their augmented forms in
    // the same order, so (tok - MO_TOK_OR) + MO_BINARY_OP_OR is the operator.
    MO_TOK_OR, MO_TOK_XOR, MO_TOK_AND, MO_TOK_LSHIFT, MO_TOK_RSHIFT, MO_TOK_PLUS,
    MO_TOK_MINUS, MO_TOK_STAR, MO_TOK_AT, MO_TOK_DSLASH, MO_TOK_SLASH, MO_TOK_PERCENT,
    MO_TOK_DSTAR,
    MO_TOK_OR_ASSIGN, MO_TOK_XOR_ASSIGN, MO_TOK_AND_ASSIGN, MO_TOK_LSHIFT_ASSIGN,
    MO_TOK_RSHIFT_ASSIGN, MO_TOK_PLUS_ASSIGN, MO_TOK_MINUS_ASSIGN, MO_TOK_STAR_ASSIGN,
    MO_TOK_AT_ASSIGN, MO_TOK_DSLASH_ASSIGN, MO_TOK_SLASH_ASSIGN, MO_TOK_PERCENT_ASSIGN,
    MO_TOK_DSTAR_ASSIGN,

    MO_TOK_NUM_KINDS
} mo_tok_kind_t;

// String token flags.
#define MO_STRF_RAW 0x01
#define MO_STRF_BYTES 0x02
#define MO_STRF_FSTRING 0x04
#define MO_STRF_TRIPLE 0x08

typedef struct mo_token {
    uint8_t kind;
    uint8_t flags;          // MO_STRF_* for strings
    uint16_t col;           // 1-based column of the first character (saturates)
    uint32_t line;          // 1-based
    uint32_t end_line;      // where the token ends (its last character + 1)
    uint16_t end_col;
    const char *start;      // the token's text in the source
    size_t len;
    union {
        qstr name;
        mo_int_t small;
        double f;
        struct {
            const char *data;
            size_t len;
            uint8_t base;
        } str;              // string body (in the source) or bigint digits (arena)
    } v;
} mo_token_t;

#define MO_LEX_MAX_INDENT 100
#define MO_LEX_MAX_PARENS 200

typedef struct mo_lex_paren {
    char ch;
    uint16_t col;
    uint32_t line;
} mo_lex_paren_t;

typedef struct mo_lexer {
    const char *src;        // the whole source (for error lines)
    size_t src_len;
    const char *pos;        // next character to read
    const char *end;        // end of this lexer's range
    const char *line_start; // first character of the current line
    uint32_t line;
    qstr source_name;
    mo_arena_t *arena;
    bool at_line_start;     // indentation of a new logical line is still to be measured
    bool in_fstring_expr;   // lexing an f-string replacement field: no NEWLINE/INDENT
    bool emitted_newline;   // the last token was NEWLINE (or nothing yet)
    bool scan_only;         // checking the rest after a parse error: at the end,
                            // open brackets are not an error of their own
    int pending_dedents;
    uint32_t fstring_end_line;  // sub-lexers: where the f-string token ends (errors)
    uint16_t fstring_end_col;
    uint16_t indent_depth;
    uint16_t paren_depth;
    uint16_t indents[MO_LEX_MAX_INDENT];     // indentation columns, tabs to 8
    uint16_t alt_indents[MO_LEX_MAX_INDENT]; // the same with tabs counted as 1
    mo_lex_paren_t parens[MO_LEX_MAX_PARENS];
} mo_lexer_t;

// A lexer over src[0..len). The arena holds big-int digits.
void mo_lex_init(mo_lexer_t *lex, mo_arena_t *arena, const char *src, size_t len,
                 qstr source_name);
// A lexer over one f-string replacement field: src[start..end) of the same source,
// at the given line and line start; it behaves as if inside brackets.
void mo_lex_init_sub(mo_lexer_t *lex, const mo_lexer_t *parent, const char *start,
                     const char *end, uint32_t line, const char *line_start);
void mo_lex_next(mo_lexer_t *lex, mo_token_t *tok);

// Decodes a string token's body (escapes, or raw) into the arena; raises
// SyntaxError for bad escapes or non-ASCII bytes literals. For f-string literal
// text, `{{` and `}}` must already have been split off by the caller.
char *mo_lex_decode_str(mo_lexer_t *lex, const char *body, size_t len, int flags,
                        const mo_token_t *at, size_t *out_len);

// Raises SyntaxError (or IndentationError, by type) with CPython's attributes
// (filename, lineno, offset, text, end_lineno, end_offset). end_line 0: no range.
_Noreturn void mo_lex_error_at(const mo_lexer_t *lex, const mo_type_t *type, uint32_t line,
                               uint32_t col, uint32_t end_line, uint32_t end_col,
                               const char *fmt, ...);
_Noreturn void mo_lex_verror_at(const mo_lexer_t *lex, const mo_type_t *type, uint32_t line,
                                uint32_t col, uint32_t end_line, uint32_t end_col,
                                const char *fmt, va_list ap);
_Noreturn void mo_lex_error_tok(const mo_lexer_t *lex, const mo_token_t *tok,
                                const char *fmt, ...);

// A token kind's text for messages ("'('"), or NULL for kinds without fixed text.
const char *mo_tok_text(int kind);

#endif
