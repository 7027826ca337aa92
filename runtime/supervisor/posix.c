// The few operating-system calls picolibc makes on behalf of the runtime, for a
// board without one: the clock (time(), clock()) from the HAL's tick count, and
// abort()'s way out (raise -> kill), which resets the board into safe mode.
#include <signal.h>
#include <sys/time.h>
#include <sys/times.h>
#include <unistd.h>

#include "hal/reset.h"
#include "hal/ticks.h"

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
    (void)tz;
    uint64_t us = mo_hal_ticks_us64();
    tv->tv_sec = (time_t)(us / 1000000u);
    tv->tv_usec = (suseconds_t)(us % 1000000u);
    return 0;
}

clock_t times(struct tms *buf) {
    clock_t t = (clock_t)(mo_hal_ticks_us64() / (1000000u / CLOCKS_PER_SEC));
    buf->tms_utime = t;
    buf->tms_stime = 0;
    buf->tms_cutime = 0;
    buf->tms_cstime = 0;
    return t;
}

pid_t getpid(void) {
    return 1;
}

// Only abort() signals itself on a board.
int kill(pid_t pid, int sig) {
    (void)pid;
    (void)sig;
    _exit(128 + sig);
}
