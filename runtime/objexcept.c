// Exceptions: the built-in exception classes (CPython's hierarchy), exception
// objects with their args, chaining and traceback, and the printing of an uncaught
// exception exactly as CPython 3.11 prints it (without source lines).
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"

// ---- creating ----------------------------------------------------------------------

mo_obj_t mo_exception_alloc(const mo_type_t *type, mo_obj_t args) {
    mo_exception_t *e = mo_new_obj(mo_exception_t);
    e->base.type = type;
    e->dict.base.type = &mo_type_dict;
    mo_map_init(&e->dict.map, 0);
    e->args = args != MO_OBJ_NULL ? args : mo_const_empty_tuple;
    return MO_OBJ(e);
}

// OSError(errno, ...) gives the subclass CPython picks for that errno.
static const mo_type_t *oserror_subclass(size_t n_args, const mo_obj_t *args) {
    mo_int_t code;
    if (n_args < 2 || !mo_is_small_int(args[0])) {
        return &mo_type_OSError;
    }
    code = mo_small_int_value(args[0]);
    switch (code) {
        case 1:
        case 13:
            return &mo_type_PermissionError;
        case 2:
            return &mo_type_FileNotFoundError;
        case 3:
            return &mo_type_ProcessLookupError;
        case 4:
            return &mo_type_InterruptedError;
        case 10:
            return &mo_type_ChildProcessError;
        case 11:
        case 114:
        case 115:
            return &mo_type_BlockingIOError;
        case 32:
        case 108:
            return &mo_type_BrokenPipeError;
        case 103:
            return &mo_type_ConnectionAbortedError;
        case 104:
            return &mo_type_ConnectionResetError;
        case 111:
            return &mo_type_ConnectionRefusedError;
        case 17:
            return &mo_type_FileExistsError;
        case 20:
            return &mo_type_NotADirectoryError;
        case 21:
            return &mo_type_IsADirectoryError;
        case 110:
            return &mo_type_TimeoutError;
        default:
            return &mo_type_OSError;
    }
}

static mo_obj_t exc_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    bool import_error = mo_type_is_subclass(type, &mo_type_ImportError);
    if (n_kw != 0 && !import_error) {
        mo_raise_fmt(&mo_type_TypeError, "%q() takes no keyword arguments", (qstr)type->name);
    }
    if (type == &mo_type_OSError) {
        type = oserror_subclass(n_args, args);
    }
    mo_obj_t exc = mo_exception_alloc(type, mo_obj_new_tuple(n_args, args));
    // ImportError(msg, name=..., path=...)
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = mo_obj_str_get_qstr(args[n_args + 2 * i]);
        if (k != MO_QSTR_name && k != MO_QSTR_path) {
            mo_raise_fmt(&mo_type_TypeError, "'%q' is an invalid keyword argument for %q()", k,
                         (qstr)type->name);
        }
        mo_dict_store(MO_OBJ(&mo_exception_get(exc)->dict), mo_qstr_obj(k), args[n_args + 2 * i + 1]);
    }
    return exc;
}

mo_obj_t mo_obj_new_exception(const mo_type_t *type, size_t n_args, const mo_obj_t *args) {
    if (mo_type_is_user(type)) {
        return mo_call(MO_OBJ(type), n_args, 0, args);
    }
    return mo_exception_alloc(type, mo_obj_new_tuple(n_args, args));
}

mo_obj_t mo_obj_new_exception_msg(const mo_type_t *type, const char *msg) {
    mo_obj_t m = mo_obj_new_str_from_cstr(msg);
    return mo_obj_new_exception(type, 1, &m);
}

bool mo_obj_is_exception_instance(mo_obj_t o) {
    return mo_is_ptr(o) && o != MO_OBJ_NULL &&
           (mo_obj_type(o)->flags & MO_TYPE_FLAG_BASE_EXCEPTION) != 0;
}

bool mo_obj_is_exception_type(mo_obj_t o) {
    return mo_obj_is_type_obj(o) &&
           (((const mo_type_t *)MO_PTR(o))->flags & MO_TYPE_FLAG_BASE_EXCEPTION) != 0;
}

mo_obj_t mo_exception_instance(mo_obj_t exc_or_type) {
    if (mo_obj_is_exception_type(exc_or_type)) {
        return mo_call0(exc_or_type);
    }
    return exc_or_type;
}

