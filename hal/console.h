// The console UART: the byte stream the REPL, print() and input() use on a board.
//
// A target's UART driver implements init, write and read; received bytes pass
// through the shared receive queue (console_rx.h), which also spots the interrupt
// character (Ctrl-C) while Python code runs. The later HAL work adds more UARTs
// (machine.UART) beside this one; the console stays the one the supervisor owns.
#ifndef MOTE_HAL_CONSOLE_H
#define MOTE_HAL_CONSOLE_H

#include <stddef.h>
#include <stdint.h>

// mo_hal_console_read's timeout that never ends.
#define MO_HAL_WAIT_FOREVER UINT32_MAX

void mo_hal_console_init(void);

// Writes all len bytes, waiting for the transmitter as needed. No newline
// translation here: the caller decides (the supervisor sends "\r\n").
void mo_hal_console_write(const char *data, size_t len);

// The next received byte (0..255), waiting up to timeout_ms for it: 0 polls without
// waiting, MO_HAL_WAIT_FOREVER waits as long as it takes. -1 if nothing came.
int mo_hal_console_read(uint32_t timeout_ms);

// The byte that interrupts running code (3, Ctrl-C), or -1 to treat every byte as
// data (while a prompt reads a line). When it arrives, handler runs in interrupt
// context and the byte is not queued.
void mo_hal_console_set_interrupt(int c, void (*handler)(void));

#endif
