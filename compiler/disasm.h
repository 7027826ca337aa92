// A bytecode disassembler: prints a compiled module's qstr and constant tables and
// each raw code's prelude and instructions, in the style of MicroPython's
// `mpy-tool.py -xd` listings (see ../shared/mpy-vectors/dump/). Used by
// `motec --disasm` and by tests comparing Mote's output with mpy-cross's.
#ifndef MOTE_DISASM_H
#define MOTE_DISASM_H

#include "runtime/bc.h"
#include "runtime/print.h"

void mo_disasm_module(const mo_print_t *p, const mo_compiled_module_t *cm);
// One raw code (and, recursively, its children).
void mo_disasm_raw_code(const mo_print_t *p, const mo_code_ctx_t *ctx, const mo_raw_code_t *rc);

#endif
