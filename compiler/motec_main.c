// `motec`, the cross-compiler command: Python source in, MicroPython .mpy v6.3 out.
// It takes mpy-cross's options, so build scripts written for mpy-cross work:
//
//   motec [options] file.py ...     writes file.mpy beside each file.py
//   -o OUT                          output file (one input only)
//   -s NAME                         source name stored in the file (tracebacks)
//   -O{0,1,2,3} / -O / -OO ...      optimisation level (1+: no asserts, __debug__ False)
//   -march=ARCH                     x64 armv6m armv7m armv7em armv7emsp armv7emdp rv32imc
//   -X emit=bytecode|native|viper   native code comes later: a clear error until then
//   -msmall-int-bits=N              the target's small-int width (default 31)
//   -                               read the source from stdin (output: -o OUT, else stdout)
//   --version                       names the .mpy version written
//   --dump FILE.mpy                 list a .mpy file: header, qstrs, constants, bytecode
//   --disasm FILE.py                print the bytecode of a source file (no output file)
//   FILE.mpy -o OUT                 a .mpy input is checked by the loader and written again
//
// Compile errors print as `file:line:col: SyntaxError: message` (exit status 1);
// bad usage exits with 2.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/disasm.h"
#include "compiler/mpy_dump.h"
#include "compiler/mpy_write.h"
#include "runtime/load_mpy.h"
#include "runtime/mpy_format.h"
#include "runtime/runtime.h"

#define HEAP_BYTES (64u * 1024 * 1024)
#define MOTEC_VERSION "0.1.0"

typedef struct options {
    const char *output;
    const char *source_name;
    int optimize;
    int emit;
    uint8_t arch;
    uint8_t small_int_bits;
    bool disasm;
    bool dump;
} options_t;

static const char usage[] =
    "usage: motec [options] file.py ... | - | --dump file.mpy\n"
    "  -o OUT  -s NAME  -O{0,1,2,3}  -march=ARCH  -X emit=bytecode|native|viper\n"
    "  -msmall-int-bits=N  --version  --dump  --disasm\n";

// Compiler errors in the form editors and build tools parse: file:line:col: Type: msg
// (what mpy-cross users expect); anything else prints as a traceback.
static void report_error(const char *path, mo_obj_t exc) {
    if (!mo_obj_is_exception_instance(exc) ||
        !mo_type_is_subclass(mo_obj_type(exc), &mo_type_SyntaxError)) {
        mo_printf(&mo_plat_eprint, "motec: %s: ", path);
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

static bool read_file(const char *path, mo_vstr_t *out) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "motec: can't open %s\n", path);
        return false;
    }
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        mo_vstr_add_strn(out, chunk, n);
    }
    bool ok = !ferror(f);
    if (f != stdin) {
        fclose(f);
    }
    if (!ok) {
        fprintf(stderr, "motec: error reading %s\n", path);
    }
    return ok;
}

static bool write_file(const char *path, const mo_vstr_t *data) {
    FILE *f = path == NULL ? stdout : fopen(path, "wb");
    if (f == NULL) {
        fprintf(stderr, "motec: can't write %s\n", path);
        return false;
    }
    bool ok = fwrite(data->buf, 1, data->len, f) == data->len;
    ok = (f == stdout ? fflush(f) : fclose(f)) == 0 && ok;
    if (!ok) {
        fprintf(stderr, "motec: error writing %s\n", path ? path : "stdout");
    }
    return ok;
}

// file.py -> file.mpy; any other name gets .mpy added.
static char *default_output(const char *path) {
    size_t n = strlen(path);
    if (n > 3 && strcmp(path + n - 3, ".py") == 0) {
        n -= 3;
    }
    char *out = malloc(n + 5);
    if (out != NULL) {
        memcpy(out, path, n);
        memcpy(out + n, ".mpy", 5);
    }
    return out;
}

static int dump_file(const char *path) {
    mo_vstr_t data;
    mo_vstr_init(&data, 4096);
    if (!read_file(path, &data)) {
        return 1;
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_mpy_dump(&mo_plat_print, (const uint8_t *)data.buf, data.len);
        mo_nlr_pop();
        return 0;
    }
    report_error(path, nlr.ret_val);
    return 1;
}

static int compile_file(const char *path, const options_t *o) {
    bool is_stdin = strcmp(path, "-") == 0;
    mo_vstr_t src;
    mo_vstr_init(&src, 4096);
    if (!read_file(path, &src)) {
        return 1;
    }
    const char *name = o->source_name ? o->source_name : is_stdin ? "<stdin>" : path;
    // A .mpy given as input is checked by the loader and written again.
    bool is_mpy = mo_mpy_has_magic((const uint8_t *)src.buf, src.len);
    if (is_mpy && o->output == NULL && !is_stdin && !o->disasm) {
        fprintf(stderr, "motec: %s is a .mpy file already: give -o OUT to rewrite it\n", path);
        return 2;
    }
    mo_vstr_t out;
    mo_vstr_init(&out, 1024);
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_compile_options_t opts = {.optimize = o->optimize, .emit = o->emit,
                                     .small_int_bits = o->small_int_bits};
        mo_compiled_module_t cm =
            is_mpy ? mo_load_mpy((const uint8_t *)src.buf, src.len)
                   : mo_compile(src.buf, src.len, mo_qstr_from_str(name), MO_PARSE_FILE_INPUT, &opts);
        if (o->disasm) {
            mo_disasm_module(&mo_plat_print, &cm);
        } else {
            mo_mpy_write_options_t wo = {o->small_int_bits, o->arch};
            mo_mpy_write(&out, &cm, &wo);
        }
        mo_nlr_pop();
    } else {
        report_error(name, nlr.ret_val);
        return 1;
    }
    if (o->disasm) {
        return 0;
    }
    char *dest = NULL;
    if (o->output != NULL) {
        dest = strcmp(o->output, "-") == 0 ? NULL : (char *)o->output;
    } else if (!is_stdin) {
        dest = default_output(path);
        if (dest == NULL) {
            fprintf(stderr, "motec: out of memory\n");
            return 1;
        }
    }
    bool ok = write_file(dest, &out);
    if (dest != NULL && dest != o->output) {
        free(dest);
    }
    return ok ? 0 : 1;
}

