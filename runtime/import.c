// Import: finds a module (a built-in C module, else NAME.py, NAME.mpy or a package
// NAME/__init__.py along sys.path or the parent package's __path__, where the entry
// ".frozen" stands for the modules built into the image: runtime/frozen.h), runs it
// in a fresh module that is in sys.modules while it runs (so circular imports see
// it), and implements `from m import x` and `from m import *`.
#include <string.h>

#include "compiler/compile.h"
#include "runtime/fileio.h"
#include "runtime/load_mpy.h"
#include "runtime/frozen.h"
#include "runtime/objexcept.h"
#include "runtime/runtime.h"

// The modules whose code is running now, innermost last: an import of a missing
// name from one of them is reported as a circular import. sys.modules keeps them
// alive; this list only compares addresses.
#define MAX_LOADING 32
static mo_obj_t loading[MAX_LOADING];
static size_t n_loading;

static mo_obj_t sys_modules(void) {
    if (mo_state.sys_modules == MO_OBJ_NULL) {
        mo_state.sys_modules = mo_obj_new_dict(8);
    }
    return mo_state.sys_modules;
}

static mo_obj_t globals_get(mo_obj_t module, qstr q) {
    return mo_dict_get(MO_OBJ(mo_obj_module_get_globals(module)), mo_qstr_obj(q));
}

static void globals_set(mo_obj_t module, qstr q, mo_obj_t value) {
    mo_dict_store(MO_OBJ(mo_obj_module_get_globals(module)), mo_qstr_obj(q), value);
}

static bool is_loading(mo_obj_t module) {
    for (size_t i = 0; i < n_loading; i++) {
        if (loading[i] == module) {
            return true;
        }
    }
    return false;
}

_Noreturn static void raise_with_name(const mo_type_t *type, mo_obj_t name, mo_obj_t path,
                                      const char *fmt, ...) {
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 48);
    mo_print_to_vstr(&p, &v);
    va_list ap;
    va_start(ap, fmt);
    mo_vprintf(&p, fmt, ap);
    va_end(ap);
    mo_obj_t exc = mo_obj_new_exception_msg(type, mo_vstr_null_terminated(&v));
    mo_obj_t dict = MO_OBJ(&mo_exception_get(exc)->dict);
    mo_dict_store(dict, mo_qstr_obj(MO_QSTR_name), name);
    if (path != MO_OBJ_NULL) {
        mo_dict_store(dict, mo_qstr_obj(MO_QSTR_path), path);
    }
    mo_raise(exc);
}

_Noreturn static void raise_not_found(qstr fullname) {
    raise_with_name(&mo_type_ModuleNotFoundError, mo_qstr_obj(fullname), MO_OBJ_NULL,
                    "No module named '%q'", fullname);
}

// ---- finding a module's file -------------------------------------------------------------

typedef struct found {
    bool is_package;   // path is the package's __init__ file, dir its directory
    bool is_mpy;
    mo_vstr_t path;
    mo_obj_t dir;      // package or namespace directory (a str), else NULL
    const mo_frozen_module_t *frozen;  // a frozen module (path: its __file__), else NULL
} found_t;

static void path_join(mo_vstr_t *v, mo_obj_t dir, const char *leaf, size_t leaf_len) {
    mo_vstr_reset(v);
    size_t dlen;
    const char *d = mo_obj_str_get_data(dir, &dlen);
    if (dlen != 0) {
        mo_vstr_add_strn(v, d, dlen);
        if (d[dlen - 1] != '/') {
            mo_vstr_add_byte(v, '/');
        }
    }
    mo_vstr_add_strn(v, leaf, leaf_len);
}

static bool try_file(mo_vstr_t *v, size_t base_len, const char *suffix) {
    v->len = base_len;
    mo_vstr_add_str(v, suffix);
    return mo_file_kind(mo_vstr_null_terminated(v)) == MO_FILE_REGULAR;
}

