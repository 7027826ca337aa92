// `mote`, the host program: MicroPython's unix command line on Mote's runtime.
//
//   mote [options] [script.py | -c CODE | -m MODULE | -] [args...]
//   -X heapsize=N[K|M]   GC heap size (default 64M)
//   -X emit=bytecode     code emitter (native and viper come with the native emitters)
//   -O[O...]             optimisation level (asserts dropped from -O)
//   -i                   enter the REPL after running the script
//   -h, --help, --version
// With no script and a terminal on stdin, starts the REPL; with no script and
// piped stdin, runs stdin as a script.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "compiler/compile.h"
#include "runtime/frozen.h"
#include "runtime/load_mpy.h"
#include "runtime/repl.h"
#include "runtime/runtime.h"
#include "targets/unix/unix_readline.h"

#define MOTE_VERSION "0.1.0"
#define DEFAULT_HEAP (64u * 1024 * 1024)
// C stack kept in reserve below the recursion limit, for the code that reports
// the RecursionError and for C library calls.
#define STACK_RESERVE (256u * 1024)

typedef struct {
    size_t heap_size;
    bool inspect;            // -i
    const char *command;     // -c
    const char *module;      // -m
    const char *script;      // path or "-" for stdin
    int first_arg;           // argv index of the script's own arguments
} options_t;

static void usage(FILE *f) {
    fprintf(f,
            "usage: mote [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "  -c cmd          program passed in as string\n"
            "  -m mod          run library module as a script\n"
            "  -i              inspect interactively after running script\n"
            "  -O              optimise: remove asserts (-OO.. for more)\n"
            "  -X heapsize=N   GC heap size, with optional K or M suffix\n"
            "  -X emit=bytecode\n"
            "  -h, --help      show this help\n"
            "  --version       show the version\n");
}

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno != 0) {
        return false;
    }
    unsigned long long mult = 1;
    if (*end == 'K' || *end == 'k') {
        mult = 1024;
        end++;
    } else if (*end == 'M' || *end == 'm') {
        mult = 1024 * 1024;
        end++;
    }
    if (*end != 0 || v == 0 || v > (1ull << 40) / mult) {
        return false;
    }
    *out = (size_t)(v * mult);
    return true;
}

static int parse_x_option(const char *opt, options_t *o, int *optimize_emit) {
    if (strncmp(opt, "heapsize=", 9) == 0) {
        if (!parse_size(opt + 9, &o->heap_size) || o->heap_size < 4096) {
            fprintf(stderr, "mote: invalid heap size: %s\n", opt + 9);
            return 2;
        }
        return 0;
    }
    if (strncmp(opt, "emit=", 5) == 0) {
        if (strcmp(opt + 5, "bytecode") == 0) {
            return 0;
        }
        if (strcmp(opt + 5, "native") == 0 || strcmp(opt + 5, "viper") == 0) {
            fprintf(stderr, "mote: -X emit=%s: native code emitters are not built yet\n", opt + 5);
            return 2;
        }
        fprintf(stderr, "mote: unknown emitter: %s\n", opt + 5);
        return 2;
    }
    fprintf(stderr, "mote: unknown -X option: %s\n", opt);
    return 2;
}

// Returns 0 to go on, or an exit status + 1.
static int parse_args(int argc, char **argv, options_t *o, int *optimize) {
    o->heap_size = DEFAULT_HEAP;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            o->script = a;
            o->first_arg = i;
            return 0;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 1;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Mote " MOTE_VERSION " (Python 3 language, MicroPython .mpy v6.3)\n");
            return 1;
        }
        if (strcmp(a, "-i") == 0) {
            o->inspect = true;
        } else if (a[1] == 'O') {
            for (const char *p = a + 1; *p == 'O'; p++) {
                (*optimize)++;
            }
        } else if (strcmp(a, "-X") == 0 || strncmp(a, "-X", 2) == 0) {
            const char *opt = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (opt == NULL) {
                fprintf(stderr, "mote: -X needs an option\n");
                return 3;
            }
            int r = parse_x_option(opt, o, optimize);
            if (r) {
                return r + 1;
            }
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mote: Argument expected for the %s option\n", a);
                return 3;
            }
            if (a[1] == 'c') {
                o->command = argv[i + 1];
            } else {
                o->module = argv[i + 1];
            }
            o->first_arg = i + 1;
            return 0;
        } else {
            fprintf(stderr, "mote: unknown option: %s\n", a);
            usage(stderr);
            return 3;
        }
    }
    o->first_arg = argc;
    return 0;
}

