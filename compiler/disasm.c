// The bytecode disassembler (see disasm.h). It only reads: a malformed function
// is printed as far as its bytes go, never read past fun_data_len.
#include "compiler/disasm.h"

#include "runtime/runtime.h"

typedef struct reader {
    const uint8_t *p, *end;
} reader_t;

static uint8_t rd_byte(reader_t *r) {
    return r->p < r->end ? *r->p++ : 0;
}

static size_t rd_uint(reader_t *r) {
    size_t v = 0;
    uint8_t b;
    do {
        b = rd_byte(r);
        v = (v << 7) | (b & 0x7f);
    } while ((b & 0x80) && r->p < r->end);
    return v;
}

static mo_int_t rd_sint(reader_t *r) {
    uint8_t b = rd_byte(r);
    mo_uint_t u = (b & 0x40) ? ~(mo_uint_t)0 : 0;
    for (;;) {
        u = (u << 7) | (b & 0x7f);
        if (!(b & 0x80) || r->p >= r->end) {
            break;
        }
        b = rd_byte(r);
    }
    return (mo_int_t)u;
}

static void print_hex(const mo_print_t *p, const uint8_t *from, const uint8_t *to) {
    static const char digits[] = "0123456789abcdef";
    char buf[4];
    int col = 0;
    for (const uint8_t *q = from; q < to; q++) {
        buf[0] = digits[*q >> 4];
        buf[1] = digits[*q & 0xf];
        buf[2] = ':';
        mo_print_strn(p, buf, q + 1 < to ? 3 : 2);
        col += q + 1 < to ? 3 : 2;
    }
    do {
        mo_print_str(p, " ");
        col++;
    } while (col < 12);
}

static const char *const binary_names[] = {
    "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "<in>", "<is>",
    "<exception match>", "__ior__", "__ixor__", "__iand__", "__ilshift__", "__irshift__",
    "__iadd__", "__isub__", "__imul__", "__imatmul__", "__ifloordiv__", "__itruediv__",
    "__imod__", "__ipow__", "__or__", "__xor__", "__and__", "__lshift__", "__rshift__",
    "__add__", "__sub__", "__mul__", "__matmul__", "__floordiv__", "__truediv__", "__mod__",
    "__pow__",
};
static const char *const unary_names[] = {"__pos__", "__neg__", "__invert__", "<not>"};

static const char *qstr_op_name(uint8_t op) {
    static const char *const names[] = {
        "LOAD_CONST_STRING", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD",
        "LOAD_SUPER_METHOD", "STORE_NAME", "STORE_GLOBAL", "STORE_ATTR", "DELETE_NAME",
        "DELETE_GLOBAL", "IMPORT_NAME", "IMPORT_FROM",
    };
    unsigned i = op - MO_BC_BASE_QSTR_O;
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : NULL;
}

static const char *uint_op_name(uint8_t op) {
    static const char *const names[] = {
        "MAKE_CLOSURE", "MAKE_CLOSURE_DEFARGS", "LOAD_CONST_SMALL_INT", "LOAD_CONST_OBJ",
        "LOAD_FAST", "LOAD_DEREF", "STORE_FAST", "STORE_DEREF", "DELETE_FAST", "DELETE_DEREF",
        "BUILD_TUPLE", "BUILD_LIST", "BUILD_MAP", "BUILD_SET", "BUILD_SLICE", "STORE_COMP",
        "UNPACK_SEQUENCE", "UNPACK_EX", "MAKE_FUNCTION", "MAKE_FUNCTION_DEFARGS",
        "CALL_FUNCTION", "CALL_FUNCTION_VAR_KW", "CALL_METHOD", "CALL_METHOD_VAR_KW",
    };
    unsigned i = op - MO_BC_BASE_VINT_E;
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : NULL;
}

static const char *jump_op_name(uint8_t op) {
    static const char *const names[] = {
        "UNWIND_JUMP", NULL, "JUMP", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE",
        "JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP", "SETUP_WITH", "SETUP_EXCEPT",
        "SETUP_FINALLY", "POP_EXCEPT_JUMP", "FOR_ITER",
    };
    unsigned i = op - MO_BC_BASE_JUMP_E;
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : NULL;
}

static const char *byte_op_name(uint8_t op) {
    static const char *const names[] = {
        "LOAD_CONST_FALSE", "LOAD_CONST_NONE", "LOAD_CONST_TRUE", "LOAD_NULL",
        "LOAD_BUILD_CLASS", "LOAD_SUBSCR", "STORE_SUBSCR", "DUP_TOP", "DUP_TOP_TWO", "POP_TOP",
        "ROT_TWO", "ROT_THREE", "WITH_CLEANUP", "END_FINALLY", "GET_ITER", "GET_ITER_STACK",
        NULL, NULL, "STORE_MAP", "RETURN_VALUE", "RAISE_LAST", "RAISE_OBJ", "RAISE_FROM",
        "YIELD_VALUE", "YIELD_FROM", "IMPORT_STAR",
    };
    unsigned i = op - MO_BC_BASE_BYTE_O;
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : NULL;
}

