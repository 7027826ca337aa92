// What the REPL needs on every target: deciding whether an entry is complete, and
// running one entry (printing any exception) without leaving the REPL.
#ifndef MOTE_REPL_H
#define MOTE_REPL_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/obj.h"

// True when `text` (the lines typed so far, joined by '\n') needs more input: an
// open bracket or triple-quoted string, a trailing backslash, or a compound
// statement whose block has not been ended by an empty line.
bool mo_repl_continue_with_input(const char *text);

// The indent the next line of `text` should start with (auto-indent), in spaces.
size_t mo_repl_auto_indent(const char *text);

// Compiles and runs one REPL entry in the __main__ globals. Returns 0 on success,
// 1 after an uncaught exception (printed with its traceback to stderr; 0x200 | 1 if
// it was KeyboardInterrupt), or 0x100 | code when the code raised SystemExit(code).
int mo_repl_exec_entry(const char *text, size_t len);

// Runs source as a whole module in __main__ (a script); same return convention.
int mo_exec_main(const char *src, size_t len, qstr source_name);

// Turns an uncaught exception into the exit convention above, printing it unless it
// is SystemExit.
int mo_handle_uncaught(mo_obj_t exc);

#endif
