// The qemu-rv32 board: start-up of the HAL (its memory regions: hal/linker_regions.c),
// and reset and exit through virt's SiFive test device.
#include "hal/board.h"
#include "hal/console.h"
#include "hal/reset.h"
#include "hal/ticks.h"
#include "targets/qemu-rv32/rv32.h"

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

_Noreturn void mo_hal_reset(void) {
    mo_hal_boot_note_default_soft();
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
