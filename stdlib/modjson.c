// The json module's Python face: dumps, dump, loads, load and JSONDecodeError,
// with CPython's argument errors. The work is done by json_encode.c and
// json_decode.c.
#include "runtime/objexcept.h"
#include "runtime/unicode.h"
#include "stdlib/modjson.h"

// ---- arguments -------------------------------------------------------------------------

// Checks the positional count of fn(names...) with CPython's messages (every json
// function takes a fixed number of positionals, then keywords only).
static void check_positional(const char *fn, size_t n_args, const char *const *names, size_t n_names) {
    if (n_args > n_names) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes %u positional argument%s but %u were given", fn,
                     (unsigned)n_names, n_names == 1 ? "" : "s", (unsigned)n_args);
    }
    size_t missing = n_names - n_args;
    if (missing == 1) {
        mo_raise_fmt(&mo_type_TypeError, "%s() missing 1 required positional argument: '%s'", fn,
                     names[n_args]);
    }
    if (missing == 2) {
        mo_raise_fmt(&mo_type_TypeError,
                     "%s() missing 2 required positional arguments: '%s' and '%s'", fn,
                     names[n_args], names[n_args + 1]);
    }
    if (missing == 3) {
        mo_raise_fmt(&mo_type_TypeError,
                     "%s() missing 3 required positional arguments: '%s', '%s', and '%s'", fn,
                     names[n_args], names[n_args + 1], names[n_args + 2]);
    }
}

// ---- JSONDecodeError -------------------------------------------------------------------

// Line and column (1-based, in characters) of the character position pos in doc,
// as CPython computes them from the count of newlines before pos.
static void line_col(mo_obj_t doc, mo_int_t pos, mo_int_t *lineno, mo_int_t *colno) {
    size_t len;
    const uint8_t *s = (const uint8_t *)mo_obj_str_get_data(doc, &len), *end = s + len;
    mo_int_t i = 0, line_start = 0;
    *lineno = 1;
    for (; s < end && i < pos; s = mo_utf8_next(s, end), i++) {
        if (*s == '\n') {
            ++*lineno;
            line_start = i + 1;
        }
    }
    *colno = pos - line_start + 1;
}

// JSONDecodeError(msg, doc, pos): args is the formatted message; the parts are
// kept as the attributes msg, doc, pos, lineno and colno.
static mo_obj_t new_decode_error(mo_obj_t msg, mo_obj_t doc, mo_obj_t pos) {
    mo_int_t lineno, colno, p = mo_obj_get_int(pos);
    line_col(doc, p, &lineno, &colno);
    mo_vstr_t v;
    mo_print_t print;
    mo_vstr_init(&v, 64);
    mo_print_to_vstr(&print, &v);
    mo_printf(&print, "%S: line %ld column %ld (char %ld)", msg, (long)lineno, (long)colno, (long)p);
    mo_obj_t text = mo_obj_new_str_from_vstr(&v);
    mo_obj_t exc = mo_exception_alloc(&mo_type_JSONDecodeError, mo_obj_new_tuple(1, &text));
    mo_obj_t dict = MO_OBJ(&mo_exception_get(exc)->dict);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_msg), msg);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_doc), doc);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_pos), pos);
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_lineno), mo_obj_new_int(lineno));
    mo_dict_store(dict, MO_ROM_QSTR(MO_QSTR_colno), mo_obj_new_int(colno));
    return exc;
}

static mo_obj_t decode_error_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                      const mo_obj_t *args) {
    static const char *const names[] = {"self", "msg", "doc", "pos"};
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "JSONDecodeError() takes no keyword arguments");
    }
    // Counted as CPython's __init__ counts them, self included.
    check_positional("JSONDecodeError.__init__", n_args + 1, names, 4);
    if (!mo_obj_is_str(args[1])) {
        mo_raise_fmt(&mo_type_TypeError, "must be str, not %s", mo_obj_type_name(args[1]));
    }
    return new_decode_error(args[0], args[1], args[2]);
}

const mo_type_t mo_type_JSONDecodeError = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_BASE_EXCEPTION | MO_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MO_QSTR_json_dot_decoder_dot_JSONDecodeError,
    .print = mo_exception_print,
    .make_new = decode_error_make_new,
    .attr = mo_exception_attr,
    .parent = &mo_type_ValueError,
};

_Noreturn void mo_json_raise_error(const char *msg, mo_obj_t doc, const uint8_t *data,
                                   size_t offset) {
    // The decoder counts bytes; CPython reports characters.
    mo_int_t pos = (mo_int_t)mo_utf8_char_count(data, offset);
    mo_raise(new_decode_error(mo_obj_new_str_from_cstr(msg), doc, mo_obj_new_int(pos)));
}

// ---- the functions -----------------------------------------------------------------------

static mo_obj_t json_dumps(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const char *const names[] = {"obj"};
    check_positional("dumps", n_args, names, 1);
    mo_json_enc_opts_t opts;
    mo_json_encode_opts(&opts, kw);
    return mo_json_encode(args[0], &opts);
}
static MO_DEFINE_FUN_KW(json_dumps_obj, 0, json_dumps);

// The whole text is built first and written with one fp.write call (CPython
// writes it in pieces; the file ends up the same).
static mo_obj_t json_dump(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const char *const names[] = {"obj", "fp"};
    check_positional("dump", n_args, names, 2);
    mo_json_enc_opts_t opts;
    mo_json_encode_opts(&opts, kw);
    mo_obj_t text = mo_json_encode(args[0], &opts);
    mo_obj_t dest[3];
    mo_load_method(args[1], MO_QSTR_write, dest);
    dest[2] = text;
    mo_call_method(1, 0, dest);
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(json_dump_obj, 0, json_dump);

static mo_obj_t json_loads(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const char *const names[] = {"s"};
    check_positional("loads", n_args, names, 1);
    return mo_json_decode(args[0], kw);
}
static MO_DEFINE_FUN_KW(json_loads_obj, 0, json_loads);

static mo_obj_t json_load(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const char *const names[] = {"fp"};
    check_positional("load", n_args, names, 1);
    return mo_json_decode(mo_call_method_0(args[0], MO_QSTR_read), kw);
}
static MO_DEFINE_FUN_KW(json_load_obj, 0, json_load);

// ---- the module ------------------------------------------------------------------------

static const mo_map_elem_t json_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_json)},
    {MO_ROM_QSTR(MO_QSTR_dumps), MO_ROM_PTR(&json_dumps_obj)},
    {MO_ROM_QSTR(MO_QSTR_dump), MO_ROM_PTR(&json_dump_obj)},
    {MO_ROM_QSTR(MO_QSTR_loads), MO_ROM_PTR(&json_loads_obj)},
    {MO_ROM_QSTR(MO_QSTR_load), MO_ROM_PTR(&json_load_obj)},
    {MO_ROM_QSTR(MO_QSTR_JSONDecodeError), MO_ROM_PTR(&mo_type_JSONDecodeError)},
};
static MO_DEFINE_CONST_DICT(json_globals, json_globals_table);

const mo_module_t mo_module_json = {{&mo_type_module}, &json_globals};

MO_REGISTER_MODULE(MO_QSTR_json, mo_module_json);
