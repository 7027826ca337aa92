// The sys module: the interpreter's facts (version, platform, byte order), its live
// state (argv, path, modules, exc_info) and the standard streams.
#include <string.h>

#include "runtime/fileio.h"
#include "runtime/objexcept.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "runtime/vm.h"

#define MOTE_VERSION_STRING "0.1.0"

#ifndef MOTE_PLATFORM
#if defined(__linux__)
#define MOTE_PLATFORM "linux"
#elif defined(__APPLE__)
#define MOTE_PLATFORM "darwin"
#else
#define MOTE_PLATFORM "mote"
#endif
#endif

// ---- the standard streams ---------------------------------------------------------------

static const mo_print_t *stream_printer(mo_obj_t self) {
    return ((const mo_std_stream_t *)MO_PTR(self))->fd == 2 ? &mo_plat_eprint : &mo_plat_print;
}

static mo_obj_t stream_write(mo_obj_t self, mo_obj_t s) {
    if (!mo_obj_is_str(s)) {
        mo_raise_fmt(&mo_type_TypeError, "write() argument must be str, not %s",
                     mo_obj_type_name(s));
    }
    if (((const mo_std_stream_t *)MO_PTR(self))->fd == 0) {
        mo_raise_msg(&mo_type_OSError, "not writable");
    }
    size_t len;
    const char *data = mo_obj_str_get_data(s, &len);
    mo_print_strn(stream_printer(self), data, len);
    size_t chars = 0;
    for (size_t i = 0; i < len; i++) {
        chars += ((uint8_t)data[i] & 0xc0) != 0x80;
    }
    return mo_obj_new_int((mo_int_t)chars);
}
static MO_DEFINE_FUN_2(stream_write_obj, stream_write);

static mo_obj_t stream_flush(mo_obj_t self) {
    mo_plat_flush_stdout();
    return mo_const_none;
}
static MO_DEFINE_FUN_1(stream_flush_obj, stream_flush);

static mo_obj_t stream_readline(size_t n_args, const mo_obj_t *args) {
    mo_vstr_t v;
    mo_vstr_init(&v, 64);
    mo_plat_read_line(&v);
    return mo_obj_new_str_from_vstr(&v);
}
static MO_DEFINE_FUN_VAR(stream_readline_obj, 1, 2, stream_readline);

static mo_obj_t stream_read(size_t n_args, const mo_obj_t *args) {
    mo_vstr_t v;
    mo_vstr_init(&v, 256);
    mo_plat_read_all(&v);
    return mo_obj_new_str_from_vstr(&v);
}
static MO_DEFINE_FUN_VAR(stream_read_obj, 1, 2, stream_read);

static mo_obj_t stream_fileno(mo_obj_t self) {
    return mo_small_int(((const mo_std_stream_t *)MO_PTR(self))->fd);
}
static MO_DEFINE_FUN_1(stream_fileno_obj, stream_fileno);

static void stream_print(const mo_print_t *print, mo_obj_t self, int kind) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    uint8_t fd = ((const mo_std_stream_t *)MO_PTR(self))->fd;
    mo_printf(print, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", names[fd % 3],
              fd == 0 ? "r" : "w");
}

static const mo_map_elem_t stream_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_write), MO_ROM_PTR(&stream_write_obj)},
    {MO_ROM_QSTR(MO_QSTR_flush), MO_ROM_PTR(&stream_flush_obj)},
    {MO_ROM_QSTR(MO_QSTR_readline), MO_ROM_PTR(&stream_readline_obj)},
    {MO_ROM_QSTR(MO_QSTR_read), MO_ROM_PTR(&stream_read_obj)},
    {MO_ROM_QSTR(MO_QSTR_fileno), MO_ROM_PTR(&stream_fileno_obj)},
};
static MO_DEFINE_CONST_DICT(stream_locals_dict, stream_locals_table);

const mo_type_t mo_type_std_stream = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_TextIOWrapper,
    .print = stream_print,
    .locals_dict = (struct mo_dict *)&stream_locals_dict,
};

const mo_std_stream_t mo_sys_stdin_obj = {{&mo_type_std_stream}, 0};
const mo_std_stream_t mo_sys_stdout_obj = {{&mo_type_std_stream}, 1};
const mo_std_stream_t mo_sys_stderr_obj = {{&mo_type_std_stream}, 2};

// ---- sys.implementation -------------------------------------------------------------------

// .mpy files this runtime loads: version 6, sub-version 3, no native architecture.
#define MO_MPY_VERSION 6
#define MO_MPY_SUB_VERSION 3

static const struct {
    mo_base_t base;
    size_t len;
    mo_obj_t items[3];
} impl_version_obj = {{&mo_type_tuple}, 3, {MO_ROM_INT(0), MO_ROM_INT(1), MO_ROM_INT(0)}};

static void impl_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "namespace(name='mote', version=%R, _mpy=%d)", MO_ROM_PTR(&impl_version_obj),
              MO_MPY_VERSION | (MO_MPY_SUB_VERSION << 8));
}

