// _asyncio: the parts of the asyncio scheduler (stdlib/asyncio/) that run on every
// step, in C so that the loop allocates nothing per step:
//
//   TaskQueue  a pairing heap of tasks ordered by wake time (ticks, compared with
//              ticks_diff's wraparound), ties in push order; the loop keeps one for
//              ready tasks (all keys equal: a FIFO), one for sleepers, and every
//              Event, Lock, awaited Task and waited-on stream has one for its waiters.
//   Task       a coroutine's scheduling state: the links of the heap it sits in, the
//              queue holding it, the exception to throw in at its next step, and once
//              done its result. Awaiting a pending task yields the task's waiters queue
//              to the loop, which parks the current task there.
//   Pause      the awaitable behind sleep(): it yields one value to the loop (None:
//              run again soon; an int: milliseconds to sleep; a TaskQueue: park there),
//              then returns its result.
//   Call       fn(arg) as a coroutine of one step: done callbacks run as tasks of
//              their own, a round after the task finished (CPython's call_soon).
//   CancelledError, InvalidStateError.
//
// The heap follows Fredman, Sedgewick, Sleator and Tarjan, "The pairing heap: a new
// form of self-adjusting heap" (1986): meld links two roots; delete-min melds the
// children in two passes (pairs left to right, then right to left).
#include "runtime/objexcept.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"

// time.ticks_ms's period (stdlib/modtime.c): keys compare as ticks_diff does.
#define TICKS_PERIOD ((mo_uint_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

typedef struct task task_t;

typedef struct taskq {
    mo_base_t base;
    task_t *root;
    mo_obj_t owner;   // the task whose waiters these are, else NULL
    uint32_t seq;     // tie-breaker of the next push
    uint32_t len;
} taskq_t;

enum { TASK_PENDING, TASK_DONE, TASK_FAILED, TASK_CANCELLED };

struct task {
    mo_base_t base;
    task_t *child, *next, *prev;  // heap links; prev: left sibling, or parent if first child
    taskq_t *queue;               // the queue holding the task, or NULL
    mo_obj_t coro;
    mo_obj_t data;       // pending: the exception to throw in next (NULL: none); done: the
                         // result or the exception
    taskq_t *waiters;    // tasks awaiting this one (made on first await), or NULL
    mo_obj_t callbacks;  // list of done callbacks, or NULL
    taskq_t *ready;      // the loop's ready queue, where cancel() reschedules
    mo_int_t key;
    uint32_t seq;
    uint8_t state;
};

static const mo_type_t taskq_type, task_type, pause_type, call_type;
const mo_type_t mo_type_asyncio_CancelledError, mo_type_asyncio_InvalidStateError;

static taskq_t *taskq_arg(mo_obj_t o) {
    if (!mo_obj_is_type(o, &taskq_type)) {
        mo_raise_fmt(&mo_type_TypeError, "expected TaskQueue, got %s", mo_obj_type_name(o));
    }
    return MO_PTR(o);
}

static task_t *task_arg(mo_obj_t o) {
    if (!mo_obj_is_type(o, &task_type)) {
        mo_raise_fmt(&mo_type_TypeError, "expected Task, got %s", mo_obj_type_name(o));
    }
    return MO_PTR(o);
}

// ---- the pairing heap -------------------------------------------------------------------

static mo_int_t ticks_diff(mo_int_t a, mo_int_t b) {
    mo_uint_t d = (mo_uint_t)a - (mo_uint_t)b;
    return (mo_int_t)((d + TICKS_HALF) & TICKS_MASK) - (mo_int_t)TICKS_HALF;
}

static bool before(const task_t *a, const task_t *b) {
    mo_int_t d = ticks_diff(a->key, b->key);
    if (d != 0) {
        return d < 0;
    }
    return (int32_t)(a->seq - b->seq) < 0;
}

// Links two roots (no siblings, no parent): the later one becomes the first child.
static task_t *meld(task_t *a, task_t *b) {
    if (a == NULL) {
        return b;
    }
    if (b == NULL) {
        return a;
    }
    if (before(b, a)) {
        task_t *t = a;
        a = b;
        b = t;
    }
    b->next = a->child;
    if (a->child != NULL) {
        a->child->prev = b;
    }
    b->prev = a;
    a->child = b;
    return a;
}