// Looks for leaf in one directory. Returns true for a package or module; a bare
// directory (a namespace package candidate) sets *namespace_dir instead.
static bool find_in_dir(found_t *f, mo_obj_t dir, const char *leaf, size_t leaf_len,
                        mo_obj_t *namespace_dir) {
    path_join(&f->path, dir, leaf, leaf_len);
    size_t base = f->path.len;
    if (mo_file_kind(mo_vstr_null_terminated(&f->path)) == MO_FILE_DIR) {
        mo_obj_t pkg_dir = mo_obj_new_str(f->path.buf, base);
        f->is_package = true;
        f->dir = pkg_dir;
        if (try_file(&f->path, base, "/__init__.py")) {
            f->is_mpy = false;
            return true;
        }
        if (try_file(&f->path, base, "/__init__.mpy")) {
            f->is_mpy = true;
            return true;
        }
        f->is_package = false;
        f->dir = MO_OBJ_NULL;
        if (*namespace_dir == MO_OBJ_NULL) {
            *namespace_dir = pkg_dir;
        }
    }
    if (try_file(&f->path, base, ".py")) {
        f->is_mpy = false;
        return true;
    }
    if (try_file(&f->path, base, ".mpy")) {
        f->is_mpy = true;
        return true;
    }
    return false;
}

// A frozen module under dir, when dir is the virtual ".frozen" or a frozen package's
// __path__ (".frozen/pkg/sub"): the dotted name is the part after ".frozen/" plus leaf.
// Its __file__ is the path below ".frozen" ("asyncio/__init__.py", "asyncio/core.py"),
// as MicroPython reports for frozen modules; a package's __path__ stays virtual.
static bool find_frozen(found_t *f, mo_obj_t dir, const char *leaf, size_t leaf_len) {
    size_t dlen, plen = sizeof(MO_FROZEN_PATH) - 1;
    const char *d = mo_obj_str_get_data(dir, &dlen);
    while (dlen > plen && d[dlen - 1] == '/') {
        dlen--;
    }
    if (dlen < plen || memcmp(d, MO_FROZEN_PATH, plen) != 0 || (dlen > plen && d[plen] != '/')) {
        return false;
    }
    // f->path: ".frozen/" + rel/leaf, then the dotted name from just after ".frozen/".
    mo_vstr_t *v = &f->path;
    mo_vstr_reset(v);
    mo_vstr_add_str(v, MO_FROZEN_PATH "/");
    if (dlen > plen + 1) {
        mo_vstr_add_strn(v, d + plen + 1, dlen - plen - 1);
        mo_vstr_add_byte(v, '/');
    }
    mo_vstr_add_strn(v, leaf, leaf_len);
    for (size_t i = plen + 1; i < v->len; i++) {
        v->buf[i] = v->buf[i] == '/' ? '.' : v->buf[i];
    }
    const mo_frozen_module_t *m = mo_frozen_find(v->buf + plen + 1, v->len - plen - 1);
    if (m == NULL) {
        return false;
    }
    for (size_t i = plen + 1; i < v->len; i++) {
        v->buf[i] = v->buf[i] == '.' ? '/' : v->buf[i];
    }
    f->frozen = m;
    f->is_package = m->is_package;
    f->is_mpy = false;
    f->dir = m->is_package ? mo_obj_new_str(v->buf, v->len) : MO_OBJ_NULL;
    mo_vstr_add_str(v, m->is_package ? "/__init__.py" : ".py");
    memmove(v->buf, v->buf + plen + 1, v->len - plen - 1);
    v->len -= plen + 1;
    return true;
}

// ---- running a module ------------------------------------------------------------------