// Unlike isinstance, `except` takes a flat tuple: a nested tuple is an error.
static bool match_rec(const mo_type_t *t, mo_obj_t classinfo, int depth) {
    if (mo_obj_is_type(classinfo, &mo_type_tuple) && depth == 0) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(classinfo, &len, &items);
        for (size_t i = 0; i < len; i++) {
            if (match_rec(t, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (!mo_obj_is_exception_type(classinfo)) {
        mo_raise_msg(&mo_type_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
    }
    return mo_type_is_subclass(t, (const mo_type_t *)MO_PTR(classinfo));
}

bool mo_obj_exception_match(mo_obj_t exc, mo_obj_t type_or_tuple) {
    const mo_type_t *t = mo_obj_is_type_obj(exc) ? (const mo_type_t *)MO_PTR(exc) : mo_obj_type(exc);
    return match_rec(t, type_or_tuple, 0);
}

// ---- traceback and chaining ----------------------------------------------------------

void mo_exc_add_traceback(mo_obj_t exc, qstr file, size_t line, qstr block) {
    if (!mo_obj_is_exception_instance(exc)) {
        return;
    }
    mo_exception_t *e = mo_exception_get(exc);
    if (e->tb_len == e->tb_alloc) {
        if (e->tb_alloc >= 0x8000) {
            return;
        }
        uint16_t n = e->tb_alloc == 0 ? 4 : (uint16_t)(e->tb_alloc * 2);
        // No raising here: with no memory left the entry is just dropped.
        mo_tb_entry_t *tb = mo_gc_realloc(e->tb, n * sizeof(mo_tb_entry_t));
        if (tb == NULL) {
            return;
        }
        e->tb = tb;
        e->tb_alloc = n;
    }
    e->tb[e->tb_len].file = file;
    e->tb[e->tb_len].line = line;
    e->tb[e->tb_len].block = block;
    e->tb_len++;
}

void mo_exc_clear_traceback(mo_obj_t exc) {
    if (mo_obj_is_exception_instance(exc)) {
        mo_exception_get(exc)->tb_len = 0;
    }
}

static mo_obj_t check_chain_value(mo_obj_t v, const char *what) {
    if (v == mo_const_none || v == MO_OBJ_NULL) {
        return MO_OBJ_NULL;
    }
    v = mo_exception_instance(v);
    if (!mo_obj_is_exception_instance(v)) {
        mo_raise_fmt(&mo_type_TypeError, "exception %s must be None or derive from BaseException",
                     what);
    }
    return v;
}

void mo_exc_set_cause(mo_obj_t exc, mo_obj_t cause) {
    if (!mo_obj_is_exception_instance(exc)) {
        return;
    }
    mo_obj_t c = check_chain_value(cause, "cause");
    mo_exception_t *e = mo_exception_get(exc);
    e->cause = c;
    e->suppress_context = true;
}

void mo_exc_set_context(mo_obj_t exc, mo_obj_t context) {
    if (!mo_obj_is_exception_instance(exc) || !mo_obj_is_exception_instance(context) ||
        exc == context) {
        return;
    }
    // Like CPython, break a cycle: if exc is already in context's chain, cut it there.
    mo_obj_t o = context;
    for (int depth = 0; depth < 100 && o != MO_OBJ_NULL; depth++) {
        mo_exception_t *oe = mo_exception_get(o);
        if (oe->context == exc) {
            oe->context = MO_OBJ_NULL;
            break;
        }
        o = oe->context;
    }
    mo_exception_get(exc)->context = context;
}

static mo_obj_t args_item(mo_obj_t exc, size_t i) {
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(mo_exception_get(exc)->args, &len, &items);
    return i < len ? items[i] : MO_OBJ_NULL;
}

static size_t args_len(mo_obj_t exc) {
    size_t len;
    mo_obj_t *items;
    mo_obj_get_array(mo_exception_get(exc)->args, &len, &items);
    return len;
}

mo_obj_t mo_exc_get_value(mo_obj_t exc) {
    if (!mo_obj_is_exception_instance(exc)) {
        return mo_const_none;
    }
    mo_obj_t v = mo_dict_get(MO_OBJ(&mo_exception_get(exc)->dict), mo_qstr_obj(MO_QSTR_value));
    if (v == MO_OBJ_NULL) {
        v = args_item(exc, 0);
    }
    return v != MO_OBJ_NULL ? v : mo_const_none;
}

// ---- str and repr --------------------------------------------------------------------

static bool is_a(mo_obj_t exc, const mo_type_t *t) {
    return mo_type_is_subclass(mo_obj_type(exc), t);
}

static mo_obj_t dict_attr(mo_obj_t exc, qstr attr) {
    return mo_dict_get(MO_OBJ(&mo_exception_get(exc)->dict), mo_qstr_obj(attr));
}

// A SyntaxError field: set as an attribute, or from the (msg, (file, line, offset,
// text)) arguments.
static mo_obj_t syntax_field(mo_obj_t exc, qstr attr, size_t index) {
    mo_obj_t v = dict_attr(exc, attr);
    if (v != MO_OBJ_NULL) {
        return v;
    }
    if (attr == MO_QSTR_msg) {
        v = args_item(exc, 0);
        return v != MO_OBJ_NULL ? v : mo_const_none;
    }
    mo_obj_t details = args_item(exc, 1);
    if (details != MO_OBJ_NULL && mo_obj_is_type(details, &mo_type_tuple)) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(details, &len, &items);
        if (index < len) {
            return items[index];
        }
    }
    return mo_const_none;
}

static bool print_oserror_str(const mo_print_t *print, mo_obj_t self) {
    size_t n = args_len(self);
    if (n < 2 || n > 5) {
        return false;
    }
    mo_printf(print, "[Errno %S] %S", args_item(self, 0), args_item(self, 1));
    if (n >= 3) {
        mo_printf(print, ": %R", args_item(self, 2));
    }
    if (n >= 5) {
        mo_printf(print, " -> %R", args_item(self, 4));
    }
    return true;
}

static void print_syntax_error_str(const mo_print_t *print, mo_obj_t self) {
    mo_obj_t msg = syntax_field(self, MO_QSTR_msg, 0);
    mo_obj_t file = syntax_field(self, MO_QSTR_filename, 0);
    mo_obj_t line = syntax_field(self, MO_QSTR_lineno, 1);
    mo_obj_print(print, msg, MO_PRINT_STR);
    bool have_file = mo_obj_is_str(file);
    bool have_line = mo_obj_is_int(line);
    if (have_file && have_line) {
        mo_printf(print, " (%S, line %S)", file, line);
    } else if (have_file) {
        mo_printf(print, " (%S)", file);
    } else if (have_line) {
        mo_printf(print, " (line %S)", line);
    }
}

void mo_exception_print(const mo_print_t *print, mo_obj_t self, int kind) {
    size_t n = args_len(self);
    if (kind == MO_PRINT_REPR) {
        mo_printf(print, "%q", mo_type_short_name(mo_obj_type(self)));
        if (n == 1) {
            mo_printf(print, "(%R)", args_item(self, 0));
        } else if (n == 0) {
            mo_print_str(print, "()");
        } else {
            mo_obj_print(print, mo_exception_get(self)->args, MO_PRINT_REPR);
        }
        return;
    }
    if (is_a(self, &mo_type_OSError) && print_oserror_str(print, self)) {
        return;
    }
    if (is_a(self, &mo_type_SyntaxError) && n <= 2) {
        print_syntax_error_str(print, self);
        return;
    }
    if (n == 0) {
        return;
    }
    if (n == 1) {
        mo_obj_print(print, args_item(self, 0), is_a(self, &mo_type_KeyError) ? MO_PRINT_REPR
                                                                              : MO_PRINT_STR);
        return;
    }
    mo_obj_print(print, mo_exception_get(self)->args, MO_PRINT_REPR);
}

// ---- attributes ------------------------------------------------------------------------

static mo_obj_t or_none(mo_obj_t v) {
    return v != MO_OBJ_NULL ? v : mo_const_none;
}

// The attributes particular exception classes compute from their args.
static mo_obj_t computed_attr(mo_obj_t self, qstr attr) {
    size_t n = args_len(self);
    switch (attr) {
        case MO_QSTR_value:
            return is_a(self, &mo_type_StopIteration) ? or_none(args_item(self, 0)) : MO_OBJ_NULL;
        case MO_QSTR_code:
            if (!is_a(self, &mo_type_SystemExit)) {
                return MO_OBJ_NULL;
            }
            return n == 0 ? mo_const_none : n == 1 ? args_item(self, 0) : mo_exception_get(self)->args;
        case MO_QSTR_errno:
        case MO_QSTR_strerror:
        case MO_QSTR_filename:
        case MO_QSTR_filename2:
            if (is_a(self, &mo_type_OSError)) {
                size_t i = attr == MO_QSTR_errno ? 0 : attr == MO_QSTR_strerror ? 1
                           : attr == MO_QSTR_filename ? 2 : 4;
                return n >= 2 ? or_none(args_item(self, i)) : mo_const_none;
            }
            if (attr == MO_QSTR_filename && is_a(self, &mo_type_SyntaxError)) {
                return syntax_field(self, attr, 0);
            }
            return MO_OBJ_NULL;
        case MO_QSTR_msg:
        case MO_QSTR_lineno:
        case MO_QSTR_offset:
        case MO_QSTR_text:
        case MO_QSTR_end_lineno:
        case MO_QSTR_end_offset:
            if (!is_a(self, &mo_type_SyntaxError)) {
                return MO_OBJ_NULL;
            }
            return syntax_field(self, attr, attr == MO_QSTR_lineno ? 1 : attr == MO_QSTR_offset ? 2
                                            : attr == MO_QSTR_text ? 3 : attr == MO_QSTR_end_lineno ? 4
                                            : attr == MO_QSTR_end_offset ? 5 : 0);
        case MO_QSTR_name:
        case MO_QSTR_path:
            return is_a(self, &mo_type_ImportError) ? mo_const_none : MO_OBJ_NULL;
        default:
            return MO_OBJ_NULL;
    }
}

// ---- traceback objects ------------------------------------------------------------------
// exc.__traceback__: a view of one entry of the exception's traceback array, outermost
// first (tb_next goes one frame deeper), made on demand.

typedef struct tb_obj {
    mo_base_t base;
    mo_obj_t exc;
    size_t index;   // into the exception's entries, which are innermost first
} tb_obj_t;

static const mo_type_t traceback_type;

static mo_obj_t new_tb(mo_obj_t exc, size_t index) {
    tb_obj_t *tb = mo_new_obj(tb_obj_t);
    tb->base.type = &traceback_type;
    tb->exc = exc;
    tb->index = index;
    return MO_OBJ(tb);
}

static mo_obj_t exc_traceback(mo_obj_t exc) {
    mo_exception_t *e = mo_exception_get(exc);
    return e->tb_len == 0 ? mo_const_none : new_tb(exc, e->tb_len - 1u);
}

static void tb_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    tb_obj_t *tb = (tb_obj_t *)MO_PTR(self);
    mo_exception_t *e = mo_exception_get(tb->exc);
    if (tb->index >= e->tb_len) {
        dest[0] = mo_const_none;  // the traceback was cleared meanwhile
        return;
    }
    switch (attr) {
        case MO_QSTR_tb_lineno:
            dest[0] = mo_obj_new_int((mo_int_t)e->tb[tb->index].line);
            break;
        case MO_QSTR_tb_next:
            dest[0] = tb->index == 0 ? mo_const_none : new_tb(tb->exc, tb->index - 1);
            break;
        case MO_QSTR_tb_frame:
            dest[0] = mo_const_none;
            break;
        case MO_QSTR_tb_lasti:
            dest[0] = mo_small_int(0);
            break;
        default:
            break;
    }
}

static void tb_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "<traceback object at %p>", MO_PTR(self));
}

