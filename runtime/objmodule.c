// Modules: the module type (attributes, repr), making and registering modules, and
// the table of modules written in C that `import` finds before searching sys.path.
#include <string.h>

#include "runtime/map.h"
#include "runtime/runtime.h"

// ---- the built-in C modules ---------------------------------------------------------
// Each C module defines `const mo_module_t mo_module_NAME` (a ROM module whose
// globals dict holds __name__) and registers it with a line of its own:
//     MO_REGISTER_MODULE(MO_QSTR_name, mo_module_name);
// tools/gen_qstr.py collects those lines into genhdr/moduledefs.h, so adding a
// module touches no shared file.
#define MO_BUILTIN_MODULES(X) \
    X(MO_QSTR_builtins, mo_module_builtins) \
    X(MO_QSTR_sys, mo_module_sys) \
    MO_GENERATED_MODULES(X)

#include "genhdr/moduledefs.h"

#define DECLARE_MODULE(q, m) extern const mo_module_t m;
MO_BUILTIN_MODULES(DECLARE_MODULE)

typedef struct builtin_module {
    uint16_t name;
    const mo_module_t *module;
} builtin_module_t;

#define MODULE_ENTRY(q, m) {q, &m},
static const builtin_module_t builtin_modules[] = {MO_BUILTIN_MODULES(MODULE_ENTRY)};

// builtins' dict is the ROM dict the name lookup falls back to; it has no __name__
// (so module globals never find it there), which the module table supplies.
const mo_module_t mo_module_builtins = {{&mo_type_module}, &mo_builtins_dict};

mo_obj_t mo_module_get_builtin(qstr name) {
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        if (builtin_modules[i].name == name) {
            return MO_ROM_PTR(builtin_modules[i].module);
        }
    }
    return MO_OBJ_NULL;
}

static qstr builtin_module_name(mo_obj_t module) {
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        if (MO_ROM_PTR(builtin_modules[i].module) == module) {
            return builtin_modules[i].name;
        }
    }
    return MO_QSTR_NULL;
}

// ---- module objects --------------------------------------------------------------------

mo_obj_t mo_obj_new_module(qstr name) {
    mo_module_t *m = mo_new_obj(mo_module_t);
    m->base.type = &mo_type_module;
    m->globals = (mo_dict_t *)MO_PTR(mo_obj_new_dict(4));
    mo_dict_store(MO_OBJ(m->globals), mo_qstr_obj(MO_QSTR___name__), mo_qstr_obj(name));
    // The main module is made once at start-up; `import __main__` must find it.
    if (name == MO_QSTR___main__) {
        mo_module_register(name, MO_OBJ(m));
    }
    return MO_OBJ(m);
}

mo_dict_t *mo_obj_module_get_globals(mo_obj_t module) {
    return ((mo_module_t *)MO_PTR(module))->globals;
}

void mo_module_register(qstr name, mo_obj_t module) {
    if (mo_state.sys_modules == MO_OBJ_NULL) {
        mo_state.sys_modules = mo_obj_new_dict(8);
    }
    mo_dict_store(mo_state.sys_modules, mo_qstr_obj(name), module);
}

static mo_obj_t globals_get(mo_obj_t module, qstr q) {
    mo_map_elem_t *e = mo_map_lookup(&mo_obj_module_get_globals(module)->map, mo_qstr_obj(q),
                                     MO_MAP_LOOKUP);
    return e != NULL ? e->value : MO_OBJ_NULL;
}

static mo_obj_t module_name(mo_obj_t module) {
    mo_obj_t name = globals_get(module, MO_QSTR___name__);
    if (name == MO_OBJ_NULL) {
        qstr q = builtin_module_name(module);
        name = mo_qstr_obj(q != MO_QSTR_NULL ? q : MO_QSTR__lt_unknown_gt_);
    }
    return name;
}

static void module_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_obj_t file = globals_get(self, MO_QSTR___file__);
    mo_printf(print, "<module %R", module_name(self));
    if (file != MO_OBJ_NULL) {
        mo_printf(print, " from %R>", file);
    } else if (mo_obj_module_get_globals(self)->map.is_fixed) {
        mo_print_str(print, " (built-in)>");
    } else {
        mo_print_str(print, ">");
    }
}

