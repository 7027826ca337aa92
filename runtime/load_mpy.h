// The .mpy loader: turns the bytes of a MicroPython .mpy v6.3 file (layout in
// runtime/mpy_format.h) into a compiled module the VM runs, with its code, qstr
// table and constants on the GC heap.
//
// The file is untrusted: every length, count and index is checked against the
// file, and every raw code passes the bytecode verifier (runtime/bc_verify.h)
// before anything runs. A truncated or corrupted file raises ValueError and
// never reads out of bounds; a file for another .mpy version or with flags we
// don't support raises ValueError('incompatible .mpy file'), one with native code
// for a foreign architecture ValueError('incompatible .mpy arch').
#ifndef MOTE_LOAD_MPY_H
#define MOTE_LOAD_MPY_H

#include <stdbool.h>

#include "runtime/bc.h"

// Loads and verifies a whole .mpy image.
mo_compiled_module_t mo_load_mpy(const uint8_t *data, size_t len);

// Loads a .mpy image and runs it as the __main__ module (`mote file.mpy`); returns
// what mo_exec_main (runtime/repl.h) returns, printing an uncaught exception.
int mo_exec_main_mpy(const uint8_t *data, size_t len);

// True if data starts like a .mpy file of the version we load ('M', 6): what the
// `mote` command line uses to run a compiled script whatever its name.
bool mo_mpy_has_magic(const uint8_t *data, size_t len);

#endif
