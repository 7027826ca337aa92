// The bytecode interpreter's frame (mo_code_state_t) and entry point.
//
// A frame's value array holds the locals at its top end, numbered downwards
// (local i is state[n_state - 1 - i]), and the value stack growing up from
// state[0]: the prelude gives only n_state, not the number of locals, so the two
// must grow from opposite ends. The exception-handler stack follows the values.
// Normal calls keep the whole frame on the C stack; generators keep it on the heap.
#ifndef MOTE_VM_H
#define MOTE_VM_H

#include "runtime/bc.h"
#include "runtime/obj.h"

struct mo_obj_fun_bc;

// One active try/finally/with/except block. val_sp is the value-stack top (one past
// the top value) when the block was set up; its low bit is set for blocks whose handler must also run on
// return / break / continue (finally and with), which the unwinders look at.
// prev_exc is the exception its handler is running for (NULL until then): the
// "exception being handled" of bare raise, __context__ and sys.exc_info().
typedef struct mo_exc_entry {
    const uint8_t *handler;
    uintptr_t val_sp;
    mo_obj_t prev_exc;
} mo_exc_entry_t;

#define MO_EXC_ENTRY_WORDS (sizeof(mo_exc_entry_t) / sizeof(mo_obj_t))

// Value slots a frame has beyond the prelude's n_state. The compiler's count (and
// mpy-cross's) leaves out words the VM pushes itself: UNWIND_JUMP's target and
// count, and the marker under a finally handler's first value when a return or
// break runs it (one per open block). Without this room they overwrote the
// highest local. Frames with no try blocks never push them.
#define MO_VM_UNWIND_SLACK(n_exc_stack) ((n_exc_stack) ? (n_exc_stack) + 2 : 0)

typedef struct mo_code_state {
    struct mo_code_state *prev;        // the calling frame (mo_state.frame chain)
    const struct mo_obj_fun_bc *fun;   // what is running: code, constants, names
    const uint8_t *ip;                 // current instruction (saved when it may raise)
    mo_obj_t *sp;                      // one past the top value; state when empty
    mo_obj_t *state;                   // n_state values
    mo_exc_entry_t *exc_base;          // n_exc_stack entries
    mo_exc_entry_t *exc_top;           // one past the innermost active block
    struct mo_dict *caller_globals;    // restored when the frame is left
    mo_obj_t inject;                   // exception to throw in when resuming (generators)
    uint8_t reraise;                   // the raise in flight is a re-raise from this frame
} mo_code_state_t;

typedef enum {
    MO_VM_RETURN_NORMAL,     // sp[-1] is the return value
    MO_VM_RETURN_YIELD,      // sp[-1] is the yielded value; resume at ip
    MO_VM_RETURN_EXCEPTION,  // state[0] is the exception
} mo_vm_return_kind_t;

// Runs (or resumes) a frame until it returns, yields or lets an exception out.
// If cs->inject is set, it is raised at the resume point first (generator throw).
mo_vm_return_kind_t mo_vm_execute(mo_code_state_t *cs);

// The exception being handled by the innermost active handler in any bytecode
// frame (bare `raise`, sys.exc_info()), or NULL.
mo_obj_t mo_vm_current_exception(void);

// Source line of the instruction at ip in a frame's function.
size_t mo_vm_line_of(const struct mo_obj_fun_bc *fun, const uint8_t *ip);

#endif
