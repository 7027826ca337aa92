// What the supervisor needs to know about a board: its name, its start-up hook and
// where its memory regions are (set by the target's linker script).
#ifndef MOTE_HAL_BOARD_H
#define MOTE_HAL_BOARD_H

#include <stddef.h>
#include <stdint.h>

// Brings up the console and the tick before anything prints.
void mo_hal_init(void);
// "qemu-arm (mps2-an385, Cortex-M3)" and the like, for the banner and sys.platform.
const char *mo_hal_board_name(void);
// The C stack: its highest address (it grows down) and its size in bytes.
void mo_hal_stack_region(char **top, size_t *bytes);
// The flash region that holds the ROM filesystem image (may hold no image).
void mo_hal_romfs_region(const uint8_t **start, size_t *bytes);

#endif
