// The .mpy writer (see mpy_write.h and runtime/mpy_format.h for the layout).
#include "compiler/mpy_write.h"

#include "runtime/mpy_format.h"
#include "runtime/runtime.h"

// var-uint, most significant 7 bits first.
static void write_uint(mo_vstr_t *out, size_t v) {
    uint8_t buf[(sizeof(size_t) * 8 + 6) / 7];
    size_t n = 0;
    do {
        buf[n++] = (uint8_t)(v & 0x7f);
        v >>= 7;
    } while (v != 0);
    while (n > 1) {
        mo_vstr_add_byte(out, (char)(buf[--n] | 0x80));
    }
    mo_vstr_add_byte(out, (char)buf[0]);
}

static void write_bytes(mo_vstr_t *out, const char *data, size_t len, bool nul) {
    write_uint(out, len);
    mo_vstr_add_strn(out, data, len);
    if (nul) {
        mo_vstr_add_byte(out, 0);
    }
}

// A qstr MicroPython has in its static table is written as its number, which
// saves its text.
static void write_qstr(mo_vstr_t *out, qstr q) {
    size_t len;
    const char *s = mo_qstr_data(q, &len);
    size_t n = mo_mpy_static_qstr_find(s, len);
    if (n != 0) {
        write_uint(out, n << 1 | 1);
        return;
    }
    write_uint(out, len << 1);
    mo_vstr_add_strn(out, s, len);
    mo_vstr_add_byte(out, 0);
}

// int, float and complex are written as the text of their repr, which is also
// what MicroPython's loader parses.
static void write_repr(mo_vstr_t *out, uint8_t tag, mo_obj_t o) {
    mo_vstr_t text;
    mo_print_t p;
    mo_vstr_init(&text, 24);
    mo_print_to_vstr(&p, &text);
    mo_obj_print(&p, o, MO_PRINT_REPR);
    mo_vstr_add_byte(out, (char)tag);
    write_bytes(out, text.buf, text.len, false);
    mo_vstr_clear(&text);
}

static void write_obj(mo_vstr_t *out, mo_obj_t o) {
    mo_stack_check();
    const mo_type_t *t = mo_obj_type(o);
    if (o == mo_const_none || o == mo_const_false || o == mo_const_true ||
        o == mo_const_ellipsis) {
        uint8_t tag = o == mo_const_none    ? MO_MPY_OBJ_NONE
                      : o == mo_const_false ? MO_MPY_OBJ_FALSE
                      : o == mo_const_true  ? MO_MPY_OBJ_TRUE
                                            : MO_MPY_OBJ_ELLIPSIS;
        mo_vstr_add_byte(out, (char)tag);
    } else if (t == &mo_type_str || t == &mo_type_bytes) {
        size_t len;
        const char *data = mo_obj_str_get_data(o, &len);
        mo_vstr_add_byte(out, (char)(t == &mo_type_str ? MO_MPY_OBJ_STR : MO_MPY_OBJ_BYTES));
        write_bytes(out, data, len, true);
    } else if (t == &mo_type_int) {
        write_repr(out, MO_MPY_OBJ_INT, o);
    } else if (t == &mo_type_float) {
        write_repr(out, MO_MPY_OBJ_FLOAT, o);
    } else if (t == &mo_type_complex) {
        write_repr(out, MO_MPY_OBJ_COMPLEX, o);
    } else if (t == &mo_type_tuple) {
        const mo_tuple_t *tup = MO_PTR(o);
        mo_vstr_add_byte(out, MO_MPY_OBJ_TUPLE);
        write_uint(out, tup->len);
        for (size_t i = 0; i < tup->len; i++) {
            write_obj(out, tup->items[i]);
        }
    } else {
        mo_raise_fmt(&mo_type_ValueError, "can't save a constant of type '%s' in .mpy",
                     mo_obj_type_name(o));
    }
}