static const mo_type_t traceback_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_traceback,
    .print = tb_print,
    .attr = tb_attr,
};

static bool exc_load_field(mo_exception_t *e, qstr attr, mo_obj_t *dest) {
    switch (attr) {
        case MO_QSTR_args:
            dest[0] = e->args;
            return true;
        case MO_QSTR___cause__:
            dest[0] = or_none(e->cause);
            return true;
        case MO_QSTR___context__:
            dest[0] = or_none(e->context);
            return true;
        case MO_QSTR___suppress_context__:
            dest[0] = mo_bool(e->suppress_context);
            return true;
        case MO_QSTR___traceback__:
            dest[0] = exc_traceback(MO_OBJ(e));
            return true;
        default:
            return false;
    }
}

static bool exc_store_field(mo_exception_t *e, qstr attr, mo_obj_t value) {
    switch (attr) {
        case MO_QSTR_args: {
            mo_obj_t t = mo_call1(MO_OBJ(&mo_type_tuple), value);
            e->args = t;
            return true;
        }
        case MO_QSTR___cause__:
            e->cause = check_chain_value(value, "cause");
            return true;
        case MO_QSTR___context__:
            e->context = check_chain_value(value, "context");
            return true;
        case MO_QSTR___suppress_context__:
            e->suppress_context = mo_obj_is_true(value);
            return true;
        case MO_QSTR___traceback__:
            // Only clearing is supported: a traceback can't be grafted on.
            if (value == mo_const_none) {
                e->tb_len = 0;
            } else if (!mo_obj_is_type(value, &traceback_type)) {
                mo_raise_msg(&mo_type_TypeError, "__traceback__ must be a traceback or None");
            }
            return true;
        default:
            return false;
    }
}

