// Generators and coroutines (mo_type_gen_instance, mo_type_coro_instance): a
// function frame kept on the heap and resumed by __next__ / send / throw / close,
// plus the resume step of `yield from` and `await` for any iterator.
//
// Calling a generator function makes an instance directly (objfun.c checks the
// prelude's generator flag), so generator functions stay plain functions for method
// binding; mo_type_gen_wrap exists for code that wraps a function explicitly.
#include "runtime/objfun.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"

static bool is_gen(mo_obj_t o) {
    return mo_obj_is_type(o, &mo_type_gen_instance) || mo_obj_is_type(o, &mo_type_coro_instance);
}

static bool is_coro(const mo_obj_gen_t *g) { return g->base.type == &mo_type_coro_instance; }

static const char *kind_name(const mo_obj_gen_t *g) { return is_coro(g) ? "coroutine" : "generator"; }

mo_obj_t mo_obj_new_gen(const mo_obj_fun_bc_t *fun, size_t n_prefix, const mo_obj_t *prefix,
                        size_t n_args, size_t n_kw, const mo_obj_t *args) {
    size_t n_state = fun->n_state;
    size_t n_words = n_state + (size_t)fun->n_exc_stack * MO_EXC_ENTRY_WORDS;
    mo_obj_gen_t *g = mo_new_obj_var(mo_obj_gen_t, mo_obj_t, n_words);
    g->base.type = fun->is_coroutine ? &mo_type_coro_instance : &mo_type_gen_instance;
    g->fun = MO_OBJ(fun);
    g->state = MO_GEN_NOT_STARTED;
    mo_fun_bc_setup(&g->cs, fun, g->data, (mo_exc_entry_t *)(void *)(g->data + n_state), n_prefix,
                    prefix, n_args, n_kw, args);
    return MO_OBJ(g);
}

// PEP 479: a StopIteration escaping the generator's code becomes a RuntimeError.
static mo_obj_t replace_stop_iteration(const mo_obj_gen_t *g, mo_obj_t exc) {
    if (!mo_obj_is_exception_instance(exc) ||
        !mo_type_is_subclass(mo_obj_type(exc), &mo_type_StopIteration)) {
        return exc;
    }
    mo_obj_t err = mo_obj_new_exception_msg(
        &mo_type_RuntimeError, is_coro(g) ? "coroutine raised StopIteration"
                                          : "generator raised StopIteration");
    mo_exc_set_cause(err, exc);
    mo_exc_set_context(err, exc);
    return err;
}

mo_vm_return_kind_t mo_gen_resume(mo_obj_t self, mo_obj_t send, mo_obj_t throw_exc,
                                  mo_obj_t *ret) {
    mo_obj_gen_t *g = MO_PTR(self);
    // Resuming nests C frames (a chain of generators each pulling from the next).
    mo_stack_check();
    if (send == MO_OBJ_NULL) {
        send = mo_const_none;
    }
    switch (g->state) {
        case MO_GEN_RUNNING:
            mo_raise_fmt(&mo_type_ValueError, "%s already executing", kind_name(g));
        case MO_GEN_FINISHED:
            if (throw_exc != MO_OBJ_NULL) {
                *ret = throw_exc;
                return MO_VM_RETURN_EXCEPTION;
            }
            if (is_coro(g)) {
                mo_raise_msg(&mo_type_RuntimeError, "cannot reuse already awaited coroutine");
            }
            *ret = mo_const_none;
            return MO_VM_RETURN_NORMAL;
        case MO_GEN_NOT_STARTED:
            if (throw_exc != MO_OBJ_NULL) {
                // Nothing in the body can catch it yet: it ends the generator.
                g->state = MO_GEN_FINISHED;
                *ret = throw_exc;
                return MO_VM_RETURN_EXCEPTION;
            }
            if (send != mo_const_none) {
                mo_raise_fmt(&mo_type_TypeError,
                             "can't send non-None value to a just-started %s", kind_name(g));
            }
            break;
        default:
            // The yielded value's slot becomes the value of the yield expression.
            g->cs.sp[-1] = throw_exc != MO_OBJ_NULL ? mo_const_none : send;
            g->cs.inject = throw_exc;
            break;
    }
    g->state = MO_GEN_RUNNING;
    mo_vm_return_kind_t kind = mo_vm_execute(&g->cs);
    switch (kind) {
        case MO_VM_RETURN_YIELD:
            g->state = MO_GEN_SUSPENDED;
            *ret = g->cs.sp[-1];
            break;
        case MO_VM_RETURN_NORMAL:
            g->state = MO_GEN_FINISHED;
            *ret = g->cs.sp[-1];
            break;
        default:
            g->state = MO_GEN_FINISHED;
            *ret = replace_stop_iteration(g, g->cs.state[0]);
            break;
    }
    return kind;
}