static void module_load(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    mo_obj_t v = globals_get(self, attr);
    if (v != MO_OBJ_NULL) {
        dest[0] = v;
        return;
    }
    switch (attr) {
        case MO_QSTR___dict__:
            dest[0] = MO_OBJ(mo_obj_module_get_globals(self));
            return;
        case MO_QSTR___name__:
            dest[0] = module_name(self);
            return;
        case MO_QSTR___class__:
            dest[0] = MO_OBJ(&mo_type_module);
            return;
        default:
            break;
    }
    // A module-level __getattr__ (PEP 562) supplies computed attributes; C modules
    // use it for values that live in mo_state (sys.path, sys.modules ...).
    mo_obj_t getattr = globals_get(self, MO_QSTR___getattr__);
    if (getattr != MO_OBJ_NULL) {
        v = mo_call1(getattr, mo_qstr_obj(attr));
        if (v != MO_OBJ_NULL) {
            dest[0] = v;
        }
    }
}

// A C module's dict reads a const table in place. The first store into it (CPython
// allows `builtins.len = f`) copies the table to the heap; the dict struct stays in
// static memory, so it becomes a GC root to keep the copy alive.
static void make_writable(mo_dict_t *d) {
    mo_map_t copy;
    mo_map_copy(&copy, &d->map);
    copy.is_fixed = 0;
    mo_gc_add_root((void **)d, sizeof(mo_dict_t) / sizeof(void *));
    d->map = copy;
}

// sys.path, sys.argv and sys.modules live in mo_state, where import looks.
static bool store_sys_state(mo_obj_t self, qstr attr, mo_obj_t value) {
    if (self != mo_module_get_builtin(MO_QSTR_sys) || value == MO_OBJ_NULL) {
        return false;
    }
    switch (attr) {
        case MO_QSTR_path:
            mo_state.sys_path = value;
            return true;
        case MO_QSTR_argv:
            mo_state.sys_argv = value;
            return true;
        case MO_QSTR_modules:
            if (!mo_obj_is_type(value, &mo_type_dict)) {
                mo_raise_msg(&mo_type_TypeError, "sys.modules must be a dict");
            }
            mo_state.sys_modules = value;
            return true;
        default:
            return false;
    }
}

static void module_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL) {
        module_load(self, attr, dest);
        return;
    }
    if (store_sys_state(self, attr, dest[1])) {
        dest[0] = MO_OBJ_NULL;
        return;
    }
    mo_dict_t *globals = mo_obj_module_get_globals(self);
    if (globals->map.is_fixed) {
        make_writable(globals);
    }
    if (dest[1] == MO_OBJ_NULL) {
        if (mo_map_lookup(&globals->map, mo_qstr_obj(attr), MO_MAP_LOOKUP_REMOVE_IF_FOUND) ==
            NULL) {
            mo_raise_fmt(&mo_type_AttributeError, "module %R has no attribute '%q'",
                         module_name(self), attr);
        }
    } else {
        mo_dict_store(MO_OBJ(globals), mo_qstr_obj(attr), dest[1]);
    }
    dest[0] = MO_OBJ_NULL;
}

// module(name, doc=None), as types.ModuleType.
static mo_obj_t module_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                const mo_obj_t *args) {
    if (n_args < 1 || n_args > 2 || n_kw != 0 || !mo_obj_is_str(args[0])) {
        mo_raise_msg(&mo_type_TypeError, "module() argument 'name' must be str");
    }
    mo_obj_t m = mo_obj_new_module(mo_obj_str_get_qstr(args[0]));
    mo_dict_store(MO_OBJ(mo_obj_module_get_globals(m)), mo_qstr_obj(MO_QSTR___doc__),
                  n_args > 1 ? args[1] : mo_const_none);
    return m;
}

const mo_type_t mo_type_module = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_module,
    .print = module_print,
    .make_new = module_make_new,
    .attr = module_attr,
};
