// A small line editor for the host REPL: cursor movement, history, Ctrl-C/Ctrl-D.
#ifndef MOTE_UNIX_READLINE_H
#define MOTE_UNIX_READLINE_H

#include <stddef.h>

enum { READLINE_OK = 0, READLINE_EOF = -1, READLINE_INTERRUPT = -2 };

// Reads one line (without the newline) into buf after printing prompt and
// pre-filling `initial` (auto-indent). Uses raw terminal mode when stdin is a
// terminal, plain reading otherwise.
int unix_readline(const char *prompt, const char *initial, char *buf, size_t size);
void unix_readline_add_history(const char *line);

#endif
