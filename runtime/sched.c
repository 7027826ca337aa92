// See sched.h. The queue is a tuple in mo_state.scheduled (a GC root): slot 0 the
// index of the oldest entry, slot 1 the number of entries, then SCHED_DEPTH
// (function, argument) pairs used as a ring. It is made at the first schedule() so
// that programs that never schedule pay nothing.
// On a board, an ISR may schedule while the main loop drains the queue: the HAL's
// interrupt masking must wrap the queue updates there (the HAL work adds it).
#include "runtime/sched.h"

#include "runtime/objexcept.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

#define SCHED_DEPTH 8
#define SCHED_SLOTS (2 + 2 * SCHED_DEPTH)

static mo_obj_t *queue_slots(void) {
    if (mo_state.scheduled == MO_OBJ_NULL) {
        mo_tuple_t *q = MO_PTR(mo_obj_new_tuple(SCHED_SLOTS, NULL));
        q->items[0] = mo_small_int(0);
        q->items[1] = mo_small_int(0);
        mo_state.scheduled = MO_OBJ(q);
    }
    return ((mo_tuple_t *)MO_PTR(mo_state.scheduled))->items;
}

bool mo_sched_schedule(mo_obj_t fun, mo_obj_t arg) {
    mo_obj_t *s = queue_slots();
    mo_int_t head = mo_small_int_value(s[0]), n = mo_small_int_value(s[1]);
    if (n == SCHED_DEPTH) {
        return false;
    }
    mo_int_t i = (head + n) % SCHED_DEPTH;
    s[2 + 2 * i] = fun;
    s[3 + 2 * i] = arg;
    s[1] = mo_small_int(n + 1);
    mo_state.sched_pending = 1;
    return true;
}

// A KeyboardInterrupt (or other exception) posted by a signal handler or ISR.
static void raise_posted(void) {
    mo_obj_t exc = mo_state.pending_exception;
    mo_state.pending_exception = MO_OBJ_NULL;
    mo_state.interrupt_requested = 0;
    if (exc == MO_OBJ_NULL) {
        exc = mo_state.keyboard_interrupt;
    }
    if (exc == MO_OBJ_NULL) {
        exc = MO_OBJ(&mo_type_KeyboardInterrupt);
    }
    if (exc == mo_state.keyboard_interrupt || exc == mo_state.memory_error) {
        mo_exc_clear_traceback(exc);  // the preallocated instance is reused
    }
    mo_raise(exc);
}

static void run_callbacks(void) {
    mo_obj_t *s = queue_slots();
    mo_state.sched_pending = 0;
    mo_state.sched_running = 1;
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        while (mo_small_int_value(s[1]) > 0) {
            mo_int_t head = mo_small_int_value(s[0]);
            mo_obj_t fun = s[2 + 2 * head], arg = s[3 + 2 * head];
            // Clear the slots so the queue doesn't keep the objects alive once run.
            s[2 + 2 * head] = s[3 + 2 * head] = mo_const_none;
            s[0] = mo_small_int((head + 1) % SCHED_DEPTH);
            s[1] = mo_small_int(mo_small_int_value(s[1]) - 1);
            mo_call1(fun, arg);
        }
        mo_nlr_pop();
        mo_state.sched_running = 0;
        mo_state.sched_pending = 0;  // what callbacks scheduled has run too
    } else {
        mo_state.sched_running = 0;
        mo_state.sched_pending = mo_small_int_value(s[1]) > 0;
        mo_nlr_jump(nlr.ret_val);
    }
}

void mo_sched_handle_pending(void) {
    if (mo_state.interrupt_requested || mo_state.pending_exception != MO_OBJ_NULL) {
        raise_posted();
    }
    if (mo_state.sched_pending && !mo_state.sched_running) {
        run_callbacks();
    }
}