static void impl_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MO_QSTR_name:
            dest[0] = mo_qstr_obj(MO_QSTR_mote);
            break;
        case MO_QSTR_version:
            dest[0] = MO_ROM_PTR(&impl_version_obj);
            break;
        case MO_QSTR__mpy:
            dest[0] = mo_small_int(MO_MPY_VERSION | (MO_MPY_SUB_VERSION << 8));
            break;
        case MO_QSTR_cache_tag:
            dest[0] = mo_const_none;
            break;
        default:
            break;
    }
}

static const mo_type_t impl_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_SimpleNamespace,
    .print = impl_print,
    .attr = impl_attr,
};
static const mo_base_t impl_obj = {&impl_type};

// sys.version_info: a tuple whose items also have names (CPython's struct
// sequence). Operations work on a plain tuple copy.
typedef struct version_info {
    mo_base_t base;
    size_t len;
    mo_obj_t items[5];
} version_info_t;

static const uint16_t version_info_fields[5] = {MO_QSTR_major, MO_QSTR_minor, MO_QSTR_micro,
                                                MO_QSTR_releaselevel, MO_QSTR_serial};

static mo_obj_t vi_tuple(mo_obj_t self) {
    const version_info_t *v = (const version_info_t *)MO_PTR(self);
    return mo_obj_new_tuple(v->len, v->items);
}

static void vi_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const version_info_t *v = (const version_info_t *)MO_PTR(self);
    mo_print_str(print, "sys.version_info(");
    for (size_t i = 0; i < 5; i++) {
        mo_printf(print, "%s%q=%R", i > 0 ? ", " : "", (qstr)version_info_fields[i], v->items[i]);
    }
    mo_print_str(print, ")");
}

static void vi_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    for (size_t i = 0; i < 5; i++) {
        if (version_info_fields[i] == attr) {
            dest[0] = ((const version_info_t *)MO_PTR(self))->items[i];
            return;
        }
    }
}

static mo_obj_t vi_unary_op(int op, mo_obj_t self) {
    return mo_unary_op(op, vi_tuple(self));
}

static mo_obj_t vi_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        return mo_binary_op(op - (MO_BINARY_OP_REVERSE_OR - MO_BINARY_OP_OR), rhs, vi_tuple(lhs));
    }
    return mo_binary_op(op, vi_tuple(lhs), rhs);
}

static mo_obj_t vi_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    return mo_subscr_load(vi_tuple(self), index);
}

static mo_obj_t vi_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_getiter(vi_tuple(self), iter_buf);
}

static const mo_type_t version_info_type = {
    .base = {&mo_type_type},
    .name = MO_QSTR_version_info,
    .print = vi_print,
    .unary_op = vi_unary_op,
    .binary_op = vi_binary_op,
    .attr = vi_attr,
    .subscr = vi_subscr,
    .getiter = vi_getiter,
    .parent = &mo_type_tuple,
};

static const version_info_t version_info_obj = {
    {&version_info_type},
    5,
    {MO_ROM_INT(3), MO_ROM_INT(11), MO_ROM_INT(0), MO_ROM_QSTR(MO_QSTR_final), MO_ROM_INT(0)}};

// ---- functions --------------------------------------------------------------------------

static mo_obj_t sys_exit(size_t n_args, const mo_obj_t *args) {
    mo_raise(mo_obj_new_exception(&mo_type_SystemExit, n_args, args));
}
static MO_DEFINE_FUN_VAR(sys_exit_obj, 0, 1, sys_exit);

static mo_obj_t sys_intern(mo_obj_t s) {
    if (!mo_obj_is_str(s)) {
        mo_raise_fmt(&mo_type_TypeError, "intern() argument must be str, not %s",
                     mo_obj_type_name(s));
    }
    return mo_obj_str_intern(s);
}
static MO_DEFINE_FUN_1(sys_intern_obj, sys_intern);

static mo_obj_t sys_getrecursionlimit(void) {
    return mo_small_int(1000);
}
static MO_DEFINE_FUN_0(sys_getrecursionlimit_obj, sys_getrecursionlimit);