static void print_qstr_idx(const mo_print_t *p, const mo_code_ctx_t *ctx, size_t idx) {
    if (idx < ctx->n_qstr) {
        mo_printf(p, "%q", (qstr)ctx->qstr_table[idx]);
    } else {
        mo_printf(p, "<bad qstr %u>", (unsigned)idx);
    }
}

// One instruction at r->p; prints its line.
static void disasm_op(const mo_print_t *p, const mo_code_ctx_t *ctx, reader_t *r) {
    const uint8_t *start = r->p;
    uint8_t op = rd_byte(r);
    const char *name;
    // Decode first, print the bytes, then the text.
    size_t u = 0;
    mo_int_t s = 0;
    int kind = 0;   // 0 plain, 1 qstr, 2 uint, 3 sint, 4 jump, 5 multi int, 6 multi fast, 7 unary, 8 binary
    uint8_t extra = 0;
    bool has_extra = false;
    if (op >= MO_BC_BINARY_OP_MULTI && op < MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_NUM_BYTECODE) {
        kind = 8;
        name = "BINARY_OP";
    } else if (op >= MO_BC_UNARY_OP_MULTI && op < MO_BC_UNARY_OP_MULTI + MO_UNARY_OP_NUM_BYTECODE) {
        kind = 7;
        name = "UNARY_OP";
    } else if (op >= MO_BC_STORE_FAST_MULTI && op < MO_BC_STORE_FAST_MULTI + 16) {
        kind = 6;
        name = "STORE_FAST";
        u = op - MO_BC_STORE_FAST_MULTI;
    } else if (op >= MO_BC_LOAD_FAST_MULTI && op < MO_BC_LOAD_FAST_MULTI + 16) {
        kind = 6;
        name = "LOAD_FAST";
        u = op - MO_BC_LOAD_FAST_MULTI;
    } else if (op >= MO_BC_LOAD_CONST_SMALL_INT_MULTI
               && op < MO_BC_LOAD_CONST_SMALL_INT_MULTI + MO_BC_LOAD_CONST_SMALL_INT_MULTI_NUM) {
        kind = 5;
        name = "LOAD_CONST_SMALL_INT";
        s = (mo_int_t)(op - MO_BC_LOAD_CONST_SMALL_INT_MULTI) - MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS;
    } else if (op == MO_BC_LOAD_CONST_SMALL_INT) {
        kind = 3;
        name = "LOAD_CONST_SMALL_INT";
        s = rd_sint(r);
    } else if (op >> 4 == 1) {
        kind = 1;
        name = qstr_op_name(op);
        u = rd_uint(r);
    } else if (op >> 4 == 2 || op >> 4 == 3) {
        kind = 2;
        name = uint_op_name(op);
        u = rd_uint(r);
        has_extra = MO_BC_HAS_EXTRA_BYTE(op);
    } else if (op >> 4 == 4) {
        kind = 4;
        name = jump_op_name(op);
        uint8_t b0 = rd_byte(r);
        size_t v = b0;
        bool wide = b0 & 0x80;
        if (wide) {
            v = (b0 & 0x7fu) | ((size_t)rd_byte(r) << 7);
        }
        s = (mo_int_t)v;
        if (op <= MO_BC_POP_JUMP_IF_FALSE) {
            s -= wide ? 0x4000 : 0x40;
        }
        has_extra = MO_BC_HAS_EXTRA_BYTE(op);
    } else {
        name = byte_op_name(op);
    }
    if (has_extra) {
        extra = rd_byte(r);
    }
    mo_print_str(p, "  ");
    print_hex(p, start, r->p);
    if (name == NULL) {
        mo_printf(p, "<unknown opcode %u>\n", (unsigned)op);
        return;
    }
    mo_print_str(p, name);
    switch (kind) {
        case 1:
            mo_print_str(p, " ");
            print_qstr_idx(p, ctx, u);
            break;
        case 2:
            if (op == MO_BC_LOAD_CONST_OBJ) {
                mo_print_str(p, " ");
                if (u < ctx->n_obj) {
                    mo_obj_print(p, ctx->obj_table[u], MO_PRINT_REPR);
                } else {
                    mo_printf(p, "<bad obj %u>", (unsigned)u);
                }
            } else {
                mo_printf(p, " %lu", (unsigned long)u);
            }
            break;
        case 3:
        case 4:
            mo_printf(p, " %ld", (long)s);
            if (has_extra) {
                mo_printf(p, " %u", (unsigned)extra);
            }
            break;
        case 5:
            mo_printf(p, " %ld ", (long)s);
            break;
        case 6:
            mo_printf(p, " %lu ", (unsigned long)u);
            break;
        case 7:
            mo_printf(p, " %u %s ", (unsigned)(op - MO_BC_UNARY_OP_MULTI),
                      unary_names[op - MO_BC_UNARY_OP_MULTI]);
            break;
        case 8:
            mo_printf(p, " %u %s ", (unsigned)(op - MO_BC_BINARY_OP_MULTI),
                      binary_names[op - MO_BC_BINARY_OP_MULTI]);
            break;
        default:
            mo_print_str(p, " ");
            break;
    }
    mo_print_str(p, "\n");
}

