// Time on the Cortex-M3: SysTick counts the CPU clock down from a 1 ms reload; the
// interrupt at each wrap adds a millisecond. Microseconds come from the count
// within the current millisecond.
#include <stdbool.h>

#include "hal/ticks.h"
#include "targets/qemu-arm/arm.h"

#define CYCLES_PER_TICK (ARM_CPU_HZ / MO_HAL_TICK_HZ)
#define CSR_ENABLE 1u
#define CSR_TICKINT 2u
#define CSR_CLKSOURCE_CPU 4u
#define CSR_COUNTFLAG (1u << 16)

static volatile uint64_t ms_count;

void mo_hal_ticks_init(void) {
    ARM_REG(ARM_SYST_RVR) = CYCLES_PER_TICK - 1;
    ARM_REG(ARM_SYST_CVR) = 0;
    ARM_REG(ARM_SYST_CSR) = CSR_ENABLE | CSR_TICKINT | CSR_CLKSOURCE_CPU;
}

void mo_arm_systick_handler(void) {
    ms_count++;
}

uint64_t mo_hal_ticks_us64(void) {
    // Read the count and the milliseconds until no wrap happened in between.
    for (;;) {
        uint64_t ms = ms_count;
        uint32_t left = ARM_REG(ARM_SYST_CVR);
        if (ms == ms_count) {
            uint32_t done = CYCLES_PER_TICK - 1 - left;
            return ms * 1000u + done / (ARM_CPU_HZ / 1000000u);
        }
    }
}

uint32_t mo_hal_ticks_us(void) {
    return (uint32_t)mo_hal_ticks_us64();
}

uint32_t mo_hal_ticks_ms(void) {
    return (uint32_t)ms_count;
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
    arm_wfi();
}
