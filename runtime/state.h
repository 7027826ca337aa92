// The interpreter's global state: one instance, its pointers scanned by the GC.
#ifndef MOTE_STATE_H
#define MOTE_STATE_H

#include "runtime/obj.h"

struct mo_nlr_buf;
struct mo_code_state;

typedef struct mo_state {
    // --- GC roots: every field up to `roots_end` is scanned as a word ---
    mo_dict_t *globals;           // the current module's globals
    mo_dict_t *locals;            // the current locals (module or class body)
    mo_obj_t sys_modules;         // dict: name -> module
    mo_obj_t sys_path;            // list of str
    mo_obj_t sys_argv;            // list of str
    mo_obj_t main_module;
    mo_obj_t memory_error;        // preallocated MemoryError instance
    mo_obj_t pending_exception;   // set by signal handlers / ISRs (KeyboardInterrupt)
    mo_obj_t keyboard_interrupt;  // preallocated KeyboardInterrupt instance
    mo_obj_t qstr_pools;          // the dynamic qstr pools (a chain on the heap)
    mo_obj_t scheduled;           // micropython.schedule queue
    mo_obj_t frozen_modules;      // reserved
    void *roots_end;
    // --- not roots ---
    struct mo_nlr_buf *nlr_top;   // innermost exception handler
    struct mo_code_state *frame;  // innermost bytecode frame (tracebacks, super())
    char *stack_top;              // where the C stack began
    char *stack_limit;            // lowest address we allow the C stack to reach
    char *stack_low;              // how deep the stack to clear goes (mo_gc_clear_stack)
    int optimize;                 // -O level: 0..3
    volatile int interrupt_requested;
    volatile uint8_t sched_pending;  // callbacks wait in `scheduled` (runtime/sched.c)
    uint8_t sched_running;           // callbacks are running: don't start them again
} mo_state_t;

extern mo_state_t mo_state;

#endif
