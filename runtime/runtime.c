// The runtime's generic operations (runtime.h): start-up, raising, and dispatch of
// operators, attributes, calls and iteration to the hooks in each type.
#include "runtime/runtime.h"

#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objint.h"
#include "runtime/qstr.h"

static const char *type_name_of(const mo_type_t *t) { return mo_qstr_str(t->name); }

// ---- start-up ---------------------------------------------------------------------

void mo_init(void *heap, size_t heap_bytes, void *stack_top, size_t stack_limit_bytes) {
    memset(&mo_state, 0, sizeof(mo_state));
    mo_state.stack_top = stack_top;
    mo_state.stack_limit = (char *)stack_top - stack_limit_bytes;
    mo_gc_init(heap, (char *)heap + heap_bytes);
    mo_gc_set_stack_top(stack_top);
    mo_qstr_init();
    // Raising MemoryError or KeyboardInterrupt must not need memory.
    mo_state.memory_error = mo_obj_new_exception(&mo_type_MemoryError, 0, NULL);
    mo_state.keyboard_interrupt = mo_obj_new_exception(&mo_type_KeyboardInterrupt, 0, NULL);
    mo_state.sys_modules = mo_obj_new_dict(8);
    mo_state.sys_path = mo_obj_new_list(0, NULL);
    mo_state.sys_argv = mo_obj_new_list(0, NULL);
    mo_obj_t main_module = mo_obj_new_module(MO_QSTR___main__);
    mo_state.main_module = main_module;
    mo_state.globals = mo_obj_module_get_globals(main_module);
    mo_state.locals = mo_state.globals;
}

void mo_deinit(void) {
    mo_state.globals = NULL;
    mo_state.locals = NULL;
}

// ---- raising --------------------------------------------------------------------

_Noreturn void mo_raise(mo_obj_t exc) {
    if (mo_obj_is_exception_type(exc)) {
        exc = mo_call(exc, 0, 0, NULL);
    }
    if (!mo_obj_is_exception_instance(exc)) {
        mo_raise_msg(&mo_type_TypeError, "exceptions must derive from BaseException");
    }
    mo_nlr_jump(exc);
}

_Noreturn void mo_raise_msg(const mo_type_t *exc_type, const char *msg) {
    mo_raise(mo_obj_new_exception_msg(exc_type, msg));
}

_Noreturn void mo_raise_fmt(const mo_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mo_obj_t msg = mo_obj_new_str_vprintf(fmt, ap);
    va_end(ap);
    mo_raise(mo_obj_new_exception(exc_type, 1, &msg));
}

_Noreturn void mo_raise_memory_error(void) {
    // The failed allocation's frames (and the collection it ran) hold pointers to
    // what was being built: the frame that catches this clears the stack below it
    // down to here (mo_vm_execute), so later frames can't pin that garbage.
    char here;
    if (mo_state.stack_low == NULL || (uintptr_t)&here < (uintptr_t)mo_state.stack_low) {
        mo_state.stack_low = &here;
    }
    // The one preallocated instance is reused: start its traceback afresh each time.
    mo_exc_clear_traceback(mo_state.memory_error);
    mo_nlr_jump(mo_state.memory_error);
}

_Noreturn void mo_raise_stop_iteration(mo_obj_t value) {
    if (value == MO_OBJ_NULL) {
        mo_raise(mo_obj_new_exception(&mo_type_StopIteration, 0, NULL));
    }
    mo_raise(mo_obj_new_exception(&mo_type_StopIteration, 1, &value));
}

void mo_stack_check(void) {
    char here;
    if ((uintptr_t)&here < (uintptr_t)mo_state.stack_limit) {
        mo_raise_msg(&mo_type_RecursionError, "maximum recursion depth exceeded");
    }
    // Only while a clear is pending (mo_compile, MemoryError; NULL otherwise): how
    // deep the stack went, to clear after.
    if ((uintptr_t)&here < (uintptr_t)mo_state.stack_low) {
        mo_state.stack_low = &here;
    }
}

// ---- operators ----------------------------------------------------------------------

static const char *const binary_op_symbols[] = {
    "<", ">", "==", "<=", ">=", "!=", "in", "is", "exception match",
    "|=", "^=", "&=", "<<=", ">>=", "+=", "-=", "*=", "@=", "//=", "/=", "%=", "**=",
    "|", "^", "&", "<<", ">>", "+", "-", "*", "@", "//", "/", "%", "**",
};

