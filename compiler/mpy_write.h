// The .mpy writer: saves a compiled module in MicroPython's .mpy v6.3 container
// (layout in runtime/mpy_format.h), so that MicroPython v1.23+ and Mote can load it.
// The output depends only on the compiled module and the options: the same source
// gives the same bytes on every machine and every run.
#ifndef MOTE_MPY_WRITE_H
#define MOTE_MPY_WRITE_H

#include "runtime/bc.h"
#include "runtime/print.h"

typedef struct mo_mpy_write_options {
    uint8_t small_int_bits;   // header byte 3: what the target's small ints hold (31 by default)
    uint8_t arch;             // MO_MPY_ARCH_*: recorded only when the file has native code
} mo_mpy_write_options_t;

// Appends the .mpy image of cm to out. Raises ValueError for a constant the
// format can't hold and for native code (not written yet).
void mo_mpy_write(mo_vstr_t *out, const mo_compiled_module_t *cm,
                  const mo_mpy_write_options_t *options);

#endif
