// The console on virt's NS16550A UART (the classic 16550 register set, byte-wide):
// its receive interrupt arrives through the PLIC as source 10, and the handler moves
// bytes into the shared receive queue (hal/console_rx.h).
#include <stdbool.h>

#include "hal/console.h"
#include "hal/console_rx.h"
#include "hal/ticks.h"
#include "targets/qemu-rv32/rv32.h"

#define UART_RBR (RV_UART0 + 0)  // receive buffer (read) / transmit holding (write)
#define UART_THR (RV_UART0 + 0)
#define UART_IER (RV_UART0 + 1)
#define UART_FCR (RV_UART0 + 2)
#define UART_LCR (RV_UART0 + 3)
#define UART_LSR (RV_UART0 + 5)
#define LSR_DATA_READY 0x01u
#define LSR_THR_EMPTY 0x20u
#define IER_RX_AVAILABLE 0x01u

// PLIC: per-source priority, hart 0 machine-mode enable bits, threshold, claim.
#define PLIC_PRIORITY(irq) (RV_PLIC + 4u * (irq))
#define PLIC_ENABLE0 (RV_PLIC + 0x2000u)
#define PLIC_THRESHOLD0 (RV_PLIC + 0x200000u)
#define PLIC_CLAIM0 (RV_PLIC + 0x200004u)

void mo_hal_console_init(void) {
    RV_REG8(UART_LCR) = 0x03;  // 8 data bits, no parity, one stop bit
    RV_REG8(UART_FCR) = 0x01;  // FIFOs on
    RV_REG8(UART_IER) = IER_RX_AVAILABLE;
    RV_REG32(PLIC_PRIORITY(RV_IRQ_UART0)) = 1;
    RV_REG32(PLIC_ENABLE0) = 1u << RV_IRQ_UART0;
    RV_REG32(PLIC_THRESHOLD0) = 0;
    __asm volatile("csrs mie, %0" : : "r"(RV_MIE_MEIE));
}

void mo_hal_console_write(const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        while (!(RV_REG8(UART_LSR) & LSR_THR_EMPTY)) {
        }
        RV_REG8(UART_THR) = (uint8_t)data[i];
    }
}

// Moves received bytes into the queue while there is room; with the queue full the
// receive interrupt is switched off so bytes wait in the UART (QEMU holds the rest).
static void drain_uart(void) {
    while (RV_REG8(UART_LSR) & LSR_DATA_READY) {
        if (!mo_hal_rx_has_room()) {
            RV_REG8(UART_IER) = 0;
            return;
        }
        mo_hal_rx_push(RV_REG8(UART_RBR));
    }
    RV_REG8(UART_IER) = IER_RX_AVAILABLE;
}

void mo_rv_uart_interrupt(void) {
    uint32_t irq = RV_REG32(PLIC_CLAIM0);
    if (irq == RV_IRQ_UART0) {
        drain_uart();
    }
    if (irq != 0) {
        RV_REG32(PLIC_CLAIM0) = irq;  // complete
    }
}

int mo_hal_console_read(uint32_t timeout_ms) {
    uint32_t start = mo_hal_ticks_ms();
    for (;;) {
        rv_irq_disable();
        int c = mo_hal_rx_pop();
        drain_uart();  // also lets the UART deliver again once room was made
        if (c < 0) {
            c = mo_hal_rx_pop();
        }
        bool expired = timeout_ms != MO_HAL_WAIT_FOREVER &&
                       (uint32_t)(mo_hal_ticks_ms() - start) >= timeout_ms;
        if (c < 0 && !expired) {
            rv_wfi();  // a pending interrupt wakes it even with interrupts masked
        }
        rv_irq_enable();
        if (c >= 0 || expired) {
            return c;
        }
    }
}