typedef struct prelude {
    size_t n_state, n_exc, flags, n_pos, n_kwonly, n_def;
    size_t n_info, n_cell;
} prelude_t;

static void read_prelude(reader_t *r, prelude_t *pr) {
    uint8_t z = rd_byte(r);
    size_t S = (z >> 3) & 0xf, E = (z >> 2) & 1, F = 0, A = z & 3, K = 0, D = 0;
    for (unsigned n = 0; (z & 0x80) && n < 32; n++) {
        z = rd_byte(r);
        S |= (size_t)((z >> 4) & 3) << (4 + 2 * n);
        E |= (size_t)((z >> 1) & 1) << (1 + n);
        F |= (size_t)((z >> 6) & 1) << n;
        A |= (size_t)((z >> 2) & 1) << (2 + n);
        K |= (size_t)((z >> 3) & 1) << n;
        D |= (size_t)(z & 1) << n;
    }
    pr->n_state = S + 1;
    pr->n_exc = E;
    pr->flags = F;
    pr->n_pos = A;
    pr->n_kwonly = K;
    pr->n_def = D;
    size_t I = 0, C = 0;
    unsigned n = 0;
    do {
        z = rd_byte(r);
        C |= (size_t)(z & 1) << n;
        I |= (size_t)((z >> 1) & 0x3f) << (6 * n);
        n++;
    } while ((z & 0x80) && n < 8);
    pr->n_info = I;
    pr->n_cell = C;
}

void mo_disasm_raw_code(const mo_print_t *p, const mo_code_ctx_t *ctx, const mo_raw_code_t *rc) {
    mo_stack_check();
    reader_t r = {rc->fun_data, rc->fun_data + rc->fun_data_len};
    prelude_t pr;
    read_prelude(&r, &pr);
    const uint8_t *info = r.p;
    const uint8_t *code = info + pr.n_info + pr.n_cell;
    if (code > r.end) {
        code = r.end;
    }
    reader_t ri = {info, code};
    size_t name = rd_uint(&ri);
    mo_print_str(p, "simple_name: ");
    print_qstr_idx(p, ctx, name);
    mo_printf(p, "\n  prelude: (%lu, %lu, %lu, %lu, %lu, %lu)\n  args: [",
              (unsigned long)pr.n_state, (unsigned long)pr.n_exc, (unsigned long)pr.flags,
              (unsigned long)pr.n_pos, (unsigned long)pr.n_kwonly, (unsigned long)pr.n_def);
    for (size_t i = 0; i < pr.n_pos + pr.n_kwonly && ri.p < ri.end; i++) {
        mo_print_str(p, i ? ", '" : "'");
        print_qstr_idx(p, ctx, rd_uint(&ri));
        mo_print_str(p, "'");
    }
    mo_print_str(p, "]\n  line info:");
    // As mpy-tool prints it: the rest of the info section, then the cells.
    for (const uint8_t *q = ri.p; q < code; q++) {
        static const char digits[] = "0123456789abcdef";
        char buf[3] = {q == ri.p ? ' ' : ':', digits[*q >> 4], digits[*q & 0xf]};
        mo_print_strn(p, buf, 3);
    }
    mo_print_str(p, "\n");
    reader_t rb = {code, r.end};
    while (rb.p < rb.end) {
        disasm_op(p, ctx, &rb);
    }
    mo_print_str(p, "  children: [");
    for (size_t i = 0; i < rc->n_children; i++) {
        const mo_raw_code_t *c = rc->children[i];
        reader_t rc2 = {c->fun_data, c->fun_data + c->fun_data_len};
        prelude_t cp;
        read_prelude(&rc2, &cp);
        mo_print_str(p, i ? ", " : "");
        print_qstr_idx(p, ctx, rd_uint(&rc2));
    }
    mo_print_str(p, "]\n");
    for (size_t i = 0; i < rc->n_children; i++) {
        mo_disasm_raw_code(p, ctx, rc->children[i]);
    }
}

void mo_disasm_module(const mo_print_t *p, const mo_compiled_module_t *cm) {
    const mo_code_ctx_t *ctx = &cm->ctx;
    mo_printf(p, "qstr_table[%u]:\n", (unsigned)ctx->n_qstr);
    for (size_t i = 0; i < ctx->n_qstr; i++) {
        mo_printf(p, "    %q\n", (qstr)ctx->qstr_table[i]);
    }
    mo_print_str(p, "obj_table: [");
    for (size_t i = 0; i < ctx->n_obj; i++) {
        mo_print_str(p, i ? ", " : "");
        mo_obj_print(p, ctx->obj_table[i], MO_PRINT_REPR);
    }
    mo_print_str(p, "]\n");
    mo_disasm_raw_code(p, ctx, cm->rc);
}
