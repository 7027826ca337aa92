// `motec`, the cross-compiler command. This first version checks and compiles
// sources and can show the bytecode; writing .mpy files comes with the .mpy writer.
//
//   motec [options] file.py ...
//   --disasm        print the compiled bytecode of each file
//   -O{0,1,2,3}     optimisation level
//   --version
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/disasm.h"
#include "runtime/runtime.h"

#define HEAP_BYTES (64u * 1024 * 1024)

// Compiler errors in the form editors and build tools parse: file:line:col: Type: msg
// (what mpy-cross users expect); anything else prints as a traceback.
static void report_error(const char *path, mo_obj_t exc) {
    if (!mo_obj_is_exception_instance(exc) ||
        !mo_type_is_subclass(mo_obj_type(exc), &mo_type_SyntaxError)) {
        mo_print_exception(&mo_plat_eprint, exc);
        return;
    }
    mo_obj_t dest[2];
    mo_load_attr_maybe(exc, MO_QSTR_lineno, dest);
    mo_int_t line = 0, col = 0;
    if (dest[0] != MO_OBJ_NULL) {
        mo_obj_get_int_maybe(dest[0], &line);
    }
    mo_load_attr_maybe(exc, MO_QSTR_offset, dest);
    if (dest[0] != MO_OBJ_NULL) {
        mo_obj_get_int_maybe(dest[0], &col);
    }
    mo_load_attr_maybe(exc, MO_QSTR_msg, dest);
    mo_obj_t msg = dest[0] != MO_OBJ_NULL ? dest[0] : mo_obj_str(exc);
    mo_printf(&mo_plat_eprint, "%s:%d:%d: %s: %S\n", path, (int)line, (int)col,
              mo_obj_type_name(exc), msg);
}

static int compile_file(const char *path, bool disasm, int optimize) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "motec: can't open %s\n", path);
        return 1;
    }
    mo_vstr_t src;
    mo_vstr_init(&src, 4096);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        mo_vstr_add_strn(&src, chunk, n);
    }
    fclose(f);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_compile_options_t opts = {.optimize = optimize, .emit = MO_CODE_BYTECODE};
        mo_compiled_module_t cm = mo_compile(src.buf, src.len, mo_qstr_from_str(path),
                                             MO_PARSE_FILE_INPUT, &opts);
        if (disasm) {
            mo_disasm_module(&mo_plat_print, &cm);
        }
        mo_nlr_pop();
        return 0;
    }
    report_error(path, nlr.ret_val);
    return 1;
}

int main(int argc, char **argv) {
    bool disasm = false;
    int optimize = 0, status = 0, n_files = 0;
    void *heap = malloc(HEAP_BYTES);
    int stack_top;
    mo_init(heap, HEAP_BYTES, &stack_top, 4u * 1024 * 1024);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--disasm") == 0) {
            disasm = true;
        } else if (strcmp(a, "--version") == 0) {
            printf("motec 0.1.0: MicroPython bytecode v6 (.mpy v6.3 writer not built yet)\n");
            return 0;
        } else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) {
            optimize = a[2] - '0';
        } else if (a[0] == '-') {
            fprintf(stderr, "motec: unknown option %s\n", a);
            return 2;
        } else {
            n_files++;
            status |= compile_file(a, disasm, optimize);
        }
    }
    fflush(stdout);
    if (n_files == 0) {
        fprintf(stderr, "usage: motec [--disasm] [-O0..3] file.py ...\n");
        return 2;
    }
    return status;
}
