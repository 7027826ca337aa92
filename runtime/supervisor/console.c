// The console streams of a board: sys.stdout and sys.stderr go to the UART with
// "\r\n" line ends; input() and sys.stdin read it (echoing in the friendly REPL,
// Ctrl-D meaning end of input). In the raw REPL, stderr is held back while code
// runs so the protocol can send it after stdout's end marker.
#include <string.h>

#include "hal/console.h"
#include "runtime/fileio.h"
#include "runtime/runtime.h"
#include "runtime/supervisor/supervisor.h"

#define CTRL_D 4
#define STDERR_HOLD_BYTES 1024

static bool echo_on = true;
// Input given by supervisor.set_stdin(): read instead of the console, then end of
// input. A GC root (registered at each boot by mo_sv_console_reset).
static mo_obj_t fed_input;
static size_t fed_pos;
static bool after_cr;  // a "\n" right after "\r" ends no second line
static bool capturing;
static char held[STDERR_HOLD_BYTES];
static size_t held_len;

void mo_sv_write_raw(const char *s, size_t len) {
    mo_hal_console_write(s, len);
}

void mo_sv_write(const char *s, size_t len) {
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n') {
            mo_hal_console_write(s + start, i - start);
            mo_hal_console_write("\r\n", 2);
            start = i + 1;
        }
    }
    mo_hal_console_write(s + start, len - start);
}

void mo_sv_puts(const char *s) {
    mo_sv_write(s, strlen(s));
}

void mo_sv_set_echo(bool on) {
    echo_on = on;
}

void mo_sv_stderr_capture(void) {
    capturing = true;
    held_len = 0;
}

void mo_sv_stderr_release(void) {
    capturing = false;
    mo_sv_write(held, held_len);
    held_len = 0;
}

void mo_sv_drain_input(uint32_t quiet_ms) {
    while (mo_hal_console_read(quiet_ms) >= 0) {
    }
}

static void write_stdout(void *data, const char *str, size_t len) {
    (void)data;
    mo_sv_write(str, len);
}

// When the hold buffer fills, its oldest text goes (first dropping a line's worth
// more): the end of a long traceback, with the exception itself, is what matters.
static void write_stderr(void *data, const char *str, size_t len) {
    (void)data;
    if (!capturing) {
        mo_sv_write(str, len);
        return;
    }
    if (len >= STDERR_HOLD_BYTES) {
        str += len - STDERR_HOLD_BYTES / 2;
        len = STDERR_HOLD_BYTES / 2;
    }
    if (held_len + len > STDERR_HOLD_BYTES) {
        size_t drop = held_len + len - STDERR_HOLD_BYTES / 2;
        drop = drop < held_len ? drop : held_len;
        memmove(held, held + drop, held_len - drop);
        held_len -= drop;
    }
    memcpy(held + held_len, str, len);
    held_len += len;
}

const mo_print_t mo_plat_print = {NULL, write_stdout};
const mo_print_t mo_plat_eprint = {NULL, write_stderr};

void mo_plat_flush_stdout(void) {
}

void mo_sv_console_reset(void) {
    fed_input = MO_OBJ_NULL;
    fed_pos = 0;
    mo_gc_add_root((void **)&fed_input, 1);
}

void mo_sv_set_stdin(mo_obj_t data) {
    fed_input = data;
    fed_pos = 0;
}

// One byte of input for sys.stdin: -1 at end of input (Ctrl-D).
static int read_input_byte(void) {
    if (fed_input != MO_OBJ_NULL) {
        size_t len;
        const char *data = mo_obj_str_get_data(fed_input, &len);
        return fed_pos < len ? (uint8_t)data[fed_pos++] : -1;
    }
    int c = mo_hal_console_read(MO_HAL_WAIT_FOREVER);
    return c == CTRL_D ? -1 : c;
}

static void echo(const char *s, size_t n) {
    if (echo_on) {
        mo_sv_write_raw(s, n);
    }
}

bool mo_plat_read_line(mo_vstr_t *out) {
    size_t start = out->len;
    for (;;) {
        int c = read_input_byte();
        if (c < 0) {
            return out->len > start;
        }
        bool crlf_tail = c == '\n' && after_cr;
        after_cr = c == '\r';
        if (crlf_tail) {
            continue;
        }
        if (c == '\r' || c == '\n') {
            echo("\r\n", 2);
            mo_vstr_add_byte(out, '\n');
            return true;
        }
        if ((c == 0x7f || c == 0x08)) {
            if (out->len > start) {
                out->len--;
                echo("\b \b", 3);
            }
            continue;
        }
        char ch = (char)c;
        echo(&ch, 1);
        mo_vstr_add_byte(out, ch);
    }
}

void mo_plat_read_all(mo_vstr_t *out) {
    int c;
    while ((c = read_input_byte()) >= 0) {
        mo_vstr_add_byte(out, (char)(c == '\r' ? '\n' : c));
    }
}
