// The io module's shared parts: the file objects of open(), StringIO/BytesIO and
// the helpers and exception type they all use (stdlib/modio.c, io_file.c,
// io_stringio.c).
#ifndef MOTE_MODIO_H
#define MOTE_MODIO_H

#include "runtime/fileio.h"
#include "runtime/runtime.h"

// builtins.open() is mo_io_open, declared in runtime/fileio.h, defined in io_file.c.

// io.UnsupportedOperation: derives from OSError only (native exception types have a
// single base in Mote; CPython also derives it from ValueError).
extern const mo_type_t mo_type_io_UnsupportedOperation;
extern const mo_type_t mo_type_io_StringIO, mo_type_io_BytesIO;

// ValueError("I/O operation on closed file.").
_Noreturn void mo_io_raise_closed(void);
// io.UnsupportedOperation(msg).
_Noreturn void mo_io_raise_unsupported(const char *msg);

// __enter__ (returns self) and __exit__ (calls self.close()), shared by all streams.
extern const mo_fun_builtin_t mo_io_enter_obj, mo_io_exit_obj;
// An iterator's next for streams: self.readline(), stopping at an empty line.
mo_obj_t mo_io_iternext(mo_obj_t self);
// A keyword argument or positional i, else dflt.
mo_obj_t mo_io_arg(size_t n_args, const mo_obj_t *args, mo_map_t *kw, size_t i, qstr name,
                   mo_obj_t dflt);
// A size argument: None or negative -> -1.
mo_int_t mo_io_size_arg(mo_obj_t o);

#endif
