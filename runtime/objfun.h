// The VM's callable objects: bytecode functions, closures, bound methods, cells and
// generators, with the layouts the VM and the generator code share.
#ifndef MOTE_OBJFUN_H
#define MOTE_OBJFUN_H

#include "runtime/bc.h"
#include "runtime/obj.h"
#include "runtime/vm.h"

// A function made from bytecode. The prelude is decoded once, when the function
// is made, so a call reads plain fields. A generator function is one of these too
// (scope_flags has MO_SCOPE_FLAG_GENERATOR): calling it makes a generator, and the
// runtime binds it as a method like any other function.
typedef struct mo_obj_fun_bc {
    mo_base_t base;
    const mo_code_ctx_t *ctx;     // module constants, qstrs and globals
    const mo_raw_code_t *rc;      // children for MAKE_FUNCTION
    const uint8_t *code;          // the first instruction
    const uint8_t *arg_names;     // var-uint qstr indices: positional then kw-only
    const uint8_t *line_info;     // line-number table, ends where `cells` starts
    const uint8_t *cells;         // n_cell local numbers, then the code
    mo_obj_t def_args;            // tuple of positional defaults, or NULL
    mo_obj_t def_kw_args;         // dict of keyword-only defaults, or NULL
    mo_obj_t dict;                // function attributes (f.x = 1), or NULL
    qstr name;
    uint16_t n_state;
    uint16_t n_exc_stack;
    uint16_t n_pos_args;
    uint16_t n_kwonly_args;
    uint16_t n_def_pos_args;
    uint16_t n_posonly_args;      // leading positional-only arguments (see objfun.c)
    uint8_t scope_flags;
    uint8_t n_cell;
    uint8_t is_coroutine;         // async def: calling it makes a coroutine
} mo_obj_fun_bc_t;

// A function with free variables: the cells are passed as its first arguments.
typedef struct mo_obj_closure {
    mo_base_t base;
    mo_obj_t fun;
    size_t n_closed;
    mo_obj_t closed[];
} mo_obj_closure_t;

typedef struct mo_obj_bound_meth {
    mo_base_t base;
    mo_obj_t meth;
    mo_obj_t self;
} mo_obj_bound_meth_t;

typedef struct mo_obj_cell {
    mo_base_t base;
    mo_obj_t value;   // NULL: empty
} mo_obj_cell_t;

// A generator or coroutine: the suspended frame lives inside the object.
typedef struct mo_obj_gen {
    mo_base_t base;          // mo_type_gen_instance or mo_type_coro_instance
    mo_obj_t fun;            // the function it came from (name, repr)
    uint8_t state;           // MO_GEN_* below
    mo_code_state_t cs;
    mo_obj_t data[];         // the frame's values, then its exception blocks
} mo_obj_gen_t;

#define MO_GEN_NOT_STARTED 0
#define MO_GEN_SUSPENDED 1
#define MO_GEN_RUNNING 2
#define MO_GEN_FINISHED 3

// objfun.c
mo_obj_t mo_obj_new_fun_bc(const mo_raw_code_t *rc, const mo_code_ctx_t *ctx, mo_obj_t def_args,
                           mo_obj_t def_kw_args);
// Calls a bytecode function with `prefix` (closure cells, a bound self) placed
// before the positional arguments, without copying them together.
mo_obj_t mo_fun_bc_call(const mo_obj_fun_bc_t *fun, size_t n_prefix, const mo_obj_t *prefix,
                        size_t n_args, size_t n_kw, const mo_obj_t *args);
// Fills a frame for fun: binds the arguments into state (n_state values, zeroed
// by the caller) and makes the cells; exc is room for n_exc_stack blocks.
void mo_fun_bc_setup(mo_code_state_t *cs, const mo_obj_fun_bc_t *fun, mo_obj_t *state,
                     mo_exc_entry_t *exc, size_t n_prefix, const mo_obj_t *prefix,
                     size_t n_args, size_t n_kw, const mo_obj_t *args);
mo_obj_t mo_obj_new_closure(mo_obj_t fun, size_t n_closed, const mo_obj_t *closed);
// The function's name as CPython prints it in messages and reprs.
qstr mo_fun_get_name(mo_obj_t fun);

// objgen.c
mo_obj_t mo_obj_new_gen(const mo_obj_fun_bc_t *fun, size_t n_prefix, const mo_obj_t *prefix,
                        size_t n_args, size_t n_kw, const mo_obj_t *args);
// Resumes a generator: sends `send` (NULL or None to start), or throws `throw_exc`
// (an exception instance) in at the yield. *ret gets the yielded or returned value
// or the exception, by the returned kind. Does not raise for the generator's own
// exceptions; raises ValueError if it is already running.
mo_vm_return_kind_t mo_gen_resume(mo_obj_t gen, mo_obj_t send, mo_obj_t throw_exc, mo_obj_t *ret);
// The step of `yield from` / `await` for any iterator: generators directly, others
// through __next__ / send / throw / close. StopIteration raised by a Python-level
// method propagates (the VM turns it into the delegation's result).
mo_vm_return_kind_t mo_gen_resume_any(mo_obj_t it, mo_obj_t send, mo_obj_t throw_exc,
                                      mo_obj_t *ret);

#endif