static task_t *detach(task_t *t) {
    t->next = t->prev = NULL;
    return t;
}

// Melds a list of sibling subtrees into one: pairs left to right (collected in
// reverse through `next`), then the pairs right to left.
static task_t *merge_siblings(task_t *first) {
    task_t *pairs = NULL;
    while (first != NULL) {
        task_t *a = first, *b = a->next;
        first = b != NULL ? b->next : NULL;
        task_t *m = meld(detach(a), b != NULL ? detach(b) : NULL);
        m->next = pairs;
        pairs = m;
    }
    task_t *res = NULL;
    while (pairs != NULL) {
        task_t *n = pairs->next;
        res = meld(res, detach(pairs));
        pairs = n;
    }
    return res;
}

static void taskq_push(taskq_t *q, task_t *t, mo_int_t key) {
    if (t->queue != NULL) {
        mo_raise_msg(&mo_type_RuntimeError, "task is already queued");
    }
    t->key = key;
    t->seq = q->seq++;
    t->child = NULL;
    detach(t);
    t->queue = q;
    q->root = meld(q->root, t);
    q->len++;
}

static task_t *taskq_pop(taskq_t *q) {
    task_t *t = q->root;
    q->root = merge_siblings(t->child);
    t->child = NULL;
    t->queue = NULL;
    q->len--;
    return t;
}

static void taskq_remove(taskq_t *q, task_t *t) {
    if (t == q->root) {
        taskq_pop(q);
        return;
    }
    if (t->prev->child == t) {
        t->prev->child = t->next;
    } else {
        t->prev->next = t->next;
    }
    if (t->next != NULL) {
        t->next->prev = t->prev;
    }
    detach(t);
    q->root = meld(q->root, merge_siblings(t->child));
    t->child = NULL;
    t->queue = NULL;
    q->len--;
}

// ---- cancellation -----------------------------------------------------------------------

static mo_obj_t new_cancelled(mo_obj_t msg) {
    return mo_obj_new_exception(&mo_type_asyncio_CancelledError, msg != MO_OBJ_NULL ? 1 : 0, &msg);
}

static bool task_cancel(task_t *t, mo_obj_t msg);

// A task parked in the waiters queue of something it awaits (another task, gather's
// future) passes a cancellation on to that, as CPython does; true if it took it.
static bool cancel_awaited(task_t *t, mo_obj_t msg) {
    taskq_t *q = t->queue;
    if (q == NULL || q->owner == MO_OBJ_NULL || q->owner == MO_OBJ(t)) {
        return false;
    }
    if (mo_obj_is_type(q->owner, &task_type)) {
        return task_cancel(MO_PTR(q->owner), msg);
    }
    mo_obj_t dest[3];
    mo_load_method(q->owner, MO_QSTR_cancel, dest);
    dest[2] = msg;
    return mo_obj_is_true(mo_call_method(msg != MO_OBJ_NULL ? 1 : 0, 0, dest));
}

// A task with a cancellation pending must not stay parked: unless what it awaits
// takes the cancellation, its wait ends now and it runs next to take it.
static void resolve_pending_cancel(task_t *t) {
    taskq_t *q = t->queue;
    if (q == NULL || q == t->ready) {
        return;
    }
    if (cancel_awaited(t, MO_OBJ_NULL)) {
        t->data = MO_OBJ_NULL;
        return;
    }
    taskq_remove(q, t);
    taskq_push(t->ready, t, 0);
}

static bool task_cancel(task_t *t, mo_obj_t msg) {
    mo_stack_check();  // a chain of tasks each awaiting the next
    if (t->state != TASK_PENDING) {
        return false;
    }
    if (cancel_awaited(t, msg)) {
        return true;
    }
    t->data = new_cancelled(msg);
    resolve_pending_cancel(t);
    return true;
}

// ---- TaskQueue --------------------------------------------------------------------------

// TaskQueue(owner=None): owner is what the tasks in it await, if anything (a task,
// or an object with cancel()); cancelling a task parked here cancels the owner.
static mo_obj_t taskq_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 0, 1, false);
    taskq_t *q = mo_new_obj(taskq_t);
    q->base.type = &taskq_type;
    q->owner = n_args > 0 && args[0] != mo_const_none ? args[0] : MO_OBJ_NULL;
    return MO_OBJ(q);
}