_Noreturn void mo_raise_type_error_unsupported_binop(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op == MO_BINARY_OP_DIVMOD) {
        mo_raise_fmt(&mo_type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     mo_obj_type_name(lhs), mo_obj_type_name(rhs));
    }
    const char *sym = op < MO_BINARY_OP_NUM_BYTECODE ? binary_op_symbols[op] : "?";
    if (op <= MO_BINARY_OP_NOT_EQUAL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     sym, mo_obj_type_name(lhs), mo_obj_type_name(rhs));
    }
    if (op == MO_BINARY_OP_POWER || op == MO_BINARY_OP_INPLACE_POWER) {
        mo_raise_fmt(&mo_type_TypeError, "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                     sym, mo_obj_type_name(lhs), mo_obj_type_name(rhs));
    }
    mo_raise_fmt(&mo_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                 mo_obj_type_name(lhs), mo_obj_type_name(rhs));
}

static const char *const unary_op_symbols[] = {"+", "-", "~", "not"};

mo_obj_t mo_unary_op(int op, mo_obj_t arg) {
    if (op == MO_UNARY_OP_NOT) {
        return mo_bool(!mo_obj_is_true(arg));
    }
    const mo_type_t *type = mo_obj_type(arg);
    if (type->unary_op != NULL) {
        mo_obj_t res = type->unary_op(op, arg);
        if (res != MO_OBJ_NULL && res != mo_const_notimplemented) {
            return res;
        }
    }
    if (op < MO_UNARY_OP_NUM_BYTECODE) {
        mo_raise_fmt(&mo_type_TypeError, "bad operand type for unary %s: '%s'",
                     unary_op_symbols[op], type_name_of(type));
    }
    if (op == MO_UNARY_OP_ABS) {
        mo_raise_fmt(&mo_type_TypeError, "bad operand type for abs(): '%s'", type_name_of(type));
    }
    return MO_OBJ_NULL;
}

// Calls one side's hook; NotImplemented counts as "not handled".
static mo_obj_t try_binary(const mo_type_t *type, int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (type->binary_op == NULL) {
        return MO_OBJ_NULL;
    }
    mo_obj_t res = type->binary_op(op, lhs, rhs);
    return res == mo_const_notimplemented ? MO_OBJ_NULL : res;
}

// The reflection of a comparison: a < b is b > a.
static int swap_compare(int op) {
    switch (op) {
        case MO_BINARY_OP_LESS: return MO_BINARY_OP_MORE;
        case MO_BINARY_OP_MORE: return MO_BINARY_OP_LESS;
        case MO_BINARY_OP_LESS_EQUAL: return MO_BINARY_OP_MORE_EQUAL;
        case MO_BINARY_OP_MORE_EQUAL: return MO_BINARY_OP_LESS_EQUAL;
        default: return op;
    }
}

static bool contains(mo_obj_t container, mo_obj_t item) {
    const mo_type_t *type = mo_obj_type(container);
    mo_obj_t res = try_binary(type, MO_BINARY_OP_CONTAINS, container, item);
    if (res != MO_OBJ_NULL) {
        return mo_obj_is_true(res);
    }
    if (type->getiter == NULL && type->subscr == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "argument of type '%s' is not iterable",
                     type_name_of(type));
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(container, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (mo_obj_equal(x, item)) {
            return true;
        }
    }
    return false;
}

static mo_obj_t compare(int op, mo_obj_t lhs, mo_obj_t rhs) {
    const mo_type_t *lt = mo_obj_type(lhs), *rt = mo_obj_type(rhs);
    mo_obj_t res = try_binary(lt, op, lhs, rhs);
    if (res == MO_OBJ_NULL) {
        res = try_binary(rt, swap_compare(op), rhs, lhs);
    }
    if (res != MO_OBJ_NULL) {
        return res;
    }
    if (op == MO_BINARY_OP_EQUAL) {
        return mo_bool(lhs == rhs);
    }
    if (op == MO_BINARY_OP_NOT_EQUAL) {
        // No __ne__ anywhere: the inverse of ==.
        return mo_bool(!mo_obj_is_true(compare(MO_BINARY_OP_EQUAL, lhs, rhs)));
    }
    mo_raise_type_error_unsupported_binop(op, lhs, rhs);
}

