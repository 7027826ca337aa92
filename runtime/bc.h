// MicroPython's bytecode, version 6 (the body of .mpy v6.3 files): the opcodes, the
// encoding of their operands, and the layout of a function's prelude. Both the
// compiler (compiler/emit_bc.c) and the VM (runtime/vm.c) follow this file; its
// facts come from MicroPython's public docs/reference/mpyfiles.rst and from the
// listings of real .mpy files in ../shared/mpy-vectors/dump/.
//
// ---- Operand encodings ----
//  var-uint: 7 bits per byte, most significant group first, high bit set on all
//            but the last byte (0x81 0x00 = 128).
//  signed var-int (LOAD_CONST_SMALL_INT): same, two's complement, sign taken from
//            bit 6 of the first byte (0x7f = -1, 0x40 = -64, 0x00 0x40 ... see vm.c).
//  qstr:     var-uint index into the module's qstr table (mo_code_ctx_t.qstr_table).
//  ulabel:   unsigned jump offset, 1 or 2 bytes: b0 < 0x80 -> b0;
//            else (b0 & 0x7f) | (b1 << 7). Relative to the end of the operand.
//  slabel:   signed: as ulabel, then minus 0x40 (1 byte) or minus 0x4000 (2 bytes).
//  The emitter picks the 1-byte form when the offset fits and iterates until the
//  sizes are stable.
//
// ---- Function layout (fun_data) ----
//  prelude signature: packed (n_state, n_exc_stack, scope_flags, n_pos_args,
//      n_kwonly_args, n_def_pos_args), emitted as:
//          S = n_state - 1; E = n_exc_stack; F = scope_flags; A = n_pos_args;
//          K = n_kwonly_args; D = n_def_pos_args
//          z = (S & 0xf) << 3 | (E & 1) << 2 | (A & 3); S >>= 4; E >>= 1; A >>= 2
//          while (S | E | F | A | K | D):
//              emit(0x80 | z)
//              z = (F & 1) << 6 | (S & 3) << 4 | (K & 1) << 3 | (A & 1) << 2
//                  | (E & 1) << 1 | (D & 1)
//              S >>= 2; E >>= 1; F >>= 1; A >>= 1; K >>= 1; D >>= 1
//          emit(z)
//  prelude size: (n_info, n_cell) packed as: do { z = (I & 0x3f) << 1 | (C & 1);
//      C >>= 1; I >>= 6; if (C | I) z |= 0x80; emit(z) } while (C | I)
//  info section (n_info bytes): var-uint qstr index of the function's name, then
//      one var-uint qstr index per argument name (positional then keyword-only,
//      not *args/**kwargs... see the note in vm.c), then the line-number table.
//  cell section (n_cell bytes): one byte per local that lives in a cell (the
//      local's number), converted to a cell on entry.
//  then the bytecode.
//
//  Line-number table: pairs of (bytes to skip, lines to skip) from the start of the
//  bytecode, beginning at line 1 in every function (not at its `def` line):
//      0b0LLBBBBB                  B in 0..31 bytes, L in 0..3 lines
//      0b1LLLBBBB 0bLLLLLLLL       B in 0..15 bytes, L in 0..2047 lines (high 3 bits first)
//  An entry is written when a statement starts on a line greater than the last.
//
// ---- Stack conventions worth knowing (checked against the dumps) ----
//  CALL_FUNCTION n_pos | n_kw << 8: stack is fun, args..., (name, value) pairs.
//  CALL_METHOD: method, self-or-NULL (from LOAD_METHOD), then as CALL_FUNCTION.
//  *_VAR_KW: as above, then one more small int: a bitmap with bit i set when
//      positional arg i is a `*iterable` to unpack; a `**mapping` argument is a
//      keyword pair whose name slot is NULL (LOAD_NULL).
//  STORE_MAP: map, value, key on the stack (value is evaluated first).
//  STORE_COMP x: collection at sp[-(x >> 2)]; x & 3: 0 list append (item at sp[0]),
//      1 dict (key sp[0], value sp[-1]), 2 set add.
//  UNPACK_EX: operand n_before | n_after << 8.
//  MAKE_CLOSURE child, n_closed: the cells are on the stack; *_DEFARGS also pops
//      the default-args tuple and keyword-defaults dict (either may be None/NULL).
//  Comprehensions are child functions called with one argument (the iterable or
//  iterator); generator expressions get GET_ITER applied before the call.
//
//  State: n_state slots = locals (arguments first) then the value stack. Local 0 is
//  the first argument. Exception handlers take n_exc_stack entries beyond that.
#ifndef MOTE_BC_H
#define MOTE_BC_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/obj.h"

