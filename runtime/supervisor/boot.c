// The boot sequence of a board (supervisor.h): from reset to the REPL, the soft
// reboot loop, and safe mode.
//
// Safe mode: when the previous run ended in a CPU fault, ran out of memory inside
// the supervisor, or hit a fatal runtime error (or the user asked for it), the
// board comes up without running boot.py or code.py and says why; the REPL still
// works. A reset (not a soft reboot) leaves safe mode.
#include <string.h>

#include "hal/board.h"
#include "hal/console.h"
#include "hal/reset.h"
#include "hal/ticks.h"
#include "runtime/frozen.h"
#include "runtime/repl.h"
#include "runtime/runtime.h"
#include "runtime/supervisor/supervisor.h"
#include "compiler/compile.h"

int mo_sv_last_status;
bool mo_sv_safe_mode;

static uint8_t heap[MO_HEAP_BYTES] __attribute__((aligned(MO_GC_BLOCK_BYTES)));
static mo_hal_boot_note_t boot_note;  // what the previous run left, read once at reset

// ---- running code ---------------------------------------------------------------------

static void on_interrupt_char(void) {
    mo_state.pending_exception = mo_state.keyboard_interrupt;
    mo_state.interrupt_requested = 1;
}

int mo_sv_exec(const char *src, size_t len, qstr source_name, int parse_kind) {
    mo_state.pending_exception = MO_OBJ_NULL;
    mo_state.interrupt_requested = 0;
    mo_hal_console_set_interrupt(3, on_interrupt_char);
    volatile int status = 1;
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        status = parse_kind == MO_PARSE_SINGLE_INPUT ? mo_repl_exec_entry(src, len)
                                                     : mo_exec_main(src, len, source_name);
        mo_nlr_pop();
    } else {
        // Reporting the program's exception raised another (a full heap, most likely):
        // that is still the program's failure, not the supervisor's.
        mo_sv_puts("\n");
        mo_sv_puts(mo_obj_type_name(nlr.ret_val));
        mo_sv_puts(" while printing an uncaught exception\n");
    }
    mo_hal_console_set_interrupt(-1, NULL);
    // A Ctrl-C that came after the code ended must not hit the next entry.
    mo_state.pending_exception = MO_OBJ_NULL;
    mo_state.interrupt_requested = 0;
    mo_sv_last_status = status;
    return status;
}

// Runs a file of the ROM filesystem as __main__, in place in flash. False if absent.
static bool run_file(const char *path) {
    mo_romfs_entry_t e;
    if (mo_romfs_find(&mo_sv_romfs, path, &e) != MO_ROMFS_FILE) {
        return false;
    }
    mo_sv_exec((const char *)e.data, e.size, mo_qstr_from_str(path), MO_PARSE_FILE_INPUT);
    return true;
}

// ---- safe mode ------------------------------------------------------------------------

static void print_hex(const char *label, uint32_t v) {
    char buf[11] = "0x";
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xf];
    }
    buf[10] = 0;
    mo_sv_puts(label);
    mo_sv_puts(buf);
}

static void print_safe_mode_reason(void) {
    mo_sv_puts("\nMote is in safe mode: ");
    switch ((mo_safe_reason_t)boot_note.safe) {
        case MO_SAFE_HARD_FAULT:
            mo_sv_puts("the last run crashed with a hard fault (");
            print_hex("pc ", boot_note.pc);
            print_hex(", cause ", boot_note.detail);
            mo_sv_puts(").\n");
            break;
        case MO_SAFE_NO_MEMORY:
            mo_sv_puts("the supervisor ran out of memory.\n");
            break;
        case MO_SAFE_FATAL:
            mo_sv_puts("the runtime stopped on a fatal error.\n");
            break;
        case MO_SAFE_USER:
            mo_sv_puts("requested by supervisor.reset(safe_mode=True).\n");
            break;
        default:
            mo_sv_puts("unknown reason.\n");
            break;
    }
    mo_sv_puts("boot.py and code.py were not run; reset the board to leave safe mode.\n");
}

// Fatal: note why, reset, and come back in safe mode.
static _Noreturn void reset_into_safe_mode(mo_safe_reason_t why) {
    mo_hal_boot_note_write(MO_HAL_RESET_SOFT, why, 0, 0);
    mo_hal_reset();
}