static void run_source(mo_obj_t module, const char *path) {
    mo_vstr_t src;
    mo_vstr_init(&src, 1024);
    if (!mo_file_read_all(path, &src)) {
        mo_raise_fmt(&mo_type_ImportError, "cannot read '%s'", path);
    }
    mo_compile_options_t opts = {.optimize = mo_state.optimize, .emit = MO_CODE_BYTECODE};
    mo_compiled_module_t cm =
        mo_compile(src.buf, src.len, mo_qstr_from_str(path), MO_PARSE_FILE_INPUT, &opts);
    mo_vstr_clear(&src);
    mo_dict_t *globals = mo_obj_module_get_globals(module);
    mo_exec_compiled(&cm, globals, globals);
}

// A compiled module: runtime/load_mpy.c checks the file and builds the module's
// code on the heap, which then runs like a module compiled from source.
static void run_mpy(mo_obj_t module, const char *path) {
    mo_vstr_t data;
    mo_vstr_init(&data, 1024);
    if (!mo_file_read_all(path, &data)) {
        mo_raise_fmt(&mo_type_ImportError, "cannot read '%s'", path);
    }
    mo_compiled_module_t cm = mo_load_mpy((const uint8_t *)data.buf, data.len);
    mo_vstr_clear(&data);
    mo_dict_t *globals = mo_obj_module_get_globals(module);
    mo_exec_compiled(&cm, globals, globals);
}

// A frozen module: source text compiles as a file would (its __file__ names it in
// tracebacks); the freezer's compiled modules will run from ROM in place.
static void run_frozen(mo_obj_t module, const mo_frozen_module_t *m, const char *file) {
    if (m->kind != MO_FROZEN_SOURCE) {
        mo_raise_fmt(&mo_type_ImportError, "can't import frozen '%s': unsupported kind", m->name);
    }
    mo_compile_options_t opts = {.optimize = mo_state.optimize, .emit = MO_CODE_BYTECODE};
    mo_compiled_module_t cm =
        mo_compile(m->data, m->len, mo_qstr_from_str(file), MO_PARSE_FILE_INPUT, &opts);
    mo_dict_t *globals = mo_obj_module_get_globals(module);
    mo_exec_compiled(&cm, globals, globals);
}

// Runs a found module (file NULL: a namespace package) under fullname.
static mo_obj_t load_module(qstr fullname, const found_t *f, mo_obj_t parent, const char *leaf,
                            size_t leaf_len) {
    mo_obj_t module = mo_obj_new_module(fullname);
    const char *file = f != NULL ? mo_vstr_null_terminated((mo_vstr_t *)&f->path) : NULL;
    if (file != NULL) {
        globals_set(module, MO_QSTR___file__, mo_obj_new_str_from_cstr(file));
    }
    if (f == NULL || f->dir != MO_OBJ_NULL) {
        mo_obj_t dir = f != NULL ? f->dir : MO_OBJ_NULL;
        globals_set(module, MO_QSTR___path__, mo_obj_new_list(dir != MO_OBJ_NULL ? 1 : 0, &dir));
        globals_set(module, MO_QSTR___package__, mo_qstr_obj(fullname));
    } else {
        mo_obj_t pkg = parent != MO_OBJ_NULL ? globals_get(parent, MO_QSTR___name__)
                                             : mo_qstr_obj(MO_QSTR_);
        globals_set(module, MO_QSTR___package__, pkg);
    }
    mo_obj_t key = mo_qstr_obj(fullname);
    mo_dict_store(sys_modules(), key, module);
    if (file != NULL) {
        mo_dict_t *saved_globals = mo_state.globals, *saved_locals = mo_state.locals;
        size_t saved_loading = n_loading;
        if (n_loading < MAX_LOADING) {
            loading[n_loading++] = module;
        }
        mo_nlr_buf_t nlr;
        if (mo_nlr_push(&nlr) == 0) {
            if (f->frozen != NULL) {
                run_frozen(module, f->frozen, file);
            } else if (f->is_mpy) {
                run_mpy(module, file);
            } else {
                run_source(module, file);
            }
            mo_nlr_pop();
        } else {
            n_loading = saved_loading;
            mo_state.globals = saved_globals;
            mo_state.locals = saved_locals;
            mo_map_lookup(&((mo_dict_t *)MO_PTR(sys_modules()))->map, key,
                          MO_MAP_LOOKUP_REMOVE_IF_FOUND);
            mo_nlr_jump(nlr.ret_val);
        }
        n_loading = saved_loading;
    }
    if (parent != MO_OBJ_NULL) {
        mo_store_attr(parent, mo_qstr_from_strn(leaf, leaf_len), module);
    }
    // A module may replace itself in sys.modules while it runs.
    mo_obj_t m = mo_dict_get(sys_modules(), key);
    return m != MO_OBJ_NULL ? m : module;
}