void mo_exception_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    mo_exception_t *e = mo_exception_get(self);
    if (dest[0] == MO_OBJ_NULL) {
        if (exc_load_field(e, attr, dest)) {
            return;
        }
        mo_obj_t v = dict_attr(self, attr);
        if (v == MO_OBJ_NULL) {
            v = computed_attr(self, attr);
        }
        if (v != MO_OBJ_NULL) {
            dest[0] = v;
            return;
        }
        if (!mo_type_is_user(mo_obj_type(self))) {
            mo_generic_attr_load(self, attr, dest);
        }
        return;
    }
    mo_obj_t value = dest[1];
    if (value != MO_OBJ_NULL && exc_store_field(e, attr, value)) {
        dest[0] = MO_OBJ_NULL;
        return;
    }
    mo_map_t *map = &e->dict.map;
    if (value != MO_OBJ_NULL) {
        mo_map_lookup(map, mo_qstr_obj(attr), MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    } else if (mo_map_lookup(map, mo_qstr_obj(attr), MO_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mo_raise_fmt(&mo_type_AttributeError, "'%s' object has no attribute '%q'",
                     mo_obj_type_name(self), attr);
    }
    dest[0] = MO_OBJ_NULL;
}

static mo_obj_t exc_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_HASH) {
        return mo_small_int(mo_obj_identity_hash(self));
    }
    return MO_OBJ_NULL;
}

