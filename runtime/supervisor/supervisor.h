// The board supervisor: what runs a board from reset to the REPL, independent of
// the target (it reaches hardware only through hal/).
//
//   reset -> mo_supervisor_main: HAL up, safe-mode check, ROM filesystem mounted
//         -> boot.py -> code.py (or main.py) -> REPL on the console UART
//   Ctrl-D at an empty prompt soft-reboots: a fresh heap, then boot.py/code.py again.
//
// Files (runtime/supervisor/): boot.c (the boot sequence, safe mode), console.c
// (print, input and the stderr capture of the raw REPL), files.c (import and open()
// over the ROM filesystem), repl_friendly.c (the friendly REPL), repl_raw.c
// (MicroPython's raw REPL and raw-paste protocol), module.c (the `supervisor`
// Python module). They live in their own folder because they define the platform
// hooks (mo_plat_print, mo_file_read_all, POSIX open/read) that the host program
// defines too: only firmware builds compile this folder.
#ifndef MOTE_SUPERVISOR_H
#define MOTE_SUPERVISOR_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/obj.h"
#include "runtime/romfs.h"

// The GC heap of a board build (bytes); a target.mk may override it.
#ifndef MO_HEAP_BYTES
#define MO_HEAP_BYTES (64u * 1024)
#endif
// C stack kept below the recursion limit for reporting the RecursionError and for
// interrupt handlers.
#ifndef MO_STACK_RESERVE_BYTES
#define MO_STACK_RESERVE_BYTES 2048u
#endif

#define MO_VERSION_STRING "0.1.0"

// Called by the target's start-up code once RAM is initialised. Never returns.
_Noreturn void mo_supervisor_main(void);

// ---- between the supervisor's files --------------------------------------------------

// What a REPL returns to the boot loop.
typedef enum {
    MO_SV_SOFT_REBOOT,       // Ctrl-D at the friendly prompt (or sys.exit there)
    MO_SV_SOFT_REBOOT_RAW,   // Ctrl-D at an empty raw prompt: reboot, stay raw
    MO_SV_ENTER_RAW,         // Ctrl-A at the friendly prompt
    MO_SV_ENTER_FRIENDLY,    // Ctrl-B in the raw REPL
} mo_sv_action_t;

extern mo_romfs_t mo_sv_romfs;      // the mounted ROM filesystem (base NULL if none)
extern int mo_sv_last_status;       // the exit convention of repl.h, of the last run
extern bool mo_sv_safe_mode;

// Runs src in __main__ with Ctrl-C armed (see repl.h for the return convention).
int mo_sv_exec(const char *src, size_t len, qstr source_name, int parse_kind);

mo_sv_action_t mo_sv_friendly_repl(void);
mo_sv_action_t mo_sv_raw_repl(void);
void mo_sv_print_banner(void);

// The console with "\n" sent as "\r\n", as terminals and the raw REPL expect.
void mo_sv_write(const char *s, size_t len);
void mo_sv_puts(const char *s);
// Raw bytes, untranslated (protocol replies).
void mo_sv_write_raw(const char *s, size_t len);
// Echo of typed characters for input(): on in the friendly REPL, off in raw mode.
void mo_sv_set_echo(bool on);
// While capturing, stderr text is held back (up to a fixed buffer) so the raw REPL
// can send it after stdout's end marker; release sends it and stops capturing.
void mo_sv_stderr_capture(void);
void mo_sv_stderr_release(void);
// Forgets input fed by set_stdin and registers the console's GC roots (each boot).
void mo_sv_console_reset(void);
// From now on sys.stdin reads data (bytes or str), then sees the end of input.
void mo_sv_set_stdin(mo_obj_t data);
// Discards received bytes until the line has been quiet for quiet_ms.
void mo_sv_drain_input(uint32_t quiet_ms);

// The deepest the C stack has been since reset, in bytes.
size_t mo_sv_stack_high_water(void);

// Registers the `supervisor` module in sys.modules (after each mo_init).
void mo_sv_register_module(void);

#endif