// ---- Ctrl-C ----------------------------------------------------------------------------

static void on_sigint(int sig) {
    (void)sig;
    mo_state.pending_exception = mo_state.keyboard_interrupt;
    mo_state.interrupt_requested = 1;
}

static void install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

// ---- running things -------------------------------------------------------------------

static bool read_stream(FILE *f, mo_vstr_t *v) {
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        mo_vstr_add_strn(v, chunk, n);
    }
    return !ferror(f);
}

static void set_main_name(const char *key, mo_obj_t value) {
    mo_dict_store(MO_OBJ(mo_obj_module_get_globals(mo_state.main_module)),
                  mo_qstr_obj(mo_qstr_from_str(key)), value);
}

static int run_file(const char *path) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "mote: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
        return 2;
    }
    mo_vstr_t src;
    mo_vstr_init(&src, 1024);
    bool ok = read_stream(f, &src);
    if (f != stdin) {
        fclose(f);
    }
    if (!ok) {
        fprintf(stderr, "mote: error reading '%s'\n", path);
        return 2;
    }
    const char *name = f == stdin ? "<stdin>" : path;
    if (f != stdin) {
        set_main_name("__file__", mo_obj_new_str_from_cstr(path));
    }
    size_t plen = strlen(path);
    if (mo_mpy_has_magic((const uint8_t *)src.buf, src.len) ||
        (plen > 4 && strcmp(path + plen - 4, ".mpy") == 0)) {
        // A compiled script, whatever its name (as CPython runs a .pyc given as the script).
        return mo_exec_main_mpy((const uint8_t *)src.buf, src.len);
    }
    return mo_exec_main(src.buf, src.len, mo_qstr_from_str(name));
}

// -m: find MODULE.py (or MODULE/__main__.py) along sys.path and run it as __main__;
// a dotted name imports its parent package first.
static int run_module(const char *name) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        const char *dot = strrchr(name, '.');
        if (dot != NULL) {
            qstr package = mo_qstr_from_strn(name, (size_t)(dot - name));
            mo_import_name(package, mo_const_none, mo_small_int(0));
            // Relative imports in the module resolve against its package, as runpy does.
            set_main_name("__package__", mo_qstr_obj(package));
        }
        mo_nlr_pop();
    } else {
        return mo_handle_uncaught(nlr.ret_val);
    }
    char rel[1024];
    snprintf(rel, sizeof(rel), "%s", name);
    for (char *p = rel; *p; p++) {
        if (*p == '.') {
            *p = '/';
        }
    }
    size_t n_path;
    mo_obj_t *path;
    mo_obj_get_array(mo_state.sys_path, &n_path, &path);
    for (size_t i = 0; i < n_path; i++) {
        const char *dir = mo_obj_str_get_cstr(path[i]);
        const char *forms[] = {"%s%s%s.py", "%s%s%s.mpy", "%s%s%s/__main__.py"};
        for (size_t k = 0; k < 3; k++) {
            char file[2048];
            snprintf(file, sizeof(file), forms[k], dir, dir[0] ? "/" : "", rel);
            if (access(file, R_OK) == 0) {
                // As CPython's runpy: argv[0] becomes the module's file.
                mo_subscr_store(mo_state.sys_argv, mo_small_int(0), mo_obj_new_str_from_cstr(file));
                return run_file(file);
            }
        }
    }
    fprintf(stderr, "mote: No module named %s\n", name);
    return 1;
}

static int run_repl(void) {
    printf("Mote " MOTE_VERSION " (Python 3 for microcontrollers) on host\n"
           "Type \"help()\" for more information; Ctrl-D exits.\n");
    mo_vstr_t entry;
    mo_vstr_init(&entry, 256);
    for (;;) {
        mo_vstr_reset(&entry);
        char line[1024];
        char indent[64] = "";
        const char *prompt = ">>> ";
        for (;;) {
            int r = unix_readline(prompt, indent, line, sizeof(line));
            if (r == READLINE_EOF) {
                if (entry.len == 0) {
                    return 0;
                }
                break;
            }
            if (r == READLINE_INTERRUPT) {
                printf("KeyboardInterrupt\n");
                mo_vstr_reset(&entry);
                break;
            }
            if (entry.len > 0) {
                mo_vstr_add_byte(&entry, '\n');
            }
            mo_vstr_add_str(&entry, line);
            unix_readline_add_history(line);
            if (!mo_repl_continue_with_input(mo_vstr_null_terminated(&entry))) {
                break;
            }
            prompt = "... ";
            size_t n = mo_repl_auto_indent(mo_vstr_null_terminated(&entry));
            if (n >= sizeof(indent)) {
                n = sizeof(indent) - 1;
            }
            memset(indent, ' ', n);
            indent[n] = 0;
        }
        if (entry.len == 0) {
            continue;
        }
        mo_state.interrupt_requested = 0;
        mo_state.pending_exception = MO_OBJ_NULL;
        int r = mo_repl_exec_entry(entry.buf, entry.len);
        fflush(stdout);
        if (r & 0x100) {
            return r & 0xff;
        }
    }
}

