// The runtime's operations on values: what the VM, native code and C modules call.
// Each function names the file that implements it.
#ifndef MOTE_RUNTIME_H
#define MOTE_RUNTIME_H

#include <stdarg.h>

#include "runtime/gc.h"
#include "runtime/nlr.h"
#include "runtime/obj.h"
#include "runtime/ops.h"
#include "runtime/print.h"
#include "runtime/state.h"

// ---- start-up (runtime.c) ----------------------------------------------------------
void mo_init(void *heap, size_t heap_bytes, void *stack_top, size_t stack_limit_bytes);
void mo_deinit(void);

// ---- raising (runtime.c) -------------------------------------------------------
_Noreturn void mo_raise(mo_obj_t exc);  // exc: an exception instance or class
_Noreturn void mo_raise_msg(const mo_type_t *exc_type, const char *msg);
// fmt as mo_printf (%q %T %S %R and the usual ones).
_Noreturn void mo_raise_fmt(const mo_type_t *exc_type, const char *fmt, ...);
_Noreturn void mo_raise_type_error_unsupported_binop(int op, mo_obj_t lhs, mo_obj_t rhs);
_Noreturn void mo_raise_memory_error(void);
_Noreturn void mo_raise_stop_iteration(mo_obj_t value);  // value may be NULL
// Recursion guard: raises RuntimeError("maximum recursion depth exceeded") when the
// C stack has less than the configured margin left. Call at every recursion point.
void mo_stack_check(void);

// ---- generic operations (runtime.c) -------------------------------------------------
mo_obj_t mo_unary_op(int op, mo_obj_t arg);
mo_obj_t mo_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs);
bool mo_obj_is_true(mo_obj_t o);
bool mo_obj_equal(mo_obj_t a, mo_obj_t b);
// A type's unary_op(MO_UNARY_OP_HASH) returns a small int; if it has no hook or
// returns NULL the object hashes by identity. Unhashable types raise TypeError
// themselves (list, dict, set, bytearray are also refused here).
mo_int_t mo_obj_hash(mo_obj_t o);
mo_obj_t mo_obj_len(mo_obj_t o);           // small int; TypeError if no len
size_t mo_obj_len_size(mo_obj_t o);
mo_obj_t mo_obj_len_maybe(mo_obj_t o);     // NULL if no len
bool mo_obj_is_callable(mo_obj_t o);
mo_obj_t mo_obj_repr(mo_obj_t o);          // str object
mo_obj_t mo_obj_str(mo_obj_t o);
const char *mo_obj_type_name(mo_obj_t o);
bool mo_obj_isinstance(mo_obj_t o, mo_obj_t type_or_tuple);
bool mo_type_is_subclass(const mo_type_t *t, const mo_type_t *base);  // objtype.c

mo_obj_t mo_subscr_load(mo_obj_t base, mo_obj_t index);
void mo_subscr_store(mo_obj_t base, mo_obj_t index, mo_obj_t value);
void mo_subscr_delete(mo_obj_t base, mo_obj_t index);

mo_obj_t mo_load_attr(mo_obj_t base, qstr attr);       // AttributeError if missing
void mo_load_attr_maybe(mo_obj_t base, qstr attr, mo_obj_t *dest); // dest[0] NULL if missing
// dest[0] = method or attribute; dest[1] = self for a method, else NULL.
void mo_load_method(mo_obj_t base, qstr attr, mo_obj_t *dest);
void mo_load_method_maybe(mo_obj_t base, qstr attr, mo_obj_t *dest);
void mo_load_super_method(qstr attr, mo_obj_t *dest);  // dest[0]=type, dest[1]=self
void mo_store_attr(mo_obj_t base, qstr attr, mo_obj_t value);
void mo_delete_attr(mo_obj_t base, qstr attr);
// Looks attr up in a type's locals_dict along its bases / MRO; the raw entry
// (function, property, staticmethod, ...) without binding. NULL if absent.
mo_obj_t mo_type_lookup(const mo_type_t *type, qstr attr);  // objtype.c

// Calls. args: n_args positional values, then n_kw (name, value) pairs.
mo_obj_t mo_call(mo_obj_t fun, size_t n_args, size_t n_kw, const mo_obj_t *args);
mo_obj_t mo_call0(mo_obj_t fun);
mo_obj_t mo_call1(mo_obj_t fun, mo_obj_t a);
mo_obj_t mo_call2(mo_obj_t fun, mo_obj_t a, mo_obj_t b);
// args[0] = method, args[1] = self or NULL (as from mo_load_method), then the args.
mo_obj_t mo_call_method(size_t n_args, size_t n_kw, const mo_obj_t *args);
// The *args / **kwargs forms (CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW). self may be
// NULL. args holds n_args positional values, then n_kw (name, value) pairs where a
// NULL name means the value is a **mapping to merge, then one small int: a bitmap
// whose bit i is set when positional i is a *iterable to unpack.
mo_obj_t mo_call_var_kw(mo_obj_t fun, mo_obj_t self, size_t n_args, size_t n_kw,
                        const mo_obj_t *args);
