// The bytecode verifier: proves that a raw code read from an untrusted .mpy file
// can't make the VM read or write outside its frame, whatever its bytes say.
// The VM (vm.c) trusts its code the way it trusts the compiler; code loaded from
// a file goes through here first (runtime/load_mpy.c).
//
// What it checks, for each raw code and, recursively, its children:
//  - the prelude and the info section decode inside fun_data, with field values
//    the function object can hold (objfun.c keeps them in 16 bits);
//  - every instruction decodes inside the code, is a known opcode, and names a
//    qstr, constant, child or local that exists; every jump lands on the start
//    of an instruction; control never runs off the end;
//  - by abstract interpretation over the control-flow graph (jumps, exception
//    handlers, finally unwinding, for-loop exits), the value stack has the same
//    depth on every path into an instruction, never drops below the base of the
//    innermost try block nor above what n_state leaves after the locals, and the
//    handler stack never exceeds n_exc_stack;
//  - each stack slot has a known shape, so an instruction only gets operands the
//    VM handles without a type check: cells for LOAD_DEREF and closures, the
//    four slots of GET_ITER_STACK for FOR_ITER, a list/dict/set for STORE_COMP and
//    STORE_MAP, a tuple or None for default arguments, str for keyword names,
//    NULL only where the VM expects it, and the value a finally handler starts
//    with only for END_FINALLY / WITH_CLEANUP (it may be the VM's unwind marker);
//  - yield only in a generator.
// A failure raises ValueError("invalid .mpy file: ...").
#ifndef MOTE_BC_VERIFY_H
#define MOTE_BC_VERIFY_H

#include "runtime/bc.h"

// Verifies rc and its children against ctx (qstr and constant tables filled in),
// and sets each raw code's is_generator from its prelude (2 for a coroutine).
void mo_bc_verify(mo_raw_code_t *rc, const mo_code_ctx_t *ctx);

#endif
