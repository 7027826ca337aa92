// Facts about MicroPython's .mpy container, version 6 sub-version 3, shared by the
// writer (compiler/mpy_write.c), the loader (runtime/load_mpy.c) and `motec --dump`.
// Source of the facts: docs/reference/mpyfiles.rst in the MicroPython repository and
// the listings of mpy-cross's files in ../shared/mpy-vectors/dump/.
//
//  header      'M', version 6, feature byte, small-int bits
//              feature byte: arch << 2 | sub-version; mpy-cross writes 0 when the file
//              holds no native code (even with -march), else arch and sub-version 3
//  tables      vuint n_qstr, vuint n_obj, then the qstrs, then the constants
//  qstr        vuint (n << 1) | 1: MicroPython's static qstr number n (no text), or
//              vuint (len << 1), len bytes of UTF-8, a NUL
//  constant    a tag byte (MO_MPY_OBJ_*); str/bytes: vuint len, data, NUL;
//              int/float/complex: vuint len, the repr text (no NUL);
//              tuple: vuint n, n constants; None/False/True/Ellipsis: the tag alone
//  raw code    vuint (len << 3) | (has_children << 2) | (kind - MO_CODE_BYTECODE),
//              len bytes of code (for bytecode: prelude, info, cells, bytecode),
//              then if has_children: vuint n, n raw codes
//
// vuints here are MicroPython's var-uint: 7 bits a byte, most significant first,
// the high bit set on every byte but the last (runtime/bc.h).
#ifndef MOTE_MPY_FORMAT_H
#define MOTE_MPY_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#define MO_MPY_MAGIC 'M'
#define MO_MPY_VERSION 6
#define MO_MPY_SUB_VERSION 3
#define MO_MPY_FEATURE_ARCH(flags) ((flags) >> 2)
#define MO_MPY_FEATURE_SUB_VERSION(flags) ((flags) & 3)
#define MO_MPY_FEATURE_ENCODE(arch) ((uint8_t)((arch) << 2 | MO_MPY_SUB_VERSION))

// Native architectures, as the feature byte numbers them.
enum {
    MO_MPY_ARCH_NONE = 0,
    MO_MPY_ARCH_X86 = 1,
    MO_MPY_ARCH_X64 = 2,
    MO_MPY_ARCH_ARMV6 = 3,
    MO_MPY_ARCH_ARMV6M = 4,
    MO_MPY_ARCH_ARMV7M = 5,
    MO_MPY_ARCH_ARMV7EM = 6,
    MO_MPY_ARCH_ARMV7EMSP = 7,
    MO_MPY_ARCH_ARMV7EMDP = 8,
    MO_MPY_ARCH_XTENSA = 9,
    MO_MPY_ARCH_XTENSAWIN = 10,
    MO_MPY_ARCH_RV32IMC = 11,
};

// The architecture native code in a .mpy must have to run here.
#if defined(__x86_64__)
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_X64
#elif defined(__i386__)
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_X86
#elif defined(__ARM_ARCH_6M__)
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_ARMV6M
#elif defined(__ARM_ARCH_7M__)
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_ARMV7M
#elif defined(__ARM_ARCH_7EM__)
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_ARMV7EM
#elif defined(__riscv) && __riscv_xlen == 32
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_RV32IMC
#else
#define MO_MPY_ARCH_HOST MO_MPY_ARCH_NONE
#endif

// Constant tags.
enum {
    MO_MPY_OBJ_FUN_TABLE = 0,   // native code only
    MO_MPY_OBJ_NONE = 1,
    MO_MPY_OBJ_FALSE = 2,
    MO_MPY_OBJ_TRUE = 3,
    MO_MPY_OBJ_ELLIPSIS = 4,
    MO_MPY_OBJ_STR = 5,
    MO_MPY_OBJ_BYTES = 6,
    MO_MPY_OBJ_INT = 7,
    MO_MPY_OBJ_FLOAT = 8,
    MO_MPY_OBJ_COMPLEX = 9,
    MO_MPY_OBJ_TUPLE = 10,
};

// Mote's one extension, invisible to MicroPython: an async def's line table starts
// with this byte, a line-table entry that skips 0 bytes and 0 lines (no compiler
// writes one), so a coroutine function loads as one. MicroPython has no coroutine
// type and reads the entry as the no-op it is; without it (files from mpy-cross)
// an async def loads as a generator function, as MicroPython runs it.
#define MO_MPY_COROUTINE_MARK 0x00

// MicroPython's fixed table of static qstrs, numbered from 1 (runtime/mpy_static_qstrs.c).
#define MO_MPY_N_STATIC_QSTRS 165
// The text of static qstr n (1..MO_MPY_N_STATIC_QSTRS), or NULL.
const char *mo_mpy_static_qstr_str(size_t n, size_t *len);
// The static number of data[0..len), or 0 if it is not in the table.
size_t mo_mpy_static_qstr_find(const char *data, size_t len);

#endif