// Imports one dotted prefix of a name, its parent being imported already.
static mo_obj_t import_one(qstr fullname, mo_obj_t parent, const char *leaf, size_t leaf_len) {
    mo_obj_t m = mo_dict_get(sys_modules(), mo_qstr_obj(fullname));
    if (m != MO_OBJ_NULL) {
        if (m == mo_const_none) {
            raise_with_name(&mo_type_ModuleNotFoundError, mo_qstr_obj(fullname), MO_OBJ_NULL,
                            "import of %q halted; None in sys.modules", fullname);
        }
        return m;
    }
    if (fullname == MO_QSTR___main__ && mo_state.main_module != MO_OBJ_NULL) {
        return mo_state.main_module;
    }
    mo_obj_t paths = mo_state.sys_path;
    if (parent == MO_OBJ_NULL) {
        mo_obj_t b = mo_module_get_builtin(fullname);
        if (b != MO_OBJ_NULL) {
            mo_module_register(fullname, b);
            return b;
        }
    } else {
        paths = mo_obj_is_type(parent, &mo_type_module) ? globals_get(parent, MO_QSTR___path__)
                                                        : MO_OBJ_NULL;
        if (paths == MO_OBJ_NULL) {
            // A built-in module may hold its submodules as attributes (os.path).
            mo_obj_t dest[2];
            mo_load_attr_maybe(parent, mo_qstr_from_strn(leaf, leaf_len), dest);
            if (dest[0] != MO_OBJ_NULL && mo_obj_is_type(dest[0], &mo_type_module)) {
                mo_module_register(fullname, dest[0]);
                return dest[0];
            }
            mo_obj_t pname = mo_load_attr(parent, MO_QSTR___name__);
            raise_with_name(&mo_type_ModuleNotFoundError, mo_qstr_obj(fullname), MO_OBJ_NULL,
                            "No module named '%q'; %R is not a package", fullname, pname);
        }
    }
    size_t n_paths = 0;
    mo_obj_t *dirs = NULL;
    if (paths != MO_OBJ_NULL) {
        mo_obj_get_array(paths, &n_paths, &dirs);
    }
    found_t f = {0};
    mo_vstr_init(&f.path, 64);
    mo_obj_t namespace_dir = MO_OBJ_NULL;
    for (size_t i = 0; i < n_paths; i++) {
        if (mo_obj_is_str(dirs[i]) && (find_frozen(&f, dirs[i], leaf, leaf_len) ||
                                       find_in_dir(&f, dirs[i], leaf, leaf_len, &namespace_dir))) {
            return load_module(fullname, &f, parent, leaf, leaf_len);
        }
    }
    if (namespace_dir != MO_OBJ_NULL) {
        f.dir = namespace_dir;
        mo_obj_t module = load_module(fullname, NULL, parent, leaf, leaf_len);
        globals_set(module, MO_QSTR___path__, mo_obj_new_list(1, &namespace_dir));
        return module;
    }
    raise_not_found(fullname);
}