// Scope flags in the prelude.
#define MO_SCOPE_FLAG_GENERATOR 0x01
#define MO_SCOPE_FLAG_VARKEYWORDS 0x02   // has **kwargs
#define MO_SCOPE_FLAG_VARARGS 0x04       // has *args
#define MO_SCOPE_FLAG_DEFKWARGS 0x08     // has keyword-only defaults
#define MO_SCOPE_FLAG_ALL_SIG 0x0f       // the flags stored in the prelude
#define MO_SCOPE_FLAG_ASYNC 0x10         // async def (compile-time only)

// Operand kinds, from the high nibble: MO_BC_FORMAT(op).
#define MO_BC_FORMAT_BYTE 0
#define MO_BC_FORMAT_QSTR 1
#define MO_BC_FORMAT_VAR_UINT 2
#define MO_BC_FORMAT_OFFSET 3
#define MO_BC_FORMAT(op) ((0x000003a4 >> (2 * ((op) >> 4))) & 3)
// Ops that carry one extra byte after their operand (UNWIND_JUMP, MAKE_CLOSURE*).
#define MO_BC_MASK_EXTRA_BYTE 0x9e
#define MO_BC_HAS_EXTRA_BYTE(op) (((op) & MO_BC_MASK_EXTRA_BYTE) == 0)

#define MO_BC_BASE_QSTR_O 0x10
#define MO_BC_BASE_VINT_E 0x20
#define MO_BC_BASE_VINT_O 0x30
#define MO_BC_BASE_JUMP_E 0x40
#define MO_BC_BASE_BYTE_O 0x50
#define MO_BC_BASE_BYTE_E 0x60

#define MO_BC_LOAD_CONST_STRING (MO_BC_BASE_QSTR_O + 0x00) // qstr
#define MO_BC_LOAD_NAME (MO_BC_BASE_QSTR_O + 0x01)         // qstr
#define MO_BC_LOAD_GLOBAL (MO_BC_BASE_QSTR_O + 0x02)       // qstr
#define MO_BC_LOAD_ATTR (MO_BC_BASE_QSTR_O + 0x03)         // qstr
#define MO_BC_LOAD_METHOD (MO_BC_BASE_QSTR_O + 0x04)       // qstr
#define MO_BC_LOAD_SUPER_METHOD (MO_BC_BASE_QSTR_O + 0x05) // qstr
#define MO_BC_STORE_NAME (MO_BC_BASE_QSTR_O + 0x06)        // qstr
#define MO_BC_STORE_GLOBAL (MO_BC_BASE_QSTR_O + 0x07)      // qstr
#define MO_BC_STORE_ATTR (MO_BC_BASE_QSTR_O + 0x08)        // qstr
#define MO_BC_DELETE_NAME (MO_BC_BASE_QSTR_O + 0x09)       // qstr
#define MO_BC_DELETE_GLOBAL (MO_BC_BASE_QSTR_O + 0x0a)     // qstr
#define MO_BC_IMPORT_NAME (MO_BC_BASE_QSTR_O + 0x0b)       // qstr
#define MO_BC_IMPORT_FROM (MO_BC_BASE_QSTR_O + 0x0c)       // qstr