static bool parse_arch(const char *name, uint8_t *arch) {
    static const struct {
        const char *name;
        uint8_t arch;
    } archs[] = {
        {"x64", MO_MPY_ARCH_X64},         {"armv6m", MO_MPY_ARCH_ARMV6M},
        {"armv7m", MO_MPY_ARCH_ARMV7M},   {"armv7em", MO_MPY_ARCH_ARMV7EM},
        {"armv7emsp", MO_MPY_ARCH_ARMV7EMSP}, {"armv7emdp", MO_MPY_ARCH_ARMV7EMDP},
        {"rv32imc", MO_MPY_ARCH_RV32IMC},
    };
    for (size_t i = 0; i < sizeof(archs) / sizeof(archs[0]); i++) {
        if (strcmp(name, archs[i].name) == 0) {
            *arch = archs[i].arch;
            return true;
        }
    }
    return false;
}

// Parses the options in argv into o; the input files stay in argv (as non-NULL
// entries) and their count goes to *n_files. Returns -1 to go on, else an exit status.
static int parse_options(int argc, char **argv, options_t *o, int *n_files) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-") == 0 || a[0] != '-') {
            (*n_files)++;
            continue;
        }
        argv[i] = NULL;
        if (strcmp(a, "--version") == 0) {
            printf("motec " MOTEC_VERSION " (Mote) emitting mpy v%d.%d\n", MO_MPY_VERSION,
                   MO_MPY_SUB_VERSION);
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--disasm") == 0) {
            o->disasm = true;
        } else if (strcmp(a, "--dump") == 0) {
            o->dump = true;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "-s") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "motec: %s needs an argument\n", a);
                return 2;
            }
            *(a[1] == 'o' ? &o->output : &o->source_name) = argv[++i];
            argv[i] = NULL;
        } else if (a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && a[3] == 0) {
            o->optimize = a[2] - '0';
        } else if (a[1] == 'O' && a[strspn(a + 1, "O") + 1] == 0) {
            o->optimize = (int)strspn(a + 1, "O");   // -O, -OO, ... as mpy-cross counts them
        } else if (strncmp(a, "-march=", 7) == 0) {
            if (!parse_arch(a + 7, &o->arch)) {
                fprintf(stderr, "motec: unknown architecture '%s'\n", a + 7);
                return 2;
            }
        } else if (strcmp(a, "-X") == 0 && i + 1 < argc && strncmp(argv[i + 1], "emit=", 5) == 0) {
            const char *emit = argv[++i] + 5;
            argv[i] = NULL;
            if (strcmp(emit, "native") == 0 || strcmp(emit, "viper") == 0) {
                fprintf(stderr, "motec: -X emit=%s: native code generation is not available yet "
                                "(only bytecode)\n", emit);
                return 2;
            }
            if (strcmp(emit, "bytecode") != 0) {
                fprintf(stderr, "motec: unknown emitter '%s'\n", emit);
                return 2;
            }
        } else if (strncmp(a, "-msmall-int-bits=", 17) == 0) {
            char *end;
            long bits = strtol(a + 17, &end, 10);
            if (*end != 0 || end == a + 17 || bits < 8 || bits > (long)MO_SMALL_INT_BITS) {
                fprintf(stderr, "motec: -msmall-int-bits must be 8..%d\n", (int)MO_SMALL_INT_BITS);
                return 2;
            }
            o->small_int_bits = (uint8_t)bits;
        } else {
            fprintf(stderr, "motec: unknown option %s\n%s", a, usage);
            return 2;
        }
    }
    return -1;
}

int main(int argc, char **argv) {
    options_t o = {.emit = MO_CODE_BYTECODE, .small_int_bits = 31};
    int n_files = 0;
    int status = parse_options(argc, argv, &o, &n_files);
    if (status >= 0) {
        return status;
    }
    if (n_files == 0) {
        fputs(usage, stderr);
        return 2;
    }
    if (o.output != NULL && n_files > 1) {
        fprintf(stderr, "motec: -o needs exactly one input file\n");
        return 2;
    }
    void *heap = malloc(HEAP_BYTES);
    if (heap == NULL) {
        fprintf(stderr, "motec: out of memory\n");
        return 1;
    }
    int stack_top;
    mo_init(heap, HEAP_BYTES, &stack_top, 4u * 1024 * 1024);
    status = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i] != NULL) {
            status |= o.dump ? dump_file(argv[i]) : compile_file(argv[i], &o);
        }
    }
    fflush(stdout);
    return status;
}