static mo_obj_t arithmetic(int op, mo_obj_t lhs, mo_obj_t rhs) {
    const mo_type_t *lt = mo_obj_type(lhs), *rt = mo_obj_type(rhs);
    int orig_op = op;
    if (op >= MO_BINARY_OP_INPLACE_OR && op <= MO_BINARY_OP_INPLACE_POWER) {
        mo_obj_t res = try_binary(lt, op, lhs, rhs);
        if (res != MO_OBJ_NULL) {
            return res;
        }
        op = MO_BINARY_OP_INPLACE_TO_PLAIN(op);
    }
    mo_obj_t res = try_binary(lt, op, lhs, rhs);
    if (res != MO_OBJ_NULL) {
        return res;
    }
    if (op != MO_BINARY_OP_DIVMOD) {
        res = try_binary(rt, MO_BINARY_OP_PLAIN_TO_REVERSE(op), rhs, lhs);
        if (res != MO_OBJ_NULL) {
            return res;
        }
    }
    mo_raise_type_error_unsupported_binop(orig_op, lhs, rhs);
}

mo_obj_t mo_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    switch (op) {
        case MO_BINARY_OP_IS:
            return mo_bool(lhs == rhs);
        case MO_BINARY_OP_EXCEPTION_MATCH:
            if (!mo_obj_is_exception_type(rhs) && !mo_obj_is_type(rhs, &mo_type_tuple)) {
                mo_raise_msg(&mo_type_TypeError,
                             "catching classes that do not inherit from BaseException is not allowed");
            }
            return mo_bool(mo_obj_exception_match(lhs, rhs));
        case MO_BINARY_OP_IN:
            return mo_bool(contains(rhs, lhs));
        case MO_BINARY_OP_CONTAINS:
            return mo_bool(contains(lhs, rhs));
        default:
            break;
    }
    if (op <= MO_BINARY_OP_NOT_EQUAL) {
        return compare(op, lhs, rhs);
    }
    return arithmetic(op, lhs, rhs);
}

bool mo_obj_is_true(mo_obj_t o) {
    if (o == mo_const_false || o == mo_const_none) {
        return false;
    }
    if (o == mo_const_true) {
        return true;
    }
    if (mo_is_small_int(o)) {
        return mo_small_int_value(o) != 0;
    }
    if (mo_is_qstr(o)) {
        return mo_qstr_value(o) != MO_QSTR_;
    }
    const mo_type_t *type = mo_obj_type(o);
    if (type->unary_op != NULL) {
        mo_obj_t res = type->unary_op(MO_UNARY_OP_BOOL, o);
        if (res != MO_OBJ_NULL) {
            return res == mo_const_true;
        }
        res = type->unary_op(MO_UNARY_OP_LEN, o);
        if (res != MO_OBJ_NULL) {
            return res != mo_small_int(0);
        }
    }
    return true;
}

bool mo_obj_equal(mo_obj_t a, mo_obj_t b) {
    if (a == b) {
        return true;  // containers compare by identity first, as CPython
    }
    if (mo_is_small_int(a) && mo_is_small_int(b)) {
        return false;
    }
    if (mo_is_qstr(a) && mo_is_qstr(b)) {
        return false;
    }
    return mo_obj_is_true(compare(MO_BINARY_OP_EQUAL, a, b));
}

static bool is_unhashable_builtin(const mo_type_t *t) {
    return t == &mo_type_list || t == &mo_type_dict || t == &mo_type_set ||
           t == &mo_type_bytearray;
}

