// Output and growable strings. A mo_print_t is where text goes (stdout, a UART, a
// vstr); a vstr is a growable byte buffer on the GC heap used to build strings.
#ifndef MOTE_PRINT_H
#define MOTE_PRINT_H

#include <stdarg.h>
#include <stddef.h>

#include "runtime/obj.h"

struct mo_print {
    void *data;
    void (*write)(void *data, const char *str, size_t len);
};

extern const mo_print_t mo_plat_print;   // sys.stdout of the platform
extern const mo_print_t mo_plat_eprint;  // sys.stderr

void mo_print_strn(const mo_print_t *p, const char *s, size_t len);
void mo_print_str(const mo_print_t *p, const char *s);
// printf with: %d %u %ld %lu %zu %x %c %s %.*s %p, and Mote's own:
//   %q a qstr, %T the type name of an object, %S str(obj), %R repr(obj)
int mo_printf(const mo_print_t *p, const char *fmt, ...);
int mo_vprintf(const mo_print_t *p, const char *fmt, va_list ap);
// Prints str(obj) or repr(obj) (kind MO_PRINT_STR / MO_PRINT_REPR).
void mo_obj_print(const mo_print_t *p, mo_obj_t obj, int kind);
// Prints an uncaught exception with its traceback, CPython style.
void mo_print_exception(const mo_print_t *p, mo_obj_t exc);

typedef struct mo_vstr {
    size_t alloc;
    size_t len;
    char *buf;
    bool fixed;      // buf is caller memory; never grows (output is truncated)
} mo_vstr_t;

void mo_vstr_init(mo_vstr_t *v, size_t alloc);
void mo_vstr_init_fixed(mo_vstr_t *v, char *buf, size_t alloc);
void mo_vstr_clear(mo_vstr_t *v);                   // frees the buffer
void mo_vstr_reset(mo_vstr_t *v);                   // len = 0, keeps buffer
void mo_vstr_add_byte(mo_vstr_t *v, char c);
void mo_vstr_add_char(mo_vstr_t *v, uint32_t codepoint);   // as UTF-8
void mo_vstr_add_strn(mo_vstr_t *v, const char *s, size_t len);
void mo_vstr_add_str(mo_vstr_t *v, const char *s);
char *mo_vstr_extend(mo_vstr_t *v, size_t n);       // room for n bytes at the end
const char *mo_vstr_null_terminated(mo_vstr_t *v);
// A printer that appends to v.
void mo_print_to_vstr(mo_print_t *p, mo_vstr_t *v);
// Takes over v's buffer as a str (or bytes) object; v is left empty.
mo_obj_t mo_obj_new_str_from_vstr(mo_vstr_t *v);
mo_obj_t mo_obj_new_bytes_from_vstr(mo_vstr_t *v);
// A new str printed by mo_vprintf (exception messages).
mo_obj_t mo_obj_new_str_vprintf(const char *fmt, va_list ap);

#endif