// push(task, key=0): key is a wake time in ticks; equal keys keep push order. A task
// whose cancellation is pending goes on to the ready queue instead.
static mo_obj_t taskq_push_fn(size_t n_args, const mo_obj_t *args) {
    taskq_t *q = taskq_arg(args[0]);
    task_t *t = task_arg(args[1]);
    if (t->state != TASK_PENDING) {
        mo_raise_msg(&mo_type_RuntimeError, "task is done");
    }
    if (q->owner == MO_OBJ(t)) {
        mo_raise_msg(&mo_type_RuntimeError, "Task cannot await on itself");
    }
    taskq_push(q, t, n_args > 2 ? mo_obj_get_int(args[2]) : 0);
    if (t->data != MO_OBJ_NULL) {
        resolve_pending_cancel(t);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(taskq_push_obj, 2, 3, taskq_push_fn);

static mo_obj_t taskq_pop_fn(mo_obj_t self) {
    taskq_t *q = taskq_arg(self);
    if (q->root == NULL) {
        mo_raise_msg(&mo_type_IndexError, "pop from empty TaskQueue");
    }
    return MO_OBJ(taskq_pop(q));
}
static MO_DEFINE_FUN_1(taskq_pop_obj, taskq_pop_fn);

static mo_obj_t taskq_peek(mo_obj_t self) {
    task_t *t = taskq_arg(self)->root;
    return t != NULL ? MO_OBJ(t) : mo_const_none;
}
static MO_DEFINE_FUN_1(taskq_peek_obj, taskq_peek);

static mo_obj_t taskq_remove_fn(mo_obj_t self, mo_obj_t task) {
    taskq_t *q = taskq_arg(self);
    task_t *t = task_arg(task);
    if (t->queue != q) {
        mo_raise_msg(&mo_type_ValueError, "task not in this queue");
    }
    taskq_remove(q, t);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(taskq_remove_obj, taskq_remove_fn);

// The time the first task wakes (its key), or None when empty.
static mo_obj_t taskq_first_key(mo_obj_t self) {
    task_t *t = taskq_arg(self)->root;
    return t != NULL ? mo_obj_new_int(t->key) : mo_const_none;
}
static MO_DEFINE_FUN_1(taskq_first_key_obj, taskq_first_key);

static mo_obj_t taskq_unary_op(int op, mo_obj_t self) {
    const taskq_t *q = MO_PTR(self);
    switch (op) {
        case MO_UNARY_OP_BOOL:
            return mo_bool(q->root != NULL);
        case MO_UNARY_OP_LEN:
            return mo_small_int((mo_int_t)q->len);
        default:
            return MO_OBJ_NULL;
    }
}

static const mo_map_elem_t taskq_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_push), MO_ROM_PTR(&taskq_push_obj)},
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&taskq_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_peek), MO_ROM_PTR(&taskq_peek_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove), MO_ROM_PTR(&taskq_remove_obj)},
    {MO_ROM_QSTR(MO_QSTR_first_key), MO_ROM_PTR(&taskq_first_key_obj)},
};
static MO_DEFINE_CONST_DICT(taskq_locals_dict, taskq_locals_table);

static const mo_type_t taskq_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_TaskQueue,
    .make_new = taskq_make_new,
    .unary_op = taskq_unary_op,
    .locals_dict = (struct mo_dict *)&taskq_locals_dict,
};

// ---- Task -------------------------------------------------------------------------------

// Task(coro, ready): ready is the loop's ready queue.
static mo_obj_t task_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 2, 2, false);
    taskq_t *ready = taskq_arg(args[1]);
    task_t *t = mo_new_obj(task_t);
    t->base.type = &task_type;
    t->coro = args[0];
    t->ready = ready;
    return MO_OBJ(t);
}

static const char *const state_names[] = {"pending", "finished", "finished", "cancelled"};

static void task_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const task_t *t = MO_PTR(self);
    mo_printf(print, "<Task %s coro=%R>", state_names[t->state], t->coro);
}