// picolibc's abort() ends here (the runtime aborts only when an exception has no
// handler, which the supervisor's own handler rules out for its own code).
_Noreturn void _exit(int status) {
    (void)status;
    reset_into_safe_mode(MO_SAFE_FATAL);
}

// ---- boot -----------------------------------------------------------------------------

void mo_sv_print_banner(void) {
    mo_sv_puts("Mote " MO_VERSION_STRING " on ");
    mo_sv_puts(mo_hal_board_name());
    mo_sv_puts("; Python 3\nType \"help()\" for more information; Ctrl-D soft-reboots.\n");
}

static void start_runtime(void) {
    char *stack_top;
    size_t stack_bytes;
    mo_hal_stack_region(&stack_top, &stack_bytes);
    mo_init(heap, sizeof(heap), stack_top, stack_bytes - MO_STACK_RESERVE_BYTES);
    mo_list_append(mo_state.sys_path, mo_qstr_obj(MO_QSTR_));
    mo_list_append(mo_state.sys_path, mo_obj_new_str_from_cstr(MO_FROZEN_PATH));
    mo_list_append(mo_state.sys_path, mo_qstr_obj(MO_QSTR__slash_lib));
    mo_sv_console_reset();
    mo_sv_register_module();
}

// One run: a fresh runtime, boot.py and code.py unless told not to, then the REPLs
// until a soft reboot. Returns the action that ended it.
static mo_sv_action_t run_once(bool run_code, bool raw) {
    if (!mo_sv_safe_mode) {
        // boot.py's status is not "the last run's": tools ask for that after a reboot.
        int kept = mo_sv_last_status;
        run_file("boot.py");
        mo_sv_last_status = kept;
        if (run_code && !run_file("code.py")) {
            run_file("main.py");
        }
    }
    mo_sv_action_t action = raw ? MO_SV_ENTER_RAW : MO_SV_ENTER_FRIENDLY;
    for (;;) {
        if (action == MO_SV_ENTER_RAW) {
            action = mo_sv_raw_repl();
        } else if (action == MO_SV_ENTER_FRIENDLY) {
            if (mo_sv_safe_mode) {
                print_safe_mode_reason();
            }
            mo_sv_print_banner();
            action = mo_sv_friendly_repl();
        } else {
            return action;
        }
    }
}

// The stack below the current frame is filled with a pattern at reset, so how deep
// it ever went can be measured (supervisor.stack_high_water()).
#define STACK_PAINT 0xa5u

static __attribute__((noinline)) void paint_stack(void) {
    char *top;
    size_t bytes;
    mo_hal_stack_region(&top, &bytes);
    volatile char here = 0;
    for (char *p = top - bytes; p < (char *)&here - 64; p++) {
        *p = (char)STACK_PAINT;
    }
}

size_t mo_sv_stack_high_water(void) {
    char *top;
    size_t bytes;
    mo_hal_stack_region(&top, &bytes);
    const unsigned char *p = (const unsigned char *)(top - bytes);
    while (p < (const unsigned char *)top && *p == STACK_PAINT) {
        p++;
    }
    return (size_t)(top - (const char *)p);
}

_Noreturn void mo_supervisor_main(void) {
    paint_stack();
    mo_hal_reset_cause_t cause = mo_hal_boot_note_take(&boot_note);
    mo_hal_init();
    mo_sv_safe_mode = cause != MO_HAL_RESET_POWER_ON && boot_note.safe != MO_SAFE_NONE;
    const uint8_t *region;
    size_t region_bytes;
    mo_hal_romfs_region(&region, &region_bytes);
    mo_romfs_mount(&mo_sv_romfs, region, region_bytes);
    bool raw = false;
    for (;;) {
        mo_nlr_buf_t nlr;
        mo_sv_action_t action = MO_SV_SOFT_REBOOT;
        start_runtime();  // mo_init clears the handler chain: push after it
        if (mo_nlr_push(&nlr) == 0) {
            action = run_once(!raw, raw);
            mo_nlr_pop();
        } else {
            // An exception escaped the supervisor's own code: user code's are caught
            // where it runs, so this is the supervisor failing, most likely for memory.
            mo_state.nlr_top = NULL;
            reset_into_safe_mode(nlr.ret_val == mo_state.memory_error ? MO_SAFE_NO_MEMORY
                                                                      : MO_SAFE_FATAL);
        }
        raw = action == MO_SV_SOFT_REBOOT_RAW;
        mo_sv_puts("soft reboot\n");
    }
}