static void setup_sys(int argc, char **argv, const options_t *o) {
    // sys.argv: the script (or -c / -m marker) then its arguments.
    if (o->command != NULL) {
        mo_list_append(mo_state.sys_argv, mo_qstr_obj(mo_qstr_from_str("-c")));
    } else if (o->module != NULL) {
        mo_list_append(mo_state.sys_argv, mo_obj_new_str_from_cstr(o->module));
    } else if (o->script == NULL) {
        mo_list_append(mo_state.sys_argv, mo_qstr_obj(MO_QSTR_));
    }
    for (int i = o->first_arg + (o->command || o->module ? 1 : 0); i < argc; i++) {
        mo_list_append(mo_state.sys_argv, mo_obj_new_str_from_cstr(argv[i]));
    }
    // sys.path[0]: the script's directory, or '' (the current directory).
    mo_obj_t first = mo_qstr_obj(MO_QSTR_);
    if (o->script != NULL && strcmp(o->script, "-") != 0) {
        const char *slash = strrchr(o->script, '/');
        if (slash != NULL) {
            first = mo_obj_new_str(o->script, (size_t)(slash - o->script));
        }
    }
    mo_list_append(mo_state.sys_path, first);
    // The frozen modules come second, as in MicroPython, unless MOTEPATH places them.
    const char *extra = getenv("MOTEPATH");
    if (extra == NULL || strstr(extra, MO_FROZEN_PATH) == NULL) {
        mo_list_append(mo_state.sys_path, mo_obj_new_str_from_cstr(MO_FROZEN_PATH));
    }
    while (extra != NULL && *extra) {
        const char *colon = strchr(extra, ':');
        size_t n = colon ? (size_t)(colon - extra) : strlen(extra);
        if (n > 0) {
            mo_list_append(mo_state.sys_path, mo_obj_new_str(extra, n));
        }
        extra = colon ? colon + 1 : NULL;
    }
}

static size_t stack_limit_bytes(void) {
    struct rlimit rl;
    size_t stack = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        stack = (size_t)rl.rlim_cur;
    }
    return stack > 2 * STACK_RESERVE ? stack - STACK_RESERVE : stack / 2;
}

static int run(int argc, char **argv, const options_t *o) {
    setup_sys(argc, argv, o);
    install_sigint();
    int status;
    if (o->command != NULL) {
        status = mo_exec_main(o->command, strlen(o->command), MO_QSTR__lt_string_gt_);
    } else if (o->module != NULL) {
        status = run_module(o->module);
    } else if (o->script != NULL) {
        status = run_file(o->script);
    } else if (isatty(STDIN_FILENO)) {
        return run_repl();
    } else {
        status = run_file("-");
    }
    if (o->inspect && !(status & 0x100)) {
        return run_repl();
    }
    return status & 0x2ff;
}

// An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does, so the
// shell sees the usual status 130.
static void exit_by_sigint_if_interrupted(int status) {
    if (status == (0x200 | 1)) {
        fflush(stdout);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

int main(int argc, char **argv) {
    options_t o;
    memset(&o, 0, sizeof(o));
    int optimize = 0;
    int r = parse_args(argc, argv, &o, &optimize);
    if (r != 0) {
        return r - 1;
    }
    void *heap = malloc(o.heap_size);
    if (heap == NULL) {
        fprintf(stderr, "mote: can't allocate a heap of %zu bytes\n", o.heap_size);
        return 2;
    }
    int stack_top;
    mo_init(heap, o.heap_size, &stack_top, stack_limit_bytes());
    mo_state.optimize = optimize;
    int status;
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        status = run(argc, argv, &o);
        mo_nlr_pop();
    } else {
        status = mo_handle_uncaught(nlr.ret_val) & 0xff;
    }
    fflush(stdout);
    exit_by_sigint_if_interrupted(status);
    mo_deinit();
    free(heap);
    return status & 0xff;
}
