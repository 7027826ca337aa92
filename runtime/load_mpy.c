// The .mpy loader (see load_mpy.h; layout in mpy_format.h).
#include "runtime/load_mpy.h"

#include <string.h>

#include "runtime/bc_verify.h"
#include "runtime/mpy_format.h"
#include "runtime/parsenum.h"
#include "runtime/repl.h"
#include "runtime/runtime.h"
#include "runtime/unicode.h"

// Nesting the loader accepts: tuples of constants, and functions in functions.
#define MAX_TUPLE_DEPTH 32
#define MAX_CODE_DEPTH 128

typedef struct reader {
    const uint8_t *p, *end;
} reader_t;

_Noreturn static void corrupt(const char *why) {
    mo_raise_fmt(&mo_type_ValueError, "invalid .mpy file: %s", why);
}

static uint8_t read_byte(reader_t *r) {
    if (r->p >= r->end) {
        corrupt("truncated");
    }
    return *r->p++;
}

static size_t read_uint(reader_t *r) {
    size_t v = 0;
    uint8_t b;
    do {
        b = read_byte(r);
        if (v > (SIZE_MAX >> 7)) {
            corrupt("number too large");
        }
        v = (v << 7) | (b & 0x7f);
    } while (b & 0x80);
    return v;
}

static const uint8_t *read_bytes(reader_t *r, size_t n) {
    if (n > (size_t)(r->end - r->p)) {
        corrupt("truncated");
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

// A count of things that each take at least one byte can't exceed what is left.
static size_t read_count(reader_t *r) {
    size_t n = read_uint(r);
    if (n > (size_t)(r->end - r->p)) {
        corrupt("count larger than the file");
    }
    return n;
}

// String data followed by its NUL.
static const uint8_t *read_text(reader_t *r, size_t len, bool utf8) {
    const uint8_t *s = read_bytes(r, len);
    if (read_byte(r) != 0) {
        corrupt("string not terminated");
    }
    size_t bad_start, bad_end;
    const char *reason;
    if (utf8 && !mo_utf8_validate(s, len, &bad_start, &bad_end, &reason)) {
        corrupt("string is not UTF-8");
    }
    return s;
}

// ---- header ----------------------------------------------------------------------

bool mo_mpy_has_magic(const uint8_t *data, size_t len) {
    return len >= 2 && data[0] == MO_MPY_MAGIC && data[1] == MO_MPY_VERSION;
}

static void check_header(reader_t *r) {
    if ((size_t)(r->end - r->p) < 4) {
        corrupt("truncated");
    }
    const uint8_t *h = read_bytes(r, 4);
    uint8_t arch = MO_MPY_FEATURE_ARCH(h[2]);
    // The sub-version only matters for native code (mpyfiles.rst).
    if (h[0] != MO_MPY_MAGIC || h[1] != MO_MPY_VERSION ||
        (arch != MO_MPY_ARCH_NONE && MO_MPY_FEATURE_SUB_VERSION(h[2]) != MO_MPY_SUB_VERSION) ||
        h[3] > MO_SMALL_INT_BITS) {
        mo_raise_msg(&mo_type_ValueError, "incompatible .mpy file");
    }
    if (arch != MO_MPY_ARCH_NONE) {
        if (arch != MO_MPY_ARCH_HOST) {
            mo_raise_msg(&mo_type_ValueError, "incompatible .mpy arch");
        }
        mo_raise_msg(&mo_type_ValueError, "native code in .mpy is not supported yet");
    }
}

// ---- qstrs and constants ----------------------------------------------------------------

static qstr read_qstr(reader_t *r) {
    size_t v = read_uint(r);
    qstr q;
    if (v & 1) {
        size_t len;
        const char *s = mo_mpy_static_qstr_str(v >> 1, &len);
        if (s == NULL) {
            corrupt("bad static qstr");
        }
        q = mo_qstr_from_strn(s, len);
    } else {
        size_t len = v >> 1;
        q = mo_qstr_from_strn((const char *)read_text(r, len, true), len);
    }
    if (q > 0xffff) {
        mo_raise_msg(&mo_type_MemoryError, "too many qstrs");
    }
    return q;
}

static mo_obj_t read_number(reader_t *r, uint8_t tag) {
    size_t len = read_uint(r);
    const char *s = (const char *)read_bytes(r, len);
    if (tag == MO_MPY_OBJ_INT) {
        // Decimal digits with an optional sign, as repr() writes them.
        size_t i = len > 0 && s[0] == '-';
        if (i == len) {
            corrupt("bad int constant");
        }
        for (; i < len; i++) {
            if (s[i] < '0' || s[i] > '9') {
                corrupt("bad int constant");
            }
        }
        return mo_obj_new_int_from_str(s, len, 10);
    }
    mo_obj_t text = mo_obj_new_str(s, len);
    return tag == MO_MPY_OBJ_FLOAT ? mo_parse_num_float(s, len, text)
                                   : mo_parse_num_complex(s, len, text);
}

static mo_obj_t read_obj(reader_t *r, unsigned depth) {
    uint8_t tag = read_byte(r);
    switch (tag) {
        case MO_MPY_OBJ_NONE:
            return mo_const_none;
        case MO_MPY_OBJ_FALSE:
            return mo_const_false;
        case MO_MPY_OBJ_TRUE:
            return mo_const_true;
        case MO_MPY_OBJ_ELLIPSIS:
            return mo_const_ellipsis;
        case MO_MPY_OBJ_STR:
        case MO_MPY_OBJ_BYTES: {
            size_t len = read_uint(r);
            const uint8_t *s = read_text(r, len, tag == MO_MPY_OBJ_STR);
            return tag == MO_MPY_OBJ_STR ? mo_obj_new_str((const char *)s, len)
                                         : mo_obj_new_bytes(s, len);
        }
        case MO_MPY_OBJ_INT:
        case MO_MPY_OBJ_FLOAT:
        case MO_MPY_OBJ_COMPLEX:
            return read_number(r, tag);
        case MO_MPY_OBJ_TUPLE: {
            if (depth >= MAX_TUPLE_DEPTH) {
                corrupt("constants nested too deeply");
            }
            size_t n = read_count(r);
            mo_obj_t t = mo_obj_new_tuple(n, NULL);
            mo_tuple_t *tup = MO_PTR(t);
            for (size_t i = 0; i < n; i++) {
                tup->items[i] = read_obj(r, depth + 1);
            }
            return t;
        }
        default:
            corrupt("bad constant tag");
    }
}

// ---- raw code ---------------------------------------------------------------------------

static mo_raw_code_t *read_raw_code(reader_t *r, unsigned depth) {
    mo_stack_check();
    if (depth >= MAX_CODE_DEPTH) {
        corrupt("functions nested too deeply");
    }
    size_t kind_len = read_uint(r);
    size_t len = kind_len >> 3;
    if ((kind_len & 3) != MO_CODE_BYTECODE - MO_CODE_BYTECODE) {
        // The header said "no native code"; MicroPython says the same.
        mo_raise_msg(&mo_type_ValueError, "incompatible .mpy file");
    }
    if ((uint64_t)len > 0xffffffffu) {
        corrupt("function too large");
    }
    const uint8_t *data = read_bytes(r, len);
    mo_raw_code_t *rc = mo_new_obj(mo_raw_code_t);
    memset(rc, 0, sizeof(*rc));
    rc->kind = MO_CODE_BYTECODE;
    rc->fun_data_len = (uint32_t)len;
    uint8_t *copy = mo_new(uint8_t, len ? len : 1);
    memcpy(copy, data, len);
    rc->fun_data = copy;
    if (kind_len & 4) {
        size_t n = read_count(r);
        if (n > 0xffff) {
            corrupt("too many functions");
        }
        const mo_raw_code_t **children = mo_new(const mo_raw_code_t *, n ? n : 1);
        memset(children, 0, (n ? n : 1) * sizeof(*children));
        rc->children = (const mo_raw_code_t *const *)children;
        for (size_t i = 0; i < n; i++) {
            children[i] = read_raw_code(r, depth + 1);
            rc->n_children = (uint16_t)(i + 1);
        }
    }
    return rc;
}

mo_compiled_module_t mo_load_mpy(const uint8_t *data, size_t len) {
    reader_t r = {data, data + len};
    check_header(&r);
    size_t n_qstr = read_count(&r);
    size_t n_obj = read_count(&r);
    if (n_qstr == 0) {
        corrupt("no source file name");
    }
    uint16_t *qstrs = mo_new(uint16_t, n_qstr);
    for (size_t i = 0; i < n_qstr; i++) {
        qstrs[i] = (uint16_t)read_qstr(&r);
    }
    mo_obj_t *objs = mo_new(mo_obj_t, n_obj ? n_obj : 1);
    memset(objs, 0, (n_obj ? n_obj : 1) * sizeof(mo_obj_t));
    for (size_t i = 0; i < n_obj; i++) {
        objs[i] = read_obj(&r, 0);
    }
    mo_raw_code_t *rc = read_raw_code(&r, 0);
    if (r.p != r.end) {
        corrupt("data after the module");
    }
    mo_compiled_module_t cm;
    memset(&cm, 0, sizeof(cm));
    cm.rc = rc;
    cm.ctx.qstr_table = qstrs;
    cm.ctx.n_qstr = (uint32_t)n_qstr;
    cm.ctx.obj_table = objs;
    cm.ctx.n_obj = (uint32_t)n_obj;
    mo_bc_verify(rc, &cm.ctx);
    return cm;
}

int mo_exec_main_mpy(const uint8_t *data, size_t len) {
    mo_dict_t *globals = mo_obj_module_get_globals(mo_state.main_module);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_compiled_module_t cm = mo_load_mpy(data, len);
        mo_exec_compiled(&cm, globals, globals);
        mo_nlr_pop();
        return 0;
    }
    mo_state.globals = globals;
    mo_state.locals = globals;
    return mo_handle_uncaught(nlr.ret_val);
}