// BaseException.__init__(self, *args): sets args (a user __init__ calling super()).
static mo_obj_t exc_init(size_t n_args, const mo_obj_t *args) {
    if (!mo_obj_is_exception_instance(args[0])) {
        mo_raise_fmt(&mo_type_TypeError,
                     "descriptor '__init__' requires a 'BaseException' object but received a '%s'",
                     mo_obj_type_name(args[0]));
    }
    mo_exception_get(args[0])->args = mo_obj_new_tuple(n_args - 1, args + 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(exc_init_obj, 1, 0xffff, exc_init);

static mo_obj_t exc_with_traceback(mo_obj_t self, mo_obj_t tb) {
    mo_store_attr(self, MO_QSTR___traceback__, tb);
    return self;
}
static MO_DEFINE_FUN_2(exc_with_traceback_obj, exc_with_traceback);

static mo_obj_t exc_add_note(mo_obj_t self, mo_obj_t note) {
    if (!mo_obj_is_str(note)) {
        mo_raise_fmt(&mo_type_TypeError, "note must be a str, not '%s'", mo_obj_type_name(note));
    }
    mo_obj_t d = MO_OBJ(&mo_exception_get(self)->dict);
    mo_obj_t notes = mo_dict_get(d, mo_qstr_obj(MO_QSTR___notes__));
    if (notes == MO_OBJ_NULL) {
        notes = mo_obj_new_list(0, NULL);
        mo_dict_store(d, mo_qstr_obj(MO_QSTR___notes__), notes);
    }
    mo_list_append(notes, note);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(exc_add_note_obj, exc_add_note);

static const mo_map_elem_t exc_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___init__), MO_ROM_PTR(&exc_init_obj)},
    {MO_ROM_QSTR(MO_QSTR_with_traceback), MO_ROM_PTR(&exc_with_traceback_obj)},
    {MO_ROM_QSTR(MO_QSTR_add_note), MO_ROM_PTR(&exc_add_note_obj)},
};
static MO_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_table);

// ---- the hierarchy (as CPython 3.11) ------------------------------------------------------

#define EXC_TYPE(exc_name, exc_qstr, parent_type) \
    const mo_type_t mo_type_##exc_name = { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY, \
        .name = exc_qstr, \
        .print = mo_exception_print, \
        .make_new = exc_make_new, \
        .unary_op = exc_unary_op, \
        .attr = mo_exception_attr, \
        .parent = parent_type, \
    }

const mo_type_t mo_type_BaseException = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_BaseException,
    .print = mo_exception_print,
    .make_new = exc_make_new,
    .unary_op = exc_unary_op,
    .attr = mo_exception_attr,
    .locals_dict = (struct mo_dict *)&exc_locals_dict,
};

