// The bytecode interpreter: runs MicroPython v6 bytecode (runtime/bc.h) one frame at
// a time, with exception handling, finally/with unwinding and generator suspension.
//
// Layout of a frame: see vm.h. Conventions kept by every handler below:
//  - sp points one past the top value (TOP() is sp[-1]); ip points after the opcode
//    byte while a handler runs, and cs->ip holds the opcode's own address, stored at
//    each dispatch, so a raise anywhere finds the faulting instruction (for its line
//    and to decide which handlers are already running).
//  - A raise longjmps to mo_vm_execute, which owns the frame's one mo_nlr_push; it
//    asks handle_exception for a handler and, if there is one, re-enters vm_run.
//    vm_run itself has no setjmp, so its locals live in registers.
//  - An exception block stays on the block stack while its handler runs (with the
//    exception in prev_exc) and is popped by POP_EXCEPT_JUMP or END_FINALLY. A raise
//    at or after a block's handler address means that handler is running, so the
//    block is dropped rather than entered again (handlers always follow the code
//    they protect).
//  - A finally (or with) block run because of return / break / continue runs as a
//    "coroutine": the unwinder pushes a small int saying what to resume (-1: the
//    return value below it; n >= 0: n more blocks to unwind, then the jump target
//    below it, a raw bytecode address) and END_FINALLY / WITH_CLEANUP dispatch on it.
//  - UNWIND_JUMP's extra byte: its low 7 bits count the blocks to unwind; 0x80 means
//    the jump leaves a for loop, so the loop's iterator (MO_ITER_BUF_NSLOTS values,
//    below the blocks' values) is popped as well once the blocks are done. Each block
//    unwound also resets the stack to its base, which drops a running handler's
//    leftovers (`continue` inside a finally).
//  - StopIteration raised while FOR_ITER or YIELD_FROM runs is not an error: it ends
//    the loop or the delegation (handle_exception), so iterators written in Python
//    need no nlr of their own per step.
#include "runtime/vm.h"

#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objfun.h"
#include "runtime/objint.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

#if defined(__GNUC__) && !defined(MO_VM_NO_COMPUTED_GOTO)
#define MO_VM_COMPUTED_GOTO 1
#else
#define MO_VM_COMPUTED_GOTO 0
#endif

// ---- dispatch tables ----------------------------------------------------------------
// Every handler label, and which one serves each of the 256 opcode values. The
// common binary operators get their own handlers with small-int fast paths.
#define MO_VM_LABELS(X) \
    X(invalid) X(load_const_string) X(load_name) X(load_global) X(load_attr) X(load_method) \
    X(load_super_method) X(store_name) X(store_global) X(store_attr) X(delete_name) X(delete_global) \
    X(import_name) X(import_from) X(make_closure) X(make_closure_defargs) X(load_const_small_int) X(load_const_obj) \
    X(load_fast_n) X(load_deref) X(store_fast_n) X(store_deref) X(delete_fast) X(delete_deref) \
    X(build_tuple) X(build_list) X(build_map) X(build_set) X(build_slice) X(store_comp) \
    X(unpack_sequence) X(unpack_ex) X(make_function) X(make_function_defargs) X(call_function) X(call_function_var_kw) \
    X(call_method) X(call_method_var_kw) X(unwind_jump) X(jump) X(pop_jump_if_true) X(pop_jump_if_false) \
    X(jump_if_true_or_pop) X(jump_if_false_or_pop) X(setup_with) X(setup_except) X(setup_finally) X(pop_except_jump) \
    X(for_iter) X(load_const_false) X(load_const_none) X(load_const_true) X(load_null) X(load_build_class) \
    X(load_subscr) X(store_subscr) X(dup_top) X(dup_top_two) X(pop_top) X(rot_two) \
    X(rot_three) X(with_cleanup) X(end_finally) X(get_iter) X(get_iter_stack) X(store_map) \
    X(return_value) X(raise_last) X(raise_obj) X(raise_from) X(yield_value) X(yield_from) \
    X(import_star) X(small_int_multi) X(load_fast_multi) X(store_fast_multi) X(unary_op_multi) X(binop_lt) \
    X(binop_gt) X(binop_eq) X(binop_le) X(binop_ge) X(binop_ne) X(binary_op_multi) \
    X(binop_is) X(binop_exc_match) X(binop_add) X(binop_sub) X(binop_mul)

// Opcode -> handler, 8 opcodes a line (first opcode of the line in the comment).
#define MO_VM_OPCODE_TABLE(X) \
    /* 00 */ X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) \
    /* 08 */ X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) \
    /* 10 */ X(load_const_string) X(load_name) X(load_global) X(load_attr) X(load_method) X(load_super_method) X(store_name) X(store_global) \
    /* 18 */ X(store_attr) X(delete_name) X(delete_global) X(import_name) X(import_from) X(invalid) X(invalid) X(invalid) \
    /* 20 */ X(make_closure) X(make_closure_defargs) X(load_const_small_int) X(load_const_obj) X(load_fast_n) X(load_deref) X(store_fast_n) X(store_deref) \
    /* 28 */ X(delete_fast) X(delete_deref) X(build_tuple) X(build_list) X(build_map) X(build_set) X(build_slice) X(store_comp) \
    /* 30 */ X(unpack_sequence) X(unpack_ex) X(make_function) X(make_function_defargs) X(call_function) X(call_function_var_kw) X(call_method) X(call_method_var_kw) \
    /* 38 */ X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) \
    /* 40 */ X(unwind_jump) X(invalid) X(jump) X(pop_jump_if_true) X(pop_jump_if_false) X(jump_if_true_or_pop) X(jump_if_false_or_pop) X(setup_with) \
    /* 48 */ X(setup_except) X(setup_finally) X(pop_except_jump) X(for_iter) X(invalid) X(invalid) X(invalid) X(invalid) \
    /* 50 */ X(load_const_false) X(load_const_none) X(load_const_true) X(load_null) X(load_build_class) X(load_subscr) X(store_subscr) X(dup_top) \
    /* 58 */ X(dup_top_two) X(pop_top) X(rot_two) X(rot_three) X(with_cleanup) X(end_finally) X(get_iter) X(get_iter_stack) \
    /* 60 */ X(invalid) X(invalid) X(store_map) X(return_value) X(raise_last) X(raise_obj) X(raise_from) X(yield_value) \
    /* 68 */ X(yield_from) X(import_star) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) \
    /* 70 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* 78 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* 80 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* 88 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* 90 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* 98 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* a0 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* a8 */ X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) X(small_int_multi) \
    /* b0 */ X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) \
    /* b8 */ X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) X(load_fast_multi) \
    /* c0 */ X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) \
    /* c8 */ X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) X(store_fast_multi) \
    /* d0 */ X(unary_op_multi) X(unary_op_multi) X(unary_op_multi) X(unary_op_multi) X(invalid) X(invalid) X(invalid) X(binop_lt) \
    /* d8 */ X(binop_gt) X(binop_eq) X(binop_le) X(binop_ge) X(binop_ne) X(binary_op_multi) X(binop_is) X(binop_exc_match) \
    /* e0 */ X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binop_add) X(binop_sub) X(binop_mul) \
    /* e8 */ X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) \
    /* f0 */ X(binary_op_multi) X(binary_op_multi) X(binop_add) X(binop_sub) X(binop_mul) X(binary_op_multi) X(binary_op_multi) X(binary_op_multi) \
    /* f8 */ X(binary_op_multi) X(binary_op_multi) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid) X(invalid)

