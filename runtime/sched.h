// Deferred work for the VM's safe points: callbacks queued by micropython.schedule()
// (and, on boards, by interrupt handlers), and exceptions posted asynchronously
// (KeyboardInterrupt from a signal handler or the console ISR).
//
// Safe points are backward jumps, loop exits and frame entry in the VM, and sleeps:
// places where the interpreter's state is consistent, so Python code may run there.
#ifndef MOTE_SCHED_H
#define MOTE_SCHED_H

#include <stdbool.h>

#include "runtime/obj.h"

// Queues fun(arg) to run at the next safe point. Never allocates after the first call
// (so an ISR may call it with the heap locked); returns false when the queue is full.
bool mo_sched_schedule(mo_obj_t fun, mo_obj_t arg);

// True when mo_sched_handle_pending() has something to do; cheap enough for the VM's
// hot loop.
static inline bool mo_sched_any_pending(void);

// Raises a posted exception, if any; else runs the queued callbacks, oldest first.
// Callbacks don't nest: one scheduled while callbacks run runs after them. A callback's exception propagates to the code it interrupted;
// the callbacks behind it stay queued.
void mo_sched_handle_pending(void);

#include "runtime/state.h"

static inline bool mo_sched_any_pending(void) {
    return mo_state.interrupt_requested || mo_state.sched_pending
           || mo_state.pending_exception != MO_OBJ_NULL;
}

#endif