// Awaiting a task: its result at once if done, else its waiters queue goes up to
// the loop, which parks the awaiting task there until this one finishes.
static mo_obj_t task_iternext(mo_obj_t self) {
    task_t *t = MO_PTR(self);
    switch (t->state) {
        case TASK_PENDING:
            if (t->waiters == NULL) {
                t->waiters = MO_PTR(taskq_make_new(&taskq_type, 0, 0, NULL));
                t->waiters->owner = self;
            }
            return MO_OBJ(t->waiters);
        case TASK_DONE:
            if (t->data == mo_const_none) {
                return MO_OBJ_STOP_ITERATION;
            }
            mo_raise_stop_iteration(t->data);
        default:
            mo_raise(t->data);
    }
}

static mo_obj_t task_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return self;
}

static mo_obj_t task_await(mo_obj_t self) {
    return self;
}
static MO_DEFINE_FUN_1(task_await_obj, task_await);

static mo_obj_t task_done(mo_obj_t self) {
    return mo_bool(task_arg(self)->state != TASK_PENDING);
}
static MO_DEFINE_FUN_1(task_done_obj, task_done);

static mo_obj_t task_cancelled(mo_obj_t self) {
    return mo_bool(task_arg(self)->state == TASK_CANCELLED);
}
static MO_DEFINE_FUN_1(task_cancelled_obj, task_cancelled);

// cancel(msg=None): throws CancelledError(msg) into the task at its next step;
// false if it is done already.
static mo_obj_t task_cancel_fn(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t msg = n_args > 1 ? args[1] : MO_OBJ_NULL;
    if (kw != NULL && kw->count != 0) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_msg), MO_MAP_LOOKUP);
        if (e == NULL || kw->count != 1 || n_args > 1) {
            mo_raise_msg(&mo_type_TypeError, "cancel() takes at most one argument, msg");
        }
        msg = e->value;
    }
    if (n_args > 2) {
        mo_raise_msg(&mo_type_TypeError, "cancel() takes at most one argument, msg");
    }
    if (msg == mo_const_none) {
        msg = MO_OBJ_NULL;
    }
    return mo_bool(task_cancel(task_arg(args[0]), msg));
}
static MO_DEFINE_FUN_KW(task_cancel_obj, 1, task_cancel_fn);

_Noreturn static void raise_invalid_state(const char *msg) {
    mo_raise(mo_obj_new_exception_msg(&mo_type_asyncio_InvalidStateError, msg));
}

static mo_obj_t task_result(mo_obj_t self) {
    task_t *t = task_arg(self);
    switch (t->state) {
        case TASK_PENDING:
            raise_invalid_state("Result is not set.");
        case TASK_DONE:
            return t->data;
        default:
            mo_raise(t->data);
    }
}
static MO_DEFINE_FUN_1(task_result_obj, task_result);

static mo_obj_t task_exception(mo_obj_t self) {
    task_t *t = task_arg(self);
    switch (t->state) {
        case TASK_PENDING:
            raise_invalid_state("Exception is not set.");
        case TASK_DONE:
            return mo_const_none;
        case TASK_FAILED:
            return t->data;
        default:
            mo_raise(t->data);
    }
}
static MO_DEFINE_FUN_1(task_exception_obj, task_exception);

static mo_obj_t task_get_coro(mo_obj_t self) {
    return task_arg(self)->coro;
}
static MO_DEFINE_FUN_1(task_get_coro_obj, task_get_coro);

static mo_obj_t call_new(mo_obj_t fn, mo_obj_t arg);

// fn(task) runs next round, as a task of its own.
static void schedule_callback(task_t *t, mo_obj_t fn) {
    mo_obj_t args[2] = {call_new(fn, MO_OBJ(t)), MO_OBJ(t->ready)};
    task_t *cb = MO_PTR(task_make_new(&task_type, 2, 0, args));
    taskq_push(t->ready, cb, 0);
}