EXC_TYPE(SystemExit, MO_QSTR_SystemExit, &mo_type_BaseException);
EXC_TYPE(KeyboardInterrupt, MO_QSTR_KeyboardInterrupt, &mo_type_BaseException);
EXC_TYPE(GeneratorExit, MO_QSTR_GeneratorExit, &mo_type_BaseException);
EXC_TYPE(Exception, MO_QSTR_Exception, &mo_type_BaseException);
EXC_TYPE(StopIteration, MO_QSTR_StopIteration, &mo_type_Exception);
EXC_TYPE(StopAsyncIteration, MO_QSTR_StopAsyncIteration, &mo_type_Exception);
EXC_TYPE(ArithmeticError, MO_QSTR_ArithmeticError, &mo_type_Exception);
EXC_TYPE(FloatingPointError, MO_QSTR_FloatingPointError, &mo_type_ArithmeticError);
EXC_TYPE(OverflowError, MO_QSTR_OverflowError, &mo_type_ArithmeticError);
EXC_TYPE(ZeroDivisionError, MO_QSTR_ZeroDivisionError, &mo_type_ArithmeticError);
EXC_TYPE(AssertionError, MO_QSTR_AssertionError, &mo_type_Exception);
EXC_TYPE(AttributeError, MO_QSTR_AttributeError, &mo_type_Exception);
EXC_TYPE(BufferError, MO_QSTR_BufferError, &mo_type_Exception);
EXC_TYPE(EOFError, MO_QSTR_EOFError, &mo_type_Exception);
EXC_TYPE(ImportError, MO_QSTR_ImportError, &mo_type_Exception);
EXC_TYPE(ModuleNotFoundError, MO_QSTR_ModuleNotFoundError, &mo_type_ImportError);
EXC_TYPE(LookupError, MO_QSTR_LookupError, &mo_type_Exception);
EXC_TYPE(IndexError, MO_QSTR_IndexError, &mo_type_LookupError);
EXC_TYPE(KeyError, MO_QSTR_KeyError, &mo_type_LookupError);
EXC_TYPE(MemoryError, MO_QSTR_MemoryError, &mo_type_Exception);
EXC_TYPE(NameError, MO_QSTR_NameError, &mo_type_Exception);
EXC_TYPE(UnboundLocalError, MO_QSTR_UnboundLocalError, &mo_type_NameError);
EXC_TYPE(OSError, MO_QSTR_OSError, &mo_type_Exception);
EXC_TYPE(BlockingIOError, MO_QSTR_BlockingIOError, &mo_type_OSError);
EXC_TYPE(ChildProcessError, MO_QSTR_ChildProcessError, &mo_type_OSError);
EXC_TYPE(ConnectionError, MO_QSTR_ConnectionError, &mo_type_OSError);
EXC_TYPE(BrokenPipeError, MO_QSTR_BrokenPipeError, &mo_type_ConnectionError);
EXC_TYPE(ConnectionAbortedError, MO_QSTR_ConnectionAbortedError, &mo_type_ConnectionError);
EXC_TYPE(ConnectionRefusedError, MO_QSTR_ConnectionRefusedError, &mo_type_ConnectionError);
EXC_TYPE(ConnectionResetError, MO_QSTR_ConnectionResetError, &mo_type_ConnectionError);
EXC_TYPE(FileExistsError, MO_QSTR_FileExistsError, &mo_type_OSError);
EXC_TYPE(FileNotFoundError, MO_QSTR_FileNotFoundError, &mo_type_OSError);
EXC_TYPE(InterruptedError, MO_QSTR_InterruptedError, &mo_type_OSError);
EXC_TYPE(IsADirectoryError, MO_QSTR_IsADirectoryError, &mo_type_OSError);
EXC_TYPE(NotADirectoryError, MO_QSTR_NotADirectoryError, &mo_type_OSError);
EXC_TYPE(PermissionError, MO_QSTR_PermissionError, &mo_type_OSError);
EXC_TYPE(ProcessLookupError, MO_QSTR_ProcessLookupError, &mo_type_OSError);
EXC_TYPE(TimeoutError, MO_QSTR_TimeoutError, &mo_type_OSError);
EXC_TYPE(ReferenceError, MO_QSTR_ReferenceError, &mo_type_Exception);
EXC_TYPE(RuntimeError, MO_QSTR_RuntimeError, &mo_type_Exception);
EXC_TYPE(NotImplementedError, MO_QSTR_NotImplementedError, &mo_type_RuntimeError);
EXC_TYPE(RecursionError, MO_QSTR_RecursionError, &mo_type_RuntimeError);
EXC_TYPE(SyntaxError, MO_QSTR_SyntaxError, &mo_type_Exception);
EXC_TYPE(IndentationError, MO_QSTR_IndentationError, &mo_type_SyntaxError);
EXC_TYPE(TabError, MO_QSTR_TabError, &mo_type_IndentationError);
EXC_TYPE(SystemError, MO_QSTR_SystemError, &mo_type_Exception);
EXC_TYPE(TypeError, MO_QSTR_TypeError, &mo_type_Exception);
EXC_TYPE(ValueError, MO_QSTR_ValueError, &mo_type_Exception);
EXC_TYPE(UnicodeError, MO_QSTR_UnicodeError, &mo_type_ValueError);
EXC_TYPE(UnicodeDecodeError, MO_QSTR_UnicodeDecodeError, &mo_type_UnicodeError);
EXC_TYPE(UnicodeEncodeError, MO_QSTR_UnicodeEncodeError, &mo_type_UnicodeError);
EXC_TYPE(UnicodeTranslateError, MO_QSTR_UnicodeTranslateError, &mo_type_UnicodeError);
EXC_TYPE(Warning, MO_QSTR_Warning, &mo_type_Exception);
EXC_TYPE(UserWarning, MO_QSTR_UserWarning, &mo_type_Warning);
EXC_TYPE(DeprecationWarning, MO_QSTR_DeprecationWarning, &mo_type_Warning);
EXC_TYPE(PendingDeprecationWarning, MO_QSTR_PendingDeprecationWarning, &mo_type_Warning);
EXC_TYPE(SyntaxWarning, MO_QSTR_SyntaxWarning, &mo_type_Warning);
EXC_TYPE(RuntimeWarning, MO_QSTR_RuntimeWarning, &mo_type_Warning);
EXC_TYPE(FutureWarning, MO_QSTR_FutureWarning, &mo_type_Warning);
EXC_TYPE(ImportWarning, MO_QSTR_ImportWarning, &mo_type_Warning);
EXC_TYPE(UnicodeWarning, MO_QSTR_UnicodeWarning, &mo_type_Warning);
EXC_TYPE(BytesWarning, MO_QSTR_BytesWarning, &mo_type_Warning);
EXC_TYPE(ResourceWarning, MO_QSTR_ResourceWarning, &mo_type_Warning);
EXC_TYPE(EncodingWarning, MO_QSTR_EncodingWarning, &mo_type_Warning);