mo_int_t mo_obj_hash(mo_obj_t o) {
    if (mo_is_small_int(o)) {
        // CPython's int hash: the value modulo 2**61 - 1, with -1 reserved.
        return mo_int_hash_small(mo_small_int_value(o));
    }
    if (mo_is_qstr(o)) {
        // Masked as the str type masks a heap string's hash, so the two agree on a
        // 32-bit board too.
        return (mo_int_t)(mo_qstr_hash(mo_qstr_value(o)) & (mo_uint_t)MO_SMALL_INT_MAX);
    }
    const mo_type_t *type = mo_obj_type(o);
    if (type->unary_op != NULL) {
        mo_obj_t h = type->unary_op(MO_UNARY_OP_HASH, o);
        if (h != MO_OBJ_NULL) {
            return mo_small_int_value(h);
        }
    }
    if (is_unhashable_builtin(type)) {
        mo_raise_fmt(&mo_type_TypeError, "unhashable type: '%s'", type_name_of(type));
    }
    // Identity: objects are at least 16-byte aligned, so drop the constant bits.
    return (mo_int_t)((uintptr_t)o >> 4);
}

mo_obj_t mo_obj_len_maybe(mo_obj_t o) {
    const mo_type_t *type = mo_obj_type(o);
    if (type->unary_op == NULL) {
        return MO_OBJ_NULL;
    }
    return type->unary_op(MO_UNARY_OP_LEN, o);
}

mo_obj_t mo_obj_len(mo_obj_t o) {
    mo_obj_t len = mo_obj_len_maybe(o);
    if (len == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "object of type '%s' has no len()", mo_obj_type_name(o));
    }
    return len;
}

size_t mo_obj_len_size(mo_obj_t o) { return (size_t)mo_small_int_value(mo_obj_len(o)); }

bool mo_obj_is_callable(mo_obj_t o) {
    const mo_type_t *type = mo_obj_type(o);
    if (type->call == NULL) {
        return false;
    }
    if (type->flags & MO_TYPE_FLAG_USER) {
        return mo_type_lookup(type, MO_QSTR___call__) != MO_OBJ_NULL;
    }
    return true;
}

// repr(o) or str(o), by printing o (kind MO_PRINT_REPR / MO_PRINT_STR).
static mo_obj_t print_to_str(mo_obj_t o, int kind) {
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    mo_print_t p;
    mo_print_to_vstr(&p, &v);
    mo_obj_print(&p, o, kind);
    return mo_obj_new_str_from_vstr(&v);
}

mo_obj_t mo_obj_repr(mo_obj_t o) { return print_to_str(o, MO_PRINT_REPR); }

mo_obj_t mo_obj_str(mo_obj_t o) {
    if (mo_obj_is_str(o)) {
        return o;
    }
    return print_to_str(o, MO_PRINT_STR);
}

const char *mo_obj_type_name(mo_obj_t o) { return mo_qstr_str(mo_obj_type(o)->name); }

