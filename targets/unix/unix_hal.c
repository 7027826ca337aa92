// The parts of hal/ that make sense on the host: the tick count and delays (POSIX
// monotonic clock), the console as standard input and output, and exit. Nothing in
// the host program calls them yet; they keep hal/ honest as an interface every
// target can implement, and let HAL bindings run under the host build later.
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "hal/console.h"
#include "hal/reset.h"
#include "hal/ticks.h"

static uint64_t monotonic_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static uint64_t start_us;

void mo_hal_ticks_init(void) {
    start_us = monotonic_us();
}

uint64_t mo_hal_ticks_us64(void) {
    return monotonic_us() - start_us;
}

uint32_t mo_hal_ticks_us(void) {
    return (uint32_t)mo_hal_ticks_us64();
}

uint32_t mo_hal_ticks_ms(void) {
    return (uint32_t)(mo_hal_ticks_us64() / 1000u);
}

void mo_hal_delay_us(uint32_t us) {
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    nanosleep(&ts, NULL);
}

void mo_hal_delay_ms(uint32_t ms) {
    mo_hal_delay_us(ms * 1000u);
}

void mo_hal_idle(void) {
    mo_hal_delay_us(1000);
}

void mo_hal_console_init(void) {
}

void mo_hal_console_write(const char *data, size_t len) {
    fwrite(data, 1, len, stdout);
    fflush(stdout);
}

int mo_hal_console_read(uint32_t timeout_ms) {
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    int wait = timeout_ms == MO_HAL_WAIT_FOREVER ? -1 : (int)(timeout_ms > 1000000 ? 1000000 : timeout_ms);
    unsigned char c;
    if (poll(&p, 1, wait) <= 0 || read(STDIN_FILENO, &c, 1) != 1) {
        return -1;
    }
    return c;
}

_Noreturn void mo_hal_exit(int status) {
    fflush(stdout);
    exit(status);
}
