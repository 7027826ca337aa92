// The parser: tokens to the syntax tree of compiler/ast.h.
//
// mo_parse itself is declared in compiler/compile.h (the compiler's public face);
// this header adds what the REPL and debugging tools need.
#ifndef MOTE_PARSE_H
#define MOTE_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/compile.h"
#include "runtime/print.h"

// For the REPL: true if src[0..len) is an unfinished entry that needs more lines
// (an open bracket or triple-quoted string, a trailing backslash, or a compound
// statement not yet ended by a blank line). Never raises.
bool mo_parse_input_needs_more(const char *src, size_t len);

// Where a node made by mo_parse ends: its last line and the 1-based column just
// after its last character (line 0 if not recorded). Statements and expressions
// have it; error messages use it to underline a whole construct as CPython does
// (SyntaxError's end_lineno / end_offset).
void mo_parse_node_end(const mo_node_t *n, uint32_t *line, uint16_t *col);

// Prints a tree in a compact, CPython-ast-like form (compiler/ast_dump.c).
void mo_ast_dump(const mo_print_t *p, const mo_node_t *n);
// The same with each node's line:column (1-based) after its kind.
void mo_ast_dump_positions(const mo_print_t *p, const mo_node_t *n);

#endif