bool mo_obj_isinstance(mo_obj_t o, mo_obj_t type_or_tuple) {
    if (mo_obj_is_type(type_or_tuple, &mo_type_tuple)) {
        const mo_tuple_t *t = MO_PTR(type_or_tuple);
        for (size_t i = 0; i < t->len; i++) {
            if (mo_obj_isinstance(o, t->items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mo_obj_is_type(type_or_tuple, &mo_type_type)) {
        mo_raise_msg(&mo_type_TypeError,
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return mo_type_is_subclass(mo_obj_type(o), MO_PTR(type_or_tuple));
}

// ---- subscripts -------------------------------------------------------------------

static mo_obj_t subscr(mo_obj_t base, mo_obj_t index, mo_obj_t value) {
    const mo_type_t *type = mo_obj_type(base);
    if (type->subscr != NULL) {
        mo_obj_t res = type->subscr(base, index, value);
        if (res != MO_OBJ_NULL) {
            return res;
        }
    }
    if (value == MO_OBJ_SENTINEL) {
        if (mo_obj_is_type(base, &mo_type_type)) {
            mo_raise_fmt(&mo_type_TypeError, "type '%q' is not subscriptable",
                         (qstr)((const mo_type_t *)MO_PTR(base))->name);
        }
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not subscriptable", type_name_of(type));
    }
    if (value == MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object doesn't support item deletion",
                     type_name_of(type));
    }
    mo_raise_fmt(&mo_type_TypeError, "'%s' object does not support item assignment",
                 type_name_of(type));
}

mo_obj_t mo_subscr_load(mo_obj_t base, mo_obj_t index) {
    return subscr(base, index, MO_OBJ_SENTINEL);
}

void mo_subscr_store(mo_obj_t base, mo_obj_t index, mo_obj_t value) {
    subscr(base, index, value);
}

void mo_subscr_delete(mo_obj_t base, mo_obj_t index) { subscr(base, index, MO_OBJ_NULL); }

// ---- attributes -----------------------------------------------------------------------

static bool is_plain_function(mo_obj_t o) {
    const mo_type_t *t = mo_obj_type(o);
    return t == &mo_type_fun_bc || t == &mo_type_closure || t == &mo_type_fun_builtin_0 ||
           t == &mo_type_fun_builtin_1 || t == &mo_type_fun_builtin_2 ||
           t == &mo_type_fun_builtin_3 || t == &mo_type_fun_builtin_var ||
           t == &mo_type_fun_builtin_kw;
}

// Binds a raw class-dict entry found for an instance `self` into dest.
static void bind_type_entry(mo_obj_t self, const mo_type_t *type, mo_obj_t entry, mo_obj_t *dest) {
    if (is_plain_function(entry)) {
        dest[0] = entry;
        dest[1] = self;
    } else if (mo_obj_is_type(entry, &mo_type_staticmethod)) {
        dest[0] = ((const mo_static_class_method_t *)MO_PTR(entry))->fun;
    } else if (mo_obj_is_type(entry, &mo_type_classmethod)) {
        dest[0] = ((const mo_static_class_method_t *)MO_PTR(entry))->fun;
        dest[1] = MO_OBJ(type);
    } else if (mo_obj_is_type(entry, &mo_type_property)) {
        // property's layout belongs to objtype.c; going through its getter call keeps
        // this file independent of it.
        dest[0] = mo_call1(mo_load_attr(entry, MO_QSTR_fget), self);
    } else {
        dest[0] = entry;
    }
}

void mo_load_method_maybe(mo_obj_t base, qstr attr, mo_obj_t *dest) {
    dest[0] = MO_OBJ_NULL;
    dest[1] = MO_OBJ_NULL;
    const mo_type_t *type = mo_obj_type(base);
    if (type->attr != NULL) {
        type->attr(base, attr, dest);
        if (dest[0] != MO_OBJ_NULL) {
            return;
        }
    }
    if (attr == MO_QSTR___class__) {
        dest[0] = MO_OBJ(type);
        return;
    }
    if (type->attr == NULL || !(type->flags & MO_TYPE_FLAG_USER)) {
        mo_obj_t entry = mo_type_lookup(type, attr);
        if (entry != MO_OBJ_NULL) {
            bind_type_entry(base, type, entry, dest);
        }
    }
}

void mo_load_method(mo_obj_t base, qstr attr, mo_obj_t *dest) {
    mo_load_method_maybe(base, attr, dest);
    if (dest[0] == MO_OBJ_NULL) {
        mo_load_attr(base, attr);  // raises the right AttributeError
    }
}

void mo_load_attr_maybe(mo_obj_t base, qstr attr, mo_obj_t *dest) {
    mo_load_method_maybe(base, attr, dest);
    if (dest[0] != MO_OBJ_NULL && dest[1] != MO_OBJ_NULL) {
        dest[0] = mo_obj_new_bound_meth(dest[0], dest[1]);
        dest[1] = MO_OBJ_NULL;
    }
}

_Noreturn static void raise_no_attr(mo_obj_t base, qstr attr) {
    if (mo_obj_is_type(base, &mo_type_module)) {
        mo_obj_t name = mo_dict_get(MO_OBJ(mo_obj_module_get_globals(base)),
                                    mo_qstr_obj(MO_QSTR___name__));
        mo_raise_fmt(&mo_type_AttributeError, "module '%S' has no attribute '%q'",
                     name ? name : mo_qstr_obj(MO_QSTR_), attr);
    }
    if (mo_obj_is_type(base, &mo_type_type)) {
        mo_raise_fmt(&mo_type_AttributeError, "type object '%q' has no attribute '%q'",
                     (qstr)((const mo_type_t *)MO_PTR(base))->name, attr);
    }
    mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                 mo_obj_type_name(base), attr);
}

mo_obj_t mo_load_attr(mo_obj_t base, qstr attr) {
    mo_obj_t dest[2];
    mo_load_attr_maybe(base, attr, dest);
    if (dest[0] == MO_OBJ_NULL) {
        raise_no_attr(base, attr);
    }
    return dest[0];
}

void mo_store_attr(mo_obj_t base, qstr attr, mo_obj_t value) {
    const mo_type_t *type = mo_obj_type(base);
    if (type->attr != NULL) {
        mo_obj_t dest[2] = {MO_OBJ_SENTINEL, value};
        type->attr(base, attr, dest);
        if (dest[0] == MO_OBJ_NULL) {
            return;
        }
    }
    if (value == MO_OBJ_NULL) {
        raise_no_attr(base, attr);
    }
    mo_obj_t existing[2];
    mo_load_method_maybe(base, attr, existing);
    if (existing[0] != MO_OBJ_NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'%s' object attribute '%q' is read-only",
                     type_name_of(type), attr);
    }
    raise_no_attr(base, attr);
}

void mo_delete_attr(mo_obj_t base, qstr attr) { mo_store_attr(base, attr, MO_OBJ_NULL); }

// ---- calls ----------------------------------------------------------------------------

mo_obj_t mo_call(mo_obj_t fun, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_type_t *type = mo_obj_type(fun);
    if (type->call == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not callable", type_name_of(type));
    }
    return type->call(fun, n_args, n_kw, args);
}

mo_obj_t mo_call0(mo_obj_t fun) { return mo_call(fun, 0, 0, NULL); }

mo_obj_t mo_call1(mo_obj_t fun, mo_obj_t a) { return mo_call(fun, 1, 0, &a); }

mo_obj_t mo_call2(mo_obj_t fun, mo_obj_t a, mo_obj_t b) {
    mo_obj_t args[2] = {a, b};
    return mo_call(fun, 2, 0, args);
}

mo_obj_t mo_call_method(size_t n_args, size_t n_kw, const mo_obj_t *args) {
    if (args[1] == MO_OBJ_NULL) {
        return mo_call(args[0], n_args, n_kw, args + 2);
    }
    return mo_call(args[0], n_args + 1, n_kw, args + 1);
}

// A growable argument array for mo_call_var_kw.
typedef struct {
    mo_obj_t *items;
    size_t len, alloc;
} argbuf_t;

static void argbuf_push(argbuf_t *b, mo_obj_t o) {
    if (b->len == b->alloc) {
        b->alloc = b->alloc * 2 + 8;
        b->items = mo_renew(mo_obj_t, b->items, b->alloc);
    }
    b->items[b->len++] = o;
}

static void argbuf_push_iterable(argbuf_t *b, mo_obj_t iterable) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        argbuf_push(b, x);
    }
}

