// The console on mps2-an385's UART0, an Arm CMSDK APB UART (registers as in Arm's
// Cortex-M System Design Kit manual): received bytes raise interrupt 0, whose
// handler moves them into the shared receive queue (hal/console_rx.h).
#include "hal/console.h"
#include "hal/console_rx.h"
#include "hal/ticks.h"
#include "targets/qemu-arm/arm.h"

#define UART0 0x40004000u
#define UART_DATA (UART0 + 0x00)
#define UART_STATE (UART0 + 0x04)
#define UART_CTRL (UART0 + 0x08)
#define UART_INTCLEAR (UART0 + 0x0c)
#define UART_BAUDDIV (UART0 + 0x10)

#define STATE_TX_FULL 1u
#define STATE_RX_FULL 2u
#define CTRL_TX_EN 1u
#define CTRL_RX_EN 2u
#define CTRL_RX_INT_EN 8u
#define INT_RX 2u

#define BAUD 115200u

void mo_hal_console_init(void) {
    ARM_REG(UART_BAUDDIV) = ARM_CPU_HZ / BAUD;
    ARM_REG(UART_CTRL) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
    ARM_REG(ARM_NVIC_ISER0) = 1u << ARM_IRQ_UART0_RX;
}

void mo_hal_console_write(const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        while (ARM_REG(UART_STATE) & STATE_TX_FULL) {
        }
        ARM_REG(UART_DATA) = (uint8_t)data[i];
    }
}

// Moves what the UART holds into the queue while there is room; with the queue
// full, the receive interrupt is masked so the byte waits in the UART (and QEMU
// holds the rest back) until the reader makes room.
static void drain_uart(void) {
    while (ARM_REG(UART_STATE) & STATE_RX_FULL) {
        if (!mo_hal_rx_has_room()) {
            ARM_REG(UART_CTRL) = CTRL_TX_EN | CTRL_RX_EN;
            return;
        }
        mo_hal_rx_push((uint8_t)ARM_REG(UART_DATA));
    }
    ARM_REG(UART_INTCLEAR) = INT_RX;
    ARM_REG(UART_CTRL) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
}

void mo_arm_uart_rx_handler(void) {
    drain_uart();
}

int mo_hal_console_read(uint32_t timeout_ms) {
    uint32_t start = mo_hal_ticks_ms();
    for (;;) {
        arm_irq_disable();
        int c = mo_hal_rx_pop();
        if (c < 0) {
            drain_uart();
            c = mo_hal_rx_pop();
        } else {
            drain_uart();  // room was made: let the UART deliver again
        }
        bool expired = timeout_ms != MO_HAL_WAIT_FOREVER &&
                       (uint32_t)(mo_hal_ticks_ms() - start) >= timeout_ms;
        if (c < 0 && !expired) {
            arm_wfi();  // a byte or the next tick wakes it, even with interrupts masked
        }
        arm_irq_enable();
        if (c >= 0 || expired) {
            return c;
        }
    }
}
