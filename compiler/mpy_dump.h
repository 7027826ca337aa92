// `motec --dump`: a readable listing of a .mpy file (header, qstr table with the
// static-table numbers it uses, constants, and each raw code disassembled), for
// debugging and for tests. The file goes through the loader first, so a listing
// is only printed for a file Mote would run; otherwise the loader's error is raised.
#ifndef MOTE_MPY_DUMP_H
#define MOTE_MPY_DUMP_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/print.h"

void mo_mpy_dump(const mo_print_t *p, const uint8_t *data, size_t len);

#endif