static void argbuf_push_mapping(argbuf_t *kw, mo_obj_t mapping) {
    if (mo_obj_is_type(mapping, &mo_type_dict)) {
        const mo_map_t *map = &((const mo_dict_t *)MO_PTR(mapping))->map;
        for (size_t i = 0; i < map->used; i++) {
            if (map->table[i].key != MO_OBJ_NULL) {
                if (!mo_obj_is_str(map->table[i].key)) {
                    mo_raise_msg(&mo_type_TypeError, "keywords must be strings");
                }
                argbuf_push(kw, map->table[i].key);
                argbuf_push(kw, map->table[i].value);
            }
        }
        return;
    }
    mo_obj_t keys = mo_call_method_0(mapping, MO_QSTR_keys);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(keys, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (!mo_obj_is_str(key)) {
            mo_raise_msg(&mo_type_TypeError, "keywords must be strings");
        }
        argbuf_push(kw, key);
        argbuf_push(kw, mo_subscr_load(mapping, key));
    }
}

mo_obj_t mo_call_var_kw(mo_obj_t fun, mo_obj_t self, size_t n_args, size_t n_kw,
                        const mo_obj_t *args) {
    mo_uint_t star = (mo_uint_t)mo_small_int_value(args[n_args + 2 * n_kw]);
    argbuf_t pos = {NULL, 0, 0}, kw = {NULL, 0, 0};
    if (self != MO_OBJ_NULL) {
        argbuf_push(&pos, self);
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i < sizeof(mo_uint_t) * 8 && (star >> i) & 1) {
            argbuf_push_iterable(&pos, args[i]);
        } else {
            argbuf_push(&pos, args[i]);
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        mo_obj_t name = args[n_args + 2 * i], value = args[n_args + 2 * i + 1];
        if (name == MO_OBJ_NULL) {
            argbuf_push_mapping(&kw, value);
        } else {
            argbuf_push(&kw, name);
            argbuf_push(&kw, value);
        }
    }
    size_t n_pos = pos.len, n_kw_total = kw.len / 2;
    for (size_t i = 0; i < kw.len; i++) {
        argbuf_push(&pos, kw.items[i]);
    }
    mo_obj_t res = mo_call(fun, n_pos, n_kw_total, pos.items);
    mo_free(pos.items);
    mo_free(kw.items);
    return res;
}

