// The errno module: the common error numbers with Linux's values (what CPython shows
// on Linux, and what lwIP and most embedded C libraries use too), and errorcode, the
// dict from number to name. Both tables live in ROM and come from one list.
#include "runtime/runtime.h"

// One entry per distinct number, named as CPython's errorcode names it (where Linux
// has two names for a number, errorcode keeps the one CPython keeps).
#define ERRNO_LIST(X) \
    X(MO_QSTR_EPERM, 1) \
    X(MO_QSTR_ENOENT, 2) \
    X(MO_QSTR_ESRCH, 3) \
    X(MO_QSTR_EINTR, 4) \
    X(MO_QSTR_EIO, 5) \
    X(MO_QSTR_ENXIO, 6) \
    X(MO_QSTR_E2BIG, 7) \
    X(MO_QSTR_ENOEXEC, 8) \
    X(MO_QSTR_EBADF, 9) \
    X(MO_QSTR_ECHILD, 10) \
    X(MO_QSTR_EAGAIN, 11) \
    X(MO_QSTR_ENOMEM, 12) \
    X(MO_QSTR_EACCES, 13) \
    X(MO_QSTR_EFAULT, 14) \
    X(MO_QSTR_EBUSY, 16) \
    X(MO_QSTR_EEXIST, 17) \
    X(MO_QSTR_EXDEV, 18) \
    X(MO_QSTR_ENODEV, 19) \
    X(MO_QSTR_ENOTDIR, 20) \
    X(MO_QSTR_EISDIR, 21) \
    X(MO_QSTR_EINVAL, 22) \
    X(MO_QSTR_ENFILE, 23) \
    X(MO_QSTR_EMFILE, 24) \
    X(MO_QSTR_ENOTTY, 25) \
    X(MO_QSTR_EFBIG, 27) \
    X(MO_QSTR_ENOSPC, 28) \
    X(MO_QSTR_ESPIPE, 29) \
    X(MO_QSTR_EROFS, 30) \
    X(MO_QSTR_EMLINK, 31) \
    X(MO_QSTR_EPIPE, 32) \
    X(MO_QSTR_EDOM, 33) \
    X(MO_QSTR_ERANGE, 34) \
    X(MO_QSTR_EDEADLOCK, 35) \
    X(MO_QSTR_ENAMETOOLONG, 36) \
    X(MO_QSTR_ENOSYS, 38) \
    X(MO_QSTR_ENOTEMPTY, 39) \
    X(MO_QSTR_ELOOP, 40) \
    X(MO_QSTR_ENOTSOCK, 88) \
    X(MO_QSTR_EMSGSIZE, 90) \
    X(MO_QSTR_EPROTONOSUPPORT, 93) \
    X(MO_QSTR_ENOTSUP, 95) \
    X(MO_QSTR_EAFNOSUPPORT, 97) \
    X(MO_QSTR_EADDRINUSE, 98) \
    X(MO_QSTR_EADDRNOTAVAIL, 99) \
    X(MO_QSTR_ENETDOWN, 100) \
    X(MO_QSTR_ENETUNREACH, 101) \
    X(MO_QSTR_ECONNABORTED, 103) \
    X(MO_QSTR_ECONNRESET, 104) \
    X(MO_QSTR_ENOBUFS, 105) \
    X(MO_QSTR_EISCONN, 106) \
    X(MO_QSTR_ENOTCONN, 107) \
    X(MO_QSTR_ETIMEDOUT, 110) \
    X(MO_QSTR_ECONNREFUSED, 111) \
    X(MO_QSTR_EHOSTUNREACH, 113) \
    X(MO_QSTR_EALREADY, 114) \
    X(MO_QSTR_EINPROGRESS, 115)

#define NAME_TO_NUMBER(q, n) {MO_ROM_QSTR(q), MO_ROM_INT(n)},
#define NUMBER_TO_NAME(q, n) {MO_ROM_INT(n), MO_ROM_QSTR(q)},

static const mo_map_elem_t errorcode_table[] = {ERRNO_LIST(NUMBER_TO_NAME)};

// Not MO_DEFINE_CONST_DICT: that one promises qstr keys, and these keys are ints.
static mo_dict_t errorcode_dict = {
    .base = {&mo_type_dict},
    .map = {.count = sizeof(errorcode_table) / sizeof(mo_map_elem_t),
            .used = sizeof(errorcode_table) / sizeof(mo_map_elem_t),
            .alloc = sizeof(errorcode_table) / sizeof(mo_map_elem_t),
            .is_fixed = 1, .all_keys_are_qstrs = 0, .index_log2 = 0,
            .table = (mo_map_elem_t *)errorcode_table, .index = NULL}};

static const mo_map_elem_t errno_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_errno)},
    {MO_ROM_QSTR(MO_QSTR_errorcode), MO_ROM_PTR(&errorcode_dict)},
    ERRNO_LIST(NAME_TO_NUMBER)
    // Second names for a number: constants only, errorcode has the first name.
    {MO_ROM_QSTR(MO_QSTR_EWOULDBLOCK), MO_ROM_INT(11)},
    {MO_ROM_QSTR(MO_QSTR_EDEADLK), MO_ROM_INT(35)},
    {MO_ROM_QSTR(MO_QSTR_EOPNOTSUPP), MO_ROM_INT(95)},
};
static MO_DEFINE_CONST_DICT(errno_globals, errno_globals_table);

const mo_module_t mo_module_errno = {{&mo_type_module}, &errno_globals};

MO_REGISTER_MODULE(MO_QSTR_errno, mo_module_errno);