// ---- small helpers ------------------------------------------------------------------

static bool is_stop_iteration(mo_obj_t exc) {
    return mo_obj_is_exception_instance(exc) &&
           mo_type_is_subclass(mo_obj_type(exc), &mo_type_StopIteration);
}

static bool is_preallocated(mo_obj_t exc) {
    return exc == mo_state.memory_error || exc == mo_state.keyboard_interrupt;
}

// The innermost exception being handled in frame cs or its callers.
static mo_obj_t current_exception_from(const mo_code_state_t *cs) {
    for (; cs != NULL; cs = cs->prev) {
        for (const mo_exc_entry_t *e = cs->exc_top; e > cs->exc_base;) {
            e--;
            if (e->prev_exc != MO_OBJ_NULL) {
                return e->prev_exc;
            }
        }
    }
    return MO_OBJ_NULL;
}

mo_obj_t mo_vm_current_exception(void) { return current_exception_from(mo_state.frame); }

size_t mo_vm_line_of(const mo_obj_fun_bc_t *fun, const uint8_t *ip) {
    size_t offset = ip >= fun->code ? (size_t)(ip - fun->code) : 0;
    size_t line = 1;
    const uint8_t *p = fun->line_info, *end = fun->cells;
    while (p < end) {
        size_t c = *p, skip, lines;
        if ((c & 0x80) == 0) {
            skip = c & 0x1f;
            lines = c >> 5;
            p += 1;
        } else {
            if (p + 1 >= end) {
                break;
            }
            skip = c & 0xf;
            lines = ((c << 4) & 0x700) | p[1];
            p += 2;
        }
        if (offset < skip) {
            break;
        }
        offset -= skip;
        line += lines;
    }
    return line;
}

// Raises exc (an instance, or a class to instantiate) from bytecode: `raise exc`.
// CPython records the exception being handled as the new one's __context__.
_Noreturn static void raise_from_code(mo_obj_t exc) {
    if (mo_obj_is_exception_type(exc)) {
        exc = mo_call0(exc);
    }
    if (!mo_obj_is_exception_instance(exc)) {
        mo_raise_msg(&mo_type_TypeError, "exceptions must derive from BaseException");
    }
    mo_obj_t cur = mo_vm_current_exception();
    if (cur != MO_OBJ_NULL && cur != exc) {
        mo_exc_set_context(exc, cur);
    }
    mo_nlr_jump(exc);
}

// Locals have names in the bytecode only when they are arguments.
static qstr local_name(const mo_obj_fun_bc_t *fun, size_t n) {
    if (n >= (size_t)fun->n_pos_args + fun->n_kwonly_args) {
        return MO_QSTR_NULL;
    }
    const uint8_t *p = fun->arg_names;
    for (size_t i = 0; i < n; i++) {
        mo_bc_decode_uint(&p);
    }
    return fun->ctx->qstr_table[mo_bc_decode_uint(&p)];
}

_Noreturn static void raise_unbound_local(const mo_obj_fun_bc_t *fun, size_t n) {
    qstr q = local_name(fun, n);
    if (q == MO_QSTR_NULL || mo_qstr_str(q)[0] == '*') {
        mo_raise_msg(&mo_type_UnboundLocalError, "local variable referenced before assignment");
    }
    mo_raise_fmt(&mo_type_UnboundLocalError,
                 "cannot access local variable '%q' where it is not associated with a value", q);
}

// An empty cell: a free variable if it came in as a closure argument, named "*"
// (MicroPython) or "*x" (Mote's compiler keeps the variable's name).
_Noreturn static void raise_unbound_deref(const mo_obj_fun_bc_t *fun, size_t n) {
    qstr q = local_name(fun, n);
    const char *name = q == MO_QSTR_NULL ? "" : mo_qstr_str(q);
    if (name[0] == '*') {
        if (name[1] == '\0') {
            mo_raise_msg(&mo_type_NameError,
                         "free variable referenced before assignment in enclosing scope");
        }
        mo_raise_fmt(&mo_type_NameError,
                     "cannot access free variable '%s' where it is not associated with a value "
                     "in enclosing scope",
                     name + 1);
    }
    raise_unbound_local(fun, n);
}

// `with`: the context manager protocol as CPython 3.11 words its errors.
static mo_obj_t setup_with(mo_obj_t mgr, mo_obj_t *slots) {
    mo_obj_t enter[2];
    mo_load_method_maybe(mgr, MO_QSTR___enter__, enter);
    if (enter[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError,
                     "'%s' object does not support the context manager protocol",
                     mo_obj_type_name(mgr));
    }
    mo_load_method_maybe(mgr, MO_QSTR___exit__, slots);
    if (slots[0] == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError,
                     "'%s' object does not support the context manager protocol "
                     "(missed __exit__ method)",
                     mo_obj_type_name(mgr));
    }
    return mo_call_method(0, 0, enter);
}

// Calls __exit__ (exit[0], exit[1] as from LOAD_METHOD) with the exception's
// type, value and traceback, or three Nones.
static mo_obj_t call_exit(const mo_obj_t *exit, mo_obj_t exc) {
    mo_obj_t args[5] = {exit[0], exit[1], mo_const_none, mo_const_none, mo_const_none};
    if (exc != MO_OBJ_NULL) {
        mo_obj_t tb[2];
        mo_load_attr_maybe(exc, MO_QSTR___traceback__, tb);
        args[2] = MO_OBJ(mo_obj_type(exc));
        args[3] = exc;
        args[4] = tb[0] != MO_OBJ_NULL ? tb[0] : mo_const_none;
    }
    return mo_call_method(3, 0, args);
}

static mo_obj_t make_function(const mo_obj_fun_bc_t *fun, size_t child, mo_obj_t def_args,
                              mo_obj_t def_kw_args) {
    if (child >= fun->rc->n_children) {
        mo_raise_msg(&mo_type_RuntimeError, "bad child function index in bytecode");
    }
    return mo_make_function(fun->rc->children[child], fun->ctx, def_args, def_kw_args);
}

static mo_obj_t call_fun(mo_obj_t f, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    if (mo_obj_is_type(f, &mo_type_fun_bc)) {
        return mo_fun_bc_call(MO_PTR(f), 0, NULL, n_args, n_kw, args);
    }
    return mo_call(f, n_args, n_kw, args);
}

