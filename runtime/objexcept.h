// Exception objects: the layout shared by built-in exceptions and instances of
// user exception classes, and the helpers the runtime and printer use.
#ifndef MOTE_OBJEXCEPT_H
#define MOTE_OBJEXCEPT_H

#include "runtime/obj.h"

// A traceback entry: where an exception passed on its way out.
typedef struct mo_tb_entry {
    qstr file;
    size_t line;
    qstr block;
} mo_tb_entry_t;

typedef struct mo_exception {
    mo_base_t base;
    mo_dict_t dict;          // attributes (same offset as mo_instance_t.dict)
    mo_obj_t args;           // a tuple
    mo_obj_t cause;          // NULL: None
    mo_obj_t context;        // NULL: None
    bool suppress_context;
    uint16_t tb_len;
    uint16_t tb_alloc;
    mo_tb_entry_t *tb;       // innermost frame last; NULL if none yet
} mo_exception_t;

// The exception object itself (user exception instances are exception objects).
static inline mo_exception_t *mo_exception_get(mo_obj_t exc) {
    return (mo_exception_t *)MO_PTR(exc);
}

// Allocates an exception of `type` (built-in or user exception class) with args
// (a tuple, or NULL for ()).
mo_obj_t mo_exception_alloc(const mo_type_t *type, mo_obj_t args);

// The exception as an instance: an exception class is instantiated with no args.
mo_obj_t mo_exception_instance(mo_obj_t exc_or_type);

// Drops the traceback (for re-use of preallocated exceptions).
void mo_exc_clear_traceback(mo_obj_t exc);

// The printing of exceptions (str/repr).
void mo_exception_print(const mo_print_t *print, mo_obj_t self, int kind);
// The attribute hook of exception objects (args, __cause__, errno, ...).
void mo_exception_attr(mo_obj_t self, qstr attr, mo_obj_t *dest);

// The exception classes CPython has beyond those runtime.h declares.
extern const mo_type_t mo_type_BufferError, mo_type_BlockingIOError, mo_type_ChildProcessError,
    mo_type_ConnectionError, mo_type_BrokenPipeError, mo_type_ConnectionAbortedError,
    mo_type_ConnectionRefusedError, mo_type_ConnectionResetError, mo_type_FileExistsError,
    mo_type_FileNotFoundError, mo_type_InterruptedError, mo_type_IsADirectoryError,
    mo_type_NotADirectoryError, mo_type_PermissionError, mo_type_ProcessLookupError,
    mo_type_TimeoutError, mo_type_ReferenceError, mo_type_TabError, mo_type_SystemError,
    mo_type_UnicodeDecodeError, mo_type_UnicodeEncodeError, mo_type_UnicodeTranslateError,
    mo_type_Warning, mo_type_UserWarning, mo_type_DeprecationWarning,
    mo_type_PendingDeprecationWarning, mo_type_SyntaxWarning, mo_type_RuntimeWarning,
    mo_type_FutureWarning, mo_type_ImportWarning, mo_type_UnicodeWarning, mo_type_BytesWarning,
    mo_type_ResourceWarning, mo_type_EncodingWarning;

#endif