// The limit is the C stack (mo_stack_check); the value is accepted and ignored.
static mo_obj_t sys_setrecursionlimit(mo_obj_t n) {
    if (mo_obj_get_int(n) < 1) {
        mo_raise_msg(&mo_type_ValueError, "recursion limit must be greater or equal than 1");
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(sys_setrecursionlimit_obj, sys_setrecursionlimit);

static mo_obj_t sys_exc_info(void) {
    mo_obj_t exc = mo_vm_current_exception();
    mo_obj_t items[3] = {mo_const_none, mo_const_none, mo_const_none};
    if (exc != MO_OBJ_NULL) {
        items[0] = MO_OBJ(mo_obj_type(exc));
        items[1] = exc;
        items[2] = mo_load_attr(exc, MO_QSTR___traceback__);
    }
    return mo_obj_new_tuple(3, items);
}
static MO_DEFINE_FUN_0(sys_exc_info_obj, sys_exc_info);

static mo_obj_t sys_exception(void) {
    mo_obj_t exc = mo_vm_current_exception();
    return exc != MO_OBJ_NULL ? exc : mo_const_none;
}
static MO_DEFINE_FUN_0(sys_exception_obj, sys_exception);

// print_exception(exc, file=sys.stdout): MicroPython's name for printing a traceback.
static mo_obj_t sys_print_exception(size_t n_args, const mo_obj_t *args) {
    mo_obj_t file = n_args > 1 ? args[1] : MO_ROM_PTR(&mo_sys_stdout_obj);
    if (file == MO_ROM_PTR(&mo_sys_stdout_obj) || file == MO_ROM_PTR(&mo_sys_stderr_obj)) {
        mo_print_exception(stream_printer(file), args[0]);
        return mo_const_none;
    }
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 64);
    mo_print_to_vstr(&p, &v);
    mo_print_exception(&p, args[0]);
    mo_obj_t write = mo_load_attr(file, MO_QSTR_write);
    mo_call1(write, mo_obj_new_str_from_vstr(&v));
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static mo_obj_t sys_excepthook(mo_obj_t type, mo_obj_t value, mo_obj_t tb) {
    mo_print_exception(&mo_plat_eprint, value);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(sys_excepthook_obj, sys_excepthook);

// Module-level __getattr__: the attributes that live in mo_state.
static mo_obj_t sys_getattr(mo_obj_t name) {
    switch (mo_obj_str_get_qstr(name)) {
        case MO_QSTR_argv:
            return mo_state.sys_argv;
        case MO_QSTR_path:
            return mo_state.sys_path;
        case MO_QSTR_modules:
            return mo_state.sys_modules;
        case MO_QSTR_version:
            // CPython's version first, so code that parses it sees the language level.
            return mo_obj_new_str_from_cstr("3.11.0 (Mote " MOTE_VERSION_STRING ")");
        case MO_QSTR_platform:
            return mo_qstr_obj(mo_qstr_from_str(MOTE_PLATFORM));
        case MO_QSTR_executable:
            return mo_qstr_obj(MO_QSTR_);
        case MO_QSTR_maxsize:
            return mo_obj_new_int_from_ll((long long)INTPTR_MAX);
        default:
            return MO_OBJ_NULL;
    }
}
static MO_DEFINE_FUN_1(sys_getattr_obj, sys_getattr);

static const mo_map_elem_t sys_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_sys)},
    {MO_ROM_QSTR(MO_QSTR___getattr__), MO_ROM_PTR(&sys_getattr_obj)},
    {MO_ROM_QSTR(MO_QSTR_exit), MO_ROM_PTR(&sys_exit_obj)},
    {MO_ROM_QSTR(MO_QSTR_stdout), MO_ROM_PTR(&mo_sys_stdout_obj)},
    {MO_ROM_QSTR(MO_QSTR_stderr), MO_ROM_PTR(&mo_sys_stderr_obj)},
    {MO_ROM_QSTR(MO_QSTR_stdin), MO_ROM_PTR(&mo_sys_stdin_obj)},
    {MO_ROM_QSTR(MO_QSTR___stdout__), MO_ROM_PTR(&mo_sys_stdout_obj)},
    {MO_ROM_QSTR(MO_QSTR___stderr__), MO_ROM_PTR(&mo_sys_stderr_obj)},
    {MO_ROM_QSTR(MO_QSTR___stdin__), MO_ROM_PTR(&mo_sys_stdin_obj)},
    {MO_ROM_QSTR(MO_QSTR_version_info), MO_ROM_PTR(&version_info_obj)},
    {MO_ROM_QSTR(MO_QSTR_hexversion), MO_ROM_INT(0x030b00f0)},
    {MO_ROM_QSTR(MO_QSTR_implementation), MO_ROM_PTR(&impl_obj)},
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    {MO_ROM_QSTR(MO_QSTR_byteorder), MO_ROM_QSTR(MO_QSTR_big)},
#else
    {MO_ROM_QSTR(MO_QSTR_byteorder), MO_ROM_QSTR(MO_QSTR_little)},
#endif
    {MO_ROM_QSTR(MO_QSTR_intern), MO_ROM_PTR(&sys_intern_obj)},
    {MO_ROM_QSTR(MO_QSTR_getrecursionlimit), MO_ROM_PTR(&sys_getrecursionlimit_obj)},
    {MO_ROM_QSTR(MO_QSTR_setrecursionlimit), MO_ROM_PTR(&sys_setrecursionlimit_obj)},
    {MO_ROM_QSTR(MO_QSTR_exc_info), MO_ROM_PTR(&sys_exc_info_obj)},
    {MO_ROM_QSTR(MO_QSTR_exception), MO_ROM_PTR(&sys_exception_obj)},
    {MO_ROM_QSTR(MO_QSTR_print_exception), MO_ROM_PTR(&sys_print_exception_obj)},
    {MO_ROM_QSTR(MO_QSTR_excepthook), MO_ROM_PTR(&sys_excepthook_obj)},
    {MO_ROM_QSTR(MO_QSTR_float_repr_style), MO_ROM_QSTR(MO_QSTR_short)},
};
static MO_DEFINE_CONST_DICT(sys_globals, sys_globals_table);

const mo_module_t mo_module_sys = {{&mo_type_module}, &sys_globals};
