// The boot note (reset.h): the check word that tells a note written by the previous
// run from whatever RAM held at power-on, shared by every target.
#include <stddef.h>

#include "hal/reset.h"

static uint32_t note_check(const mo_hal_boot_note_t *n) {
    return n->magic ^ n->cause ^ n->safe ^ n->pc ^ n->detail ^ 0xa5a5a5a5u;
}

void mo_hal_boot_note_write(mo_hal_reset_cause_t cause, mo_safe_reason_t safe, uint32_t pc,
                            uint32_t detail) {
    volatile mo_hal_boot_note_t *n = mo_hal_boot_note();
    n->magic = MO_HAL_BOOT_NOTE_MAGIC;
    n->cause = (uint32_t)cause;
    n->safe = (uint32_t)safe;
    n->pc = pc;
    n->detail = detail;
    n->check = note_check((const mo_hal_boot_note_t *)n);
}

mo_hal_reset_cause_t mo_hal_boot_note_take(mo_hal_boot_note_t *note) {
    mo_hal_boot_note_t *n = mo_hal_boot_note();
    *note = *n;
    n->magic = 0;
    if (note->magic != MO_HAL_BOOT_NOTE_MAGIC || note->check != note_check(note)) {
        *note = (mo_hal_boot_note_t){0};
        return MO_HAL_RESET_POWER_ON;
    }
    return (mo_hal_reset_cause_t)note->cause;
}

void mo_hal_boot_note_default_soft(void) {
    if (mo_hal_boot_note()->magic != MO_HAL_BOOT_NOTE_MAGIC) {
        mo_hal_boot_note_write(MO_HAL_RESET_SOFT, MO_SAFE_NONE, 0, 0);
    }
}
