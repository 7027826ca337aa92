// The parser: a hand-written recursive-descent parser for Python 3.11 (without
// the match statement), building the tree described in compiler/ast.h.
//
// One token of lookahead (p->tok) and a single pass, with one exception: a `with`
// statement whose items start with `(` is first tried as a parenthesised item
// list and, if that is not what follows, re-read as an expression (the lexer
// state is saved and restored; only that statement's header is lexed twice).
//
// Where ast.h leaves a detail open, the CPython `ast` module's meaning is used:
// `a = b = c` is one Assign with two targets; `-1` is UnaryOp(NEGATIVE, 1) (the
// emitter folds it); `(x)` is just x; an f-string is always a JoinedStr, even
// without replacement fields; `x[1:2, 3]` has a Tuple slice; node positions are
// those CPython gives (a call or binary operation starts where its left operand
// starts, a def where its `def` keyword is), with columns counted in bytes.
//
// Errors are raised as SyntaxError / IndentationError with CPython 3.11's
// messages for the common mistakes (see mo_lex_error_at for the attributes).
#include "compiler/parse.h"

#include <stdarg.h>
#include <string.h>

#include "compiler/lexer.h"
#include "runtime/runtime.h"

// f-strings nested inside f-string replacement fields, e.g. f"{f'{x}'}".
#define MAX_FSTRING_NESTING 8

typedef struct parser {
    mo_arena_t *arena;
    mo_lexer_t *lex;
    mo_token_t tok;
    int fstring_depth;            // replacement fields being parsed, innermost count
    mo_lexer_t *sub_lex[MAX_FSTRING_NESTING];
    mo_lexer_t *snapshot;         // saved lexer for the `with (` retry
    uint32_t last_end_line;       // where the last consumed real token ended
    uint16_t last_end_col;
    uint16_t str_col;             // where the string literal being parsed starts:
    uint32_t str_line;            // CPython puts all f-string parts there
    bool failed;                  // the parser (not the lexer) raised a SyntaxError,
    uint32_t fail_tok_line;       // with the lookahead token on this line
} parser_t;

// ---------------------------------------------------------------------------
// Building nodes and lists
// ---------------------------------------------------------------------------

typedef struct nlist {
    mo_node_t **items;
    uint32_t len, alloc;
} nlist_t;

static void nl_push(parser_t *p, nlist_t *l, mo_node_t *n) {
    if (l->len == l->alloc) {
        uint32_t na = l->alloc ? l->alloc * 2 : 4;
        mo_node_t **items = mo_arena_alloc(p->arena, na * sizeof(mo_node_t *));
        if (l->len) {
            memcpy(items, l->items, l->len * sizeof(mo_node_t *));
        }
        l->items = items;
        l->alloc = na;
    }
    l->items[l->len++] = n;
}

static mo_nodes_t nl_done(const nlist_t *l) {
    mo_nodes_t r = {l->len, l->items};
    return r;
}

// Each node carries, before the part ast.h describes, where it ends: only error
// messages use it (CPython underlines the whole offending expression).
// A parenthesised expression also remembers where its outermost `(` is, since an
// operation with it as left operand starts there (`(a + b) * c` starts at `(`).
typedef struct pnode_ext {
    uint32_t end_line;
    uint32_t paren_line;  // 0: not parenthesised
    uint16_t end_col;
    uint16_t paren_col;
} pnode_ext_t;

// The extension sits just below the node, padded so the node stays aligned.
#define EXT_BYTES ((sizeof(pnode_ext_t) + sizeof(double) - 1) / sizeof(double) * sizeof(double))

static pnode_ext_t *ext_of(const mo_node_t *n) {
    return (pnode_ext_t *)((char *)(uintptr_t)n - EXT_BYTES);
}

// How much of mo_node_t each kind uses (ast.h orders the fields for this).
// Statements get the whole node: a few change kind while being parsed
// (a decorated def may turn out a class, `async` picks for/with/def later).
#define UPTO(field) MO_NODE_UPTO(field)
size_t mo_node_size(int kind) {
    switch (kind) {
        case MO_N_NAME:
        case MO_N_CONSTANT:
            return UPTO(v);
        case MO_N_UNARY_OP:
        case MO_N_AWAIT:
        case MO_N_YIELD:
        case MO_N_YIELD_FROM:
        case MO_N_STARRED:
        case MO_N_ATTRIBUTE:
        case MO_N_KEYWORD:
            return UPTO(a);
        case MO_N_NAMED_EXPR:
        case MO_N_BIN_OP:
        case MO_N_LAMBDA:
        case MO_N_FORMATTED_VALUE:
        case MO_N_SUBSCRIPT:
        case MO_N_ARG:
        case MO_N_WITHITEM:
            return UPTO(b);
        case MO_N_IF_EXP:
        case MO_N_SLICE:
            return UPTO(c);
        case MO_N_BOOL_OP:
        case MO_N_SET:
        case MO_N_LIST_COMP:
        case MO_N_SET_COMP:
        case MO_N_DICT_COMP:
        case MO_N_GENERATOR_EXP:
        case MO_N_COMPARE:
        case MO_N_JOINED_STR:
        case MO_N_LIST:
        case MO_N_TUPLE:
        case MO_N_COMPREHENSION:
        case MO_N_EXCEPT_HANDLER:
            return UPTO(l1);
        case MO_N_DICT:
        case MO_N_CALL:
            return UPTO(l2);
        default:
            return sizeof(mo_node_t);
    }
}