#define MO_BC_MAKE_CLOSURE (MO_BC_BASE_VINT_E + 0x00)         // uint (child); extra byte n_closed
#define MO_BC_MAKE_CLOSURE_DEFARGS (MO_BC_BASE_VINT_E + 0x01) // uint; extra byte
#define MO_BC_LOAD_CONST_SMALL_INT (MO_BC_BASE_VINT_E + 0x02) // signed var-int
#define MO_BC_LOAD_CONST_OBJ (MO_BC_BASE_VINT_E + 0x03)       // uint (obj table index)
#define MO_BC_LOAD_FAST_N (MO_BC_BASE_VINT_E + 0x04)          // uint
#define MO_BC_LOAD_DEREF (MO_BC_BASE_VINT_E + 0x05)           // uint
#define MO_BC_STORE_FAST_N (MO_BC_BASE_VINT_E + 0x06)         // uint
#define MO_BC_STORE_DEREF (MO_BC_BASE_VINT_E + 0x07)          // uint
#define MO_BC_DELETE_FAST (MO_BC_BASE_VINT_E + 0x08)          // uint
#define MO_BC_DELETE_DEREF (MO_BC_BASE_VINT_E + 0x09)         // uint
#define MO_BC_BUILD_TUPLE (MO_BC_BASE_VINT_E + 0x0a)          // uint
#define MO_BC_BUILD_LIST (MO_BC_BASE_VINT_E + 0x0b)           // uint
#define MO_BC_BUILD_MAP (MO_BC_BASE_VINT_E + 0x0c)            // uint (size hint)
#define MO_BC_BUILD_SET (MO_BC_BASE_VINT_E + 0x0d)            // uint
#define MO_BC_BUILD_SLICE (MO_BC_BASE_VINT_E + 0x0e)          // uint (2 or 3)
#define MO_BC_STORE_COMP (MO_BC_BASE_VINT_E + 0x0f)           // uint (see vm.c)

#define MO_BC_UNPACK_SEQUENCE (MO_BC_BASE_VINT_O + 0x00)      // uint
#define MO_BC_UNPACK_EX (MO_BC_BASE_VINT_O + 0x01)            // uint: before | after << 8
#define MO_BC_MAKE_FUNCTION (MO_BC_BASE_VINT_O + 0x02)        // uint (child)
#define MO_BC_MAKE_FUNCTION_DEFARGS (MO_BC_BASE_VINT_O + 0x03) // uint
#define MO_BC_CALL_FUNCTION (MO_BC_BASE_VINT_O + 0x04)        // uint: n_pos | n_kw << 8
#define MO_BC_CALL_FUNCTION_VAR_KW (MO_BC_BASE_VINT_O + 0x05) // uint
#define MO_BC_CALL_METHOD (MO_BC_BASE_VINT_O + 0x06)          // uint
#define MO_BC_CALL_METHOD_VAR_KW (MO_BC_BASE_VINT_O + 0x07)   // uint

#define MO_BC_UNWIND_JUMP (MO_BC_BASE_JUMP_E + 0x00)          // slabel; extra byte
#define MO_BC_JUMP (MO_BC_BASE_JUMP_E + 0x02)                 // slabel
#define MO_BC_POP_JUMP_IF_TRUE (MO_BC_BASE_JUMP_E + 0x03)     // slabel
#define MO_BC_POP_JUMP_IF_FALSE (MO_BC_BASE_JUMP_E + 0x04)    // slabel
#define MO_BC_JUMP_IF_TRUE_OR_POP (MO_BC_BASE_JUMP_E + 0x05)  // ulabel
#define MO_BC_JUMP_IF_FALSE_OR_POP (MO_BC_BASE_JUMP_E + 0x06) // ulabel
#define MO_BC_SETUP_WITH (MO_BC_BASE_JUMP_E + 0x07)           // ulabel
#define MO_BC_SETUP_EXCEPT (MO_BC_BASE_JUMP_E + 0x08)         // ulabel
#define MO_BC_SETUP_FINALLY (MO_BC_BASE_JUMP_E + 0x09)        // ulabel
#define MO_BC_POP_EXCEPT_JUMP (MO_BC_BASE_JUMP_E + 0x0a)      // ulabel
#define MO_BC_FOR_ITER (MO_BC_BASE_JUMP_E + 0x0b)             // ulabel