mo_obj_t mo_call_method_0(mo_obj_t self, qstr name) {
    mo_obj_t dest[2];
    mo_load_method(self, name, dest);
    return mo_call_method(0, 0, dest);
}

void mo_arg_check_num(size_t n_args, size_t n_kw, size_t min, size_t max, bool takes_kw) {
    if (n_kw != 0 && !takes_kw) {
        mo_raise_msg(&mo_type_TypeError, "function doesn't take keyword arguments");
    }
    if (min == max && n_args != min) {
        mo_raise_fmt(&mo_type_TypeError, "function takes %u positional arguments but %u were given",
                     (unsigned)min, (unsigned)n_args);
    }
    if (n_args < min) {
        mo_raise_fmt(&mo_type_TypeError, "function missing %u required positional arguments",
                     (unsigned)(min - n_args));
    }
    if (n_args > max) {
        mo_raise_fmt(&mo_type_TypeError, "function expected at most %u arguments, got %u",
                     (unsigned)max, (unsigned)n_args);
    }
}

void mo_arg_check_at_most_one(const mo_type_t *type, size_t n_args, size_t n_kw) {
    if (n_kw != 0) {
        mo_raise_fmt(&mo_type_TypeError, "%q() takes no keyword arguments", (qstr)type->name);
    }
    if (n_args > 1) {
        mo_raise_fmt(&mo_type_TypeError, "%q expected at most 1 argument, got %u",
                     (qstr)type->name, (unsigned)n_args);
    }
}

// ---- iteration --------------------------------------------------------------------------

mo_obj_t mo_getiter(mo_obj_t o, mo_iter_buf_t *iter_buf) {
    const mo_type_t *type = mo_obj_type(o);
    if (type->getiter != NULL) {
        mo_obj_t it = type->getiter(o, iter_buf);
        if (it != MO_OBJ_NULL) {
            return it;
        }
    }
    if (type->subscr != NULL && !(type->flags & MO_TYPE_FLAG_USER)) {
        return mo_obj_new_getitem_iter(o, iter_buf);
    }
    if ((type->flags & MO_TYPE_FLAG_USER) && mo_type_lookup(type, MO_QSTR___getitem__)) {
        return mo_obj_new_getitem_iter(o, iter_buf);
    }
    mo_raise_fmt(&mo_type_TypeError, "'%s' object is not iterable", type_name_of(type));
}

static mo_obj_t call_iternext(const mo_type_t *type, mo_obj_t it) {
    if (type->iternext == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object is not an iterator", type_name_of(type));
    }
    return type->iternext(it);
}

mo_obj_t mo_iternext(mo_obj_t it) {
    const mo_type_t *type = mo_obj_type(it);
    if (!(type->flags & MO_TYPE_FLAG_USER) && type != &mo_type_gen_instance) {
        return call_iternext(type, it);
    }
    // Python-level __next__ ends by raising StopIteration; turn it into the sentinel.
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t res = call_iternext(type, it);
        mo_nlr_pop();
        return res;
    }
    if (mo_obj_is_type(nlr.ret_val, &mo_type_StopIteration)) {
        return MO_OBJ_STOP_ITERATION;
    }
    mo_nlr_jump(nlr.ret_val);
}

mo_obj_t mo_iternext_raise(mo_obj_t it) {
    mo_obj_t res = call_iternext(mo_obj_type(it), it);
    if (res == MO_OBJ_STOP_ITERATION) {
        mo_raise_stop_iteration(MO_OBJ_NULL);
    }
    return res;
}

