// The host's side of runtime/fileio.h: source files through stdio and stat, and
// standard input for input() and sys.stdin.
#include <stdio.h>
#include <sys/stat.h>

#include "runtime/fileio.h"

bool mo_file_read_all(const char *path, mo_vstr_t *out) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return false;
    }
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        mo_vstr_add_strn(out, chunk, n);
    }
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

int mo_file_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return MO_FILE_NONE;
    }
    if (S_ISDIR(st.st_mode)) {
        return MO_FILE_DIR;
    }
    return S_ISREG(st.st_mode) ? MO_FILE_REGULAR : MO_FILE_NONE;
}

bool mo_plat_read_line(mo_vstr_t *out) {
    bool any = false;
    int c;
    while ((c = getchar()) != EOF) {
        any = true;
        mo_vstr_add_byte(out, (char)c);
        if (c == '\n') {
            break;
        }
    }
    return any;
}

void mo_plat_read_all(mo_vstr_t *out) {
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
        mo_vstr_add_strn(out, chunk, n);
    }
}

void mo_plat_flush_stdout(void) {
    fflush(stdout);
}