// fn(task) runs the round after the task finishes (the next round if it has).
static mo_obj_t task_add_done_callback(mo_obj_t self, mo_obj_t fn) {
    task_t *t = task_arg(self);
    if (t->state != TASK_PENDING) {
        schedule_callback(t, fn);
        return mo_const_none;
    }
    if (t->callbacks == MO_OBJ_NULL) {
        t->callbacks = mo_obj_new_list(0, NULL);
    }
    mo_list_append(t->callbacks, fn);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(task_add_done_callback_obj, task_add_done_callback);

// Removes every registration of fn; returns how many there were.
static mo_obj_t task_remove_done_callback(mo_obj_t self, mo_obj_t fn) {
    task_t *t = task_arg(self);
    size_t removed = 0;
    if (t->callbacks != MO_OBJ_NULL) {
        mo_list_t *l = MO_PTR(t->callbacks);
        size_t j = 0;
        for (size_t i = 0; i < l->len; i++) {
            if (mo_obj_equal(l->items[i], fn)) {
                removed++;
            } else {
                l->items[j++] = l->items[i];
            }
        }
        for (size_t i = j; i < l->len; i++) {
            l->items[i] = MO_OBJ_NULL;
        }
        l->len = j;
    }
    return mo_small_int((mo_int_t)removed);
}
static MO_DEFINE_FUN_2(task_remove_done_callback_obj, task_remove_done_callback);

// _finish(value, exc): the loop's report that the coroutine returned value or raised
// exc (None: it returned). The awaiting tasks, then the done callbacks, go to the
// ready queue in the order they came. A cancellation that came while the task ran
// its last step still makes it cancelled, as in CPython.
static mo_obj_t task_finish(mo_obj_t self, mo_obj_t value, mo_obj_t exc) {
    task_t *t = task_arg(self);
    if (t->state != TASK_PENDING) {
        raise_invalid_state("invalid state");
    }
    if (exc != mo_const_none) {
        bool cancelled = mo_obj_exception_match(exc, MO_OBJ(&mo_type_asyncio_CancelledError));
        t->state = cancelled ? TASK_CANCELLED : TASK_FAILED;
        t->data = exc;
    } else if (t->data != MO_OBJ_NULL) {
        t->state = TASK_CANCELLED;
    } else {
        t->state = TASK_DONE;
        t->data = value;
    }
    if (t->queue != NULL) {
        taskq_remove(t->queue, t);
    }
    while (t->waiters != NULL && t->waiters->root != NULL) {
        task_t *w = taskq_pop(t->waiters);
        taskq_push(w->ready, w, 0);
    }
    mo_obj_t cbs = t->callbacks;
    t->callbacks = MO_OBJ_NULL;
    if (cbs != MO_OBJ_NULL) {
        const mo_list_t *l = MO_PTR(cbs);
        for (size_t i = 0; i < l->len; i++) {
            schedule_callback(t, l->items[i]);
        }
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_3(task_finish_obj, task_finish);

// Whether anything waits for the result: another task or a done callback (else an
// exception would go unnoticed, and the loop reports it).
static mo_obj_t task_watched(mo_obj_t self) {
    task_t *t = task_arg(self);
    bool cbs = t->callbacks != MO_OBJ_NULL && ((mo_list_t *)MO_PTR(t->callbacks))->len != 0;
    return mo_bool(cbs || (t->waiters != NULL && t->waiters->root != NULL));
}
static MO_DEFINE_FUN_1(task_watched_obj, task_watched);

static void task_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    task_t *t = MO_PTR(self);
    if (dest[0] == MO_OBJ_SENTINEL) {
        // Only the loop stores: the exception for the next step (None: none).
        if (attr == MO_QSTR_data && dest[1] != MO_OBJ_NULL && t->state == TASK_PENDING) {
            t->data = dest[1] == mo_const_none ? MO_OBJ_NULL : dest[1];
            dest[0] = MO_OBJ_NULL;
        }
        return;
    }
    switch (attr) {
        case MO_QSTR_coro:
            dest[0] = t->coro;
            break;
        case MO_QSTR_data:
            dest[0] = t->data != MO_OBJ_NULL ? t->data : mo_const_none;
            break;
        case MO_QSTR_queue:
            dest[0] = t->queue != NULL ? MO_OBJ(t->queue) : mo_const_none;
            break;
        case MO_QSTR_key:
            dest[0] = mo_obj_new_int(t->key);
            break;
        default:
            break;
    }
}

static const mo_map_elem_t task_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___await__), MO_ROM_PTR(&task_await_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&task_await_obj)},
    {MO_ROM_QSTR(MO_QSTR_done), MO_ROM_PTR(&task_done_obj)},
    {MO_ROM_QSTR(MO_QSTR_cancelled), MO_ROM_PTR(&task_cancelled_obj)},
    {MO_ROM_QSTR(MO_QSTR_cancel), MO_ROM_PTR(&task_cancel_obj)},
    {MO_ROM_QSTR(MO_QSTR_result), MO_ROM_PTR(&task_result_obj)},
    {MO_ROM_QSTR(MO_QSTR_exception), MO_ROM_PTR(&task_exception_obj)},
    {MO_ROM_QSTR(MO_QSTR_get_coro), MO_ROM_PTR(&task_get_coro_obj)},
    {MO_ROM_QSTR(MO_QSTR_add_done_callback), MO_ROM_PTR(&task_add_done_callback_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove_done_callback), MO_ROM_PTR(&task_remove_done_callback_obj)},
    {MO_ROM_QSTR(MO_QSTR__finish), MO_ROM_PTR(&task_finish_obj)},
    {MO_ROM_QSTR(MO_QSTR__watched), MO_ROM_PTR(&task_watched_obj)},
};
static MO_DEFINE_CONST_DICT(task_locals_dict, task_locals_table);

