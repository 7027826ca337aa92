// What the runtime needs from the platform to read source files and use the
// standard streams: the host implements it with stdio (targets/unix/unix_fileio.c),
// a board with its ROM filesystem and UART.
#ifndef MOTE_FILEIO_H
#define MOTE_FILEIO_H

#include <stdbool.h>

#include "runtime/obj.h"
#include "runtime/print.h"

#define MO_FILE_NONE 0
#define MO_FILE_REGULAR 1
#define MO_FILE_DIR 2

// Reads a whole file into out (appending); false if it can't be read.
bool mo_file_read_all(const char *path, mo_vstr_t *out);
// What is at path: MO_FILE_NONE, MO_FILE_REGULAR or MO_FILE_DIR.
int mo_file_kind(const char *path);

// Reads one line from standard input into out, with its newline if any; false at
// end of input with nothing read.
bool mo_plat_read_line(mo_vstr_t *out);
// Reads all that is left on standard input.
void mo_plat_read_all(mo_vstr_t *out);
// Pushes buffered standard output out (before a prompt, or print(flush=True)).
void mo_plat_flush_stdout(void);

// sys.stdin, sys.stdout and sys.stderr (modsys.c): small ROM objects whose write
// goes to mo_plat_print / mo_plat_eprint.
typedef struct mo_std_stream {
    mo_base_t base;
    uint8_t fd;  // 0 stdin, 1 stdout, 2 stderr
} mo_std_stream_t;
extern const mo_type_t mo_type_std_stream;
extern const mo_std_stream_t mo_sys_stdin_obj, mo_sys_stdout_obj, mo_sys_stderr_obj;

// builtins.open(): the file objects live with the io module (stdlib/io_file.c),
// which implements this; the runtime only forwards to it.
mo_obj_t mo_io_open(size_t n_args, const mo_obj_t *args, mo_map_t *kw);

#endif
