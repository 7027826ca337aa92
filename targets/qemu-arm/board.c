// The qemu-arm board: start-up of the HAL (its memory regions: hal/linker_regions.c),
// reset through the system control block and exit through semihosting.
#include "hal/board.h"
#include "hal/console.h"
#include "hal/reset.h"
#include "hal/ticks.h"
#include "targets/qemu-arm/arm.h"

void mo_hal_init(void) {
    mo_hal_ticks_init();
    mo_hal_console_init();
}

const char *mo_hal_board_name(void) {
    return "qemu-arm (mps2-an385, Cortex-M3)";
}

_Noreturn void mo_hal_reset(void) {
    mo_hal_boot_note_default_soft();
    __asm volatile("dsb" ::: "memory");
    ARM_REG(ARM_SCB_AIRCR) = 0x05fa0004u;  // VECTKEY | SYSRESETREQ
    for (;;) {
    }
}

// Semihosting SYS_EXIT_EXTENDED (0x20): the block says "application exit" and the
// status, which QEMU (with -semihosting) passes on as its own exit status.
_Noreturn void mo_hal_exit(int status) {
    static volatile uint32_t block[2];
    block[0] = 0x20026;  // ADP_Stopped_ApplicationExit
    block[1] = (uint32_t)status;
    register uint32_t r0 __asm("r0") = 0x20;
    register volatile uint32_t *r1 __asm("r1") = block;
    __asm volatile("bkpt 0xab" : : "r"(r0), "r"(r1) : "memory");
    mo_hal_reset();  // without semihosting there is nothing to exit to
}

_Noreturn void mo_hal_force_fault(void) {
    __asm volatile("udf #0");
    for (;;) {
    }
}