// self.name() with no arguments.
mo_obj_t mo_call_method_0(mo_obj_t self, qstr name);
// The name of a C function (found in builtins or a loaded module), or MO_QSTR_NULL.
qstr mo_fun_builtin_name(mo_obj_t fun);  // objfun_builtin.c
// Checks the count of arguments to a C function; raises TypeError like CPython.
void mo_arg_check_num(size_t n_args, size_t n_kw, size_t min, size_t max, bool takes_kw);
// The call of a built-in type like list(x): at most one argument and no keywords,
// else TypeError worded as CPython words it with type's name.
void mo_arg_check_at_most_one(const mo_type_t *type, size_t n_args, size_t n_kw);

// Iteration. iter_buf may be NULL.
mo_obj_t mo_getiter(mo_obj_t o, mo_iter_buf_t *iter_buf);
// MO_OBJ_STOP_ITERATION when done. A type's iternext hook may either return
// MO_OBJ_STOP_ITERATION or raise StopIteration (user classes' __next__ do);
// mo_iternext turns the latter into the sentinel too.
mo_obj_t mo_iternext(mo_obj_t it);
// objiter.c: the iterator for objects with only __getitem__ (the sequence protocol).
mo_obj_t mo_obj_new_getitem_iter(mo_obj_t seq, mo_iter_buf_t *iter_buf);
// Calls __next__ and lets StopIteration propagate as an exception (for next()).
mo_obj_t mo_iternext_raise(mo_obj_t it);
// Unpacking: writes the n items of seq into items[n-1] .. items[0] (VM stack order).
void mo_unpack_sequence(mo_obj_t seq, size_t n, mo_obj_t *items);
// a, *b, c: n_before + starred list + n_after, same reverse order.
void mo_unpack_ex(mo_obj_t seq, size_t n_before, size_t n_after, mo_obj_t *items);

// Import (import.c).
mo_obj_t mo_import_name(qstr name, mo_obj_t fromlist, mo_obj_t level);
mo_obj_t mo_import_from(mo_obj_t module, qstr name);
void mo_import_all(mo_obj_t module);   // from m import * into the current globals

// Names in the current scope (runtime.c). Globals live in mo_state.globals,
// locals (module and class bodies) in mo_state.locals.
mo_obj_t mo_load_name(qstr q);
mo_obj_t mo_load_global(qstr q);
mo_obj_t mo_load_build_class(void);
void mo_store_name(qstr q, mo_obj_t value);
void mo_store_global(qstr q, mo_obj_t value);
void mo_delete_name(qstr q);
void mo_delete_global(qstr q);

// ---- constructors and accessors, by owning file ---------------------------------
// objint.c (small ints overflow into big ints transparently)
mo_obj_t mo_obj_new_int(mo_int_t v);
mo_obj_t mo_obj_new_int_from_ll(long long v);
mo_obj_t mo_obj_new_int_from_ull(unsigned long long v);
mo_obj_t mo_obj_new_int_from_str(const char *s, size_t len, int base); // ValueError if bad
mo_int_t mo_obj_get_int(mo_obj_t o);          // int or bool; TypeError otherwise,
                                              // OverflowError if it doesn't fit
