// Registers and handlers shared by the qemu-rv32 target's files (QEMU virt).
#ifndef MOTE_TARGET_QEMU_RV32_H
#define MOTE_TARGET_QEMU_RV32_H

#include <stdint.h>

#define RV_REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))
#define RV_REG8(addr) (*(volatile uint8_t *)(uintptr_t)(addr))

// virt's memory map: the core-local interruptor (timer), the platform-level
// interrupt controller, the NS16550A UART and SiFive's test (power) device.
#define RV_CLINT_MTIMECMP 0x02004000u
#define RV_CLINT_MTIME 0x0200bff8u
#define RV_PLIC 0x0c000000u
#define RV_UART0 0x10000000u
#define RV_TEST_DEVICE 0x00100000u
#define RV_IRQ_UART0 10
#define RV_MTIME_HZ 10000000u

// mie / mip bits.
#define RV_MIE_MTIE (1u << 7)
#define RV_MIE_MEIE (1u << 11)

void mo_rv_timer_interrupt(void);
void mo_rv_uart_interrupt(void);

static inline void rv_irq_disable(void) { __asm volatile("csrc mstatus, 8" ::: "memory"); }
static inline void rv_irq_enable(void) { __asm volatile("csrs mstatus, 8" ::: "memory"); }
static inline void rv_wfi(void) { __asm volatile("wfi" ::: "memory"); }

#endif
