// The friendly REPL on the console UART: a prompt, a small line editor (backspace,
// Ctrl-C to drop the entry), continuation lines with auto-indent, and the control
// keys MicroPython users expect at an empty prompt: Ctrl-A raw REPL, Ctrl-B banner,
// Ctrl-D soft reboot.
//
// The entry is kept in a fixed buffer, not on the heap, so a program that filled
// the heap still gets a working prompt.
#include <string.h>

#include "compiler/compile.h"
#include "hal/console.h"
#include "runtime/repl.h"
#include "runtime/runtime.h"
#include "runtime/supervisor/supervisor.h"

#define CTRL_A 1
#define CTRL_B 2
#define CTRL_C 3
#define CTRL_D 4
#define ESC 0x1b
#define ENTRY_BYTES 2048

static char entry[ENTRY_BYTES];

typedef enum { LINE_DONE, LINE_CANCEL, LINE_CTRL_A, LINE_CTRL_B, LINE_CTRL_D } line_end_t;

// Skips the rest of an escape sequence (arrow keys and the like are not edited).
static void skip_escape(void) {
    int c = mo_hal_console_read(10);
    if (c != '[' && c != 'O') {
        return;
    }
    do {
        c = mo_hal_console_read(10);
    } while (c >= 0 && !(c >= 0x40 && c <= 0x7e));
}

// Reads one line into entry[start..*len) with echo; the auto-indent already in it
// is shown. A control key at an empty entry ends the line with its meaning.
static line_end_t read_line(size_t start, size_t *len) {
    static bool after_cr;
    for (;;) {
        int c = mo_hal_console_read(MO_HAL_WAIT_FOREVER);
        bool empty = *len == 0;
        bool lf_after_cr = c == '\n' && after_cr;
        after_cr = c == '\r';
        if (lf_after_cr) {
            continue;
        }
        if (c == '\r' || c == '\n') {
            mo_sv_write_raw("\r\n", 2);
            return LINE_DONE;
        }
        if (c == CTRL_C) {
            return LINE_CANCEL;
        }
        if (empty && (c == CTRL_A || c == CTRL_B || c == CTRL_D)) {
            return c == CTRL_A ? LINE_CTRL_A : c == CTRL_B ? LINE_CTRL_B : LINE_CTRL_D;
        }
        if (c == 0x7f || c == 0x08) {
            if (*len > start) {
                (*len)--;
                mo_sv_write_raw("\b \b", 3);
            }
        } else if (c == ESC) {
            skip_escape();
        } else if (c == '\t' || c >= 0x20) {
            const char *add = c == '\t' ? "    " : NULL;
            size_t n = add ? 4 : 1;
            char ch = (char)c;
            if (*len + n < ENTRY_BYTES) {
                memcpy(entry + *len, add ? add : &ch, n);
                *len += n;
                mo_sv_write_raw(add ? add : &ch, n);
            }
        }
    }
}

// Reads a whole entry (first line and its continuation lines). Returns how it
// ended; the entry's text is entry[0..*len), NUL-terminated.
static line_end_t read_entry(size_t *len) {
    *len = 0;
    const char *prompt = ">>> ";
    for (;;) {
        size_t line_start = *len;
        mo_sv_write_raw(prompt, 4);
        if (line_start > 0) {
            entry[line_start - 1] = 0;
            size_t indent = mo_repl_auto_indent(entry);
            entry[line_start - 1] = '\n';
            for (size_t i = 0; i < indent && *len + 1 < ENTRY_BYTES; i++) {
                entry[(*len)++] = ' ';
            }
            mo_sv_write_raw(entry + line_start, *len - line_start);
        }
        line_end_t end = read_line(line_start, len);
        if (end != LINE_DONE) {
            return end;
        }
        entry[*len] = 0;
        if (!mo_repl_continue_with_input(entry) || *len + 1 >= ENTRY_BYTES) {
            return LINE_DONE;
        }
        entry[(*len)++] = '\n';
        prompt = "... ";
    }
}

static bool is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t') {
            return false;
        }
    }
    return true;
}

mo_sv_action_t mo_sv_friendly_repl(void) {
    mo_sv_set_echo(true);
    for (;;) {
        size_t len;
        switch (read_entry(&len)) {
            case LINE_CANCEL:
                mo_sv_puts("\nKeyboardInterrupt\n");
                continue;
            case LINE_CTRL_A:
                return MO_SV_ENTER_RAW;
            case LINE_CTRL_B:
                mo_sv_puts("\n");
                mo_sv_print_banner();
                continue;
            case LINE_CTRL_D:
                mo_sv_puts("\n");
                return MO_SV_SOFT_REBOOT;
            case LINE_DONE:
                break;
        }
        if (is_blank(entry, len)) {
            continue;
        }
        int status = mo_sv_exec(entry, len, MO_QSTR__lt_stdin_gt_, MO_PARSE_SINGLE_INPUT);
        if (status & 0x100) {
            return MO_SV_SOFT_REBOOT;  // SystemExit at the prompt: start afresh
        }
    }
}