// GET_ITER serves both `yield from x` and `await x` (MicroPython compiles await
// that way), so an object of a user class with __await__ but no __iter__ gives
// the iterator its __await__ returns.
static mo_obj_t get_iter_or_await(mo_obj_t o) {
    const mo_type_t *t = mo_obj_type(o);
    if (mo_type_is_user(t) && mo_type_lookup(t, MO_QSTR___iter__) == MO_OBJ_NULL &&
        mo_type_lookup(t, MO_QSTR___await__) != MO_OBJ_NULL) {
        mo_obj_t it = mo_call_method_0(o, MO_QSTR___await__);
        const mo_type_t *it_type = mo_obj_type(it);
        if (it_type->iternext == NULL) {
            mo_raise_fmt(&mo_type_TypeError, "__await__() returned non-iterator of type '%s'",
                         mo_obj_type_name(it));
        }
        return it;
    }
    return mo_getiter(o, NULL);
}

// STORE_COMP's three kinds.
static void store_comp(mo_obj_t coll, unsigned kind, mo_obj_t *top) {
    if (kind == 0) {
        mo_list_append(coll, top[0]);
    } else if (kind == 1) {
        mo_dict_store(coll, top[0], top[-1]);
    } else {
        mo_set_add(coll, top[0]);
    }
}

// ---- the dispatch loop ------------------------------------------------------------

#define TOP() (sp[-1])
#define SET_TOP(v) (sp[-1] = (v))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define LOCAL(n) (fastn[-(ptrdiff_t)(n)])

#define DECODE_UINT(v) \
    do { \
        uint8_t b_; \
        (v) = 0; \
        do { \
            b_ = *ip++; \
            (v) = ((v) << 7) | (b_ & 0x7f); \
        } while (b_ & 0x80); \
    } while (0)
#define DECODE_ULABEL(v) \
    do { \
        (v) = ip[0]; \
        if ((v) & 0x80) { \
            (v) = ((v) & 0x7f) | ((size_t)ip[1] << 7); \
            ip += 2; \
        } else { \
            ip += 1; \
        } \
    } while (0)
#define DECODE_SLABEL(v) \
    do { \
        size_t u_; \
        if (ip[0] & 0x80) { \
            u_ = (ip[0] & 0x7f) | ((size_t)ip[1] << 7); \
            (v) = (ptrdiff_t)u_ - 0x4000; \
            ip += 2; \
        } else { \
            u_ = ip[0]; \
            (v) = (ptrdiff_t)u_ - 0x40; \
            ip += 1; \
        } \
    } while (0)
#define DECODE_QSTR(q) \
    do { \
        size_t i_; \
        DECODE_UINT(i_); \
        (q) = ctx->qstr_table[i_]; \
    } while (0)

#define CHECK_PENDING() \
    do { \
        if (mo_sched_any_pending()) { \
            mo_sched_handle_pending(); \
        } \
    } while (0)

// Build with -DMO_VM_TRACE to log each instruction (offset, opcode, stack depth).
#ifdef MO_VM_TRACE
#include <stdio.h>
#define TRACE() \
    fprintf(stderr, "  %s %4d: %02x sp=%d\n", mo_qstr_str(fun->name), (int)(ip - fun->code), \
            *ip, (int)(sp - cs->state))
#else
#define TRACE()
#endif

#if MO_VM_COMPUTED_GOTO
#define ENTRY(name) L_##name:
#define DISPATCH() \
    do { \
        cs->ip = ip; \
        TRACE(); \
        goto *dispatch_table[*ip++]; \
    } while (0)
#else
#define ENTRY(name) case I_##name:
#define DISPATCH() goto dispatch_loop
#define AS_ENUM(name) I_##name,
#define AS_INDEX(name) I_##name,
enum { MO_VM_LABELS(AS_ENUM) I_count };
static const uint8_t opcode_index[256] = {MO_VM_OPCODE_TABLE(AS_INDEX)};
#endif

// Operand pairs common in loops, done here without the generic dispatch (a third of
// the time of an integer loop went there): small ints with the operators the opcodes
// below don't inline, and two floats, or a float and a small int. MO_OBJ_NULL: take
// the general path (other types, a zero divisor, a result out of the small range).
static inline mo_obj_t small_int_binop(int op, mo_int_t a, mo_int_t b) {
    switch (op) {
        case MO_BINARY_OP_AND:
            return mo_small_int(a & b);
        case MO_BINARY_OP_OR:
            return mo_small_int(a | b);
        case MO_BINARY_OP_XOR:
            return mo_small_int(a ^ b);
        case MO_BINARY_OP_RSHIFT:
            if (b < 0) {
                return MO_OBJ_NULL;
            }
            // >> of a negative int is arithmetic on every compiler we build with.
            return mo_small_int(b >= (mo_int_t)MO_SMALL_INT_BITS ? (a < 0 ? -1 : 0) : a >> b);
        case MO_BINARY_OP_FLOOR_DIVIDE:
        case MO_BINARY_OP_MODULO: {
            if (b == 0) {
                return MO_OBJ_NULL;
            }
            mo_int_t q, m;
            mo_small_int_floor_divmod(a, b, &q, &m);
            mo_int_t r = op == MO_BINARY_OP_MODULO ? m : q;
            return mo_small_int_fits(r) ? mo_small_int(r) : MO_OBJ_NULL;
        }
        default:
            return MO_OBJ_NULL;
    }
}

static inline bool float_operand(mo_obj_t o, double *v) {
    if (mo_obj_is_type(o, &mo_type_float)) {
        *v = ((const mo_float_t *)MO_PTR(o))->value;
        return true;
    }
    if (mo_is_small_int(o)) {
        *v = (double)mo_small_int_value(o);   // rounds as CPython's int -> float does
        return true;
    }
    return false;
}

static inline mo_obj_t float_binop(int op, mo_obj_t lhs, mo_obj_t rhs) {
    double a, b;
    if (!(mo_obj_is_type(lhs, &mo_type_float) || mo_obj_is_type(rhs, &mo_type_float)) ||
        !float_operand(lhs, &a) || !float_operand(rhs, &b)) {
        return MO_OBJ_NULL;
    }
    switch (op) {
        case MO_BINARY_OP_ADD:
            return mo_obj_new_float(a + b);
        case MO_BINARY_OP_SUBTRACT:
            return mo_obj_new_float(a - b);
        case MO_BINARY_OP_MULTIPLY:
            return mo_obj_new_float(a * b);
        case MO_BINARY_OP_TRUE_DIVIDE:
            return b == 0 ? MO_OBJ_NULL : mo_obj_new_float(a / b);
        default:
            break;
    }
    // Comparisons: exact only when both are floats (an int beyond 2**53 doesn't
    // convert exactly); C's operators treat nan as Python does.
    if (!mo_is_ptr(lhs) || !mo_is_ptr(rhs)) {
        return MO_OBJ_NULL;
    }
    switch (op) {
        case MO_BINARY_OP_LESS:
            return mo_bool(a < b);
        case MO_BINARY_OP_MORE:
            return mo_bool(a > b);
        case MO_BINARY_OP_EQUAL:
            return mo_bool(a == b);
        case MO_BINARY_OP_LESS_EQUAL:
            return mo_bool(a <= b);
        case MO_BINARY_OP_MORE_EQUAL:
            return mo_bool(a >= b);
        case MO_BINARY_OP_NOT_EQUAL:
            return mo_bool(a != b);
        default:
            return MO_OBJ_NULL;
    }
}

