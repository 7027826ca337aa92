// Functions written in C (mo_fun_builtin_t in obj.h): one type per calling form, so
// calling a fixed-arity function checks its count and jumps straight to it.
#include "runtime/runtime.h"

static const mo_fun_builtin_t *as_fun(mo_obj_t self) { return MO_PTR(self); }

// Finds fun's name in a dict of a module, or MO_QSTR_NULL.
static qstr name_in(const mo_dict_t *d, mo_obj_t fun) {
    const mo_map_t *map = &d->map;
    for (size_t i = 0; i < map->used; i++) {
        if (map->table[i].value == fun && mo_is_qstr(map->table[i].key)) {
            return mo_qstr_value(map->table[i].key);
        }
    }
    return MO_QSTR_NULL;
}

// A C function carries no name (a word each in ROM for a rarely used string); its
// name is found when needed by looking for it in builtins and the loaded modules.
qstr mo_fun_builtin_name(mo_obj_t fun) {
    qstr q = name_in(&mo_builtins_dict, fun);
    if (q != MO_QSTR_NULL || !mo_obj_is_type(mo_state.sys_modules, &mo_type_dict)) {
        return q;
    }
    const mo_map_t *mods = &((const mo_dict_t *)MO_PTR(mo_state.sys_modules))->map;
    for (size_t i = 0; i < mods->used && q == MO_QSTR_NULL; i++) {
        mo_obj_t m = mods->table[i].value;
        if (mods->table[i].key != MO_OBJ_NULL && mo_obj_is_type(m, &mo_type_module)) {
            q = name_in(mo_obj_module_get_globals(m), fun);
        }
    }
    return q;
}

// CPython's wording for a C function called with the wrong number of arguments.
static void check_count(mo_obj_t self, size_t n_args, size_t n_kw, bool takes_kw) {
    const mo_fun_builtin_t *f = as_fun(self);
    if (n_args >= f->n_args_min && n_args <= f->n_args_max && (n_kw == 0 || takes_kw)) {
        return;
    }
    qstr name = mo_fun_builtin_name(self);
    if (name == MO_QSTR_NULL) {
        mo_arg_check_num(n_args, n_kw, f->n_args_min, f->n_args_max, takes_kw);
        return;
    }
    if (n_kw != 0 && !takes_kw) {
        mo_raise_fmt(&mo_type_TypeError, "%q() takes no keyword arguments", name);
    }
    if (f->n_args_min == f->n_args_max) {
        if (f->n_args_min == 0) {
            mo_raise_fmt(&mo_type_TypeError, "%q() takes no arguments (%u given)", name,
                         (unsigned)n_args);
        }
        if (f->n_args_min == 1) {
            mo_raise_fmt(&mo_type_TypeError, "%q() takes exactly one argument (%u given)", name,
                         (unsigned)n_args);
        }
        mo_raise_fmt(&mo_type_TypeError, "%q expected %u arguments, got %u", name,
                     (unsigned)f->n_args_min, (unsigned)n_args);
    }
    if (n_args < f->n_args_min) {
        mo_raise_fmt(&mo_type_TypeError, "%q expected at least %u argument%s, got %u", name,
                     (unsigned)f->n_args_min, f->n_args_min == 1 ? "" : "s", (unsigned)n_args);
    }
    mo_raise_fmt(&mo_type_TypeError, "%q expected at most %u argument%s, got %u", name,
                 (unsigned)f->n_args_max, f->n_args_max == 1 ? "" : "s", (unsigned)n_args);
}

static void check_fixed(mo_obj_t self, size_t n_args, size_t n_kw) {
    check_count(self, n_args, n_kw, false);
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
    check_count(self, n_args, n_kw, false);
    return as_fun(self)->fun.var(n_args, args);
}

static mo_obj_t call_kw(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_fun_builtin_t *f = as_fun(self);
    check_count(self, n_args, n_kw, true);
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
    qstr name = mo_fun_builtin_name(self);
    if (name == MO_QSTR_NULL) {
        mo_print_str(print, "<built-in method>");
    } else {
        mo_printf(print, "<built-in function %q>", name);
    }
}

static void fun_builtin_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL && (attr == MO_QSTR___name__ || attr == MO_QSTR___qualname__)) {
        qstr name = mo_fun_builtin_name(self);
        if (name != MO_QSTR_NULL) {
            dest[0] = mo_qstr_obj(name);
        }
    }
}

#define FUN_BUILTIN_TYPE(suffix, caller) \
    const mo_type_t mo_type_fun_builtin_##suffix = { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE, \
        .name = MO_QSTR_builtin_function_or_method, \
        .print = fun_builtin_print, \
        .call = caller, \
        .attr = fun_builtin_attr, \
    }

FUN_BUILTIN_TYPE(0, call_0);
FUN_BUILTIN_TYPE(1, call_1);
FUN_BUILTIN_TYPE(2, call_2);
FUN_BUILTIN_TYPE(3, call_3);
FUN_BUILTIN_TYPE(var, call_var);
FUN_BUILTIN_TYPE(kw, call_kw);
