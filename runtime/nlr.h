// Non-local return: how a raised exception unwinds C frames. A caller that wants
// to catch pushes a buffer and tests the setjmp result:
//
//     mo_nlr_buf_t nlr;
//     if (mo_nlr_push(&nlr) == 0) {
//         ... code that may raise ...
//         mo_nlr_pop();
//     } else {
//         mo_obj_t exc = nlr.ret_val;   // the buffer was popped already
//     }
//
// Locals changed inside the protected block and read after a raise must be volatile.
#ifndef MOTE_NLR_H
#define MOTE_NLR_H

#include <setjmp.h>

#include "runtime/obj.h"

typedef struct mo_nlr_buf {
    struct mo_nlr_buf *prev;
    mo_obj_t ret_val;
    jmp_buf jmpbuf;
} mo_nlr_buf_t;

void mo_nlr_push_tail(mo_nlr_buf_t *buf);
void mo_nlr_pop(void);
_Noreturn void mo_nlr_jump(mo_obj_t val);

#define mo_nlr_push(buf) (mo_nlr_push_tail(buf), setjmp((buf)->jmpbuf))

#endif