mo_vm_return_kind_t mo_gen_resume_any(mo_obj_t it, mo_obj_t send, mo_obj_t throw_exc,
                                      mo_obj_t *ret) {
    if (is_gen(it)) {
        return mo_gen_resume(it, send, throw_exc, ret);
    }
    mo_obj_t dest[3];
    if (throw_exc == MO_OBJ_NULL) {
        if (send == MO_OBJ_NULL || send == mo_const_none) {
            const mo_type_t *t = mo_obj_type(it);
            mo_obj_t v = t->iternext != NULL ? t->iternext(it) : mo_iternext(it);
            if (v == MO_OBJ_STOP_ITERATION) {
                *ret = mo_const_none;
                return MO_VM_RETURN_NORMAL;
            }
            *ret = v;
            return MO_VM_RETURN_YIELD;
        }
        mo_load_method(it, MO_QSTR_send, dest);
        dest[2] = send;
        *ret = mo_call_method(1, 0, dest);
        return MO_VM_RETURN_YIELD;
    }
    if (mo_obj_exception_match(throw_exc, MO_OBJ(&mo_type_GeneratorExit))) {
        mo_load_method_maybe(it, MO_QSTR_close, dest);
        if (dest[0] != MO_OBJ_NULL) {
            mo_call_method(0, 0, dest);
            *ret = mo_const_none;
            return MO_VM_RETURN_NORMAL;
        }
    } else {
        mo_load_method_maybe(it, MO_QSTR_throw, dest);
        if (dest[0] != MO_OBJ_NULL) {
            dest[2] = throw_exc;
            *ret = mo_call_method(1, 0, dest);
            return MO_VM_RETURN_YIELD;
        }
    }
    // An iterator that can't take the exception just lets it through.
    *ret = throw_exc;
    return MO_VM_RETURN_EXCEPTION;
}

// ---- the Python face ----------------------------------------------------------------

// Ends a send/next/throw: the yielded value, or the return as StopIteration.
static mo_obj_t finish_step(mo_vm_return_kind_t kind, mo_obj_t ret) {
    if (kind == MO_VM_RETURN_YIELD) {
        return ret;
    }
    if (kind == MO_VM_RETURN_NORMAL) {
        mo_raise_stop_iteration(ret == mo_const_none ? MO_OBJ_NULL : ret);
    }
    mo_nlr_jump(ret);
}

static mo_obj_t gen_iternext(mo_obj_t self) {
    mo_obj_t ret;
    mo_vm_return_kind_t kind = mo_gen_resume(self, mo_const_none, MO_OBJ_NULL, &ret);
    if (kind == MO_VM_RETURN_NORMAL && ret == mo_const_none) {
        return MO_OBJ_STOP_ITERATION;  // the cheap way to end a for loop
    }
    return finish_step(kind, ret);
}

static mo_obj_t gen_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) { return self; }

static mo_obj_t gen_next(mo_obj_t self) {
    mo_obj_t ret;
    mo_vm_return_kind_t kind = mo_gen_resume(self, mo_const_none, MO_OBJ_NULL, &ret);
    return finish_step(kind, ret);
}
static MO_DEFINE_FUN_1(gen_next_obj, gen_next);

static mo_obj_t gen_iter(mo_obj_t self) { return self; }
static MO_DEFINE_FUN_1(gen_iter_obj, gen_iter);

static mo_obj_t gen_send(mo_obj_t self, mo_obj_t value) {
    mo_obj_t ret;
    mo_vm_return_kind_t kind = mo_gen_resume(self, value, MO_OBJ_NULL, &ret);
    return finish_step(kind, ret);
}
static MO_DEFINE_FUN_2(gen_send_obj, gen_send);

// throw(exc), throw(type[, value[, traceback]]) as CPython normalises them.
static mo_obj_t make_throw_exception(mo_obj_t typ, mo_obj_t val) {
    if (mo_obj_is_exception_type(typ)) {
        if (val == MO_OBJ_NULL || val == mo_const_none) {
            return mo_call0(typ);
        }
        if (mo_obj_isinstance(val, typ)) {
            return val;
        }
        if (mo_obj_is_type(val, &mo_type_tuple)) {
            const mo_tuple_t *t = MO_PTR(val);
            return mo_call(typ, t->len, 0, t->items);
        }
        return mo_call1(typ, val);
    }
    if (mo_obj_is_exception_instance(typ)) {
        if (val != MO_OBJ_NULL && val != mo_const_none) {
            mo_raise_msg(&mo_type_TypeError, "instance exception may not have a separate value");
        }
        return typ;
    }
    mo_raise_fmt(&mo_type_TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 mo_obj_type_name(typ));
}

