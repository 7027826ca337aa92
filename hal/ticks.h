// Time on a board: a free-running microsecond/millisecond count since boot, busy
// and idle waiting. The tick interrupt behind it also polls the console receiver
// on targets whose UART raises no interrupt of its own.
//
// The counts wrap (32 bits); compare them by difference, as time.ticks_diff does.
#ifndef MOTE_HAL_TICKS_H
#define MOTE_HAL_TICKS_H

#include <stdint.h>

// Starts the counter and the periodic tick (MO_HAL_TICK_HZ per second).
void mo_hal_ticks_init(void);
#define MO_HAL_TICK_HZ 1000

uint32_t mo_hal_ticks_ms(void);
uint32_t mo_hal_ticks_us(void);
// Microseconds since boot without wrapping (for time.monotonic).
uint64_t mo_hal_ticks_us64(void);

void mo_hal_delay_us(uint32_t us);
void mo_hal_delay_ms(uint32_t ms);
// Waits for the next interrupt (low power until the tick or a received byte).
void mo_hal_idle(void);

#endif
