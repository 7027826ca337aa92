// Non-local return (see nlr.h): a chain of jmp_bufs in mo_state.
#include "runtime/nlr.h"

#include <stdlib.h>

#include "runtime/print.h"
#include "runtime/state.h"

void mo_nlr_push_tail(mo_nlr_buf_t *buf) {
    buf->prev = mo_state.nlr_top;
    mo_state.nlr_top = buf;
}

void mo_nlr_pop(void) {
    mo_state.nlr_top = mo_state.nlr_top->prev;
}

_Noreturn void mo_nlr_jump(mo_obj_t val) {
    mo_nlr_buf_t *top = mo_state.nlr_top;
    if (top == NULL) {
        // Nothing catches: the outermost caller (main or the supervisor) always
        // pushes a handler, so this is a bug in the embedding, not in Python code.
        mo_print_str(&mo_plat_eprint, "FATAL: uncaught exception with no handler\n");
        abort();
    }
    top->ret_val = val;
    mo_state.nlr_top = top->prev;
    longjmp(top->jmpbuf, 1);
}