void mo_unpack_sequence(mo_obj_t seq, size_t n, mo_obj_t *items) {
    if (mo_obj_is_type(seq, &mo_type_tuple) || mo_obj_is_type(seq, &mo_type_list)) {
        size_t len;
        mo_obj_t *src;
        mo_obj_get_array(seq, &len, &src);
        if (len < n) {
            mo_raise_fmt(&mo_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)len);
        }
        if (len > n) {
            mo_raise_fmt(&mo_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
        }
        for (size_t i = 0; i < n; i++) {
            items[n - 1 - i] = src[i];
        }
        return;
    }
    const mo_type_t *type = mo_obj_type(seq);
    if (type->getiter == NULL && type->subscr == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "cannot unpack non-iterable %s object", type_name_of(type));
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(seq, &buf);
    for (size_t i = 0; i < n; i++) {
        mo_obj_t x = mo_iternext(it);
        if (x == MO_OBJ_STOP_ITERATION) {
            mo_raise_fmt(&mo_type_ValueError, "not enough values to unpack (expected %u, got %u)",
                         (unsigned)n, (unsigned)i);
        }
        items[n - 1 - i] = x;
    }
    if (mo_iternext(it) != MO_OBJ_STOP_ITERATION) {
        mo_raise_fmt(&mo_type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
    }
}

void mo_unpack_ex(mo_obj_t seq, size_t n_before, size_t n_after, mo_obj_t *items) {
    const mo_type_t *type = mo_obj_type(seq);
    if (type->getiter == NULL && type->subscr == NULL) {
        mo_raise_fmt(&mo_type_TypeError, "cannot unpack non-iterable %s object", type_name_of(type));
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, seq);
    size_t len;
    mo_obj_t *src;
    mo_obj_get_array(list, &len, &src);
    if (len < n_before + n_after) {
        mo_raise_fmt(&mo_type_ValueError,
                     "not enough values to unpack (expected at least %u, got %u)",
                     (unsigned)(n_before + n_after), (unsigned)len);
    }
    size_t n = n_before + 1 + n_after;
    for (size_t i = 0; i < n_before; i++) {
        items[n - 1 - i] = src[i];
    }
    size_t n_middle = len - n_before - n_after;
    mo_obj_t middle = mo_obj_new_list(n_middle, n_middle ? src + n_before : NULL);   // src may be NULL
    items[n_after] = middle;
    for (size_t i = 0; i < n_after; i++) {
        items[n_after - 1 - i] = src[len - n_after + i];
    }
}

// ---- names ---------------------------------------------------------------------------

static mo_obj_t dict_lookup(mo_dict_t *d, qstr q) {
    mo_map_elem_t *e = mo_map_lookup(&d->map, mo_qstr_obj(q), MO_MAP_LOOKUP);
    return e ? e->value : MO_OBJ_NULL;
}

_Noreturn static void raise_name_error(qstr q) {
    mo_raise_fmt(&mo_type_NameError, "name '%q' is not defined", q);
}

mo_obj_t mo_load_global(qstr q) {
    mo_obj_t v = dict_lookup(mo_state.globals, q);
    if (v == MO_OBJ_NULL) {
        v = dict_lookup(&mo_builtins_dict, q);
        if (v == MO_OBJ_NULL) {
            raise_name_error(q);
        }
    }
    return v;
}

mo_obj_t mo_load_name(qstr q) {
    if (mo_state.locals != mo_state.globals) {
        mo_obj_t v = dict_lookup(mo_state.locals, q);
        if (v != MO_OBJ_NULL) {
            return v;
        }
    }
    return mo_load_global(q);
}

mo_obj_t mo_load_build_class(void) { return MO_ROM_PTR(&mo_builtin___build_class___obj); }

void mo_store_name(qstr q, mo_obj_t value) {
    mo_dict_store(MO_OBJ(mo_state.locals), mo_qstr_obj(q), value);
}

void mo_store_global(qstr q, mo_obj_t value) {
    mo_dict_store(MO_OBJ(mo_state.globals), mo_qstr_obj(q), value);
}

static void delete_from(mo_dict_t *d, qstr q) {
    if (mo_map_lookup(&d->map, mo_qstr_obj(q), MO_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_name_error(q);
    }
}

void mo_delete_name(qstr q) { delete_from(mo_state.locals, q); }

void mo_delete_global(qstr q) { delete_from(mo_state.globals, q); }
