// Registers and handlers shared by the qemu-arm target's files.
#ifndef MOTE_TARGET_QEMU_ARM_H
#define MOTE_TARGET_QEMU_ARM_H

#include <stdint.h>

#define ARM_REG(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

// System control block and SysTick (ARMv7-M architecture reference manual).
#define ARM_SCB_AIRCR 0xe000ed0cu
#define ARM_SCB_CFSR 0xe000ed28u
#define ARM_SCB_HFSR 0xe000ed2cu
#define ARM_SYST_CSR 0xe000e010u
#define ARM_SYST_RVR 0xe000e014u
#define ARM_SYST_CVR 0xe000e018u
#define ARM_NVIC_ISER0 0xe000e100u

// mps2-an385: the CPU and SysTick clock, and UART0's receive interrupt number.
#define ARM_CPU_HZ 25000000u
#define ARM_IRQ_UART0_RX 0

void mo_arm_systick_handler(void);
void mo_arm_uart_rx_handler(void);

static inline void arm_irq_disable(void) { __asm volatile("cpsid i" ::: "memory"); }
static inline void arm_irq_enable(void) { __asm volatile("cpsie i" ::: "memory"); }
static inline void arm_wfi(void) { __asm volatile("wfi" ::: "memory"); }

#endif