// The prelude's size fields, as the emitter writes them (runtime/bc.h).
static void write_prelude_size(mo_vstr_t *out, size_t n_info, size_t n_cell) {
    uint8_t z;
    do {
        z = (uint8_t)((n_info & 0x3f) << 1 | (n_cell & 1));
        n_cell >>= 1;
        n_info >>= 6;
        if (n_cell | n_info) {
            z |= 0x80;
        }
        mo_vstr_add_byte(out, (char)z);
    } while (n_cell | n_info);
}

// An async def's code with MO_MPY_COROUTINE_MARK put first in its line table
// (see mpy_format.h): the info section grows by that byte.
static void add_coroutine_mark(mo_vstr_t *out, const uint8_t *data, size_t len) {
    const uint8_t *p = data, *end = data + len;
    uint8_t z = *p++;
    size_t n_args = z & 3;
    for (unsigned n = 0; z & 0x80; n++) {
        z = *p++;
        n_args += (size_t)((z >> 2) & 1) << (2 + n);   // positional
        n_args += (size_t)((z >> 3) & 1) << n;         // keyword-only
    }
    mo_vstr_add_strn(out, (const char *)data, (size_t)(p - data));
    size_t n_info = 0, n_cell = 0;
    unsigned n = 0;
    do {
        z = *p++;
        n_info |= (size_t)((z >> 1) & 0x3f) << (6 * n);
        n_cell |= (size_t)(z & 1) << n;
        n++;
    } while (z & 0x80);
    write_prelude_size(out, n_info + 1, n_cell);
    const uint8_t *info = p;
    for (size_t i = 0; i < 1 + n_args; i++) {
        mo_bc_decode_uint(&p);   // the name, then the argument names
    }
    mo_vstr_add_strn(out, (const char *)info, (size_t)(p - info));
    mo_vstr_add_byte(out, MO_MPY_COROUTINE_MARK);
    mo_vstr_add_strn(out, (const char *)p, (size_t)(end - p));
}

static void write_raw_code(mo_vstr_t *out, const mo_raw_code_t *rc) {
    mo_stack_check();
    if (rc->kind != MO_CODE_BYTECODE) {
        mo_raise_msg(&mo_type_ValueError, "native code can't be saved in .mpy yet");
    }
    size_t has_children = rc->n_children != 0;
    mo_vstr_t marked;
    const uint8_t *data = rc->fun_data;
    size_t len = rc->fun_data_len;
    if (rc->is_generator == 2) {
        mo_vstr_init(&marked, len + 4);
        add_coroutine_mark(&marked, data, len);
        data = (const uint8_t *)marked.buf;
        len = marked.len;
    }
    write_uint(out, len << 3 | has_children << 2 | (size_t)(rc->kind - MO_CODE_BYTECODE));
    mo_vstr_add_strn(out, (const char *)data, len);
    if (rc->is_generator == 2) {
        mo_vstr_clear(&marked);
    }
    if (has_children) {
        write_uint(out, rc->n_children);
        for (size_t i = 0; i < rc->n_children; i++) {
            write_raw_code(out, rc->children[i]);
        }
    }
}

void mo_mpy_write(mo_vstr_t *out, const mo_compiled_module_t *cm,
                  const mo_mpy_write_options_t *options) {
    // Bytecode only so far, and MicroPython records the arch only with native code.
    uint8_t header[4] = {MO_MPY_MAGIC, MO_MPY_VERSION, 0, options->small_int_bits};
    mo_vstr_add_strn(out, (const char *)header, sizeof(header));
    const mo_code_ctx_t *ctx = &cm->ctx;
    write_uint(out, ctx->n_qstr);
    write_uint(out, ctx->n_obj);
    for (size_t i = 0; i < ctx->n_qstr; i++) {
        write_qstr(out, ctx->qstr_table[i]);
    }
    for (size_t i = 0; i < ctx->n_obj; i++) {
        write_obj(out, ctx->obj_table[i]);
    }
    write_raw_code(out, cm->rc);
}
