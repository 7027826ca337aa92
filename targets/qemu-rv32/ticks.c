// Time on QEMU virt: the CLINT's 64-bit mtime counts at 10 MHz and is the tick count;
// mtimecmp raises the machine timer interrupt once per millisecond, the periodic tick
// that wakes idle waits.
#include "hal/ticks.h"
#include "targets/qemu-rv32/rv32.h"

#define MTIME_PER_TICK (RV_MTIME_HZ / MO_HAL_TICK_HZ)

static uint64_t read_mtime(void) {
    for (;;) {
        uint32_t hi = RV_REG32(RV_CLINT_MTIME + 4);
        uint32_t lo = RV_REG32(RV_CLINT_MTIME);
        if (hi == RV_REG32(RV_CLINT_MTIME + 4)) {
            return (uint64_t)hi << 32 | lo;
        }
    }
}

// Writes mtimecmp without a moment where the half-written value is in the past.
static void set_mtimecmp(uint64_t t) {
    RV_REG32(RV_CLINT_MTIMECMP + 4) = 0xffffffffu;
    RV_REG32(RV_CLINT_MTIMECMP) = (uint32_t)t;
    RV_REG32(RV_CLINT_MTIMECMP + 4) = (uint32_t)(t >> 32);
}

static uint64_t next_deadline;

void mo_hal_ticks_init(void) {
    next_deadline = read_mtime() + MTIME_PER_TICK;
    set_mtimecmp(next_deadline);
    __asm volatile("csrs mie, %0" : : "r"(RV_MIE_MTIE));
    __asm volatile("csrs mstatus, 8" ::: "memory");
}

void mo_rv_timer_interrupt(void) {
    uint64_t now = read_mtime();
    while (next_deadline <= now) {
        next_deadline += MTIME_PER_TICK;
    }
    set_mtimecmp(next_deadline);
}

uint64_t mo_hal_ticks_us64(void) {
    return read_mtime() / (RV_MTIME_HZ / 1000000u);
}

uint32_t mo_hal_ticks_us(void) {
    return (uint32_t)mo_hal_ticks_us64();
}

uint32_t mo_hal_ticks_ms(void) {
    return (uint32_t)(read_mtime() / (RV_MTIME_HZ / 1000u));
}

void mo_hal_delay_us(uint32_t us) {
    uint64_t end = mo_hal_ticks_us64() + us;
    while (mo_hal_ticks_us64() < end) {
    }
}

void mo_hal_delay_ms(uint32_t ms) {
    uint64_t end = mo_hal_ticks_us64() + (uint64_t)ms * 1000u;
    while (mo_hal_ticks_us64() < end) {
        mo_hal_idle();
    }
}

void mo_hal_idle(void) {
    rv_wfi();
}
