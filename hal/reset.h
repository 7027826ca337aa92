// Resetting the board, why it last reset, and ending an emulator run.
//
// The boot note is a few words of RAM that start-up code never clears, so what the
// previous run wrote there (a fault, a request for safe mode) survives a reset.
// The supervisor decides what a note means; the target only keeps it and fills it
// in from its fault handlers.
#ifndef MOTE_HAL_RESET_H
#define MOTE_HAL_RESET_H

#include <stdint.h>

typedef enum {
    MO_HAL_RESET_POWER_ON,  // no valid note: first boot
    MO_HAL_RESET_SOFT,      // mo_hal_reset() (or the watchdog, on boards that have one)
    MO_HAL_RESET_FAULT,     // a CPU fault handler reset the chip
} mo_hal_reset_cause_t;

// Why the supervisor should come up in safe mode (MO_SAFE_NONE: it should not).
typedef enum {
    MO_SAFE_NONE,
    MO_SAFE_HARD_FAULT,    // a CPU fault or trap (detail: the cause code)
    MO_SAFE_NO_MEMORY,     // MemoryError inside the supervisor itself
    MO_SAFE_FATAL,         // the runtime gave up (abort: an exception with no handler)
    MO_SAFE_USER,          // asked for from Python (supervisor.reset(safe_mode=True))
} mo_safe_reason_t;

#define MO_HAL_BOOT_NOTE_MAGIC 0x6d6f7465u  // "mote"

typedef struct mo_hal_boot_note {
    uint32_t magic;      // MO_HAL_BOOT_NOTE_MAGIC when the rest is meaningful
    uint32_t cause;      // mo_hal_reset_cause_t of the reset that wrote it
    uint32_t safe;       // mo_safe_reason_t
    uint32_t pc;         // where a fault happened (0 if not known)
    uint32_t detail;     // a target-specific cause code (fault status, mcause)
    uint32_t check;      // the other words xor'ed: tells a note from stale RAM
} mo_hal_boot_note_t;

// The note in RAM that survives a reset (never NULL on a board).
mo_hal_boot_note_t *mo_hal_boot_note(void);
// Writes a valid note (check word included).
void mo_hal_boot_note_write(mo_hal_reset_cause_t cause, mo_safe_reason_t safe, uint32_t pc,
                            uint32_t detail);
// Before a reset: unless the caller left a note saying why, the reset is a soft one.
void mo_hal_boot_note_default_soft(void);
// Reads the note left by the previous run and invalidates it, so a later power-on
// is not mistaken for a reset. Returns the cause; *note gets a copy.
mo_hal_reset_cause_t mo_hal_boot_note_take(mo_hal_boot_note_t *note);

// Resets the whole chip (RAM other than the boot note starts afresh).
_Noreturn void mo_hal_reset(void);
// Ends the program with an exit status: under QEMU the emulator exits with it
// (semihosting on Arm, the test device on RISC-V virt); on hardware it resets.
_Noreturn void mo_hal_exit(int status);
// Provokes the CPU fault the fault handler catches (to test safe mode).
_Noreturn void mo_hal_force_fault(void);

#endif
