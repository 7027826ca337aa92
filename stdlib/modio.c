// The io module: StringIO, BytesIO, open, UnsupportedOperation and the SEEK_*
// constants, plus the small helpers every stream type shares.
#include "runtime/objexcept.h"
#include "stdlib/modio.h"

// ---- shared helpers --------------------------------------------------------------------

void mo_io_raise_closed(void) {
    mo_raise_msg(&mo_type_ValueError, "I/O operation on closed file.");
}

void mo_io_raise_unsupported(const char *msg) {
    mo_raise(mo_obj_new_exception_msg(&mo_type_io_UnsupportedOperation, msg));
}

static mo_obj_t io_enter(mo_obj_t self) {
    return self;
}
MO_DEFINE_FUN_1(mo_io_enter_obj, io_enter);

static mo_obj_t io_exit(size_t n_args, const mo_obj_t *args) {
    mo_call_method_0(args[0], MO_QSTR_close);
    return mo_const_none;
}
MO_DEFINE_FUN_VAR(mo_io_exit_obj, 4, 4, io_exit);

mo_obj_t mo_io_iternext(mo_obj_t self) {
    mo_obj_t line = mo_call_method_0(self, MO_QSTR_readline);
    return mo_obj_len_size(line) == 0 ? MO_OBJ_STOP_ITERATION : line;
}

mo_obj_t mo_io_arg(size_t n_args, const mo_obj_t *args, mo_map_t *kw, size_t i, qstr name,
                   mo_obj_t dflt) {
    if (i < n_args) {
        return args[i];
    }
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return dflt;
}

mo_int_t mo_io_size_arg(mo_obj_t o) {
    if (o == mo_const_none) {
        return -1;
    }
    mo_int_t n = mo_obj_get_int(o);
    return n < 0 ? -1 : n;
}

// ---- io.UnsupportedOperation ------------------------------------------------------------

static mo_obj_t unsupported_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                     const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "UnsupportedOperation() takes no keyword arguments");
    }
    return mo_exception_alloc(type, mo_obj_new_tuple(n_args, args));
}

const mo_type_t mo_type_io_UnsupportedOperation = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_io_dot_UnsupportedOperation,
    .print = mo_exception_print,
    .make_new = unsupported_make_new,
    .attr = mo_exception_attr,
    .parent = &mo_type_OSError,
};

// ---- the module -------------------------------------------------------------------------

static MO_DEFINE_FUN_KW(io_open_obj, 1, mo_io_open);

static const mo_map_elem_t io_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_io)},
    {MO_ROM_QSTR(MO_QSTR_open), MO_ROM_PTR(&io_open_obj)},
    {MO_ROM_QSTR(MO_QSTR_StringIO), MO_ROM_PTR(&mo_type_io_StringIO)},
    {MO_ROM_QSTR(MO_QSTR_BytesIO), MO_ROM_PTR(&mo_type_io_BytesIO)},
    {MO_ROM_QSTR(MO_QSTR_UnsupportedOperation), MO_ROM_PTR(&mo_type_io_UnsupportedOperation)},
    {MO_ROM_QSTR(MO_QSTR_SEEK_SET), MO_ROM_INT(0)},
    {MO_ROM_QSTR(MO_QSTR_SEEK_CUR), MO_ROM_INT(1)},
    {MO_ROM_QSTR(MO_QSTR_SEEK_END), MO_ROM_INT(2)},
    {MO_ROM_QSTR(MO_QSTR_DEFAULT_BUFFER_SIZE), MO_ROM_INT(8192)},
};
static MO_DEFINE_CONST_DICT(io_globals, io_globals_table);

const mo_module_t mo_module_io = {{&mo_type_module}, &io_globals};

MO_REGISTER_MODULE(MO_QSTR_io, mo_module_io);