#define MO_BC_LOAD_CONST_FALSE (MO_BC_BASE_BYTE_O + 0x00)
#define MO_BC_LOAD_CONST_NONE (MO_BC_BASE_BYTE_O + 0x01)
#define MO_BC_LOAD_CONST_TRUE (MO_BC_BASE_BYTE_O + 0x02)
#define MO_BC_LOAD_NULL (MO_BC_BASE_BYTE_O + 0x03)
#define MO_BC_LOAD_BUILD_CLASS (MO_BC_BASE_BYTE_O + 0x04)
#define MO_BC_LOAD_SUBSCR (MO_BC_BASE_BYTE_O + 0x05)
#define MO_BC_STORE_SUBSCR (MO_BC_BASE_BYTE_O + 0x06)
#define MO_BC_DUP_TOP (MO_BC_BASE_BYTE_O + 0x07)
#define MO_BC_DUP_TOP_TWO (MO_BC_BASE_BYTE_O + 0x08)
#define MO_BC_POP_TOP (MO_BC_BASE_BYTE_O + 0x09)
#define MO_BC_ROT_TWO (MO_BC_BASE_BYTE_O + 0x0a)
#define MO_BC_ROT_THREE (MO_BC_BASE_BYTE_O + 0x0b)
#define MO_BC_WITH_CLEANUP (MO_BC_BASE_BYTE_O + 0x0c)
#define MO_BC_END_FINALLY (MO_BC_BASE_BYTE_O + 0x0d)
#define MO_BC_GET_ITER (MO_BC_BASE_BYTE_O + 0x0e)
#define MO_BC_GET_ITER_STACK (MO_BC_BASE_BYTE_O + 0x0f)   // iterator in 4 stack slots

#define MO_BC_STORE_MAP (MO_BC_BASE_BYTE_E + 0x02)
#define MO_BC_RETURN_VALUE (MO_BC_BASE_BYTE_E + 0x03)
#define MO_BC_RAISE_LAST (MO_BC_BASE_BYTE_E + 0x04)
#define MO_BC_RAISE_OBJ (MO_BC_BASE_BYTE_E + 0x05)
#define MO_BC_RAISE_FROM (MO_BC_BASE_BYTE_E + 0x06)
#define MO_BC_YIELD_VALUE (MO_BC_BASE_BYTE_E + 0x07)
#define MO_BC_YIELD_FROM (MO_BC_BASE_BYTE_E + 0x08)
#define MO_BC_IMPORT_STAR (MO_BC_BASE_BYTE_E + 0x09)

#define MO_BC_LOAD_CONST_SMALL_INT_MULTI 0x70   // 0x70..0xaf: values -16..47
#define MO_BC_LOAD_CONST_SMALL_INT_MULTI_NUM 64
#define MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS 16
#define MO_BC_LOAD_FAST_MULTI 0xb0              // 0xb0..0xbf: locals 0..15
#define MO_BC_LOAD_FAST_MULTI_NUM 16
#define MO_BC_STORE_FAST_MULTI 0xc0             // 0xc0..0xcf
#define MO_BC_STORE_FAST_MULTI_NUM 16
#define MO_BC_UNARY_OP_MULTI 0xd0               // 0xd0..0xd3: MO_UNARY_OP_*
#define MO_BC_BINARY_OP_MULTI 0xd7              // 0xd7..0xf9: MO_BINARY_OP_*

// ---- Compiled code ----

// Kinds of raw code.
#define MO_CODE_BYTECODE 2
#define MO_CODE_NATIVE_PY 3
#define MO_CODE_NATIVE_VIPER 4

// One function's compiled code: prelude + bytecode in fun_data, and the raw code of
// the functions defined inside it (MAKE_FUNCTION n takes children[n]).
// May live in ROM (frozen) or on the heap (compiled or loaded at run time).
typedef struct mo_raw_code {
    uint8_t kind;
    uint8_t is_generator;   // 1: generator, 2: coroutine (async def)
    uint16_t n_children;
    uint32_t fun_data_len;
    const uint8_t *fun_data;
    const struct mo_raw_code *const *children;
} mo_raw_code_t;

// What every function of one module shares: qstr_table[0] is the source file name;
// the bytecode's qstr operands index qstr_table and LOAD_CONST_OBJ indexes obj_table.
typedef struct mo_code_ctx {
    struct mo_dict *globals;      // the module's globals
    const uint16_t *qstr_table;
    const mo_obj_t *obj_table;
    uint32_t n_qstr;
    uint32_t n_obj;
} mo_code_ctx_t;

// The product of compiling (or loading) one module, before it is run.
typedef struct mo_compiled_module {
    const mo_raw_code_t *rc;   // the module's top-level code
    mo_code_ctx_t ctx;         // ctx.globals is filled in when the module is run
} mo_compiled_module_t;

// var-uint helpers shared by the compiler, VM and loader.
static inline size_t mo_bc_decode_uint(const uint8_t **ptr) {
    size_t v = 0;
    uint8_t b;
    do {
        b = *(*ptr)++;
        v = (v << 7) | (b & 0x7f);
    } while (b & 0x80);
    return v;
}

#endif
