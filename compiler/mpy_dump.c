// The .mpy listing (see mpy_dump.h).
#include "compiler/mpy_dump.h"

#include "compiler/disasm.h"
#include "runtime/load_mpy.h"
#include "runtime/mpy_format.h"
#include "runtime/runtime.h"

static const char *arch_name(unsigned arch) {
    static const char *const names[] = {"none", "x86", "x64", "armv6", "armv6m", "armv7m",
                                        "armv7em", "armv7emsp", "armv7emdp", "xtensa",
                                        "xtensawin", "rv32imc"};
    return arch < sizeof(names) / sizeof(names[0]) ? names[arch] : "unknown";
}

// Reading a file the loader has accepted, so every read is known to be in bounds.
static size_t next_uint(const uint8_t **p) {
    return mo_bc_decode_uint(p);
}

// The qstr table as stored: a static number, or the text.
static void dump_qstrs(const mo_print_t *p, const mo_code_ctx_t *ctx, const uint8_t *at) {
    mo_printf(p, "qstr_table[%u]:\n", (unsigned)ctx->n_qstr);
    for (size_t i = 0; i < ctx->n_qstr; i++) {
        size_t v = next_uint(&at);
        mo_printf(p, "  %3u: ", (unsigned)i);
        mo_obj_print(p, mo_qstr_obj(ctx->qstr_table[i]), MO_PRINT_REPR);
        if (v & 1) {
            mo_printf(p, "  (static %u)", (unsigned)(v >> 1));
        } else {
            at += (v >> 1) + 1;
        }
        mo_print_str(p, "\n");
    }
}

void mo_mpy_dump(const mo_print_t *p, const uint8_t *data, size_t len) {
    mo_compiled_module_t cm = mo_load_mpy(data, len);
    mo_printf(p, "size: %u bytes\n", (unsigned)len);
    mo_printf(p, "header: %02x %02x %02x %02x  (.mpy v%u, arch %s, sub-version %u, "
                 "small int bits %u)\n",
              data[0], data[1], data[2], data[3], data[1], arch_name(MO_MPY_FEATURE_ARCH(data[2])),
              MO_MPY_FEATURE_SUB_VERSION(data[2]), data[3]);
    const uint8_t *at = data + 4;
    next_uint(&at);
    next_uint(&at);
    dump_qstrs(p, &cm.ctx, at);
    mo_printf(p, "obj_table[%u]:\n", (unsigned)cm.ctx.n_obj);
    for (size_t i = 0; i < cm.ctx.n_obj; i++) {
        mo_printf(p, "  %3u: ", (unsigned)i);
        mo_obj_print(p, cm.ctx.obj_table[i], MO_PRINT_REPR);
        mo_print_str(p, "\n");
    }
    mo_disasm_raw_code(p, &cm.ctx, cm.rc);
}
