// Standard output and error for the host build (print.h's mo_plat_print/eprint).
// stdout is buffered by stdio; stderr is written at once, after flushing stdout so
// the two streams keep their order on a terminal.
#include <stdio.h>

#include "runtime/print.h"

static void write_stdout(void *data, const char *str, size_t len) {
    fwrite(str, 1, len, stdout);
}

static void write_stderr(void *data, const char *str, size_t len) {
    fflush(stdout);
    fwrite(str, 1, len, stderr);
}

const mo_print_t mo_plat_print = {NULL, write_stdout};
const mo_print_t mo_plat_eprint = {NULL, write_stderr};