bool mo_obj_get_int_maybe(mo_obj_t o, mo_int_t *v);
mo_obj_t mo_int_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs); // both int/bool
// objfloat.c
mo_obj_t mo_obj_new_float(double v);
double mo_obj_get_float(mo_obj_t o);          // float, int or bool; TypeError otherwise
bool mo_obj_get_float_maybe(mo_obj_t o, double *v);
mo_obj_t mo_obj_new_complex(double real, double imag);
// objstr.c
mo_obj_t mo_obj_new_str(const char *data, size_t len);   // UTF-8, copied
mo_obj_t mo_obj_new_str_from_cstr(const char *s);
mo_obj_t mo_obj_new_bytes(const uint8_t *data, size_t len);
const char *mo_obj_str_get_data(mo_obj_t o, size_t *len);    // str or bytes
qstr mo_obj_str_get_qstr(mo_obj_t o);                        // interns if needed
const char *mo_obj_str_get_cstr(mo_obj_t o);                 // TypeError if not str
mo_obj_t mo_obj_str_intern(mo_obj_t o);
// objtuple.c / objlist.c
mo_obj_t mo_obj_new_tuple(size_t n, const mo_obj_t *items);  // items may be NULL
void mo_obj_get_array(mo_obj_t o, size_t *len, mo_obj_t **items); // tuple or list
mo_obj_t mo_obj_new_list(size_t n, const mo_obj_t *items);
void mo_list_append(mo_obj_t list, mo_obj_t item);
void mo_list_extend(mo_obj_t list, mo_obj_t iterable);
// objdict.c and map.c
mo_obj_t mo_obj_new_dict(size_t n_alloc);
void mo_dict_store(mo_obj_t dict, mo_obj_t key, mo_obj_t value);
mo_obj_t mo_dict_get(mo_obj_t dict, mo_obj_t key);  // NULL if absent
void mo_dict_update(mo_obj_t dict, mo_obj_t other); // {**a} and dict.update
void mo_map_init(mo_map_t *map, size_t n);
mo_map_elem_t *mo_map_lookup(mo_map_t *map, mo_obj_t key, mo_map_lookup_kind_t kind);
// objset.c
mo_obj_t mo_obj_new_set(size_t n, const mo_obj_t *items);
void mo_set_add(mo_obj_t set, mo_obj_t item);
// objslice.c / objrange.c
mo_obj_t mo_obj_new_slice(mo_obj_t start, mo_obj_t stop, mo_obj_t step);
// objexcept.c
mo_obj_t mo_obj_new_exception(const mo_type_t *type, size_t n_args, const mo_obj_t *args);
mo_obj_t mo_obj_new_exception_msg(const mo_type_t *type, const char *msg);
bool mo_obj_is_exception_instance(mo_obj_t o);
bool mo_obj_is_exception_type(mo_obj_t o);
bool mo_obj_exception_match(mo_obj_t exc, mo_obj_t type_or_tuple);
// Adds a traceback entry; the VM calls it as an exception leaves a frame.
void mo_exc_add_traceback(mo_obj_t exc, qstr file, size_t line, qstr block);
void mo_exc_set_cause(mo_obj_t exc, mo_obj_t cause);     // raise ... from
void mo_exc_set_context(mo_obj_t exc, mo_obj_t context); // raised while handling
mo_obj_t mo_exc_get_value(mo_obj_t exc);  // StopIteration.value, args[0] or None
// objtype.c
mo_obj_t mo_obj_new_type(qstr name, mo_obj_t bases, mo_obj_t dict);
mo_obj_t mo_obj_new_super(mo_obj_t type, mo_obj_t obj);
// objmodule.c
mo_obj_t mo_obj_new_module(qstr name);
mo_dict_t *mo_obj_module_get_globals(mo_obj_t module);
void mo_module_register(qstr name, mo_obj_t module);  // sys.modules
mo_obj_t mo_module_get_builtin(qstr name);  // a built-in C module, or NULL
// objfun.c / objgen.c / objclosure.c (the VM's function objects)
mo_obj_t mo_obj_new_bound_meth(mo_obj_t meth, mo_obj_t self);
mo_obj_t mo_obj_new_cell(mo_obj_t value);
mo_obj_t mo_obj_cell_get(mo_obj_t cell);
void mo_obj_cell_set(mo_obj_t cell, mo_obj_t value);

// ---- running code (exec.c) ---------------------------------------------------------
struct mo_raw_code;
struct mo_code_ctx;
struct mo_compiled_module;
// A function object for rc (MAKE_FUNCTION does this too). def_args: tuple of
// positional defaults or NULL; def_kw_args: dict of keyword-only defaults or NULL.
mo_obj_t mo_make_function(const struct mo_raw_code *rc, const struct mo_code_ctx *ctx,
                          mo_obj_t def_args, mo_obj_t def_kw_args);
// Runs a compiled module's top level with the given globals and locals (the same
// dict for a module), restoring the caller's globals and locals afterwards.
mo_obj_t mo_exec_compiled(const struct mo_compiled_module *cm, mo_dict_t *globals,
                          mo_dict_t *locals);
// Compiles and runs source; parse_kind is a mo_parse_input_kind_t (compile.h).
// For eval input, returns the expression's value.
mo_obj_t mo_exec_source(const char *src, size_t len, qstr source_name, int parse_kind,
                        mo_dict_t *globals, mo_dict_t *locals);

// ---- builtins (builtins.c) ------------------------------------------------------
extern mo_dict_t mo_builtins_dict;      // the builtins module's dict (ROM)
extern const mo_fun_builtin_t mo_builtin___build_class___obj, mo_builtin_print_obj,
    mo_builtin_next_obj, mo_builtin_iter_obj;

// The exception types.
extern const mo_type_t mo_type_BaseException, mo_type_Exception, mo_type_SystemExit,
    mo_type_KeyboardInterrupt, mo_type_GeneratorExit, mo_type_StopIteration,
    mo_type_StopAsyncIteration, mo_type_ArithmeticError, mo_type_OverflowError,
    mo_type_ZeroDivisionError, mo_type_AssertionError, mo_type_AttributeError,
    mo_type_EOFError, mo_type_ImportError, mo_type_ModuleNotFoundError,
    mo_type_LookupError, mo_type_IndexError, mo_type_KeyError, mo_type_MemoryError,
    mo_type_NameError, mo_type_UnboundLocalError, mo_type_OSError, mo_type_RuntimeError,
    mo_type_NotImplementedError, mo_type_RecursionError, mo_type_SyntaxError,
    mo_type_IndentationError, mo_type_TypeError, mo_type_ValueError,
    mo_type_UnicodeError, mo_type_FloatingPointError;

// The MemoryError raised when the heap is full is preallocated (raising must not
// allocate); see state.h.

#endif
