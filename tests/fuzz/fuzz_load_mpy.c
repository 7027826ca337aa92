// Fuzz target for the .mpy loader and bytecode verifier (libFuzzer: clang
// -fsanitize=fuzzer). Each input is loaded as a .mpy file; one that loads is also
// run, because the verifier's promise is that verified code can't crash the VM.
// Running is bounded: a timer raises KeyboardInterrupt (checked on every backward
// jump and call), deep recursion raises RecursionError and the heap is small.
// Every Python exception is a fine outcome; ASan/UBSan reports and signals are not.
//
//   make fuzz FUZZ_SECONDS=60          (see the Makefile's fuzzing section)
//   build/fuzz/fuzz_load_mpy FILE...    replay inputs
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "runtime/gc.h"
#include "runtime/load_mpy.h"
#include "runtime/runtime.h"

#define HEAP_BYTES (8u * 1024 * 1024)
#define STACK_BYTES (256u * 1024)
#define RUN_MICROSECONDS 20000

static void on_alarm(int sig) {
    (void)sig;
    mo_state.interrupt_requested = 1;
}

static void set_timer(long usec) {
    struct itimerval t;
    memset(&t, 0, sizeof(t));
    t.it_value.tv_usec = usec;
    setitimer(ITIMER_REAL, &t, NULL);
}

// The work happens a frame below the one that marks the top of the stack, so the
// collector's scan of the stack sees every local that holds a heap pointer.
__attribute__((noinline)) static void load_and_run(const uint8_t *data, size_t size) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_compiled_module_t cm = mo_load_mpy(data, size);
        mo_dict_t *globals = MO_PTR(mo_obj_new_dict(4));
        mo_dict_store(MO_OBJ(globals), mo_qstr_obj(MO_QSTR___name__), mo_qstr_obj(MO_QSTR___main__));
        set_timer(RUN_MICROSECONDS);
        mo_exec_compiled(&cm, globals, globals);
        mo_nlr_pop();
    }
    set_timer(0);
    mo_state.interrupt_requested = 0;
    mo_state.pending_exception = MO_OBJ_NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static void *heap;
    char top;
    if (heap == NULL) {
        heap = malloc(HEAP_BYTES);
        mo_init(heap, HEAP_BYTES, &top, STACK_BYTES);
        signal(SIGALRM, on_alarm);
    }
    mo_state.stack_top = &top;
    mo_state.stack_limit = &top - STACK_BYTES;
    mo_gc_set_stack_top(&top);
    load_and_run(data, size);
    return 0;
}