static const mo_type_t task_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE |
             MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_Task,
    .print = task_print,
    .make_new = task_make_new,
    .attr = task_attr,
    .getiter = task_getiter,
    .iternext = task_iternext,
    .locals_dict = (struct mo_dict *)&task_locals_dict,
};

// ---- Pause ------------------------------------------------------------------------------

typedef struct pause {
    mo_base_t base;
    mo_obj_t value;   // what goes up to the loop
    mo_obj_t result;  // what the await returns
    bool yielded;
} pause_t;

// Pause(value, result=None)
static mo_obj_t pause_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 1, 2, false);
    pause_t *p = mo_new_obj(pause_t);
    p->base.type = &pause_type;
    p->value = args[0];
    p->result = n_args > 1 ? args[1] : mo_const_none;
    return MO_OBJ(p);
}

static mo_obj_t pause_iternext(mo_obj_t self) {
    pause_t *p = MO_PTR(self);
    if (!p->yielded) {
        p->yielded = true;
        return p->value;
    }
    p->value = mo_const_none;
    if (p->result == mo_const_none) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_raise_stop_iteration(p->result);
}

static mo_obj_t pause_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return self;
}

// send() and throw() let a Pause be a task's whole coroutine (create_task(sleep(1))).
static mo_obj_t pause_send(mo_obj_t self, mo_obj_t value) {
    mo_obj_t v = pause_iternext(self);
    if (v == MO_OBJ_STOP_ITERATION) {
        mo_raise_stop_iteration(MO_OBJ_NULL);
    }
    return v;
}
static MO_DEFINE_FUN_2(pause_send_obj, pause_send);

static mo_obj_t pause_throw(size_t n_args, const mo_obj_t *args) {
    pause_t *p = MO_PTR(args[0]);
    p->yielded = true;
    p->result = mo_const_none;
    mo_raise(mo_exception_instance(args[1]));
}
static MO_DEFINE_FUN_VAR(pause_throw_obj, 2, 4, pause_throw);

static mo_obj_t pause_close(mo_obj_t self) {
    ((pause_t *)MO_PTR(self))->yielded = true;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(pause_close_obj, pause_close);

static const mo_map_elem_t pause_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___await__), MO_ROM_PTR(&task_await_obj)},
    {MO_ROM_QSTR(MO_QSTR_send), MO_ROM_PTR(&pause_send_obj)},
    {MO_ROM_QSTR(MO_QSTR_throw), MO_ROM_PTR(&pause_throw_obj)},
    {MO_ROM_QSTR(MO_QSTR_close), MO_ROM_PTR(&pause_close_obj)},
};
static MO_DEFINE_CONST_DICT(pause_locals_dict, pause_locals_table);