// The package a relative import of this level starts from, into out.
static void resolve_package(mo_vstr_t *out, mo_int_t level) {
    mo_obj_t g = MO_OBJ(mo_state.globals);
    mo_obj_t pkg = mo_dict_get(g, mo_qstr_obj(MO_QSTR___package__));
    size_t len = 0;
    const char *s = "";
    if (pkg != MO_OBJ_NULL && mo_obj_is_str(pkg)) {
        s = mo_obj_str_get_data(pkg, &len);
    } else {
        mo_obj_t name = mo_dict_get(g, mo_qstr_obj(MO_QSTR___name__));
        if (name != MO_OBJ_NULL && mo_obj_is_str(name)) {
            s = mo_obj_str_get_data(name, &len);
            if (mo_dict_get(g, mo_qstr_obj(MO_QSTR___path__)) == MO_OBJ_NULL) {
                while (len > 0 && s[len - 1] != '.') {
                    len--;
                }
                len = len > 0 ? len - 1 : 0;
            }
        }
    }
    if (len == 0) {
        mo_raise_msg(&mo_type_ImportError, "attempted relative import with no known parent package");
    }
    for (mo_int_t i = 1; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            mo_raise_msg(&mo_type_ImportError, "attempted relative import beyond top-level package");
        }
        len--;
    }
    mo_vstr_add_strn(out, s, len);
}

mo_obj_t mo_import_name(qstr name, mo_obj_t fromlist, mo_obj_t level) {
    mo_int_t lvl = level != MO_OBJ_NULL ? mo_obj_get_int(level) : 0;
    if (lvl < 0) {
        mo_raise_msg(&mo_type_ValueError, "level must be >= 0");
    }
    size_t nlen;
    const char *n = mo_qstr_data(name, &nlen);
    mo_vstr_t full;
    mo_vstr_init(&full, 32);
    size_t pkg_len = 0;
    if (lvl > 0) {
        resolve_package(&full, lvl);
        pkg_len = full.len;
        if (nlen != 0) {
            mo_vstr_add_byte(&full, '.');
        }
    } else if (nlen == 0) {
        mo_raise_msg(&mo_type_ValueError, "Empty module name");
    }
    mo_vstr_add_strn(&full, n, nlen);
    mo_obj_t parent = MO_OBJ_NULL, top = MO_OBJ_NULL, first_after_pkg = MO_OBJ_NULL, mod = MO_OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= full.len; i++) {
        if (i < full.len && full.buf[i] != '.') {
            continue;
        }
        if (i == start) {
            mo_raise_msg(&mo_type_ValueError, "Empty module name");
        }
        qstr q = mo_qstr_from_strn(full.buf, i);
        mod = import_one(q, parent, full.buf + start, i - start);
        if (top == MO_OBJ_NULL) {
            top = mod;
        }
        if (first_after_pkg == MO_OBJ_NULL && i > pkg_len) {
            first_after_pkg = mod;
        }
        parent = mod;
        start = i + 1;
    }
    bool has_fromlist = fromlist != MO_OBJ_NULL && fromlist != mo_const_none &&
                        mo_obj_is_true(fromlist);
    if (has_fromlist) {
        return mod;
    }
    if (lvl == 0) {
        return top;
    }
    return first_after_pkg != MO_OBJ_NULL ? first_after_pkg : mod;
}

// ---- from m import x / * -----------------------------------------------------------------

static bool is_not_found_for(mo_obj_t exc, mo_obj_t fullname) {
    if (!mo_obj_exception_match(exc, MO_OBJ(&mo_type_ModuleNotFoundError))) {
        return false;
    }
    mo_obj_t name = mo_dict_get(MO_OBJ(&mo_exception_get(exc)->dict), mo_qstr_obj(MO_QSTR_name));
    return name != MO_OBJ_NULL && mo_obj_equal(name, fullname);
}

