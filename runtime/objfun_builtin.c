// Functions written in C (mo_fun_builtin_t in obj.h): one type per calling form, so
// calling a fixed-arity function checks its count and jumps straight to it.
#include "runtime/runtime.h"

static const mo_fun_builtin_t *as_fun(mo_obj_t self) { return MO_PTR(self); }

static void check_fixed(mo_obj_t self, size_t n_args, size_t n_kw) {
    const mo_fun_builtin_t *f = as_fun(self);
    mo_arg_check_num(n_args, n_kw, f->n_args_min, f->n_args_max, false);
}

static mo_obj_t call_0(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    check_fixed(self, n_args, n_kw);
    return as_fun(self)->fun._0();
}

static mo_obj_t call_1(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    check_fixed(self, n_args, n_kw);
    return as_fun(self)->fun._1(args[0]);
}

static mo_obj_t call_2(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    check_fixed(self, n_args, n_kw);
    return as_fun(self)->fun._2(args[0], args[1]);
}

static mo_obj_t call_3(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    check_fixed(self, n_args, n_kw);
    return as_fun(self)->fun._3(args[0], args[1], args[2]);
}

static mo_obj_t call_var(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_fun_builtin_t *f = as_fun(self);
    mo_arg_check_num(n_args, n_kw, f->n_args_min, f->n_args_max, false);
    return f->fun.var(n_args, args);
}

static mo_obj_t call_kw(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_fun_builtin_t *f = as_fun(self);
    mo_arg_check_num(n_args, n_kw, f->n_args_min, f->n_args_max, true);
    if (n_kw == 0) {
        return f->fun.kw(n_args, args, NULL);
    }
    mo_map_t kw;
    mo_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mo_obj_t key = args[n_args + 2 * i];
        mo_map_lookup(&kw, key, MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    return f->fun.kw(n_args, args, &kw);
}

static void fun_builtin_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, "<built-in function>");
}

#define FUN_BUILTIN_TYPE(suffix, caller) \
    const mo_type_t mo_type_fun_builtin_##suffix = { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE, \
        .name = MO_QSTR_builtin_function_or_method, \
        .print = fun_builtin_print, \
        .call = caller, \
    }

FUN_BUILTIN_TYPE(0, call_0);
FUN_BUILTIN_TYPE(1, call_1);
FUN_BUILTIN_TYPE(2, call_2);
FUN_BUILTIN_TYPE(3, call_3);
FUN_BUILTIN_TYPE(var, call_var);
FUN_BUILTIN_TYPE(kw, call_kw);