static const mo_type_t pause_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE |
             MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_Pause,
    .make_new = pause_make_new,
    .getiter = pause_getiter,
    .iternext = pause_iternext,
    .locals_dict = (struct mo_dict *)&pause_locals_dict,
};

// ---- Call -------------------------------------------------------------------------------

typedef struct call {
    mo_base_t base;
    mo_obj_t fn, arg;  // fn NULL once called
} call_t;

static mo_obj_t call_new(mo_obj_t fn, mo_obj_t arg) {
    call_t *c = mo_new_obj(call_t);
    c->base.type = &call_type;
    c->fn = fn;
    c->arg = arg;
    return MO_OBJ(c);
}

static mo_obj_t call_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 2, 2, false);
    return call_new(args[0], args[1]);
}

static mo_obj_t call_iternext(mo_obj_t self) {
    call_t *c = MO_PTR(self);
    mo_obj_t fn = c->fn;
    if (fn != MO_OBJ_NULL) {
        c->fn = MO_OBJ_NULL;
        mo_call1(fn, c->arg);
    }
    return MO_OBJ_STOP_ITERATION;
}

static mo_obj_t call_send(mo_obj_t self, mo_obj_t value) {
    call_iternext(self);
    mo_raise_stop_iteration(MO_OBJ_NULL);
}
static MO_DEFINE_FUN_2(call_send_obj, call_send);

static mo_obj_t call_throw(size_t n_args, const mo_obj_t *args) {
    ((call_t *)MO_PTR(args[0]))->fn = MO_OBJ_NULL;
    mo_raise(mo_exception_instance(args[1]));
}
static MO_DEFINE_FUN_VAR(call_throw_obj, 2, 4, call_throw);

static const mo_map_elem_t call_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_send), MO_ROM_PTR(&call_send_obj)},
    {MO_ROM_QSTR(MO_QSTR_throw), MO_ROM_PTR(&call_throw_obj)},
};
static MO_DEFINE_CONST_DICT(call_locals_dict, call_locals_table);

static const mo_type_t call_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE |
             MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_Call,
    .make_new = call_make_new,
    .getiter = pause_getiter,
    .iternext = call_iternext,
    .locals_dict = (struct mo_dict *)&call_locals_dict,
};

// ---- exceptions -------------------------------------------------------------------------

static mo_obj_t exc_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_fmt(&mo_type_TypeError, "%q() takes no keyword arguments", (qstr)type->name);
    }
    return mo_exception_alloc(type, mo_obj_new_tuple(n_args, args));
}

// A BaseException, so `except Exception` in a task does not swallow it (CPython 3.8+).
const mo_type_t mo_type_asyncio_CancelledError = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_CancelledError,
    .print = mo_exception_print,
    .make_new = exc_make_new,
    .attr = mo_exception_attr,
    .parent = &mo_type_BaseException,
};

const mo_type_t mo_type_asyncio_InvalidStateError = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_InvalidStateError,
    .print = mo_exception_print,
    .make_new = exc_make_new,
    .attr = mo_exception_attr,
    .parent = &mo_type_Exception,
};

// ---- the module -------------------------------------------------------------------------

static const mo_map_elem_t asyncio_core_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR__asyncio)},
    {MO_ROM_QSTR(MO_QSTR_TaskQueue), MO_ROM_PTR(&taskq_type)},
    {MO_ROM_QSTR(MO_QSTR_Task), MO_ROM_PTR(&task_type)},
    {MO_ROM_QSTR(MO_QSTR_Pause), MO_ROM_PTR(&pause_type)},
    {MO_ROM_QSTR(MO_QSTR_Call), MO_ROM_PTR(&call_type)},
    {MO_ROM_QSTR(MO_QSTR_CancelledError), MO_ROM_PTR(&mo_type_asyncio_CancelledError)},
    {MO_ROM_QSTR(MO_QSTR_InvalidStateError), MO_ROM_PTR(&mo_type_asyncio_InvalidStateError)},
};
static MO_DEFINE_CONST_DICT(asyncio_core_globals, asyncio_core_globals_table);

const mo_module_t mo_module__asyncio = {{&mo_type_module}, &asyncio_core_globals};

MO_REGISTER_MODULE(MO_QSTR__asyncio, mo_module__asyncio);