// A submodule of a package that is not an attribute yet: import pkg.name.
static mo_obj_t import_submodule(mo_obj_t module, qstr name) {
    mo_obj_t pkg_name = globals_get(module, MO_QSTR___name__);
    if (pkg_name == MO_OBJ_NULL || !mo_obj_is_str(pkg_name)) {
        return MO_OBJ_NULL;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, 32);
    size_t len;
    const char *s = mo_obj_str_get_data(pkg_name, &len);
    mo_vstr_add_strn(&v, s, len);
    mo_vstr_add_byte(&v, '.');
    mo_vstr_add_str(&v, mo_qstr_str(name));
    qstr full = mo_qstr_from_strn(v.buf, v.len);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t m = mo_import_name(full, mo_const_true, mo_small_int(0));
        mo_nlr_pop();
        return m;
    }
    if (is_not_found_for(nlr.ret_val, mo_qstr_obj(full))) {
        return MO_OBJ_NULL;
    }
    mo_nlr_jump(nlr.ret_val);
}

// The attribute, or NULL when missing, where a module's __getattr__ (PEP 562)
// signals missing by raising AttributeError, as CPython's IMPORT_FROM takes it.
static mo_obj_t attr_or_null(mo_obj_t module, qstr name) {
    mo_obj_t dest[2];
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_load_attr_maybe(module, name, dest);
        mo_nlr_pop();
        return dest[0];
    }
    if (!mo_obj_exception_match(nlr.ret_val, MO_OBJ(&mo_type_AttributeError))) {
        mo_nlr_jump(nlr.ret_val);
    }
    return MO_OBJ_NULL;
}

mo_obj_t mo_import_from(mo_obj_t module, qstr name) {
    mo_obj_t dest[1];
    dest[0] = attr_or_null(module, name);
    if (dest[0] != MO_OBJ_NULL) {
        return dest[0];
    }
    bool is_module = mo_obj_is_type(module, &mo_type_module);
    if (is_module && globals_get(module, MO_QSTR___path__) != MO_OBJ_NULL) {
        mo_obj_t sub = import_submodule(module, name);
        if (sub != MO_OBJ_NULL) {
            return sub;
        }
    }
    mo_obj_t modname = is_module ? mo_load_attr(module, MO_QSTR___name__)
                                 : mo_qstr_obj(mo_obj_type(module)->name);
    mo_obj_t file = is_module ? globals_get(module, MO_QSTR___file__) : MO_OBJ_NULL;
    mo_obj_t where = file != MO_OBJ_NULL ? file : mo_obj_new_str_from_cstr("unknown location");
    if (is_loading(module)) {
        raise_with_name(&mo_type_ImportError, modname, file,
                        "cannot import name '%q' from partially initialized module %R "
                        "(most likely due to a circular import) (%S)",
                        name, modname, where);
    }
    raise_with_name(&mo_type_ImportError, modname, file, "cannot import name '%q' from %R (%S)",
                    name, modname, where);
}

void mo_import_all(mo_obj_t module) {
    if (!mo_obj_is_type(module, &mo_type_module)) {
        mo_raise_msg(&mo_type_TypeError, "import * needs a module");
    }
    mo_obj_t all = globals_get(module, MO_QSTR___all__);
    if (all != MO_OBJ_NULL) {
        mo_iter_buf_t buf;
        mo_obj_t it = mo_getiter(all, &buf);
        mo_obj_t item;
        while ((item = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
            if (!mo_obj_is_str(item)) {
                mo_raise_fmt(&mo_type_TypeError, "Item in %R.__all__ must be str, not %s",
                             mo_load_attr(module, MO_QSTR___name__), mo_obj_type_name(item));
            }
            qstr q = mo_obj_str_get_qstr(item);
            mo_store_name(q, mo_load_attr(module, q));
        }
        return;
    }
    mo_map_t *map = &mo_obj_module_get_globals(module)->map;
    for (size_t i = 0; i < map->used; i++) {
        mo_obj_t key = map->table[i].key;
        if (key == MO_OBJ_NULL || !mo_obj_is_str(key)) {
            continue;
        }
        size_t len;
        const char *s = mo_obj_str_get_data(key, &len);
        if (len > 0 && s[0] != '_') {
            mo_store_name(mo_obj_str_get_qstr(key), map->table[i].value);
        }
    }
}