static inline mo_obj_t fast_binop(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_INPLACE_OR && op <= MO_BINARY_OP_INPLACE_POWER) {
        op = MO_BINARY_OP_INPLACE_TO_PLAIN(op);   // ints and floats are immutable
    }
    if (mo_is_small_int(lhs) && mo_is_small_int(rhs)) {
        return small_int_binop(op, mo_small_int_value(lhs), mo_small_int_value(rhs));
    }
    return float_binop(op, lhs, rhs);
}

// The general path, after the fast one.
static mo_obj_t binop(int op, mo_obj_t lhs, mo_obj_t rhs) {
    mo_obj_t r = fast_binop(op, lhs, rhs);
    return r != MO_OBJ_NULL ? r : mo_binary_op(op, lhs, rhs);
}

// Runs from cs->ip until the frame returns or yields; raises through the caller's
// nlr for exceptions (handled by mo_vm_execute).
// GCC merges the copies of the computed goto into one jump unless told not to,
// which costs the per-opcode branch prediction that threaded dispatch is for.
#if MO_VM_COMPUTED_GOTO && defined(__GNUC__) && !defined(__clang__)
#define VM_RUN_ATTRS __attribute__((noinline, optimize("no-crossjumping", "no-gcse")))
#else
#define VM_RUN_ATTRS __attribute__((noinline))
#endif

