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

// Prints a tree in a compact, CPython-ast-like form (compiler/ast_dump.c).
void mo_ast_dump(const mo_print_t *p, const mo_node_t *n);

#endif
