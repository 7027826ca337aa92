// The memory regions every board's linker script defines under the same symbol names
// (targets/*/link.ld): the C stack, the ROM filesystem image and the boot note. The
// host has no linker script of ours, so this is for firmware builds only.
#include "runtime/config.h"

#if MO_BOARD
#include <stdint.h>

#include "hal/board.h"
#include "hal/reset.h"

extern char _stack_bottom[], _stack_top[], _boot_note[], _romfs_start[], _romfs_bytes[];

void mo_hal_stack_region(char **top, size_t *bytes) {
    *top = _stack_top;
    *bytes = (size_t)(_stack_top - _stack_bottom);
}

void mo_hal_romfs_region(const uint8_t **start, size_t *bytes) {
    *start = (const uint8_t *)_romfs_start;
    *bytes = (size_t)(uintptr_t)_romfs_bytes;   // an absolute symbol: its address is the size
}

mo_hal_boot_note_t *mo_hal_boot_note(void) {
    return (mo_hal_boot_note_t *)(void *)_boot_note;
}
#endif