VM_RUN_ATTRS static mo_vm_return_kind_t vm_run(mo_code_state_t *cs) {
#if MO_VM_COMPUTED_GOTO
#define AS_LABEL(name) &&L_##name,
    static const void *const dispatch_table[256] = {MO_VM_OPCODE_TABLE(AS_LABEL)};
#endif
    const mo_obj_fun_bc_t *fun = cs->fun;
    const mo_code_ctx_t *ctx = fun->ctx;
    mo_obj_t *const fastn = cs->state + fun->n_state - 1;
    const uint8_t *ip = cs->ip;
    mo_obj_t *sp = cs->sp;

    // A generator resumed by throw(): raise at the yield, unless the yield is a
    // `yield from`, which passes the exception on to the inner iterator.
    if (cs->inject != MO_OBJ_NULL && *ip != MO_BC_YIELD_FROM) {
        mo_obj_t exc = cs->inject;
        cs->inject = MO_OBJ_NULL;
        cs->ip = ip - 1;   // the YIELD_VALUE: its line goes in the traceback
        mo_nlr_jump(exc);
    }

#if MO_VM_COMPUTED_GOTO
    DISPATCH();
    {
#else
dispatch_loop:
    cs->ip = ip;
    switch (opcode_index[*ip++]) {
#endif

    // ---- constants ----
    ENTRY(load_const_false) PUSH(mo_const_false); DISPATCH();
    ENTRY(load_const_none) PUSH(mo_const_none); DISPATCH();
    ENTRY(load_const_true) PUSH(mo_const_true); DISPATCH();
    ENTRY(load_null) PUSH(MO_OBJ_NULL); DISPATCH();
    ENTRY(small_int_multi) {
        PUSH(mo_small_int((mo_int_t)ip[-1] - MO_BC_LOAD_CONST_SMALL_INT_MULTI -
                          MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS));
        DISPATCH();
    }
    ENTRY(load_const_small_int) {
        // Signed var-int: bit 6 of the first byte is the sign.
        mo_uint_t u = (ip[0] & 0x40) ? ~(mo_uint_t)0 : 0;
        uint8_t b;
        do {
            b = *ip++;
            u = (u << 7) | (b & 0x7f);
        } while (b & 0x80);
        mo_int_t v = (mo_int_t)u;
        PUSH(mo_small_int_fits(v) ? mo_small_int(v) : mo_obj_new_int(v));
        DISPATCH();
    }
    ENTRY(load_const_string) {
        qstr q;
        DECODE_QSTR(q);
        PUSH(mo_qstr_obj(q));
        DISPATCH();
    }
    ENTRY(load_const_obj) {
        size_t i;
        DECODE_UINT(i);
        PUSH(ctx->obj_table[i]);
        DISPATCH();
    }

    // ---- locals and cells ----
// Pushes local n; NULL means it is not bound yet.
#define PUSH_LOCAL(n) \
    do { \
        mo_obj_t local = LOCAL(n); \
        if (local == MO_OBJ_NULL) { \
            raise_unbound_local(fun, (n)); \
        } \
        PUSH(local); \
    } while (0)
    ENTRY(load_fast_multi) PUSH_LOCAL(ip[-1] - MO_BC_LOAD_FAST_MULTI); DISPATCH();
    ENTRY(store_fast_multi) LOCAL(ip[-1] - MO_BC_STORE_FAST_MULTI) = POP(); DISPATCH();
    ENTRY(load_fast_n) {
        size_t n;
        DECODE_UINT(n);
        PUSH_LOCAL(n);
        DISPATCH();
    }
    ENTRY(store_fast_n) {
        size_t n;
        DECODE_UINT(n);
        LOCAL(n) = POP();
        DISPATCH();
    }
    ENTRY(delete_fast) {
        size_t n;
        DECODE_UINT(n);
        if (LOCAL(n) == MO_OBJ_NULL) {
            raise_unbound_local(fun, n);
        }
        LOCAL(n) = MO_OBJ_NULL;
        DISPATCH();
    }
    ENTRY(load_deref) {
        size_t n;
        DECODE_UINT(n);
        mo_obj_t v = mo_obj_cell_get(LOCAL(n));
        if (v == MO_OBJ_NULL) {
            raise_unbound_deref(fun, n);
        }
        PUSH(v);
        DISPATCH();
    }
    ENTRY(store_deref) {
        size_t n;
        DECODE_UINT(n);
        mo_obj_cell_set(LOCAL(n), POP());
        DISPATCH();
    }
    ENTRY(delete_deref) {
        size_t n;
        DECODE_UINT(n);
        if (mo_obj_cell_get(LOCAL(n)) == MO_OBJ_NULL) {
            raise_unbound_deref(fun, n);
        }
        mo_obj_cell_set(LOCAL(n), MO_OBJ_NULL);
        DISPATCH();
    }

    // ---- names ----
    ENTRY(load_name) {
        qstr q;
        DECODE_QSTR(q);
        PUSH(mo_load_name(q));
        DISPATCH();
    }
    ENTRY(load_global) {
        qstr q;
        DECODE_QSTR(q);
        PUSH(mo_load_global(q));
        DISPATCH();
    }
    ENTRY(store_name) {
        qstr q;
        DECODE_QSTR(q);
        mo_store_name(q, POP());
        DISPATCH();
    }
    ENTRY(store_global) {
        qstr q;
        DECODE_QSTR(q);
        mo_store_global(q, POP());
        DISPATCH();
    }
    ENTRY(delete_name) {
        qstr q;
        DECODE_QSTR(q);
        mo_delete_name(q);
        DISPATCH();
    }
    ENTRY(delete_global) {
        qstr q;
        DECODE_QSTR(q);
        mo_delete_global(q);
        DISPATCH();
    }
    ENTRY(load_build_class) PUSH(mo_load_build_class()); DISPATCH();

    // ---- attributes and subscripts ----
    ENTRY(load_attr) {
        qstr q;
        DECODE_QSTR(q);
        SET_TOP(mo_load_attr(TOP(), q));
        DISPATCH();
    }
    ENTRY(load_method) {
        qstr q;
        DECODE_QSTR(q);
        mo_load_method(TOP(), q, sp - 1);
        sp++;
        DISPATCH();
    }
    ENTRY(load_super_method) {
        // Stack: super, __class__, self -> method, self.
        qstr q;
        DECODE_QSTR(q);
        mo_load_super_method(q, sp - 2);
        sp[-3] = sp[-2];
        sp[-2] = sp[-1];
        sp--;
        DISPATCH();
    }
    ENTRY(store_attr) {
        // Stack: value, object.
        qstr q;
        DECODE_QSTR(q);
        mo_store_attr(sp[-1], q, sp[-2]);
        sp -= 2;
        DISPATCH();
    }
    ENTRY(load_subscr) {
        mo_obj_t index = POP(), base = TOP();
        if (mo_is_small_int(index) && mo_is_ptr(base)) {
            const mo_type_t *t = ((const mo_base_t *)MO_PTR(base))->type;
            size_t len;
            mo_obj_t *items;
            if (t == &mo_type_list) {
                len = ((const mo_list_t *)MO_PTR(base))->len;
                items = ((const mo_list_t *)MO_PTR(base))->items;
            } else if (t == &mo_type_tuple) {
                len = ((const mo_tuple_t *)MO_PTR(base))->len;
                items = ((mo_tuple_t *)MO_PTR(base))->items;
            } else {
                goto load_subscr_slow;
            }
            mo_int_t i = mo_small_int_value(index);
            if (i < 0) {
                i += (mo_int_t)len;
            }
            if (i >= 0 && (size_t)i < len) {
                SET_TOP(items[i]);
                DISPATCH();
            }
        }
    load_subscr_slow:
        SET_TOP(mo_subscr_load(base, index));
        DISPATCH();
    }
    ENTRY(store_subscr) {
        // Stack: value, base, index.
        mo_obj_t index = sp[-1], base = sp[-2], value = sp[-3];
        sp -= 3;
        // A NULL value means `del base[index]` (LOAD_NULL, ROT_THREE, STORE_SUBSCR).
        if (value != MO_OBJ_NULL && mo_is_small_int(index) && mo_obj_is_type(base, &mo_type_list)) {
            mo_list_t *l = MO_PTR(base);
            mo_int_t i = mo_small_int_value(index);
            if (i < 0) {
                i += (mo_int_t)l->len;
            }
            if (i >= 0 && (size_t)i < l->len) {
                l->items[i] = value;
                DISPATCH();
            }
        }
        mo_subscr_store(base, index, value);
        DISPATCH();
    }

    // ---- stack shuffles ----
    ENTRY(dup_top) {
        mo_obj_t v = TOP();
        PUSH(v);
        DISPATCH();
    }
    ENTRY(dup_top_two) {
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        DISPATCH();
    }
    ENTRY(pop_top) sp--; DISPATCH();
    ENTRY(rot_two) {
        mo_obj_t v = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = v;
        DISPATCH();
    }
    ENTRY(rot_three) {
        // The top moves down two places.
        mo_obj_t v = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = v;
        DISPATCH();
    }

    // ---- jumps ----
// A backward jump may close a loop: pending events (signals ...) get their turn.
#define JUMP_BY(off) \
    do { \
        ip += (off); \
        if ((off) < 0) { \
            CHECK_PENDING(); \
        } \
    } while (0)
    ENTRY(jump) {
        ptrdiff_t off;
        DECODE_SLABEL(off);
        JUMP_BY(off);
        DISPATCH();
    }
    ENTRY(pop_jump_if_true) {
        ptrdiff_t off;
        DECODE_SLABEL(off);
        mo_obj_t v = POP();
        if (v == mo_const_true || (v != mo_const_false && mo_obj_is_true(v))) {
            JUMP_BY(off);
        }
        DISPATCH();
    }
    ENTRY(pop_jump_if_false) {
        ptrdiff_t off;
        DECODE_SLABEL(off);
        mo_obj_t v = POP();
        if (v == mo_const_false || (v != mo_const_true && !mo_obj_is_true(v))) {
            JUMP_BY(off);
        }
        DISPATCH();
    }
    ENTRY(jump_if_true_or_pop) {
        size_t off;
        DECODE_ULABEL(off);
        if (mo_obj_is_true(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }
    ENTRY(jump_if_false_or_pop) {
        size_t off;
        DECODE_ULABEL(off);
        if (!mo_obj_is_true(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }

    // ---- exception blocks ----
// Opens a block whose handler is at handler_ip; val_sp: the stack base, with
// bit 0 set for a finally (or with) block.
#define PUSH_EXC_ENTRY(handler_ip, val_sp_word) \
    do { \
        mo_exc_entry_t *entry = cs->exc_top++; \
        entry->handler = (handler_ip); \
        entry->val_sp = (val_sp_word); \
        entry->prev_exc = MO_OBJ_NULL; \
    } while (0)
    ENTRY(setup_except)
    ENTRY(setup_finally) {
        size_t off;
        bool is_finally = ip[-1] == MO_BC_SETUP_FINALLY;
        DECODE_ULABEL(off);
        PUSH_EXC_ENTRY(ip + off, (uintptr_t)sp | (is_finally ? 1 : 0));
        DISPATCH();
    }
    ENTRY(setup_with) {
        // Stack: mgr -> __exit__, mgr (the block's base), __enter__'s result.
        size_t off;
        DECODE_ULABEL(off);
        mo_obj_t mgr = TOP();
        mo_obj_t res = setup_with(mgr, sp - 1);
        sp++;
        PUSH_EXC_ENTRY(ip + off, (uintptr_t)sp | 1);
        PUSH(res);
        DISPATCH();
    }
    ENTRY(with_cleanup) {
        // On entry: __exit__, mgr, then None (the body finished), an exception, or
        // an unwind marker (a value and a small int). __exit__ and mgr are removed.
        mo_obj_t top = TOP();
        if (top == mo_const_none) {
            call_exit(sp - 3, MO_OBJ_NULL);
            sp -= 2;
            SET_TOP(mo_const_none);
        } else if (mo_is_small_int(top)) {
            call_exit(sp - 4, MO_OBJ_NULL);
            sp[-4] = sp[-2];
            sp[-3] = sp[-1];
            sp -= 2;
        } else {
            mo_obj_t res = call_exit(sp - 3, top);
            sp -= 2;
            // A true result swallows the exception.
            SET_TOP(mo_obj_is_true(res) ? mo_const_none : top);
        }
        DISPATCH();
    }
    ENTRY(pop_except_jump) {
        size_t off;
        DECODE_ULABEL(off);
        cs->exc_top--;
        ip += off;
        DISPATCH();
    }
    ENTRY(end_finally) {
        cs->exc_top--;
        mo_obj_t v = POP();
        if (v == mo_const_none) {
            DISPATCH();
        }
        if (mo_is_small_int(v)) {
            mo_int_t n = mo_small_int_value(v);
            if (n < 0) {
                goto unwind_return;
            }
            PUSH(MO_OBJ((uintptr_t)n));
            goto unwind_jump;
        }
        cs->reraise = 1;
        mo_nlr_jump(v);
    }
    ENTRY(unwind_jump) {
        ptrdiff_t off;
        DECODE_SLABEL(off);
        PUSH(MO_OBJ((uintptr_t)(ip + off)));
        PUSH(MO_OBJ((uintptr_t)*ip));
        goto unwind_jump;
    }
    unwind_jump: {
        // Stack: jump target, count (both raw words).
        uintptr_t n = (uintptr_t)POP();
        while ((n & 0x7f) > 0) {
            n--;
            mo_exc_entry_t *e = cs->exc_top - 1;
            // Drop what the block's code left above its base (a running handler's
            // exception or return marker: `continue` inside a finally), keeping
            // the target on top.
            mo_obj_t target = TOP();
            sp = (mo_obj_t *)(e->val_sp & ~(uintptr_t)1);
            PUSH(target);
            if ((e->val_sp & 1) && e->handler >= ip) {
                // A finally not yet running: run it, then come back here.
                PUSH(mo_small_int((mo_int_t)n));
                ip = e->handler;
                DISPATCH();
            }
            cs->exc_top--;
        }
        ip = (const uint8_t *)(uintptr_t)POP();
        if (n & 0x80) {
            sp -= MO_ITER_BUF_NSLOTS;
        }
        CHECK_PENDING();
        DISPATCH();
    }

    // ---- iteration ----
    ENTRY(get_iter) SET_TOP(get_iter_or_await(TOP())); DISPATCH();
    ENTRY(get_iter_stack) {
        // The iterator takes MO_ITER_BUF_NSLOTS slots: either it is built right
        // there, or the first slot is NULL and the second holds it.
        mo_obj_t obj = TOP();
        mo_iter_buf_t *buf = (mo_iter_buf_t *)(void *)(sp - 1);
        sp += MO_ITER_BUF_NSLOTS - 1;
        mo_obj_t it = mo_getiter(obj, buf);
        if (it != MO_OBJ(buf)) {
            sp[-MO_ITER_BUF_NSLOTS] = MO_OBJ_NULL;
            sp[-MO_ITER_BUF_NSLOTS + 1] = it;
        }
        DISPATCH();
    }
    ENTRY(for_iter) {
        size_t off;
        DECODE_ULABEL(off);
        cs->sp = sp;  // a StopIteration raised by __next__ ends the loop (handle_exception)
        mo_obj_t it = sp[-MO_ITER_BUF_NSLOTS] == MO_OBJ_NULL ? sp[-MO_ITER_BUF_NSLOTS + 1]
                                                            : MO_OBJ(&sp[-MO_ITER_BUF_NSLOTS]);
        const mo_type_t *t = mo_obj_type(it);
        mo_obj_t v = t->iternext != NULL ? t->iternext(it) : mo_iternext(it);
        if (v == MO_OBJ_STOP_ITERATION) {
            sp -= MO_ITER_BUF_NSLOTS;
            ip += off;
        } else {
            PUSH(v);
        }
        DISPATCH();
    }

    // ---- building ----
// The n items on top of the stack become one new container.
#define BUILD_FROM_STACK(new_fn) \
    do { \
        size_t n_items; \
        DECODE_UINT(n_items); \
        sp -= n_items; \
        mo_obj_t built = new_fn(n_items, sp); \
        PUSH(built); \
    } while (0)
    ENTRY(build_tuple) BUILD_FROM_STACK(mo_obj_new_tuple); DISPATCH();
    ENTRY(build_list) BUILD_FROM_STACK(mo_obj_new_list); DISPATCH();
    ENTRY(build_set) BUILD_FROM_STACK(mo_obj_new_set); DISPATCH();
    ENTRY(build_map) {
        size_t n;
        DECODE_UINT(n);
        PUSH(mo_obj_new_dict(n));
        DISPATCH();
    }
    ENTRY(store_map) {
        // Stack: map, value, key.
        mo_dict_store(sp[-3], sp[-1], sp[-2]);
        sp -= 2;
        DISPATCH();
    }
    ENTRY(build_slice) {
        size_t n;
        DECODE_UINT(n);
        mo_obj_t step = mo_const_none;
        if (n == 3) {
            step = POP();
        }
        mo_obj_t stop = POP();
        SET_TOP(mo_obj_new_slice(TOP(), stop, step));
        DISPATCH();
    }
    ENTRY(store_comp) {
        size_t x;
        DECODE_UINT(x);
        store_comp(sp[-1 - (ptrdiff_t)(x >> 2)], x & 3, sp - 1);
        sp -= (x & 3) == 1 ? 2 : 1;
        DISPATCH();
    }
    ENTRY(unpack_sequence) {
        size_t n;
        DECODE_UINT(n);
        mo_obj_t seq = POP();
        mo_unpack_sequence(seq, n, sp);
        sp += n;
        DISPATCH();
    }
    ENTRY(unpack_ex) {
        size_t x;
        DECODE_UINT(x);
        size_t before = x & 0xff, after = x >> 8;
        mo_obj_t seq = POP();
        mo_unpack_ex(seq, before, after, sp);
        sp += before + 1 + after;
        DISPATCH();
    }

    // ---- functions ----
    ENTRY(make_function) {
        size_t child;
        DECODE_UINT(child);
        PUSH(make_function(fun, child, MO_OBJ_NULL, MO_OBJ_NULL));
        DISPATCH();
    }
    ENTRY(make_function_defargs) {
        size_t child;
        DECODE_UINT(child);
        mo_obj_t kw = POP();
        SET_TOP(make_function(fun, child, TOP(), kw));
        DISPATCH();
    }
    ENTRY(make_closure) {
        size_t child;
        DECODE_UINT(child);
        size_t n_closed = *ip++;
        sp -= n_closed;
        mo_obj_t f = make_function(fun, child, MO_OBJ_NULL, MO_OBJ_NULL);
        mo_obj_t c = mo_obj_new_closure(f, n_closed, sp);
        PUSH(c);
        DISPATCH();
    }
    ENTRY(make_closure_defargs) {
        // Stack: defaults tuple, keyword defaults dict, the cells.
        size_t child;
        DECODE_UINT(child);
        size_t n_closed = *ip++;
        sp -= n_closed + 2;
        mo_obj_t f = make_function(fun, child, sp[0], sp[1]);
        mo_obj_t c = mo_obj_new_closure(f, n_closed, sp + 2);
        PUSH(c);
        DISPATCH();
    }
    ENTRY(call_function) {
        size_t x;
        DECODE_UINT(x);
        size_t n_args = x & 0xff, n_kw = (x >> 8) & 0xff;
        sp -= n_args + 2 * n_kw;
        SET_TOP(call_fun(TOP(), n_args, n_kw, sp));
        DISPATCH();
    }
    ENTRY(call_method) {
        // Stack: method, self or NULL, arguments; self and the arguments are
        // adjacent, so a bound call needs no copying.
        size_t x;
        DECODE_UINT(x);
        size_t n_args = x & 0xff, n_kw = (x >> 8) & 0xff;
        sp -= n_args + 2 * n_kw + 1;
        mo_obj_t res = sp[0] == MO_OBJ_NULL ? call_fun(sp[-1], n_args, n_kw, sp + 1)
                                            : call_fun(sp[-1], n_args + 1, n_kw, sp);
        SET_TOP(res);
        DISPATCH();
    }
    ENTRY(call_function_var_kw) {
        // Stack: function, arguments, the star bitmap.
        size_t x;
        DECODE_UINT(x);
        size_t n_args = x & 0xff, n_kw = (x >> 8) & 0xff;
        sp -= n_args + 2 * n_kw + 1;
        SET_TOP(mo_call_var_kw(TOP(), MO_OBJ_NULL, n_args, n_kw, sp));
        DISPATCH();
    }
    ENTRY(call_method_var_kw) {
        size_t x;
        DECODE_UINT(x);
        size_t n_args = x & 0xff, n_kw = (x >> 8) & 0xff;
        sp -= n_args + 2 * n_kw + 2;
        SET_TOP(mo_call_var_kw(sp[-1], sp[0], n_args, n_kw, sp + 1));
        DISPATCH();
    }

    // ---- returning, raising, yielding ----
    ENTRY(return_value)
    unwind_return: {
        // Run the finally blocks that are not running yet, innermost first. The
        // value goes just above the block's base (dropping any for-loop iterators).
        while (cs->exc_top > cs->exc_base) {
            mo_exc_entry_t *e = cs->exc_top - 1;
            if ((e->val_sp & 1) && e->handler >= ip) {
                mo_obj_t *base = (mo_obj_t *)(e->val_sp & ~(uintptr_t)1);
                base[0] = sp[-1];
                sp = base + 1;
                PUSH(mo_small_int(-1));
                ip = e->handler;
                DISPATCH();
            }
            cs->exc_top--;
        }
        cs->sp = sp;
        return MO_VM_RETURN_NORMAL;
    }
    ENTRY(raise_obj) raise_from_code(POP());
    ENTRY(raise_from) {
        mo_obj_t cause = POP();
        mo_obj_t exc = POP();
        if (mo_obj_is_exception_type(exc)) {
            exc = mo_call0(exc);
        }
        if (mo_obj_is_exception_type(cause)) {
            cause = mo_call0(cause);
        }
        mo_exc_set_cause(exc, cause);
        raise_from_code(exc);
    }
    ENTRY(raise_last) {
        mo_obj_t exc = current_exception_from(cs);
        if (exc == MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_RuntimeError, "No active exception to reraise");
        }
        cs->reraise = 1;
        mo_nlr_jump(exc);
    }
    ENTRY(yield_value) {
        cs->ip = ip;
        cs->sp = sp;
        return MO_VM_RETURN_YIELD;
    }
    ENTRY(yield_from) {
        // Stack: iterator, value to send. Until the iterator finishes, each yield
        // re-runs this instruction on resume (ip stays here).
        const uint8_t *here = ip - 1;
        mo_obj_t send = POP();
        cs->sp = sp;  // StopIteration from a __next__/send ends it (handle_exception)
        mo_obj_t inject = cs->inject;
        cs->inject = MO_OBJ_NULL;
        mo_obj_t ret;
        mo_vm_return_kind_t k =
            mo_gen_resume_any(TOP(), inject ? MO_OBJ_NULL : send, inject, &ret);
        if (k == MO_VM_RETURN_YIELD) {
            PUSH(ret);
            cs->ip = here;
            cs->sp = sp;
            return MO_VM_RETURN_YIELD;
        }
        if (k == MO_VM_RETURN_NORMAL) {
            SET_TOP(ret);
            // close() passed on to the inner iterator still closes this generator.
            if (inject != MO_OBJ_NULL &&
                mo_obj_exception_match(inject, MO_OBJ(&mo_type_GeneratorExit))) {
                mo_nlr_jump(inject);
            }
            DISPATCH();
        }
        sp--;
        mo_nlr_jump(ret);
    }

    // ---- imports ----
    ENTRY(import_name) {
        // Stack: level, fromlist.
        qstr q;
        DECODE_QSTR(q);
        mo_obj_t fromlist = POP();
        SET_TOP(mo_import_name(q, fromlist, TOP()));
        DISPATCH();
    }
    ENTRY(import_from) {
        qstr q;
        DECODE_QSTR(q);
        mo_obj_t v = mo_import_from(TOP(), q);
        PUSH(v);
        DISPATCH();
    }
    ENTRY(import_star) mo_import_all(POP()); DISPATCH();

    // ---- operators ----
    ENTRY(unary_op_multi) {
        int op = ip[-1] - MO_BC_UNARY_OP_MULTI;
        mo_obj_t v = TOP();
        if (op == MO_UNARY_OP_NOT) {
            SET_TOP(mo_bool(!mo_obj_is_true(v)));
        } else if (op == MO_UNARY_OP_NEGATIVE && mo_is_small_int(v) &&
                   mo_small_int_value(v) != MO_SMALL_INT_MIN) {
            SET_TOP(mo_small_int(-mo_small_int_value(v)));
        } else {
            SET_TOP(mo_unary_op(op, v));
        }
        DISPATCH();
    }

// Two small ints compare inline by test (which sees lhs and rhs); the rest go
// through mo_binary_op. Equal small ints have equal words, so == tests those.
#define SMALL_INT_COMPARE(name, test) \
    ENTRY(name) { \
        mo_obj_t rhs = POP(), lhs = TOP(); \
        if (mo_is_small_int(lhs) && mo_is_small_int(rhs)) { \
            SET_TOP(mo_bool(test)); \
        } else { \
            SET_TOP(binop(ip[-1] - MO_BC_BINARY_OP_MULTI, lhs, rhs)); \
        } \
        DISPATCH(); \
    }
#define VALUES(cmp) (mo_small_int_value(lhs) cmp mo_small_int_value(rhs))
    SMALL_INT_COMPARE(binop_lt, VALUES(<))
    SMALL_INT_COMPARE(binop_gt, VALUES(>))
    SMALL_INT_COMPARE(binop_le, VALUES(<=))
    SMALL_INT_COMPARE(binop_ge, VALUES(>=))
    SMALL_INT_COMPARE(binop_eq, lhs == rhs)
    SMALL_INT_COMPARE(binop_ne, lhs != rhs)
    ENTRY(binop_is) {
        mo_obj_t rhs = POP();
        SET_TOP(mo_bool(TOP() == rhs));
        DISPATCH();
    }
    ENTRY(binop_exc_match) {
        mo_obj_t rhs = POP();
        SET_TOP(mo_bool(mo_obj_exception_match(TOP(), rhs)));
        DISPATCH();
    }
// Two small ints add or subtract inline: that can't overflow the machine int,
// only leave the small range, which falls back to mo_binary_op.
#define SMALL_INT_ARITH(name, op) \
    ENTRY(name) { \
        mo_obj_t rhs = POP(), lhs = TOP(); \
        if (mo_is_small_int(lhs) && mo_is_small_int(rhs)) { \
            mo_int_t r = mo_small_int_value(lhs) op mo_small_int_value(rhs); \
            if (mo_small_int_fits(r)) { \
                SET_TOP(mo_small_int(r)); \
                DISPATCH(); \
            } \
        } \
        SET_TOP(binop(ip[-1] - MO_BC_BINARY_OP_MULTI, lhs, rhs)); \
        DISPATCH(); \
    }
    SMALL_INT_ARITH(binop_add, +)
    SMALL_INT_ARITH(binop_sub, -)
    ENTRY(binop_mul) {
        mo_obj_t rhs = POP(), lhs = TOP();
#if defined(__GNUC__)
        if (mo_is_small_int(lhs) && mo_is_small_int(rhs)) {
            mo_int_t r;
            if (!__builtin_mul_overflow(mo_small_int_value(lhs), mo_small_int_value(rhs), &r) &&
                mo_small_int_fits(r)) {
                SET_TOP(mo_small_int(r));
                DISPATCH();
            }
        }
#endif
        SET_TOP(binop(ip[-1] - MO_BC_BINARY_OP_MULTI, lhs, rhs));
        DISPATCH();
    }
    ENTRY(binary_op_multi) {
        mo_obj_t rhs = POP();
        SET_TOP(binop(ip[-1] - MO_BC_BINARY_OP_MULTI, TOP(), rhs));
        DISPATCH();
    }

    ENTRY(invalid) {
        mo_raise_fmt(&mo_type_RuntimeError, "bad opcode 0x%x in bytecode", (unsigned)ip[-1]);
    }

#if !MO_VM_COMPUTED_GOTO
        default:
            mo_raise_msg(&mo_type_RuntimeError, "bad opcode in bytecode");
#endif
    }
}

// ---- exceptions -----------------------------------------------------------------------

// Called with the exception that interrupted vm_run. Returns true if the frame
// handles it (cs->ip and cs->sp then say where to go on); false if it propagates.
static bool handle_exception(mo_code_state_t *cs, mo_obj_t exc) {
    const mo_obj_fun_bc_t *fun = cs->fun;
    const uint8_t *fault = cs->ip;
    // Frames below this one that raised have left; be sure the state is ours.
    mo_state.frame = cs;
    mo_state.globals = fun->ctx->globals;

    if (is_stop_iteration(exc)) {
        // Not an error: the end of a for loop or of a `yield from`.
        if (*fault == MO_BC_FOR_ITER) {
            const uint8_t *ip = fault + 1;
            size_t off;
            DECODE_ULABEL(off);
            cs->ip = ip + off;
            cs->sp -= MO_ITER_BUF_NSLOTS;
            return true;
        }
        if (*fault == MO_BC_YIELD_FROM) {
            cs->sp[-1] = mo_exc_get_value(exc);
            cs->ip = fault + 1;
            return true;
        }
    }

    bool fresh = false;
    if (mo_obj_is_exception_instance(exc)) {
        mo_exception_t *e = mo_exception_get(exc);
        // First seen here (raised by C code in this frame): link the exception
        // being handled, as CPython does at raise time.
        fresh = e->tb_len == 0;
        if (fresh && e->context == MO_OBJ_NULL && !is_preallocated(exc)) {
            mo_obj_t cur = current_exception_from(cs);
            if (cur != MO_OBJ_NULL && cur != exc) {
                mo_exc_set_context(exc, cur);
            }
        }
        if (!cs->reraise) {
            mo_exc_add_traceback(exc, fun->ctx->qstr_table[0], mo_vm_line_of(fun, fault),
                                 fun->name);
        }
    }
    cs->reraise = 0;

    // Blocks whose handler is already running (the raise comes from inside it) are
    // finished with.
    while (cs->exc_top > cs->exc_base && cs->exc_top[-1].handler <= fault) {
        cs->exc_top--;
    }
    if (cs->exc_top == cs->exc_base) {
        cs->state[0] = exc;
        return false;
    }
    mo_exc_entry_t *e = cs->exc_top - 1;
    e->prev_exc = exc;
    mo_obj_t *sp = (mo_obj_t *)(e->val_sp & ~(uintptr_t)1);
    *sp++ = exc;
    cs->sp = sp;
    cs->ip = e->handler;
    return true;
}

mo_vm_return_kind_t mo_vm_execute(mo_code_state_t *cs) {
    cs->prev = mo_state.frame;
    cs->caller_globals = mo_state.globals;
    mo_state.frame = cs;
    mo_state.globals = cs->fun->ctx->globals;
    mo_vm_return_kind_t kind;
    for (;;) {
        mo_nlr_buf_t nlr;
        if (mo_nlr_push(&nlr) == 0) {
            CHECK_PENDING();
            kind = vm_run(cs);
            mo_nlr_pop();
            break;
        }
        if (!handle_exception(cs, nlr.ret_val)) {
            kind = MO_VM_RETURN_EXCEPTION;
            break;
        }
        if (nlr.ret_val == mo_state.memory_error && mo_state.stack_low != NULL) {
            // Caught a MemoryError: the frames it unwound still hold pointers to the
            // garbage, and later frames laid over them would keep it alive (gc.h).
            mo_gc_clear_stack(mo_state.stack_low);
            mo_state.stack_low = NULL;
        }
    }
    mo_state.frame = cs->prev;
    mo_state.globals = cs->caller_globals;
    return kind;
}
