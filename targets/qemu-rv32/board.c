// The qemu-rv32 board: start-up of the HAL, memory regions from the linker script,
// and reset and exit through virt's SiFive test device.
#include "hal/board.h"
#include "hal/console.h"
#include "hal/reset.h"
#include "hal/ticks.h"
#include "targets/qemu-rv32/rv32.h"

extern char _stack_bottom[], _stack_top[], _boot_note[], _romfs_start[], _romfs_bytes[];

#define TEST_PASS 0x5555u
#define TEST_FAIL 0x3333u   // with the exit status in the upper 16 bits
#define TEST_RESET 0x7777u

void mo_hal_init(void) {
    mo_hal_console_init();
    mo_hal_ticks_init();
}

const char *mo_hal_board_name(void) {
    return "qemu-rv32 (virt, rv32imac)";
}

void mo_hal_stack_region(char **top, size_t *bytes) {
    *top = _stack_top;
    *bytes = (size_t)(_stack_top - _stack_bottom);
}

void mo_hal_romfs_region(const uint8_t **start, size_t *bytes) {
    *start = (const uint8_t *)_romfs_start;
    *bytes = (size_t)(uintptr_t)_romfs_bytes;
}

mo_hal_boot_note_t *mo_hal_boot_note(void) {
    return (mo_hal_boot_note_t *)(void *)_boot_note;
}

_Noreturn void mo_hal_reset(void) {
    mo_hal_boot_note_t *note = mo_hal_boot_note();
    if (note->magic != MO_HAL_BOOT_NOTE_MAGIC) {
        mo_hal_boot_note_write(MO_HAL_RESET_SOFT, MO_SAFE_NONE, 0, 0);
    }
    __asm volatile("fence" ::: "memory");
    RV_REG32(RV_TEST_DEVICE) = TEST_RESET;
    for (;;) {
    }
}

_Noreturn void mo_hal_exit(int status) {
    RV_REG32(RV_TEST_DEVICE) =
        status == 0 ? TEST_PASS : ((uint32_t)(status & 0xffff) << 16) | TEST_FAIL;
    for (;;) {
    }
}

_Noreturn void mo_hal_force_fault(void) {
    __asm volatile(".word 0");  // an illegal instruction
    for (;;) {
    }
}
