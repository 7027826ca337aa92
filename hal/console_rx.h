// The console's receive queue, shared by every target's UART driver: the driver
// pushes bytes as they arrive (from its interrupt or when polled) and
// mo_hal_console_read pops them. The queue is where the interrupt character is
// caught, so Ctrl-C reaches running code even when nothing reads the console.
//
// Single producer (interrupt context or a polling reader with interrupts masked),
// single consumer: the indices are only ever advanced by their owner.
#ifndef MOTE_HAL_CONSOLE_RX_H
#define MOTE_HAL_CONSOLE_RX_H

#include <stdbool.h>
#include <stdint.h>

// Room for a burst the reader has not caught up with (a raw-paste window is
// smaller than this, so flow control never loses a byte).
#define MO_HAL_RX_QUEUE_BYTES 512

// False when the queue is full: the driver leaves the byte in the UART, whose
// emulated or real flow control then holds the sender back.
bool mo_hal_rx_has_room(void);
// Queues c, or runs the interrupt handler instead when c is the interrupt character.
void mo_hal_rx_push(uint8_t c);
// The oldest queued byte, or -1.
int mo_hal_rx_pop(void);

#endif