static mo_obj_t gen_throw(size_t n_args, const mo_obj_t *args) {
    mo_obj_t exc = make_throw_exception(args[1], n_args > 2 ? args[2] : MO_OBJ_NULL);
    mo_obj_t ret;
    mo_vm_return_kind_t kind = mo_gen_resume(args[0], MO_OBJ_NULL, exc, &ret);
    return finish_step(kind, ret);
}
static MO_DEFINE_FUN_VAR(gen_throw_obj, 2, 4, gen_throw);

static mo_obj_t gen_close(mo_obj_t self) {
    mo_obj_gen_t *g = MO_PTR(self);
    if (g->state == MO_GEN_NOT_STARTED || g->state == MO_GEN_FINISHED) {
        g->state = MO_GEN_FINISHED;
        return mo_const_none;
    }
    mo_obj_t ret;
    mo_obj_t exit = mo_obj_new_exception(&mo_type_GeneratorExit, 0, NULL);
    mo_vm_return_kind_t kind = mo_gen_resume(self, MO_OBJ_NULL, exit, &ret);
    if (kind == MO_VM_RETURN_YIELD) {
        mo_raise_fmt(&mo_type_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    }
    if (kind == MO_VM_RETURN_EXCEPTION &&
        !mo_obj_exception_match(ret, MO_OBJ(&mo_type_GeneratorExit))) {
        mo_nlr_jump(ret);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(gen_close_obj, gen_close);

static void gen_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const mo_obj_gen_t *g = MO_PTR(self);
    mo_printf(print, "<%s object %q at %p>", kind_name(g), mo_fun_get_name(g->fun), MO_PTR(self));
}

static void gen_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    const mo_obj_gen_t *g = MO_PTR(self);
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    if (attr == MO_QSTR___name__ || attr == MO_QSTR___qualname__) {
        dest[0] = mo_qstr_obj(mo_fun_get_name(g->fun));
    } else if (attr == MO_QSTR_gi_running || attr == MO_QSTR_cr_running) {
        dest[0] = mo_bool(g->state == MO_GEN_RUNNING);
    }
}

static const mo_map_elem_t gen_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&gen_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___next__), MO_ROM_PTR(&gen_next_obj)},
    {MO_ROM_QSTR(MO_QSTR_send), MO_ROM_PTR(&gen_send_obj)},
    {MO_ROM_QSTR(MO_QSTR_throw), MO_ROM_PTR(&gen_throw_obj)},
    {MO_ROM_QSTR(MO_QSTR_close), MO_ROM_PTR(&gen_close_obj)},
};
static MO_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

const mo_type_t mo_type_gen_instance = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_ITER_IS_GETITER |
             MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_generator,
    .print = gen_print,
    .attr = gen_attr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals_dict = &gen_locals_dict,
};

// A coroutine has send/throw/close and __await__, not __next__/__iter__; `await`
// compiles to GET_ITER + YIELD_FROM, so getiter still hands back the coroutine.
static const mo_map_elem_t coro_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___await__), MO_ROM_PTR(&gen_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR_send), MO_ROM_PTR(&gen_send_obj)},
    {MO_ROM_QSTR(MO_QSTR_throw), MO_ROM_PTR(&gen_throw_obj)},
    {MO_ROM_QSTR(MO_QSTR_close), MO_ROM_PTR(&gen_close_obj)},
};
static MO_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_table);

const mo_type_t mo_type_coro_instance = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_ITER_IS_GETITER |
             MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_coroutine,
    .print = gen_print,
    .attr = gen_attr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals_dict = &coro_locals_dict,
};

// ---- gen_wrap -------------------------------------------------------------------------

typedef struct {
    mo_base_t base;
    mo_obj_t fun;
} gen_wrap_t;

static mo_obj_t gen_wrap_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    return mo_call(((const gen_wrap_t *)MO_PTR(self))->fun, n_args, n_kw, args);
}

static void gen_wrap_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_obj_print(print, ((const gen_wrap_t *)MO_PTR(self))->fun, kind);
}

const mo_type_t mo_type_gen_wrap = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_function,
    .print = gen_wrap_print,
    .call = gen_wrap_call,
};
