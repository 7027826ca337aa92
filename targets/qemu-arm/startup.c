// Start-up of the Cortex-M3 (mps2-an385): the vector table, the reset handler that
// initialises RAM and thread-local storage before calling the supervisor, and the
// fault handler that records why it faulted (in the boot note) and resets.
#include <stdint.h>
#include <string.h>

#include "hal/reset.h"
#include "runtime/supervisor/supervisor.h"
#include "targets/qemu-arm/arm.h"

extern char _data_start[], _data_end[], _data_load[], _bss_end[], __tls_base[];
extern char _stack_top[];
void _set_tls(void *tls);  // picolibc

void mo_arm_reset_handler(void);
void mo_arm_fault_handler(void);
void mo_arm_default_handler(void);

void mo_arm_reset_handler(void) {
    memcpy(_data_start, _data_load, (size_t)(_data_end - _data_start));
    memset(_data_end, 0, (size_t)(_bss_end - _data_end));
    _set_tls(__tls_base);
    mo_supervisor_main();
}

// Called with the exception frame the CPU pushed (r0-r3, r12, lr, pc, xpsr).
void mo_arm_fault_record(const uint32_t *frame);
void mo_arm_fault_record(const uint32_t *frame) {
    uint32_t cfsr = ARM_REG(ARM_SCB_CFSR);
    uint32_t hfsr = ARM_REG(ARM_SCB_HFSR);
    mo_hal_boot_note_write(MO_HAL_RESET_FAULT, MO_SAFE_HARD_FAULT, frame[6],
                           cfsr != 0 ? cfsr : hfsr);
    mo_hal_reset();
}

// Finds which stack the frame is on (EXC_RETURN bit 2) and hands it over.
__attribute__((naked)) void mo_arm_fault_handler(void) {
    __asm volatile(
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r0, msp\n"
        "mrsne r0, psp\n"
        "b mo_arm_fault_record\n");
}

void mo_arm_default_handler(void) {
    mo_arm_fault_handler();
}

typedef void (*vector_t)(void);

// Cortex-M3 system exceptions, then the external interrupts mps2-an385 wires up.
__attribute__((section(".vectors"), used)) static const vector_t vectors[16 + 32] = {
    (vector_t)(uintptr_t)_stack_top,
    mo_arm_reset_handler,
    mo_arm_default_handler,   // NMI
    mo_arm_fault_handler,     // HardFault
    mo_arm_fault_handler,     // MemManage
    mo_arm_fault_handler,     // BusFault
    mo_arm_fault_handler,     // UsageFault
    [11] = mo_arm_default_handler,  // SVCall
    [14] = mo_arm_default_handler,  // PendSV
    [15] = mo_arm_systick_handler,
    [16 + ARM_IRQ_UART0_RX] = mo_arm_uart_rx_handler,
};