// ASan builds allocate whole nodes but poison what the kind doesn't use, so a read
// of a field the kind lacks is reported (gc.c unpoisons memory it hands out).
static mo_node_t *new_node(parser_t *p, int kind, uint32_t line, uint16_t col) {
    size_t size = mo_node_size(kind);
#if MO_ASAN
    char *mem = mo_arena_alloc(p->arena, EXT_BYTES + sizeof(mo_node_t));
    ASAN_POISON_MEMORY_REGION(mem + EXT_BYTES + size, sizeof(mo_node_t) - size);
#else
    char *mem = mo_arena_alloc(p->arena, EXT_BYTES + size);
#endif
    mo_node_t *n = (mo_node_t *)(mem + EXT_BYTES);
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

// Marks n as ending with the last token consumed; returns n.
static mo_node_t *done(parser_t *p, mo_node_t *n) {
    pnode_ext_t *pn = ext_of(n);
    pn->end_line = p->last_end_line;
    pn->end_col = p->last_end_col;
    return n;
}

static mo_node_t *node_at_tok(parser_t *p, int kind) {
    return new_node(p, kind, p->tok.line, p->tok.col);
}

static mo_node_t *node_at(parser_t *p, int kind, const mo_node_t *pos) {
    const pnode_ext_t *pn = ext_of(pos);
    if (pn->paren_line != 0) {
        return new_node(p, kind, pn->paren_line, pn->paren_col);
    }
    return new_node(p, kind, pos->line, pos->col);
}

// A growable byte buffer in the arena (string literal concatenation).
typedef struct strbuf {
    char *data;
    size_t len, alloc;
} strbuf_t;

static void sb_add(parser_t *p, strbuf_t *sb, const char *s, size_t n) {
    if (sb->len + n + 1 > sb->alloc) {
        size_t na = (sb->alloc ? sb->alloc * 2 : 32);
        while (na < sb->len + n + 1) {
            na *= 2;
        }
        char *d = mo_arena_alloc(p->arena, na);
        if (sb->len) {
            memcpy(d, sb->data, sb->len);
        }
        sb->data = d;
        sb->alloc = na;
    }
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = 0;
}

// ---------------------------------------------------------------------------
// Tokens and errors
// ---------------------------------------------------------------------------

static void next(parser_t *p) {
    int k = p->tok.kind;
    if (k != MO_TOK_NEWLINE && k != MO_TOK_INDENT && k != MO_TOK_DEDENT) {
        p->last_end_line = p->tok.end_line;
        p->last_end_col = p->tok.end_col;
    }
    mo_lex_next(p->lex, &p->tok);
}

static bool at(const parser_t *p, int kind) {
    return p->tok.kind == kind;
}

static bool accept(parser_t *p, int kind) {
    if (p->tok.kind == kind) {
        next(p);
        return true;
    }
    return false;
}

// Every SyntaxError the parser itself raises goes through here, so mo_parse can
// check the rest of the source for a lexical error that CPython would report
// instead (see check_rest_of_source).
static _Noreturn void parse_error(parser_t *p, const mo_type_t *type, uint32_t line,
                                  uint32_t col, uint32_t end_line, uint32_t end_col,
                                  const char *fmt, ...) {
    p->failed = true;
    p->fail_tok_line = p->tok.line;
    va_list ap;
    va_start(ap, fmt);
    mo_lex_verror_at(p->lex, type, line, col, end_line, end_col, fmt, ap);
}

static const char *fstring_prefix(const parser_t *p) {
    return p->fstring_depth > 0 ? "f-string: " : "";
}

static _Noreturn void error_at_tok(parser_t *p, const mo_token_t *t, const char *msg) {
    if (t->kind == MO_TOK_INDENT) {
        // CPython points just before the first character of the indented line, and
        // (its tokenizer's error) does not look further.
        mo_lex_error_at(p->lex, &mo_type_IndentationError, t->line, t->col - 1u, t->line,
                        0, "unexpected indent");
    }
    parse_error(p, &mo_type_SyntaxError, t->line, t->col, t->end_line, t->end_col, "%s%s",
                fstring_prefix(p), msg);
}

static _Noreturn void syntax_error(parser_t *p) {
    error_at_tok(p, &p->tok, "invalid syntax");
}

static _Noreturn void error_at_node(parser_t *p, const mo_node_t *n, const char *fmt,
                                    const char *arg) {
    const pnode_ext_t *pn = ext_of(n);
    parse_error(p, &mo_type_SyntaxError, n->line, n->col, pn->end_line, pn->end_col,
                    fmt, arg);
}

static void expect(parser_t *p, int kind) {
    if (!accept(p, kind)) {
        syntax_error(p);
    }
}

// `:` ending a compound statement's header.
static void expect_colon(parser_t *p) {
    if (accept(p, MO_TOK_COLON)) {
        return;
    }
    if (at(p, MO_TOK_NEWLINE)) {
        error_at_tok(p, &p->tok, "expected ':'");
    }
    syntax_error(p);
}

// The `:` after try, else, finally and a def's signature: CPython names it as
// missing whatever follows instead.
static void expect_colon_forced(parser_t *p) {
    if (!accept(p, MO_TOK_COLON)) {
        error_at_tok(p, &p->tok, "expected ':'");
    }
}

static qstr expect_name(parser_t *p) {
    if (!at(p, MO_TOK_NAME)) {
        syntax_error(p);
    }
    qstr q = p->tok.v.name;
    next(p);
    return q;
}

// Tokens that can begin an expression (STAR included: callers that take starred
// items check for it).
static bool starts_expr(int k) {
    switch (k) {
        case MO_TOK_NAME: case MO_TOK_INT: case MO_TOK_BIGINT: case MO_TOK_FLOAT:
        case MO_TOK_IMAG: case MO_TOK_STRING: case MO_TOK_KW_NONE: case MO_TOK_KW_TRUE:
        case MO_TOK_KW_FALSE: case MO_TOK_ELLIPSIS: case MO_TOK_LPAREN:
        case MO_TOK_LBRACKET: case MO_TOK_LBRACE: case MO_TOK_MINUS: case MO_TOK_PLUS:
        case MO_TOK_TILDE: case MO_TOK_KW_NOT: case MO_TOK_KW_LAMBDA: case MO_TOK_KW_AWAIT:
        case MO_TOK_STAR:
            return true;
        default:
            return false;
    }
}

// Inside brackets, an expression right after a complete one means a missing comma.
static _Noreturn void error_in_sequence(parser_t *p, const mo_node_t *prev) {
    if (prev != NULL && starts_expr(p->tok.kind) && p->tok.kind != MO_TOK_STAR &&
        p->tok.kind != MO_TOK_MINUS && p->tok.kind != MO_TOK_PLUS) {
        parse_error(p, &mo_type_SyntaxError, prev->line, prev->col, p->tok.end_line,
                        p->tok.end_col, "%sinvalid syntax. Perhaps you forgot a comma?",
                        fstring_prefix(p));
    }
    syntax_error(p);
}

static void expect_close(parser_t *p, int kind, const mo_node_t *last) {
    if (!accept(p, kind)) {
        error_in_sequence(p, last);
    }
}

// ---------------------------------------------------------------------------
// Target checks: what may be assigned to or deleted
// ---------------------------------------------------------------------------

// The name CPython uses for an expression in "cannot assign to ..." messages.
static const char *expr_name(const mo_node_t *n) {
    switch (n->kind) {
        case MO_N_ATTRIBUTE: return "attribute";
        case MO_N_SUBSCRIPT: return "subscript";
        case MO_N_STARRED: return "starred";
        case MO_N_NAME: return "name";
        case MO_N_LIST: return "list";
        case MO_N_TUPLE: return "tuple";
        case MO_N_LAMBDA: return "lambda";
        case MO_N_CALL: return "function call";
        case MO_N_BOOL_OP: case MO_N_BIN_OP: case MO_N_UNARY_OP: return "expression";
        case MO_N_GENERATOR_EXP: return "generator expression";
        case MO_N_YIELD: case MO_N_YIELD_FROM: return "yield expression";
        case MO_N_AWAIT: return "await expression";
        case MO_N_LIST_COMP: return "list comprehension";
        case MO_N_SET_COMP: return "set comprehension";
        case MO_N_DICT_COMP: return "dict comprehension";
        case MO_N_DICT: return "dict literal";
        case MO_N_SET: return "set display";
        case MO_N_JOINED_STR: case MO_N_FORMATTED_VALUE: return "f-string expression";
        case MO_N_COMPARE: return "comparison";
        case MO_N_IF_EXP: return "conditional expression";
        case MO_N_NAMED_EXPR: return "named expression";
        case MO_N_CONSTANT:
            switch (n->op) {
                case MO_CONST_NONE: return "None";
                case MO_CONST_TRUE: return "True";
                case MO_CONST_FALSE: return "False";
                case MO_CONST_ELLIPSIS: return "ellipsis";
                default: return "literal";
            }
        default: return "expression";
    }
}

enum { TARGET_ASSIGN, TARGET_ASSIGN_ONLY, TARGET_NESTED, TARGET_DEL };

// Checks n as an assignment (or del) target. TARGET_ASSIGN_ONLY is the first
// target of a plain `x = v`, where CPython suggests '==' for a mistaken `=`.
static void check_target(parser_t *p, const mo_node_t *n, int how) {
    mo_stack_check();
    switch (n->kind) {
        case MO_N_NAME: case MO_N_ATTRIBUTE: case MO_N_SUBSCRIPT:
            return;
        case MO_N_TUPLE: case MO_N_LIST: {
            const mo_node_t *star = NULL;
            for (uint32_t i = 0; i < n->l1.len; i++) {
                const mo_node_t *e = n->l1.items[i];
                if (e->kind == MO_N_STARRED && how != TARGET_DEL) {
                    if (star != NULL) {
                        error_at_node(p, n, "%s", "multiple starred expressions in assignment");
                    }
                    star = e;
                    check_target(p, e->a, TARGET_NESTED);
                } else {
                    check_target(p, e, how == TARGET_DEL ? TARGET_DEL : TARGET_NESTED);
                }
            }
            return;
        }
        case MO_N_STARRED:
            if (how == TARGET_DEL) {
                error_at_node(p, n, "%s", "cannot delete starred");
            }
            error_at_node(p, n, "%s", "starred assignment target must be in a list or tuple");
        default:
            break;
    }
    const char *what = expr_name(n);
    if (how == TARGET_DEL) {
        error_at_node(p, n, "cannot delete %s", what);
    }
    bool suggest = how == TARGET_ASSIGN_ONLY && n->kind != MO_N_IF_EXP &&
                   n->kind != MO_N_BOOL_OP && n->kind != MO_N_COMPARE &&
                   n->kind != MO_N_LAMBDA &&
                   !(n->kind == MO_N_UNARY_OP && n->op == MO_UNARY_OP_NOT) &&
                   !(n->kind == MO_N_CONSTANT && n->op <= MO_CONST_FALSE);
    error_at_node(p, n,
                  suggest ? "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                          : "cannot assign to %s",
                  what);
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

static mo_node_t *parse_expression(parser_t *p);
static mo_node_t *parse_named_expression(parser_t *p);
static mo_node_t *parse_star_expressions(parser_t *p);
static mo_node_t *parse_star_named_expression(parser_t *p);
static mo_node_t *parse_disjunction(parser_t *p);
static mo_node_t *parse_bitwise_or(parser_t *p);
static mo_node_t *parse_starred(parser_t *p);
static mo_node_t *parse_walrus_rest(parser_t *p, mo_node_t *e);
static mo_node_t *parse_tuple_of(parser_t *p, mo_node_t *(*item)(parser_t *));
static mo_node_t *parse_yield(parser_t *p);
static mo_node_t *parse_strings(parser_t *p);
static mo_node_t *parse_arguments(parser_t *p, int end_kind, bool annotations);

static mo_node_t *parse_yield_or_star_expressions(parser_t *p) {
    return at(p, MO_TOK_KW_YIELD) ? parse_yield(p) : parse_star_expressions(p);
}

static mo_node_t *make_constant(parser_t *p, int kind) {
    mo_node_t *n = node_at_tok(p, MO_N_CONSTANT);
    n->op = (uint8_t)kind;
    return n;
}

// ---- comprehensions ----

static mo_node_t *parse_star_targets(parser_t *p);

// One or more `[async] for targets in iter [if cond]...` clauses.
static mo_nodes_t parse_comp_for(parser_t *p) {
    nlist_t gens = {0};
    while (at(p, MO_TOK_KW_FOR) || at(p, MO_TOK_KW_ASYNC)) {
        mo_node_t *c = node_at_tok(p, MO_N_COMPREHENSION);
        if (accept(p, MO_TOK_KW_ASYNC)) {
            c->op = 1;
        }
        expect(p, MO_TOK_KW_FOR);
        c->a = parse_star_targets(p);
        check_target(p, c->a, TARGET_NESTED);
        expect(p, MO_TOK_KW_IN);
        c->b = parse_disjunction(p);
        nlist_t ifs = {0};
        while (accept(p, MO_TOK_KW_IF)) {
            nl_push(p, &ifs, parse_disjunction(p));
        }
        c->l1 = nl_done(&ifs);
        nl_push(p, &gens, c);
    }
    return nl_done(&gens);
}

static bool at_comp_for(const parser_t *p) {
    return at(p, MO_TOK_KW_FOR) || at(p, MO_TOK_KW_ASYNC);
}

static mo_node_t *make_comp(parser_t *p, int kind, mo_node_t *elt, const mo_token_t *open) {
    if (elt->kind == MO_N_STARRED) {
        error_at_node(p, elt, "%s", "iterable unpacking cannot be used in comprehension");
    }
    mo_node_t *n = new_node(p, kind, open->line, open->col);
    n->a = elt;
    n->l1 = parse_comp_for(p);
    return n;
}

// ---- displays ----

// ( ... ): a parenthesised expression, a tuple, a generator expression or yield.
static mo_node_t *parse_paren(parser_t *p) {
    mo_token_t open = p->tok;
    next(p);
    if (at(p, MO_TOK_RPAREN)) {
        mo_node_t *t = new_node(p, MO_N_TUPLE, open.line, open.col);
        next(p);
        return done(p, t);
    }
    if (at(p, MO_TOK_KW_YIELD)) {
        mo_node_t *y = parse_yield(p);
        expect(p, MO_TOK_RPAREN);
        ext_of(y)->paren_line = open.line;
        ext_of(y)->paren_col = open.col;
        return y;
    }
    mo_node_t *first = parse_star_named_expression(p);
    if (at_comp_for(p)) {
        mo_node_t *g = make_comp(p, MO_N_GENERATOR_EXP, first, &open);
        expect(p, MO_TOK_RPAREN);
        return done(p, g);
    }
    if (!at(p, MO_TOK_COMMA)) {
        expect_close(p, MO_TOK_RPAREN, first);
        if (first->kind == MO_N_STARRED) {
            error_at_node(p, first, "%scannot use starred expression here", fstring_prefix(p));
        }
        pnode_ext_t *pn = ext_of(first);
        pn->paren_line = open.line;
        pn->paren_col = open.col;
        return first;
    }
    mo_node_t *t = new_node(p, MO_N_TUPLE, open.line, open.col);
    nlist_t elts = {0};
    nl_push(p, &elts, first);
    mo_node_t *last = first;
    while (accept(p, MO_TOK_COMMA)) {
        if (at(p, MO_TOK_RPAREN)) {
            break;
        }
        last = parse_star_named_expression(p);
        nl_push(p, &elts, last);
    }
    expect_close(p, MO_TOK_RPAREN, last);
    t->l1 = nl_done(&elts);
    return done(p, t);
}

static mo_node_t *parse_list(parser_t *p) {
    mo_token_t open = p->tok;
    next(p);
    mo_node_t *l = new_node(p, MO_N_LIST, open.line, open.col);
    if (accept(p, MO_TOK_RBRACKET)) {
        return l;
    }
    mo_node_t *first = parse_star_named_expression(p);
    if (at_comp_for(p)) {
        mo_node_t *c = make_comp(p, MO_N_LIST_COMP, first, &open);
        expect(p, MO_TOK_RBRACKET);
        return c;
    }
    nlist_t elts = {0};
    nl_push(p, &elts, first);
    mo_node_t *last = first;
    while (accept(p, MO_TOK_COMMA)) {
        if (at(p, MO_TOK_RBRACKET)) {
            break;
        }
        last = parse_star_named_expression(p);
        nl_push(p, &elts, last);
    }
    expect_close(p, MO_TOK_RBRACKET, last);
    l->l1 = nl_done(&elts);
    return l;
}

// The rest of a dict display after its first entry.
static mo_node_t *parse_dict_rest(parser_t *p, mo_node_t *d, nlist_t *keys, nlist_t *values) {
    mo_node_t *last = values->items[values->len - 1];
    while (accept(p, MO_TOK_COMMA)) {
        if (at(p, MO_TOK_RBRACE)) {
            break;
        }
        if (accept(p, MO_TOK_DSTAR)) {
            nl_push(p, keys, NULL);
            last = parse_bitwise_or(p);
        } else {
            mo_node_t *k = parse_expression(p);
            if (!accept(p, MO_TOK_COLON)) {
                if (at(p, MO_TOK_COMMA) || at(p, MO_TOK_RBRACE)) {
                    parse_error(p, &mo_type_SyntaxError, k->line, k->col, k->line, 0,
                                    "%s':' expected after dictionary key", fstring_prefix(p));
                }
                error_in_sequence(p, k);
            }
            nl_push(p, keys, k);
            last = parse_expression(p);
        }
        nl_push(p, values, last);
    }
    expect_close(p, MO_TOK_RBRACE, last);
    d->l1 = nl_done(keys);
    d->l2 = nl_done(values);
    return d;
}

static mo_node_t *parse_brace(parser_t *p) {
    mo_token_t open = p->tok;
    next(p);
    nlist_t keys = {0}, values = {0};
    if (accept(p, MO_TOK_RBRACE)) {
        return new_node(p, MO_N_DICT, open.line, open.col);
    }
    if (at(p, MO_TOK_DSTAR)) {
        mo_token_t star = p->tok;
        next(p);
        mo_node_t *v = parse_bitwise_or(p);
        if (at_comp_for(p)) {
            parse_error(p, &mo_type_SyntaxError, star.line, star.col, star.end_line,
                            star.end_col, "dict unpacking cannot be used in dict comprehension");
        }
        nl_push(p, &keys, NULL);
        nl_push(p, &values, v);
        return parse_dict_rest(p, new_node(p, MO_N_DICT, open.line, open.col), &keys, &values);
    }
    // A dict key is a plain expression; a set item may be starred or a walrus.
    bool star = at(p, MO_TOK_STAR);
    mo_node_t *first = star ? parse_starred(p) : parse_expression(p);
    if (!star && accept(p, MO_TOK_COLON)) {
        mo_node_t *v = parse_expression(p);
        if (at_comp_for(p)) {
            mo_node_t *c = new_node(p, MO_N_DICT_COMP, open.line, open.col);
            c->a = first;
            c->b = v;
            c->l1 = parse_comp_for(p);
            expect(p, MO_TOK_RBRACE);
            return c;
        }
        nl_push(p, &keys, first);
        nl_push(p, &values, v);
        return parse_dict_rest(p, new_node(p, MO_N_DICT, open.line, open.col), &keys, &values);
    }
    first = parse_walrus_rest(p, first);
    if (at_comp_for(p)) {
        mo_node_t *c = make_comp(p, MO_N_SET_COMP, first, &open);
        expect(p, MO_TOK_RBRACE);
        return c;
    }
    mo_node_t *s = new_node(p, MO_N_SET, open.line, open.col);
    nlist_t elts = {0};
    nl_push(p, &elts, first);
    mo_node_t *last = first;
    while (accept(p, MO_TOK_COMMA)) {
        if (at(p, MO_TOK_RBRACE)) {
            break;
        }
        last = parse_star_named_expression(p);
        nl_push(p, &elts, last);
    }
    if (!at(p, MO_TOK_RBRACE) && at(p, MO_TOK_COLON)) {
        parse_error(p, &mo_type_SyntaxError, p->tok.line, p->tok.col, 0, 0,
                        "%sinvalid syntax", fstring_prefix(p));
    }
    expect_close(p, MO_TOK_RBRACE, last);
    s->l1 = nl_done(&elts);
    return s;
}

// ---- atoms and trailers ----

static mo_node_t *parse_number(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_CONSTANT);
    switch (p->tok.kind) {
        case MO_TOK_INT:
            n->op = MO_CONST_INT;
            n->v.small = p->tok.v.small;
            break;
        case MO_TOK_BIGINT:
            n->op = MO_CONST_BIGINT;
            n->v.str.data = p->tok.v.str.data;
            n->v.str.len = p->tok.v.str.len;
            n->v.str.base = p->tok.v.str.base;
            break;
        case MO_TOK_FLOAT:
            n->op = MO_CONST_FLOAT;
            n->v.f = p->tok.v.f;
            break;
        default:
            n->op = MO_CONST_IMAG;
            n->v.f = p->tok.v.f;
            break;
    }
    next(p);
    return n;
}

static mo_node_t *parse_atom_inner(parser_t *p) {
    mo_stack_check();
    mo_node_t *n;
    switch (p->tok.kind) {
        case MO_TOK_NAME:
            n = node_at_tok(p, MO_N_NAME);
            n->v.name = p->tok.v.name;
            next(p);
            return n;
        case MO_TOK_INT: case MO_TOK_BIGINT: case MO_TOK_FLOAT: case MO_TOK_IMAG:
            return parse_number(p);
        case MO_TOK_STRING:
            return parse_strings(p);
        case MO_TOK_KW_NONE: n = make_constant(p, MO_CONST_NONE); break;
        case MO_TOK_KW_TRUE: n = make_constant(p, MO_CONST_TRUE); break;
        case MO_TOK_KW_FALSE: n = make_constant(p, MO_CONST_FALSE); break;
        case MO_TOK_ELLIPSIS: n = make_constant(p, MO_CONST_ELLIPSIS); break;
        case MO_TOK_LPAREN: return parse_paren(p);
        case MO_TOK_LBRACKET: return parse_list(p);
        case MO_TOK_LBRACE: return parse_brace(p);
        default:
            syntax_error(p);
    }
    next(p);
    return n;
}

static mo_node_t *parse_atom(parser_t *p) {
    // A parenthesised expression keeps its own extent (CPython's, without the
    // parentheses); parse_paren marks the tuples and generators it makes.
    if (at(p, MO_TOK_LPAREN)) {
        return parse_paren(p);
    }
    return done(p, parse_atom_inner(p));
}

static mo_node_t *make_keyword(parser_t *p, qstr name, mo_node_t *value, const mo_token_t *t) {
    mo_node_t *k = new_node(p, MO_N_KEYWORD, t->line, t->col);
    k->v.name = name;
    k->a = value;
    return k;
}

// Call arguments up to and including `)`: positional ones (and *iterables) into
// args, name=value and **mappings into keywords.
static void parse_call_args(parser_t *p, nlist_t *args, nlist_t *kws,
                            const mo_token_t *open) {
    bool seen_kw = false, seen_dstar = false;
    mo_node_t *last = NULL;
    // CPython reports a positional argument after keywords once the list is read.
    const char *misplaced = NULL;
    while (!at(p, MO_TOK_RPAREN)) {
        mo_token_t start = p->tok;
        if (accept(p, MO_TOK_STAR)) {
            if (seen_dstar) {
                error_at_tok(p, &start,
                             "iterable argument unpacking follows keyword argument unpacking");
            }
            mo_node_t *s = new_node(p, MO_N_STARRED, start.line, start.col);
            s->a = parse_expression(p);
            nl_push(p, args, s);
            last = s;
        } else if (accept(p, MO_TOK_DSTAR)) {
            last = parse_expression(p);
            nl_push(p, kws, make_keyword(p, MO_QSTR_NULL, last, &start));
            seen_dstar = true;
        } else {
            mo_node_t *e = parse_named_expression(p);
            if (at(p, MO_TOK_ASSIGN)) {
                if (e->kind != MO_N_NAME) {
                    parse_error(p, &mo_type_SyntaxError, e->line, e->col,
                                    p->tok.end_line, p->tok.end_col,
                                    "expression cannot contain assignment, perhaps you meant "
                                    "\"==\"?");
                }
                next(p);
                last = parse_expression(p);
                mo_node_t *kw = done(p, make_keyword(p, e->v.name, last, &start));
                for (uint32_t i = 0; i < kws->len; i++) {
                    if (kws->items[i]->v.name == e->v.name) {
                        error_at_node(p, kw, "keyword argument repeated: %s",
                                      mo_qstr_str(e->v.name));
                    }
                }
                nl_push(p, kws, kw);
                seen_kw = true;
            } else {
                if (at_comp_for(p)) {
                    // CPython places a bare generator argument at the call's `(`.
                    mo_node_t *g = done(p, make_comp(p, MO_N_GENERATOR_EXP, e, open));
                    if (args->len + kws->len > 0 || !at(p, MO_TOK_RPAREN)) {
                        parse_error(p, &mo_type_SyntaxError, e->line, e->col, p->last_end_line,
                                    p->last_end_col, "Generator expression must be parenthesized");
                    }
                    e = g;
                } else if (misplaced == NULL && seen_dstar) {
                    misplaced = "positional argument follows keyword argument unpacking";
                } else if (misplaced == NULL && seen_kw) {
                    misplaced = "positional argument follows keyword argument";
                }
                nl_push(p, args, e);
                last = e;
            }
        }
        if (!accept(p, MO_TOK_COMMA)) {
            break;
        }
    }
    if (misplaced != NULL && at(p, MO_TOK_RPAREN)) {
        error_at_tok(p, &p->tok, misplaced);
    }
    expect_close(p, MO_TOK_RPAREN, last);
}

// One subscript item: an expression, a slice a:b:c, or *starred.
static mo_node_t *parse_slice_item(parser_t *p) {
    if (at(p, MO_TOK_STAR)) {
        mo_node_t *s = node_at_tok(p, MO_N_STARRED);
        next(p);
        s->a = parse_bitwise_or(p);
        return s;
    }
    mo_token_t start = p->tok;
    mo_node_t *lower = NULL;
    if (!at(p, MO_TOK_COLON)) {
        lower = parse_named_expression(p);
        if (!at(p, MO_TOK_COLON)) {
            return lower;
        }
    }
    mo_node_t *s = new_node(p, MO_N_SLICE, start.line, start.col);
    s->a = lower;
    next(p);  // the ':'
    if (!at(p, MO_TOK_COLON) && !at(p, MO_TOK_COMMA) && !at(p, MO_TOK_RBRACKET)) {
        s->b = parse_expression(p);
    }
    if (accept(p, MO_TOK_COLON) && !at(p, MO_TOK_COMMA) && !at(p, MO_TOK_RBRACKET)) {
        s->c = parse_expression(p);
    }
    return s;
}

static mo_node_t *parse_subscript(parser_t *p, mo_node_t *value) {
    next(p);
    mo_node_t *n = node_at(p, MO_N_SUBSCRIPT, value);
    n->a = value;
    nlist_t items = {0};
    bool comma = false;
    mo_node_t *last = NULL;
    for (;;) {
        last = parse_slice_item(p);
        nl_push(p, &items, last);
        if (!accept(p, MO_TOK_COMMA)) {
            break;
        }
        comma = true;
        if (at(p, MO_TOK_RBRACKET)) {
            break;
        }
    }
    expect_close(p, MO_TOK_RBRACKET, last);
    if (items.len == 1 && !comma && items.items[0]->kind != MO_N_STARRED) {
        n->b = items.items[0];
    } else {
        mo_node_t *t = new_node(p, MO_N_TUPLE, items.items[0]->line, items.items[0]->col);
        t->l1 = nl_done(&items);
        n->b = t;
    }
    return n;
}

static mo_node_t *parse_primary(parser_t *p) {
    mo_node_t *e = parse_atom(p);
    for (;;) {
        if (at(p, MO_TOK_LPAREN)) {
            mo_token_t open = p->tok;
            next(p);
            mo_node_t *c = node_at(p, MO_N_CALL, e);
            nlist_t args = {0}, kws = {0};
            parse_call_args(p, &args, &kws, &open);
            c->a = e;
            c->l1 = nl_done(&args);
            c->l2 = nl_done(&kws);
            e = done(p, c);
        } else if (at(p, MO_TOK_LBRACKET)) {
            e = done(p, parse_subscript(p, e));
        } else if (at(p, MO_TOK_DOT)) {
            next(p);
            mo_node_t *a = node_at(p, MO_N_ATTRIBUTE, e);
            a->a = e;
            a->v.name = expect_name(p);
            e = done(p, a);
        } else {
            return e;
        }
    }
}

// ---- operators ----

static mo_node_t *parse_factor(parser_t *p);

static mo_node_t *parse_power(parser_t *p) {
    mo_node_t *e;
    if (at(p, MO_TOK_KW_AWAIT)) {
        e = node_at_tok(p, MO_N_AWAIT);
        next(p);
        e->a = parse_primary(p);
        done(p, e);
    } else {
        e = parse_primary(p);
    }
    if (accept(p, MO_TOK_DSTAR)) {
        mo_node_t *b = node_at(p, MO_N_BIN_OP, e);
        b->op = MO_BINARY_OP_POWER;
        b->a = e;
        b->b = parse_factor(p);
        return done(p, b);
    }
    return e;
}

static mo_node_t *parse_factor(parser_t *p) {
    mo_stack_check();
    int op = at(p, MO_TOK_PLUS) ? MO_UNARY_OP_POSITIVE
           : at(p, MO_TOK_MINUS) ? MO_UNARY_OP_NEGATIVE
           : at(p, MO_TOK_TILDE) ? MO_UNARY_OP_INVERT
           : -1;
    if (op < 0) {
        return parse_power(p);
    }
    mo_node_t *u = node_at_tok(p, MO_N_UNARY_OP);
    next(p);
    u->op = (uint8_t)op;
    u->a = parse_factor(p);
    return done(p, u);
}

// Binary operator levels from loosest (|) to tightest (* / // % @).
static bool binop_at_level(int tok, int level) {
    switch (level) {
        case 0: return tok == MO_TOK_OR;
        case 1: return tok == MO_TOK_XOR;
        case 2: return tok == MO_TOK_AND;
        case 3: return tok == MO_TOK_LSHIFT || tok == MO_TOK_RSHIFT;
        case 4: return tok == MO_TOK_PLUS || tok == MO_TOK_MINUS;
        default:
            return tok == MO_TOK_STAR || tok == MO_TOK_SLASH || tok == MO_TOK_DSLASH ||
                   tok == MO_TOK_PERCENT || tok == MO_TOK_AT;
    }
}

static mo_node_t *parse_binop_level(parser_t *p, int level) {
    if (level > 5) {
        return parse_factor(p);
    }
    mo_node_t *e = parse_binop_level(p, level + 1);
    while (binop_at_level(p->tok.kind, level)) {
        mo_node_t *b = node_at(p, MO_N_BIN_OP, e);
        b->op = (uint8_t)(p->tok.kind - MO_TOK_OR + MO_BINARY_OP_OR);
        next(p);
        b->a = e;
        b->b = parse_binop_level(p, level + 1);
        e = done(p, b);
    }
    return e;
}

static mo_node_t *parse_bitwise_or(parser_t *p) {
    return parse_binop_level(p, 0);
}

// The comparison operator at the current token (consuming it), or -1.
static int accept_compare_op(parser_t *p) {
    int k = p->tok.kind;
    if (k >= MO_TOK_LESS && k <= MO_TOK_NOT_EQUAL) {
        next(p);
        return k - MO_TOK_LESS + MO_BINARY_OP_LESS;
    }
    if (k == MO_TOK_KW_IN) {
        next(p);
        return MO_BINARY_OP_IN;
    }
    if (k == MO_TOK_KW_IS) {
        next(p);
        return accept(p, MO_TOK_KW_NOT) ? MO_CMP_IS_NOT : MO_BINARY_OP_IS;
    }
    if (k == MO_TOK_KW_NOT) {
        next(p);
        expect(p, MO_TOK_KW_IN);
        return MO_CMP_NOT_IN;
    }
    return -1;
}

static mo_node_t *parse_comparison(parser_t *p) {
    mo_node_t *e = parse_bitwise_or(p);
    int op = accept_compare_op(p);
    if (op < 0) {
        return e;
    }
    mo_node_t *c = node_at(p, MO_N_COMPARE, e);
    c->a = e;
    nlist_t rhs = {0};
    strbuf_t ops = {0};
    while (op >= 0) {
        char b = (char)op;
        sb_add(p, &ops, &b, 1);
        nl_push(p, &rhs, parse_bitwise_or(p));
        op = accept_compare_op(p);
    }
    c->l1 = nl_done(&rhs);
    c->v.ops = (const uint8_t *)ops.data;
    return done(p, c);
}

static mo_node_t *parse_inversion(parser_t *p) {
    mo_stack_check();
    if (at(p, MO_TOK_KW_NOT)) {
        mo_node_t *u = node_at_tok(p, MO_N_UNARY_OP);
        next(p);
        u->op = MO_UNARY_OP_NOT;
        u->a = parse_inversion(p);
        return done(p, u);
    }
    return parse_comparison(p);
}

// `and` (op 0) and `or` (op 1) chains become one BoolOp with all the operands.
static mo_node_t *parse_bool_chain(parser_t *p, int tok, int op) {
    mo_node_t *e = tok == MO_TOK_KW_OR ? parse_bool_chain(p, MO_TOK_KW_AND, 0)
                                       : parse_inversion(p);
    if (!at(p, tok)) {
        return e;
    }
    mo_node_t *b = node_at(p, MO_N_BOOL_OP, e);
    b->op = (uint8_t)op;
    nlist_t values = {0};
    nl_push(p, &values, e);
    while (accept(p, tok)) {
        nl_push(p, &values, tok == MO_TOK_KW_OR ? parse_bool_chain(p, MO_TOK_KW_AND, 0)
                                                : parse_inversion(p));
    }
    b->l1 = nl_done(&values);
    return done(p, b);
}

static mo_node_t *parse_disjunction(parser_t *p) {
    return parse_bool_chain(p, MO_TOK_KW_OR, 1);
}

static mo_node_t *parse_lambda(parser_t *p) {
    mo_node_t *l = node_at_tok(p, MO_N_LAMBDA);
    next(p);
    l->a = parse_arguments(p, MO_TOK_COLON, false);
    expect(p, MO_TOK_COLON);
    l->b = parse_expression(p);
    return done(p, l);
}

static mo_node_t *parse_expression(parser_t *p) {
    mo_stack_check();
    if (at(p, MO_TOK_KW_LAMBDA)) {
        return parse_lambda(p);
    }
    mo_node_t *e = parse_disjunction(p);
    if (!at(p, MO_TOK_KW_IF)) {
        return e;
    }
    next(p);
    mo_node_t *c = node_at(p, MO_N_IF_EXP, e);
    c->b = e;
    c->a = parse_disjunction(p);
    if (!accept(p, MO_TOK_KW_ELSE)) {
        parse_error(p, &mo_type_SyntaxError, e->line, e->col, p->tok.line,
                        p->tok.col, "%sexpected 'else' after 'if' expression",
                        fstring_prefix(p));
    }
    c->c = parse_expression(p);
    return done(p, c);
}

// `e := value` when a walrus follows the already parsed expression e.
static mo_node_t *parse_walrus_rest(parser_t *p, mo_node_t *e) {
    if (!at(p, MO_TOK_WALRUS)) {
        return e;
    }
    if (e->kind != MO_N_NAME) {
        error_at_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    }
    next(p);
    mo_node_t *n = node_at(p, MO_N_NAMED_EXPR, e);
    n->a = e;
    n->b = parse_expression(p);
    return done(p, n);
}

static mo_node_t *parse_named_expression(parser_t *p) {
    return parse_walrus_rest(p, parse_expression(p));
}

static mo_node_t *parse_starred(parser_t *p) {
    mo_node_t *s = node_at_tok(p, MO_N_STARRED);
    next(p);
    s->a = parse_bitwise_or(p);
    return done(p, s);
}

static mo_node_t *parse_star_named_expression(parser_t *p) {
    return at(p, MO_TOK_STAR) ? parse_starred(p) : parse_named_expression(p);
}

// A comma-separated sequence of `item`s: one item alone, or a Tuple.
static mo_node_t *parse_tuple_of(parser_t *p, mo_node_t *(*item)(parser_t *)) {
    mo_node_t *first = item(p);
    if (!at(p, MO_TOK_COMMA)) {
        return first;
    }
    mo_node_t *t = node_at(p, MO_N_TUPLE, first);
    nlist_t elts = {0};
    nl_push(p, &elts, first);
    while (accept(p, MO_TOK_COMMA) && starts_expr(p->tok.kind)) {
        nl_push(p, &elts, item(p));
    }
    t->l1 = nl_done(&elts);
    return done(p, t);
}

static mo_node_t *parse_star_expression(parser_t *p) {
    return at(p, MO_TOK_STAR) ? parse_starred(p) : parse_expression(p);
}

static mo_node_t *parse_star_expressions(parser_t *p) {
    return parse_tuple_of(p, parse_star_expression);
}

// Assignment targets of `for` and comprehensions: stops before `in`.
static mo_node_t *parse_star_target(parser_t *p) {
    return at(p, MO_TOK_STAR) ? parse_starred(p) : parse_bitwise_or(p);
}

static mo_node_t *parse_star_targets(parser_t *p) {
    return parse_tuple_of(p, parse_star_target);
}

static mo_node_t *parse_yield(parser_t *p) {
    mo_node_t *y = node_at_tok(p, MO_N_YIELD);
    next(p);
    if (accept(p, MO_TOK_KW_FROM)) {
        y->kind = MO_N_YIELD_FROM;
        y->a = parse_expression(p);
    } else if (starts_expr(p->tok.kind)) {
        y->a = parse_star_expressions(p);
    }
    return done(p, y);
}

// ---- strings and f-strings ----

static void add_constant_str(parser_t *p, nlist_t *values, strbuf_t *sb) {
    if (sb->len == 0) {
        return;
    }
    mo_node_t *c = new_node(p, MO_N_CONSTANT, p->str_line, p->str_col);
    c->op = MO_CONST_STR;
    c->v.str.data = sb->data;
    c->v.str.len = sb->len;
    nl_push(p, values, c);
    sb->data = NULL;
    sb->len = sb->alloc = 0;
}

static void add_literal(parser_t *p, strbuf_t *sb, const mo_token_t *t, const char *s,
                        const char *e) {
    if (e > s) {
        size_t n;
        char *d = mo_lex_decode_str(p->lex, s, (size_t)(e - s), t->flags, t, &n);
        sb_add(p, sb, d, n);
    }
}

static const char *parse_fstring_body(parser_t *p, const mo_token_t *t, const char *s,
                                      const char *end, strbuf_t *sb, nlist_t *values,
                                      int depth, bool in_spec);

// The lexer for a replacement field at the current f-string nesting depth (one per
// depth, reused: a field's lexer is done with before the next field starts).
static mo_lexer_t *sub_lexer(parser_t *p, const mo_token_t *t) {
    if (p->fstring_depth >= MAX_FSTRING_NESTING) {
        error_at_tok(p, t, "f-string: expressions nested too deeply");
    }
    mo_lexer_t **slot = &p->sub_lex[p->fstring_depth];
    if (*slot == NULL) {
        *slot = mo_arena_alloc(p->arena, sizeof(mo_lexer_t));
    }
    return *slot;
}

// Error in an f-string: like CPython 3.11, report it at the end of the string.
static _Noreturn void fstring_error(parser_t *p, const mo_token_t *t, const char *msg) {
    parse_error(p, &mo_type_SyntaxError, t->end_line, t->end_col, t->end_line,
                    t->end_col, "%s", msg);
}

// One replacement field; s is just after its `{`. Returns the position after
// its `}`.
static const char *parse_fstring_field(parser_t *p, const mo_token_t *t, const char *s,
                                       const char *end, strbuf_t *sb, nlist_t *values,
                                       int depth) {
    if (depth >= 2) {
        fstring_error(p, t, "f-string: expressions nested too deeply");
    }
    // The field's expression is lexed from the same source text, so positions in
    // it are real ones.
    uint32_t line = t->line;
    const char *ls = t->start - (t->col - 1);
    for (const char *q = t->start; q < s; q++) {
        if (*q == '\n') {
            line++;
            ls = q + 1;
        }
    }
    mo_lexer_t *sub = sub_lexer(p, t);
    mo_lex_init_sub(sub, p->lex, s, end, line, ls);
    sub->fstring_end_line = t->end_line;
    sub->fstring_end_col = t->end_col;
    mo_lexer_t *outer_lex = p->lex;
    mo_token_t outer_tok = p->tok;
    p->lex = sub;
    p->fstring_depth++;
    next(p);
    if (at(p, MO_TOK_RBRACE) || at(p, MO_TOK_EXCLAIM) || at(p, MO_TOK_COLON) ||
        at(p, MO_TOK_ASSIGN) || at(p, MO_TOK_END)) {
        fstring_error(p, t, "f-string: empty expression not allowed");
    }
    mo_node_t *fv = new_node(p, MO_N_FORMATTED_VALUE, p->str_line, p->str_col);
    mo_node_t *e = parse_yield_or_star_expressions(p);
    if (e->kind == MO_N_STARRED) {
        error_at_node(p, e, "%s", "f-string: cannot use starred expression here");
    }
    fv->a = e;
    const char *debug_end = NULL;
    if (accept(p, MO_TOK_ASSIGN)) {
        debug_end = p->tok.start;
    }
    if (accept(p, MO_TOK_EXCLAIM)) {
        const char *c = p->tok.start;
        if (!at(p, MO_TOK_NAME) || p->tok.len != 1 || (*c != 'r' && *c != 's' && *c != 'a')) {
            fstring_error(p, t,
                          "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        fv->op = (uint8_t)*c;
        next(p);
    }
    const char *rest;
    bool spec = at(p, MO_TOK_COLON) || at(p, MO_TOK_WALRUS);
    if (!spec && !at(p, MO_TOK_RBRACE)) {
        fstring_error(p, t, "f-string: expecting '}'");
    }
    rest = p->tok.start + 1;
    p->lex = outer_lex;
    p->tok = outer_tok;
    p->fstring_depth--;
    if (spec) {
        strbuf_t spec_sb = {0};
        nlist_t spec_values = {0};
        rest = parse_fstring_body(p, t, rest, end, &spec_sb, &spec_values, depth + 1, true);
        if (rest >= end) {
            fstring_error(p, t, "f-string: expecting '}'");
        }
        add_constant_str(p, &spec_values, &spec_sb);
        mo_node_t *js = new_node(p, MO_N_JOINED_STR, fv->line, fv->col);
        js->l1 = nl_done(&spec_values);
        fv->b = js;
        rest++;  // the field's '}'
    }
    if (debug_end != NULL) {
        // f"{x=}" shows the expression's text, then its repr unless told otherwise.
        sb_add(p, sb, s, (size_t)(debug_end - s));
        if (fv->op == 0 && fv->b == NULL) {
            fv->op = 'r';
        }
    }
    add_constant_str(p, values, sb);
    nl_push(p, values, fv);
    return rest;
}

// The text of an f-string (or of a format spec, which ends at an unmatched `}`):
// literal runs go to sb, replacement fields to values.
static const char *parse_fstring_body(parser_t *p, const mo_token_t *t, const char *s,
                                      const char *end, strbuf_t *sb, nlist_t *values,
                                      int depth, bool in_spec) {
    bool raw = (t->flags & MO_STRF_RAW) != 0;
    const char *chunk = s;
    while (s < end) {
        char c = *s;
        if (c == '\\' && !raw && s + 1 < end) {
            if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                // \N{NAME}: its braces are not a field.
                while (s < end && *s != '}') {
                    s++;
                }
                s = s < end ? s + 1 : s;
            } else {
                s += (s[1] == '{' || s[1] == '}') ? 1 : 2;
            }
            continue;
        }
        if (c == '{') {
            if (s + 1 < end && s[1] == '{') {
                add_literal(p, sb, t, chunk, s + 1);
                s += 2;
                chunk = s;
                continue;
            }
            add_literal(p, sb, t, chunk, s);
            s = parse_fstring_field(p, t, s + 1, end, sb, values, depth);
            chunk = s;
            continue;
        }
        if (c == '}') {
            if (in_spec) {
                break;
            }
            if (s + 1 < end && s[1] == '}') {
                add_literal(p, sb, t, chunk, s + 1);
                s += 2;
                chunk = s;
                continue;
            }
            fstring_error(p, t, "f-string: single '}' is not allowed");
        }
        s++;
    }
    add_literal(p, sb, t, chunk, s < end ? s : end);
    return s;
}

// Adjacent string literals, joined: a str or bytes constant, or a JoinedStr if any
// part is an f-string.
static mo_node_t *parse_strings(parser_t *p) {
    mo_token_t first = p->tok;
    uint32_t outer_line = p->str_line;  // an f-string inside a replacement field
    uint16_t outer_col = p->str_col;
    p->str_line = first.line;
    p->str_col = first.col;
    bool bytes = (first.flags & MO_STRF_BYTES) != 0;
    bool any_f = false;
    strbuf_t sb = {0};
    nlist_t values = {0};
    const char *single = NULL;
    size_t single_len = 0;
    int count = 0;
    while (at(p, MO_TOK_STRING)) {
        mo_token_t t = p->tok;
        if (((t.flags & MO_STRF_BYTES) != 0) != bytes) {
            parse_error(p, &mo_type_SyntaxError, t.end_line, t.end_col, t.end_line,
                            t.end_col, "cannot mix bytes and nonbytes literals");
        }
        if (t.flags & MO_STRF_FSTRING) {
            any_f = true;
            if (single != NULL) {
                sb_add(p, &sb, single, single_len);
                single = NULL;
            }
            parse_fstring_body(p, &t, t.v.str.data, t.v.str.data + t.v.str.len, &sb, &values,
                               0, false);
        } else {
            size_t n;
            char *d = mo_lex_decode_str(p->lex, t.v.str.data, t.v.str.len, t.flags, &t, &n);
            if (count == 0) {
                // The common case, one plain literal, needs no copy.
                single = d;
                single_len = n;
            } else {
                if (single != NULL) {
                    sb_add(p, &sb, single, single_len);
                    single = NULL;
                }
                sb_add(p, &sb, d, n);
            }
        }
        count++;
        next(p);
    }
    p->str_line = outer_line;
    p->str_col = outer_col;
    if (!any_f) {
        mo_node_t *c = new_node(p, MO_N_CONSTANT, first.line, first.col);
        c->op = bytes ? MO_CONST_BYTES : MO_CONST_STR;
        c->v.str.data = single != NULL ? single : sb.data != NULL ? sb.data : "";
        c->v.str.len = single != NULL ? single_len : sb.len;
        return c;
    }
    p->str_line = first.line;
    p->str_col = first.col;
    add_constant_str(p, &values, &sb);
    p->str_line = outer_line;
    p->str_col = outer_col;
    mo_node_t *j = new_node(p, MO_N_JOINED_STR, first.line, first.col);
    j->l1 = nl_done(&values);
    return j;
}

// ---- function parameters ----

static mo_node_t *parse_param(parser_t *p, bool annotations, bool star) {
    mo_node_t *a = node_at_tok(p, MO_N_ARG);
    a->v.name = expect_name(p);
    if (annotations && accept(p, MO_TOK_COLON)) {
        a->b = star ? parse_star_expression(p) : parse_expression(p);
    }
    return a;
}

static void check_duplicate_param(parser_t *p, const mo_node_t *arg, const mo_node_t *seen[],
                                  size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (seen[i] != NULL && seen[i]->v.name == arg->v.name) {
            error_at_node(p, arg, "duplicate argument '%s' in function definition",
                          mo_qstr_str(arg->v.name));
        }
    }
}

// The parameter list of a def (up to `)`) or lambda (up to `:`).
static mo_node_t *parse_arguments(parser_t *p, int end_kind, bool annotations) {
    mo_node_t *args = node_at_tok(p, MO_N_ARGUMENTS);
    nlist_t pos = {0}, defaults = {0}, kwonly = {0};
    bool seen_star = false, seen_slash = false;
    mo_token_t bare_star = {0};
    bool bare = false;
    while (!at(p, end_kind)) {
        mo_token_t t = p->tok;
        if (args->b != NULL) {
            error_at_tok(p, &t, "arguments cannot follow var-keyword argument");
        }
        if (accept(p, MO_TOK_SLASH)) {
            if (seen_slash) {
                error_at_tok(p, &t, "/ may appear only once");
            }
            if (seen_star) {
                error_at_tok(p, &t, "/ must be ahead of *");
            }
            if (pos.len == 0) {
                error_at_tok(p, &t, "invalid syntax");
            }
            seen_slash = true;
            args->op = (uint8_t)(pos.len > 255 ? 255 : pos.len);
        } else if (accept(p, MO_TOK_STAR)) {
            if (seen_star) {
                error_at_tok(p, &t, "* argument may appear only once");
            }
            seen_star = true;
            if (at(p, MO_TOK_NAME)) {
                args->a = parse_param(p, annotations, true);
            } else {
                bare = true;
                bare_star = t;
            }
        } else if (accept(p, MO_TOK_DSTAR)) {
            args->b = parse_param(p, annotations, false);
        } else if (at(p, MO_TOK_NAME)) {
            mo_node_t *a = parse_param(p, annotations, false);
            mo_node_t *def = NULL;
            if (accept(p, MO_TOK_ASSIGN)) {
                def = parse_expression(p);
            }
            if (seen_star) {
                a->a = def;
                nl_push(p, &kwonly, a);
            } else {
                if (def != NULL) {
                    nl_push(p, &defaults, def);
                } else if (defaults.len > 0) {
                    error_at_node(p, a, "%s", "non-default argument follows default argument");
                }
                nl_push(p, &pos, a);
            }
        } else {
            syntax_error(p);
        }
        if (!accept(p, MO_TOK_COMMA)) {
            break;
        }
    }
    if (bare && kwonly.len == 0) {
        error_at_tok(p, &bare_star, "named arguments must follow bare *");
    }
    args->l1 = nl_done(&pos);
    args->l2 = nl_done(&defaults);
    args->l3 = nl_done(&kwonly);
    // Duplicate names: a short list, so a quadratic check costs nothing.
    const mo_node_t *all[4] = {args->a, args->b, NULL, NULL};
    for (uint32_t i = 0; i < pos.len; i++) {
        check_duplicate_param(p, pos.items[i], (const mo_node_t **)pos.items, i);
        check_duplicate_param(p, pos.items[i], all, 2);
    }
    for (uint32_t i = 0; i < kwonly.len; i++) {
        check_duplicate_param(p, kwonly.items[i], (const mo_node_t **)kwonly.items, i);
        check_duplicate_param(p, kwonly.items[i], (const mo_node_t **)pos.items, pos.len);
        check_duplicate_param(p, kwonly.items[i], all, 2);
    }
    if (args->a != NULL && args->b != NULL && args->a->v.name == args->b->v.name) {
        check_duplicate_param(p, args->b, all, 1);
    }
    return args;
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

static void parse_statement(parser_t *p, nlist_t *body);
static void parse_simple_stmts(parser_t *p, nlist_t *body);

// A suite after `:`: an indented block, or simple statements on the same line.
// `what` and `line` name the statement for the missing-indent message.
static mo_nodes_t parse_block(parser_t *p, const char *what, uint32_t line) {
    nlist_t body = {0};
    if (!accept(p, MO_TOK_NEWLINE)) {
        parse_simple_stmts(p, &body);
        return nl_done(&body);
    }
    if (!at(p, MO_TOK_INDENT)) {
        parse_error(p, &mo_type_IndentationError, p->tok.line, p->tok.col, 0, 0,
                        "expected an indented block after %s on line %u", what,
                        (unsigned)line);
    }
    next(p);
    while (!at(p, MO_TOK_DEDENT) && !at(p, MO_TOK_END)) {
        parse_statement(p, &body);
    }
    accept(p, MO_TOK_DEDENT);
    return nl_done(&body);
}

// A condition of if/elif/while: `if x = 1:` gets CPython's hint.
static mo_node_t *parse_condition(parser_t *p) {
    mo_node_t *e = parse_named_expression(p);
    if (accept(p, MO_TOK_ASSIGN)) {
        parse_expression(p);
        parse_error(p, &mo_type_SyntaxError, e->line, e->col, p->last_end_line,
                        p->last_end_col,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    expect_colon(p);
    return e;
}

static mo_node_t *parse_if(parser_t *p, const char *what) {
    mo_node_t *n = node_at_tok(p, MO_N_IF);
    uint32_t line = p->tok.line;
    next(p);
    n->a = parse_condition(p);
    n->l1 = parse_block(p, what, line);
    if (at(p, MO_TOK_KW_ELIF)) {
        nlist_t orelse = {0};
        nl_push(p, &orelse, parse_if(p, "'elif' statement"));
        n->l2 = nl_done(&orelse);
    } else if (at(p, MO_TOK_KW_ELSE)) {
        uint32_t else_line = p->tok.line;
        next(p);
        expect_colon_forced(p);
        n->l2 = parse_block(p, "'else' statement", else_line);
    }
    return n;
}

static mo_nodes_t parse_else(parser_t *p) {
    mo_nodes_t none = {0, NULL};
    if (!at(p, MO_TOK_KW_ELSE)) {
        return none;
    }
    uint32_t line = p->tok.line;
    next(p);
    expect_colon_forced(p);
    return parse_block(p, "'else' statement", line);
}

static mo_node_t *parse_while(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_WHILE);
    uint32_t line = p->tok.line;
    next(p);
    n->a = parse_condition(p);
    n->l1 = parse_block(p, "'while' statement", line);
    n->l2 = parse_else(p);
    return n;
}

static mo_node_t *parse_for(parser_t *p, mo_node_t *n) {
    uint32_t line = p->tok.line;
    expect(p, MO_TOK_KW_FOR);
    n->kind = MO_N_FOR;
    n->a = parse_star_targets(p);
    check_target(p, n->a, TARGET_NESTED);
    expect(p, MO_TOK_KW_IN);
    n->b = parse_star_expressions(p);
    expect_colon(p);
    n->l1 = parse_block(p, "'for' statement", line);
    n->l2 = parse_else(p);
    return n;
}

static mo_node_t *parse_try(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_TRY);
    uint32_t line = p->tok.line;
    next(p);
    expect_colon_forced(p);
    n->l1 = parse_block(p, "'try' statement", line);
    nlist_t handlers = {0};
    const mo_node_t *bare = NULL;
    while (at(p, MO_TOK_KW_EXCEPT)) {
        mo_node_t *h = node_at_tok(p, MO_N_EXCEPT_HANDLER);
        uint32_t hline = p->tok.line;
        next(p);
        if (bare != NULL) {
            error_at_node(p, bare, "%s", "default 'except:' must be last");
        }
        if (at(p, MO_TOK_STAR)) {
            error_at_tok(p, &p->tok, "except* is not supported");
        }
        if (!at(p, MO_TOK_COLON)) {
            h->a = parse_expression(p);
            if (accept(p, MO_TOK_COMMA)) {
                parse_tuple_of(p, parse_expression);
                parse_error(p, &mo_type_SyntaxError, h->a->line, h->a->col,
                                p->last_end_line, p->last_end_col,
                                "multiple exception types must be parenthesized");
            }
            if (accept(p, MO_TOK_KW_AS)) {
                h->v.name = expect_name(p);
            }
        } else {
            bare = h;
        }
        expect_colon(p);
        h->l1 = parse_block(p, "'except' statement", hline);
        nl_push(p, &handlers, done(p, h));
    }
    n->l2 = nl_done(&handlers);
    if (handlers.len > 0) {
        n->l3 = parse_else(p);
    }
    if (at(p, MO_TOK_KW_FINALLY)) {
        mo_node_t *f = node_at_tok(p, MO_N_BLOCK);
        uint32_t fline = p->tok.line;
        next(p);
        expect_colon_forced(p);
        f->l1 = parse_block(p, "'finally' statement", fline);
        n->c = f;
    } else if (handlers.len == 0) {
        error_at_tok(p, &p->tok, "expected 'except' or 'finally' block");
    }
    return n;
}

static mo_node_t *parse_with_item(parser_t *p) {
    mo_node_t *item = node_at_tok(p, MO_N_WITHITEM);
    item->a = parse_expression(p);
    if (accept(p, MO_TOK_KW_AS)) {
        item->b = parse_star_target(p);
        check_target(p, item->b, TARGET_NESTED);
    }
    return item;
}

// Tries `with (item, item, ...):`. Returns false (having read some tokens) if the
// parenthesis turns out to start an expression instead.
static bool try_paren_with_items(parser_t *p, nlist_t *items) {
    next(p);  // '('
    while (!at(p, MO_TOK_RPAREN)) {
        if (!starts_expr(p->tok.kind) || at(p, MO_TOK_STAR)) {
            return false;
        }
        nl_push(p, items, parse_with_item(p));
        if (!accept(p, MO_TOK_COMMA)) {
            break;
        }
    }
    return items->len > 0 && accept(p, MO_TOK_RPAREN) && at(p, MO_TOK_COLON);
}

static mo_node_t *parse_with(parser_t *p, mo_node_t *n) {
    uint32_t line = p->tok.line;
    expect(p, MO_TOK_KW_WITH);
    n->kind = MO_N_WITH;
    nlist_t items = {0};
    bool done = false;
    if (at(p, MO_TOK_LPAREN)) {
        if (p->snapshot == NULL) {
            p->snapshot = mo_arena_alloc(p->arena, sizeof(mo_lexer_t));
        }
        *p->snapshot = *p->lex;
        mo_token_t saved = p->tok;
        done = try_paren_with_items(p, &items);
        if (!done) {
            *p->lex = *p->snapshot;
            p->tok = saved;
            items.len = 0;
        }
    }
    if (!done) {
        do {
            nl_push(p, &items, parse_with_item(p));
        } while (accept(p, MO_TOK_COMMA));
    }
    n->l1 = nl_done(&items);
    expect_colon(p);
    n->l2 = parse_block(p, "'with' statement", line);
    return n;
}

static mo_node_t *parse_funcdef(parser_t *p, mo_node_t *n) {
    uint32_t line = p->tok.line;
    expect(p, MO_TOK_KW_DEF);
    n->kind = MO_N_FUNCTION_DEF;
    n->v.name = expect_name(p);
    if (!accept(p, MO_TOK_LPAREN)) {
        error_at_tok(p, &p->tok, "expected '('");
    }
    n->a = parse_arguments(p, MO_TOK_RPAREN, true);
    expect(p, MO_TOK_RPAREN);
    if (accept(p, MO_TOK_ARROW)) {
        n->b = parse_expression(p);
    }
    expect_colon_forced(p);
    n->l1 = parse_block(p, "function definition", line);
    return n;
}

static mo_node_t *parse_classdef(parser_t *p, mo_node_t *n) {
    uint32_t line = p->tok.line;
    next(p);
    n->kind = MO_N_CLASS_DEF;
    n->v.name = expect_name(p);
    if (at(p, MO_TOK_LPAREN)) {
        mo_token_t open = p->tok;
        next(p);
        nlist_t bases = {0}, kws = {0};
        parse_call_args(p, &bases, &kws, &open);
        if (bases.len == 1 && bases.items[0]->kind == MO_N_GENERATOR_EXP) {
            error_at_node(p, bases.items[0], "%s", "invalid syntax");
        }
        for (uint32_t i = 0; i < kws.len; i++) {
            nl_push(p, &bases, kws.items[i]);
        }
        n->l3 = nl_done(&bases);
    }
    expect_colon(p);
    n->l1 = parse_block(p, "class definition", line);
    return n;
}

// `async def`, `async for`, `async with` (n is at the `async`).
static mo_node_t *parse_async(parser_t *p, mo_node_t *n) {
    next(p);
    n->op = 1;
    switch (p->tok.kind) {
        case MO_TOK_KW_DEF: return parse_funcdef(p, n);
        case MO_TOK_KW_FOR: return parse_for(p, n);
        case MO_TOK_KW_WITH: return parse_with(p, n);
        default: syntax_error(p);
    }
}

static mo_node_t *parse_decorated(parser_t *p) {
    nlist_t decorators = {0};
    while (accept(p, MO_TOK_AT)) {
        nl_push(p, &decorators, parse_named_expression(p));
        expect(p, MO_TOK_NEWLINE);
    }
    mo_node_t *n = node_at_tok(p, MO_N_FUNCTION_DEF);
    if (at(p, MO_TOK_KW_ASYNC)) {
        next(p);
        n->op = 1;
        if (!at(p, MO_TOK_KW_DEF)) {
            syntax_error(p);
        }
        parse_funcdef(p, n);
    } else if (at(p, MO_TOK_KW_DEF)) {
        parse_funcdef(p, n);
    } else if (at(p, MO_TOK_KW_CLASS)) {
        parse_classdef(p, n);
    } else {
        syntax_error(p);
    }
    n->l2 = nl_done(&decorators);
    return n;
}

// ---- simple statements ----

// A dotted module name (a.b.c) as one qstr.
static qstr parse_dotted_name(parser_t *p) {
    qstr q = expect_name(p);
    if (!at(p, MO_TOK_DOT)) {
        return q;
    }
    strbuf_t sb = {0};
    size_t len;
    const char *s = mo_qstr_data(q, &len);
    sb_add(p, &sb, s, len);
    while (accept(p, MO_TOK_DOT)) {
        qstr part = expect_name(p);
        s = mo_qstr_data(part, &len);
        sb_add(p, &sb, ".", 1);
        sb_add(p, &sb, s, len);
    }
    return mo_qstr_from_strn(sb.data, sb.len);
}

static mo_node_t *parse_alias(parser_t *p, bool dotted) {
    mo_node_t *a = node_at_tok(p, MO_N_ALIAS);
    a->v.name = dotted ? parse_dotted_name(p) : expect_name(p);
    if (accept(p, MO_TOK_KW_AS)) {
        a->v2 = expect_name(p);
    }
    return a;
}

static mo_node_t *parse_import(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_IMPORT);
    next(p);
    nlist_t names = {0};
    do {
        nl_push(p, &names, parse_alias(p, true));
    } while (accept(p, MO_TOK_COMMA));
    n->l1 = nl_done(&names);
    return n;
}

static mo_node_t *parse_from_import(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_IMPORT_FROM);
    next(p);
    unsigned level = 0;
    for (;;) {
        if (accept(p, MO_TOK_DOT)) {
            level++;
        } else if (accept(p, MO_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    n->op = (uint8_t)(level > 255 ? 255 : level);
    if (at(p, MO_TOK_NAME) || level == 0) {
        n->v.name = parse_dotted_name(p);
    }
    expect(p, MO_TOK_KW_IMPORT);
    nlist_t names = {0};
    if (at(p, MO_TOK_STAR)) {
        mo_node_t *a = node_at_tok(p, MO_N_ALIAS);
        a->v.name = MO_QSTR__star_;
        next(p);
        nl_push(p, &names, a);
    } else if (accept(p, MO_TOK_LPAREN)) {
        do {
            if (at(p, MO_TOK_RPAREN) && names.len > 0) {
                break;
            }
            nl_push(p, &names, parse_alias(p, false));
        } while (accept(p, MO_TOK_COMMA));
        expect(p, MO_TOK_RPAREN);
    } else {
        for (;;) {
            nl_push(p, &names, parse_alias(p, false));
            if (!accept(p, MO_TOK_COMMA)) {
                break;
            }
            if (at(p, MO_TOK_NEWLINE) || at(p, MO_TOK_SEMICOLON) || at(p, MO_TOK_END)) {
                error_at_tok(p, &p->tok,
                             "trailing comma not allowed without surrounding parentheses");
            }
        }
    }
    n->l1 = nl_done(&names);
    return n;
}

static mo_node_t *parse_names_stmt(parser_t *p, int kind) {
    mo_node_t *n = node_at_tok(p, kind);
    next(p);
    nlist_t names = {0};
    do {
        mo_node_t *name = node_at_tok(p, MO_N_NAME);
        name->v.name = expect_name(p);
        nl_push(p, &names, name);
    } while (accept(p, MO_TOK_COMMA));
    n->l1 = nl_done(&names);
    return n;
}

static bool at_stmt_end(const parser_t *p) {
    return at(p, MO_TOK_NEWLINE) || at(p, MO_TOK_SEMICOLON) || at(p, MO_TOK_END);
}

static mo_node_t *parse_del(parser_t *p) {
    mo_node_t *n = node_at_tok(p, MO_N_DELETE);
    next(p);
    nlist_t targets = {0};
    do {
        if (at_stmt_end(p) && targets.len > 0) {
            break;
        }
        mo_node_t *t = parse_star_expression(p);
        check_target(p, t, TARGET_DEL);
        nl_push(p, &targets, t);
    } while (accept(p, MO_TOK_COMMA));
    n->l1 = nl_done(&targets);
    return n;
}

// What an augmented assignment may target.
static void check_aug_target(parser_t *p, const mo_node_t *t) {
    if (t->kind != MO_N_NAME && t->kind != MO_N_ATTRIBUTE && t->kind != MO_N_SUBSCRIPT) {
        error_at_node(p, t, "'%s' is an illegal expression for augmented assignment",
                      expr_name(t));
    }
}

// An expression statement, assignment, augmented or annotated assignment.
static mo_node_t *parse_expr_stmt(parser_t *p) {
    bool parenthesised = at(p, MO_TOK_LPAREN);
    mo_node_t *first = parse_yield_or_star_expressions(p);
    int k = p->tok.kind;
    if (k == MO_TOK_ASSIGN) {
        mo_node_t *n = node_at(p, MO_N_ASSIGN, first);
        nlist_t targets = {0};
        mo_node_t *value = first;
        while (accept(p, MO_TOK_ASSIGN)) {
            nl_push(p, &targets, value);
            value = parse_yield_or_star_expressions(p);
        }
        for (uint32_t i = 0; i < targets.len; i++) {
            const mo_node_t *t = targets.items[i];
            if (t->kind == MO_N_YIELD || t->kind == MO_N_YIELD_FROM) {
                if (!parenthesised || i > 0) {
                    error_at_node(p, t, "%s", "assignment to yield expression not possible");
                }
            }
            check_target(p, t, i == 0 && targets.len == 1 ? TARGET_ASSIGN_ONLY : TARGET_ASSIGN);
        }
        n->l1 = nl_done(&targets);
        n->a = value;
        return n;
    }
    // As in CPython, a target is judged only once the rest of the statement parses.
    if (k >= MO_TOK_OR_ASSIGN && k <= MO_TOK_DSTAR_ASSIGN) {
        mo_node_t *n = node_at(p, MO_N_AUG_ASSIGN, first);
        n->op = (uint8_t)(k - MO_TOK_OR_ASSIGN + MO_BINARY_OP_OR);
        next(p);
        n->a = first;
        n->b = parse_yield_or_star_expressions(p);
        check_aug_target(p, first);
        return n;
    }
    if (k == MO_TOK_COLON) {
        next(p);
        mo_node_t *n = node_at(p, MO_N_ANN_ASSIGN, first);
        n->a = first;
        n->op = first->kind == MO_N_NAME && !parenthesised;
        n->b = parse_expression(p);
        if (first->kind == MO_N_TUPLE || first->kind == MO_N_LIST) {
            error_at_node(p, first, "only single target (not %s) can be annotated",
                          first->kind == MO_N_TUPLE ? "tuple" : "list");
        }
        if (first->kind != MO_N_NAME && first->kind != MO_N_ATTRIBUTE &&
            first->kind != MO_N_SUBSCRIPT) {
            error_at_node(p, first, "%s", "illegal target for annotation");
        }
        if (accept(p, MO_TOK_ASSIGN)) {
            n->c = parse_yield_or_star_expressions(p);
        }
        return n;
    }
    mo_node_t *n = node_at(p, MO_N_EXPR, first);
    n->a = first;
    return n;
}

static mo_node_t *parse_simple_stmt(parser_t *p) {
    mo_node_t *n;
    switch (p->tok.kind) {
        case MO_TOK_KW_PASS: n = node_at_tok(p, MO_N_PASS); next(p); return n;
        case MO_TOK_KW_BREAK: n = node_at_tok(p, MO_N_BREAK); next(p); return n;
        case MO_TOK_KW_CONTINUE: n = node_at_tok(p, MO_N_CONTINUE); next(p); return n;
        case MO_TOK_KW_RETURN:
            n = node_at_tok(p, MO_N_RETURN);
            next(p);
            if (!at_stmt_end(p)) {
                n->a = parse_star_expressions(p);
            }
            return n;
        case MO_TOK_KW_RAISE:
            n = node_at_tok(p, MO_N_RAISE);
            next(p);
            if (!at_stmt_end(p)) {
                n->a = parse_expression(p);
                if (accept(p, MO_TOK_KW_FROM)) {
                    n->b = parse_expression(p);
                }
            }
            return n;
        case MO_TOK_KW_GLOBAL: return parse_names_stmt(p, MO_N_GLOBAL);
        case MO_TOK_KW_NONLOCAL: return parse_names_stmt(p, MO_N_NONLOCAL);
        case MO_TOK_KW_DEL: return parse_del(p);
        case MO_TOK_KW_ASSERT:
            n = node_at_tok(p, MO_N_ASSERT);
            next(p);
            n->a = parse_expression(p);
            if (accept(p, MO_TOK_COMMA)) {
                n->b = parse_expression(p);
            }
            return n;
        case MO_TOK_KW_IMPORT: return parse_import(p);
        case MO_TOK_KW_FROM: return parse_from_import(p);
        default: return parse_expr_stmt(p);
    }
}

// Simple statements separated by `;`, up to the end of the line.
static void parse_simple_stmts(parser_t *p, nlist_t *body) {
    for (;;) {
        mo_node_t *s = parse_simple_stmt(p);
        nl_push(p, body, done(p, s));
        if (!accept(p, MO_TOK_SEMICOLON) || at(p, MO_TOK_NEWLINE)) {
            break;
        }
    }
    if (accept(p, MO_TOK_NEWLINE) || at(p, MO_TOK_END)) {
        return;
    }
    // `print "x"`: the Python 2 habit gets CPython's hint.
    const mo_node_t *last = body->items[body->len - 1];
    if (last->kind == MO_N_EXPR && last->a->kind == MO_N_NAME &&
        (last->a->v.name == MO_QSTR_print || last->a->v.name == MO_QSTR_exec) &&
        starts_expr(p->tok.kind)) {
        const char *name = mo_qstr_str(last->a->v.name);
        parse_error(p, &mo_type_SyntaxError, last->line, last->col, p->tok.end_line,
                        p->tok.end_col,
                        "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
    }
    syntax_error(p);
}

static void parse_statement(parser_t *p, nlist_t *body) {
    mo_stack_check();
    mo_node_t *n;
    switch (p->tok.kind) {
        case MO_TOK_KW_IF: n = parse_if(p, "'if' statement"); break;
        case MO_TOK_KW_WHILE: n = parse_while(p); break;
        case MO_TOK_KW_FOR: n = parse_for(p, node_at_tok(p, MO_N_FOR)); break;
        case MO_TOK_KW_TRY: n = parse_try(p); break;
        case MO_TOK_KW_WITH: n = parse_with(p, node_at_tok(p, MO_N_WITH)); break;
        case MO_TOK_KW_DEF: n = parse_funcdef(p, node_at_tok(p, MO_N_FUNCTION_DEF)); break;
        case MO_TOK_KW_CLASS: n = parse_classdef(p, node_at_tok(p, MO_N_CLASS_DEF)); break;
        case MO_TOK_AT: n = parse_decorated(p); break;
        case MO_TOK_KW_ASYNC: n = parse_async(p, node_at_tok(p, MO_N_FOR)); break;
        case MO_TOK_INDENT: syntax_error(p);  // reported as "unexpected indent"
        default:
            parse_simple_stmts(p, body);
            return;
    }
    nl_push(p, body, done(p, n));
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

void mo_parse_node_end(const mo_node_t *n, uint32_t *line, uint16_t *col) {
    const pnode_ext_t *pn = ext_of(n);
    *line = pn->end_line;
    *col = pn->end_col;
}

static mo_node_t *parse_input(parser_t *p, mo_parse_input_kind_t kind) {
    mo_node_t *root;
    if (kind == MO_PARSE_EVAL_INPUT) {
        // eval() ignores leading whitespace and blank lines.
        while (accept(p, MO_TOK_NEWLINE) || accept(p, MO_TOK_INDENT)) {
        }
        root = new_node(p, MO_N_EXPRESSION, 1, 1);
        root->a = parse_tuple_of(p, parse_expression);  // eval takes no *starred
        while (accept(p, MO_TOK_NEWLINE) || accept(p, MO_TOK_DEDENT)) {
        }
        if (!at(p, MO_TOK_END)) {
            syntax_error(p);
        }
        return root;
    }
    nlist_t body = {0};
    if (kind == MO_PARSE_SINGLE_INPUT) {
        root = new_node(p, MO_N_INTERACTIVE, 1, 1);
        if (!accept(p, MO_TOK_NEWLINE) && !at(p, MO_TOK_END)) {
            parse_statement(p, &body);
            while (accept(p, MO_TOK_NEWLINE)) {
            }
            if (!at(p, MO_TOK_END)) {
                error_at_tok(p, &p->tok,
                             "multiple statements found while compiling a single statement");
            }
        }
    } else {
        root = new_node(p, MO_N_MODULE, 1, 1);
        while (!at(p, MO_TOK_END)) {
            if (!accept(p, MO_TOK_NEWLINE)) {
                parse_statement(p, &body);
            }
        }
    }
    root->l1 = nl_done(&body);
    return root;
}

// After a parse error, CPython reads the rest of the source and reports a lexical
// error found there (an unmatched bracket, a bad literal, an unterminated string,
// a bad dedent) instead, or an earlier bracket still open at the end. Raises
// that error if there is one, else returns.
static void check_rest_of_source(parser_t *p, mo_lexer_t *lex) {
    lex->scan_only = true;
    mo_token_t t;
    do {
        mo_lex_next(lex, &t);
    } while (t.kind != MO_TOK_END);
    if (lex->paren_depth > 0) {
        const mo_lex_paren_t *pp = &lex->parens[lex->paren_depth - 1];
        if (p->fail_tok_line > pp->line) {
            mo_lex_error_at(lex, &mo_type_SyntaxError, pp->line, pp->col, pp->line, 0,
                            "'%c' was never closed", pp->ch);
        }
    }
}

mo_node_t *mo_parse(mo_arena_t *arena, const char *src, size_t len, qstr source_name,
                    mo_parse_input_kind_t kind) {
    parser_t parser;
    parser_t *p = &parser;
    memset(p, 0, sizeof(*p));
    p->arena = arena;
    mo_lexer_t *lex = mo_arena_alloc(arena, sizeof(mo_lexer_t));
    mo_lex_init(lex, arena, src, len, source_name);
    p->lex = lex;
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        next(p);
        mo_node_t *root = parse_input(p, kind);
        mo_nlr_pop();
        return root;
    }
    // The parser's state lives in memory reached through p (its address escaped),
    // so reading it after the jump is sound. The REPL's input ends where it ends:
    // like CPython's, it is not read ahead.
    if (p->failed && kind != MO_PARSE_SINGLE_INPUT) {
        check_rest_of_source(p, lex);
    }
    mo_raise(nlr.ret_val);
}
// ---------------------------------------------------------------------------
// REPL continuation
// ---------------------------------------------------------------------------

bool mo_parse_input_needs_more(const char *src, size_t len) {
    // Only the bracket, string and backslash state matters, so a light scan is
    // enough (and can't raise).
    int depth = 0;
    bool compound = false, first_token = true;
    const char *p = src, *end = src + len;
    while (p < end) {
        char c = *p;
        if (c == '#') {
            while (p < end && *p != '\n') {
                p++;
            }
            continue;
        }
        if (c == '\\') {
            if (p + 1 >= end || (p[1] == '\n' && p + 2 >= end)) {
                return true;
            }
            p += 2;
            continue;
        }
        if (c == '\'' || c == '"') {
            bool triple = end - p >= 3 && p[1] == c && p[2] == c;
            p += triple ? 3 : 1;
            for (;;) {
                if (p >= end) {
                    return triple;
                }
                if (*p == '\\') {
                    p += 2;
                    continue;
                }
                if (*p == '\n' && !triple) {
                    break;  // unterminated single-quoted: an error, not more input
                }
                if (*p == c && (!triple || (end - p >= 3 && p[1] == c && p[2] == c))) {
                    p += triple ? 3 : 1;
                    break;
                }
                p++;
            }
            first_token = false;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        } else if (first_token && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            // The entry's first word decides whether it is a compound statement.
            static const char *const kws[] = {"if", "while", "for", "try", "with", "def",
                                              "class", "async", "@"};
            for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
                size_t n = strlen(kws[i]);
                if ((size_t)(end - p) >= n && memcmp(p, kws[i], n) == 0 &&
                    (kws[i][0] == '@' || p + n >= end ||
                     !((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
                       (p[n] >= '0' && p[n] <= '9') || p[n] == '_'))) {
                    compound = true;
                }
            }
            first_token = false;
        }
        p++;
    }
    if (depth > 0) {
        return true;
    }
    // A trailing `:` starts a block even for a one-line entry like `if x:`.
    const char *q = end;
    while (q > src && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r')) {
        q--;
    }
    if (q > src && q[-1] == ':') {
        return true;
    }
    if (!compound) {
        return false;
    }
    // A compound statement ends with a blank line.
    return !(len >= 2 && src[len - 1] == '\n' &&
             (src[len - 2] == '\n' || (len >= 3 && src[len - 2] == '\r' && src[len - 3] == '\n')));
}