// ---- printing an uncaught exception ------------------------------------------------------

// The class name as the final line shows it: qualified unless builtins or __main__.
static void print_exc_type_name(const mo_print_t *print, const mo_type_t *t) {
    if (mo_type_is_user(t)) {
        mo_obj_t mod = mo_dict_get(MO_OBJ(t->locals_dict), mo_qstr_obj(MO_QSTR___module__));
        if (mod != MO_OBJ_NULL && mo_obj_is_str(mod)) {
            qstr m = mo_obj_str_get_qstr(mod);
            if (m != MO_QSTR_builtins && m != MO_QSTR___main__) {
                mo_printf(print, "%q.", m);
            }
        }
        mo_obj_t qual = mo_dict_get(MO_OBJ(t->locals_dict), mo_qstr_obj(MO_QSTR___qualname__));
        if (qual != MO_OBJ_NULL && mo_obj_is_str(qual)) {
            mo_obj_print(print, qual, MO_PRINT_STR);
            return;
        }
    }
    mo_printf(print, "%q", (qstr)t->name);
}

static void print_tb_line(const mo_print_t *print, const mo_tb_entry_t *e) {
    mo_printf(print, "  File \"%q\", line %u, in %q\n", e->file, (unsigned)e->line, e->block);
}

static bool tb_same(const mo_tb_entry_t *a, const mo_tb_entry_t *b) {
    return a->file == b->file && a->line == b->line && a->block == b->block;
}

// Outermost frame first; runs of one repeated line are shortened as CPython does.
static void print_traceback(const mo_print_t *print, const mo_exception_t *e) {
    if (e->tb_len == 0) {
        return;
    }
    mo_print_str(print, "Traceback (most recent call last):\n");
    size_t repeat = 0;
    for (size_t i = e->tb_len; i-- > 0;) {
        const mo_tb_entry_t *cur = &e->tb[i];
        if (i + 1 < e->tb_len && tb_same(cur, &e->tb[i + 1])) {
            repeat++;
        } else {
            if (repeat > 2) {
                mo_printf(print, "  [Previous line repeated %u more time%s]\n",
                          (unsigned)(repeat - 2), repeat - 2 == 1 ? "" : "s");
            }
            repeat = 0;
        }
        if (repeat <= 2) {
            print_tb_line(print, cur);
        }
    }
    if (repeat > 2) {
        mo_printf(print, "  [Previous line repeated %u more time%s]\n", (unsigned)(repeat - 2),
                  repeat - 2 == 1 ? "" : "s");
    }
}

