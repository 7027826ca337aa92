// Start-up of the rv32imac hart on QEMU virt: the entry point QEMU's reset vector
// jumps to, RAM and thread-local storage set up, and the machine-mode trap handler:
// timer and UART interrupts are dispatched, any exception (illegal instruction, bad
// access) is recorded in the boot note and the board reset into safe mode.
#include <stdint.h>
#include <string.h>

#include "hal/reset.h"
#include "runtime/supervisor/supervisor.h"
#include "targets/qemu-rv32/rv32.h"

extern char _data_start[], _data_end[], _data_load[], _bss_end[], __tls_base[];
void _set_tls(void *tls);  // picolibc: sets tp

void mo_rv_reset(void);
void mo_rv_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval);

// The entry: a stack, the trap vector, then C. The trap entry saves the registers a
// C call may clobber, calls mo_rv_trap and returns with mret.
__asm__(
    ".section .text.start, \"ax\"\n"
    ".globl mo_rv_start\n"
    "mo_rv_start:\n"
    "    la sp, _stack_top\n"
    "    la t0, mo_rv_trap_entry\n"
    "    csrw mtvec, t0\n"
    "    j mo_rv_reset\n"
    ".text\n"
    ".balign 4\n"
    "mo_rv_trap_entry:\n"
    "    addi sp, sp, -64\n"
    "    sw ra, 0(sp)\n  sw t0, 4(sp)\n  sw t1, 8(sp)\n  sw t2, 12(sp)\n"
    "    sw a0, 16(sp)\n sw a1, 20(sp)\n sw a2, 24(sp)\n sw a3, 28(sp)\n"
    "    sw a4, 32(sp)\n sw a5, 36(sp)\n sw a6, 40(sp)\n sw a7, 44(sp)\n"
    "    sw t3, 48(sp)\n sw t4, 52(sp)\n sw t5, 56(sp)\n sw t6, 60(sp)\n"
    "    csrr a0, mcause\n"
    "    csrr a1, mepc\n"
    "    csrr a2, mtval\n"
    "    call mo_rv_trap\n"
    "    lw ra, 0(sp)\n  lw t0, 4(sp)\n  lw t1, 8(sp)\n  lw t2, 12(sp)\n"
    "    lw a0, 16(sp)\n lw a1, 20(sp)\n lw a2, 24(sp)\n lw a3, 28(sp)\n"
    "    lw a4, 32(sp)\n lw a5, 36(sp)\n lw a6, 40(sp)\n lw a7, 44(sp)\n"
    "    lw t3, 48(sp)\n lw t4, 52(sp)\n lw t5, 56(sp)\n lw t6, 60(sp)\n"
    "    addi sp, sp, 64\n"
    "    mret\n");

void mo_rv_reset(void) {
    memcpy(_data_start, _data_load, (size_t)(_data_end - _data_start));
    memset(_data_end, 0, (size_t)(_bss_end - _data_end));
    _set_tls(__tls_base);
    mo_supervisor_main();
}

#define MCAUSE_INTERRUPT 0x80000000u
#define CAUSE_MACHINE_TIMER 7u
#define CAUSE_MACHINE_EXTERNAL 11u

void mo_rv_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval) {
    if (mcause & MCAUSE_INTERRUPT) {
        uint32_t cause = mcause & ~MCAUSE_INTERRUPT;
        if (cause == CAUSE_MACHINE_TIMER) {
            mo_rv_timer_interrupt();
        } else if (cause == CAUSE_MACHINE_EXTERNAL) {
            mo_rv_uart_interrupt();
        }
        return;
    }
    // An exception: mcause says which (2 illegal instruction, 5/7 access fault ...).
    (void)mtval;
    mo_hal_boot_note_write(MO_HAL_RESET_FAULT, MO_SAFE_HARD_FAULT, mepc, mcause);
    mo_hal_reset();
}
