// MicroPython's raw REPL on the console, so tools written for MicroPython boards
// (pyboard.py, mpremote) and tools/mote-run can drive a Mote board. The protocol,
// as docs/reference/repl.rst in the MicroPython repository describes it:
//
//   enter (Ctrl-A):   device sends "raw REPL; CTRL-B to exit\r\n>"
//   code then Ctrl-D: device sends "OK", runs it, then stdout, "\x04",
//                     the uncaught exception (and, here, stderr), "\x04", ">"
//   Ctrl-D alone:     soft reboot ("soft reboot\r\n"), back in the raw REPL
//   Ctrl-C:           drops the code received so far
//   Ctrl-B:           back to the friendly REPL
//   "\x05A\x01":      raw-paste mode: device sends "R\x01", a 16-bit little-endian
//                     window size W and one "\x01"; the host may send W bytes per
//                     "\x01" it has received; "\x04" ends the code, the device
//                     answers "\x04" and runs it, replying as above without "OK".
//
// Input: while code runs, input() reads the console without echo. A host that sends
// input after the code also sends what the code did not read, so it is discarded
// once the code ends (after a short quiet spell), before the next ">".
#include <string.h>

#include "compiler/compile.h"
#include "hal/console.h"
#include "runtime/runtime.h"
#include "runtime/supervisor/supervisor.h"

#define CTRL_A 1
#define CTRL_B 2
#define CTRL_C 3
#define CTRL_D 4
#define CTRL_E 5

// The flow-control window of raw-paste mode: at most two windows are in flight, and
// they fit the console receive queue, so no byte waits in a full UART.
#define PASTE_WINDOW 128
#define LEFTOVER_QUIET_MS 3

static void send(const char *s, size_t n) {
    mo_sv_write_raw(s, n);
}

static void send_prompt(void) {
    send("raw REPL; CTRL-B to exit\r\n>", 27);
}

// Adds byte c to the code; false once the heap can't hold more.
static bool add_byte(mo_vstr_t *code, char c) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_vstr_add_byte(code, c);
        mo_nlr_pop();
        return true;
    }
    return false;
}

// Runs the received code and sends its output in the protocol's frame.
static void run_code(mo_vstr_t *code, bool out_of_memory) {
    mo_sv_stderr_capture();
    if (out_of_memory) {
        mo_sv_write_raw("\x04", 1);
        mo_sv_stderr_release();
        mo_sv_puts("MemoryError: the code is too large to receive\n");
        mo_sv_last_status = 1;
    } else {
        const char *src = code->buf != NULL ? code->buf : "";
        mo_sv_exec(src, code->len, MO_QSTR__lt_stdin_gt_, MO_PARSE_FILE_INPUT);
        mo_sv_write_raw("\x04", 1);
        mo_sv_stderr_release();
    }
    mo_vstr_clear(code);
    mo_gc_collect();
    mo_sv_drain_input(LEFTOVER_QUIET_MS);
    send("\x04>", 2);
}

// Raw-paste: receives the code under flow control. Returns false if memory ran out
// (the code was refused with "\x04" and the rest skipped).
static bool receive_paste(mo_vstr_t *code) {
    char hello[5] = {'R', 1, PASTE_WINDOW & 0xff, PASTE_WINDOW >> 8, 1};
    send(hello, sizeof(hello));
    size_t since_grant = 0;
    bool ok = true;
    for (;;) {
        int c = mo_hal_console_read(MO_HAL_WAIT_FOREVER);
        if (c == CTRL_D) {
            send("\x04", 1);
            return ok;
        }
        if (ok && !add_byte(code, (char)c)) {
            ok = false;
            send("\x04", 1);  // asks the host to stop; it answers with its own "\x04"
        }
        if (++since_grant == PASTE_WINDOW) {
            since_grant = 0;
            if (ok) {
                send("\x01", 1);
            }
        }
    }
}

mo_sv_action_t mo_sv_raw_repl(void) {
    mo_sv_set_echo(false);
    send("\r\n", 2);
    send_prompt();
    // Grown on the heap as code arrives and freed after each run.
    mo_vstr_t code = {0, 0, NULL, false};
    bool room = true;
    for (;;) {
        int c = mo_hal_console_read(MO_HAL_WAIT_FOREVER);
        if (c == CTRL_A) {
            mo_vstr_clear(&code);
            room = true;
            send("\r\n", 2);
            send_prompt();
        } else if (c == CTRL_B) {
            mo_vstr_clear(&code);
            send("\r\n", 2);
            return MO_SV_ENTER_FRIENDLY;
        } else if (c == CTRL_C) {
            mo_vstr_clear(&code);
            room = true;
        } else if (c == CTRL_D && code.len == 0 && room) {
            send("\r\n", 2);
            return MO_SV_SOFT_REBOOT_RAW;
        } else if (c == CTRL_D) {
            send("OK", 2);
            run_code(&code, !room);
            room = true;
        } else if (c == CTRL_E && code.len == 0 && mo_hal_console_read(100) == 'A' &&
                   mo_hal_console_read(100) == CTRL_A) {
            bool ok = receive_paste(&code);
            run_code(&code, !ok);
        } else if (room && !add_byte(&code, (char)c)) {
            room = false;
        }
    }
}