// The file / source line / caret block of a SyntaxError.
static void print_syntax_location(const mo_print_t *print, mo_obj_t exc) {
    mo_obj_t file = syntax_field(exc, MO_QSTR_filename, 0);
    mo_obj_t line = syntax_field(exc, MO_QSTR_lineno, 1);
    mo_obj_t offset = syntax_field(exc, MO_QSTR_offset, 2);
    mo_obj_t text = syntax_field(exc, MO_QSTR_text, 3);
    mo_obj_t end_offset = syntax_field(exc, MO_QSTR_end_offset, 5);
    if (!mo_obj_is_str(file) && !mo_obj_is_int(line)) {
        return;
    }
    mo_print_str(print, "  File \"");
    if (mo_obj_is_str(file)) {
        mo_obj_print(print, file, MO_PRINT_STR);
    } else {
        mo_print_str(print, "<string>");
    }
    mo_print_str(print, "\"");
    if (mo_obj_is_int(line)) {
        mo_printf(print, ", line %S", line);
    }
    mo_print_str(print, "\n");
    if (!mo_obj_is_str(text)) {
        return;
    }
    size_t len;
    const char *s = mo_obj_str_get_data(text, &len);
    size_t start = 0;
    while (start < len && (s[start] == ' ' || s[start] == '\t' || s[start] == '\f')) {
        start++;
    }
    size_t end = len;
    while (end > start && (s[end - 1] == '\n' || s[end - 1] == '\r')) {
        end--;
    }
    mo_print_str(print, "    ");
    mo_print_strn(print, s + start, end - start);
    mo_print_str(print, "\n");
    mo_int_t off;
    if (!mo_obj_get_int_maybe(offset, &off) || off < 1) {
        return;
    }
    // As CPython: the caret column counts from the stripped text; a caret that
    // would fall left of it is not printed.
    mo_int_t col = off - 1 - (mo_int_t)start;
    if (col < 0) {
        return;
    }
    if ((size_t)col > end - start) {
        col = (mo_int_t)(end - start);
    }
    mo_int_t end_off;
    mo_int_t n_carets = 1;
    if (mo_obj_get_int_maybe(end_offset, &end_off) && end_off > off) {
        n_carets = end_off - off;
    }
    mo_print_str(print, "    ");
    for (mo_int_t i = 0; i < col; i++) {
        mo_print_str(print, " ");
    }
    for (mo_int_t i = 0; i < n_carets; i++) {
        mo_print_str(print, "^");
    }
    mo_print_str(print, "\n");
}

// str(exc) into a vstr; CPython's placeholder if str() itself fails.
static void print_exc_message(const mo_print_t *print, mo_obj_t exc) {
    mo_vstr_t v;
    mo_print_t vp;
    mo_vstr_init(&v, 16);
    mo_print_to_vstr(&vp, &v);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        if (is_a(exc, &mo_type_SyntaxError) && args_len(exc) <= 2) {
            mo_obj_print(&vp, syntax_field(exc, MO_QSTR_msg, 0), MO_PRINT_STR);
        } else {
            mo_obj_print(&vp, exc, MO_PRINT_STR);
        }
        mo_nlr_pop();
    } else {
        mo_vstr_reset(&v);
        mo_vstr_add_str(&v, "<exception str() failed>");
    }
    if (v.len != 0) {
        mo_print_str(print, ": ");
        mo_print_strn(print, v.buf, v.len);
    }
}

static void print_one_exception(const mo_print_t *print, mo_obj_t exc) {
    mo_exception_t *e = mo_exception_get(exc);
    print_traceback(print, e);
    if (is_a(exc, &mo_type_SyntaxError)) {
        print_syntax_location(print, exc);
    }
    print_exc_type_name(print, mo_obj_type(exc));
    print_exc_message(print, exc);
    mo_print_str(print, "\n");
    mo_obj_t notes = mo_dict_get(MO_OBJ(&e->dict), mo_qstr_obj(MO_QSTR___notes__));
    if (notes != MO_OBJ_NULL && mo_obj_is_type(notes, &mo_type_list)) {
        size_t len;
        mo_obj_t *items;
        mo_obj_get_array(notes, &len, &items);
        for (size_t i = 0; i < len; i++) {
            mo_printf(print, "%S\n", items[i]);
        }
    }
}

static void print_chain(const mo_print_t *print, mo_obj_t exc, int depth) {
    mo_exception_t *e = mo_exception_get(exc);
    if (depth < 32) {
        if (e->cause != MO_OBJ_NULL) {
            print_chain(print, e->cause, depth + 1);
            mo_print_str(print, "\nThe above exception was the direct cause of the "
                                "following exception:\n\n");
        } else if (e->context != MO_OBJ_NULL && !e->suppress_context) {
            print_chain(print, e->context, depth + 1);
            mo_print_str(print, "\nDuring handling of the above exception, another "
                                "exception occurred:\n\n");
        }
    }
    print_one_exception(print, exc);
}

void mo_print_exception(const mo_print_t *print, mo_obj_t exc) {
    if (!mo_obj_is_exception_instance(exc)) {
        mo_printf(print, "%R\n", exc);
        return;
    }
    print_chain(print, exc, 0);
}
