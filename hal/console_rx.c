// The console receive queue (console_rx.h) and the interrupt character.
#include "hal/console_rx.h"

#include <stddef.h>

#include "hal/console.h"

static volatile uint8_t rx_buf[MO_HAL_RX_QUEUE_BYTES];
static volatile uint16_t rx_head;  // next slot to write (producer)
static volatile uint16_t rx_tail;  // next slot to read (consumer)
static volatile int interrupt_char = -1;
static void (*volatile interrupt_handler)(void);

void mo_hal_console_set_interrupt(int c, void (*handler)(void)) {
    interrupt_handler = handler;
    interrupt_char = c;
}

bool mo_hal_rx_has_room(void) {
    return (uint16_t)((rx_head + 1) % MO_HAL_RX_QUEUE_BYTES) != rx_tail;
}

void mo_hal_rx_push(uint8_t c) {
    void (*handler)(void) = interrupt_handler;
    if ((int)c == interrupt_char && handler != NULL) {
        handler();
        return;
    }
    uint16_t next = (uint16_t)((rx_head + 1) % MO_HAL_RX_QUEUE_BYTES);
    if (next != rx_tail) {
        rx_buf[rx_head] = c;
        rx_head = next;
    }
}

int mo_hal_rx_pop(void) {
    if (rx_tail == rx_head) {
        return -1;
    }
    uint8_t c = rx_buf[rx_tail];
    rx_tail = (uint16_t)((rx_tail + 1) % MO_HAL_RX_QUEUE_BYTES);
    return c;
}
