// The os module for the host: the file and directory calls, file descriptors
// (open/read/write/close), the environment, urandom and uname, raising CPython's OSError subclasses with errno, strerror and
// the file name. All POSIX calls sit in the "platform" section so a target port can
// replace that section alone; os.path lives in os_path.c.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "stdlib/os.h"

// ---- the platform (POSIX); every function returns 0 or an errno value ----------------

typedef struct os_stat {
    unsigned long long mode, ino, dev, nlink, uid, gid;
    long long size, atime, mtime, ctime;
    double fatime, fmtime, fctime;  // the attribute forms keep sub-second precision
} os_stat_t;

// The types ilistdir reports (MicroPython's values, which are S_IFDIR and S_IFREG).
#define OS_TYPE_DIR 0x4000
#define OS_TYPE_FILE 0x8000

typedef void (*os_dir_cb_t)(void *ctx, const char *name, int type, unsigned long long ino);

static int plat_getcwd(mo_vstr_t *out) {
    for (size_t n = 128;; n *= 2) {
        mo_vstr_reset(out);
        char *buf = mo_vstr_extend(out, n);
        if (getcwd(buf, n) != NULL) {
            out->len = strlen(buf);
            return 0;
        }
        if (errno != ERANGE) {
            return errno;
        }
    }
}

static int plat_result(int r) { return r == 0 ? 0 : errno; }
static int plat_chdir(const char *p) { return plat_result(chdir(p)); }
static int plat_mkdir(const char *p, int mode) { return plat_result(mkdir(p, (mode_t)mode)); }
static int plat_rmdir(const char *p) { return plat_result(rmdir(p)); }
static int plat_unlink(const char *p) { return plat_result(unlink(p)); }
static int plat_rename(const char *a, const char *b) { return plat_result(rename(a, b)); }

static double ts_float(struct timespec ts) { return (double)ts.tv_sec + ts.tv_nsec * 1e-9; }

static int plat_stat(const char *p, os_stat_t *out) {
    struct stat st;
    if (stat(p, &st) != 0) {
        return errno;
    }
    out->mode = st.st_mode;
    out->ino = st.st_ino;
    out->dev = st.st_dev;
    out->nlink = st.st_nlink;
    out->uid = st.st_uid;
    out->gid = st.st_gid;
    out->size = st.st_size;
    out->atime = st.st_atim.tv_sec;
    out->mtime = st.st_mtim.tv_sec;
    out->ctime = st.st_ctim.tv_sec;
    out->fatime = ts_float(st.st_atim);
    out->fmtime = ts_float(st.st_mtim);
    out->fctime = ts_float(st.st_ctim);
    return 0;
}

static int dirent_type(const struct dirent *e) {
    if (e->d_type == DT_DIR) {
        return OS_TYPE_DIR;
    }
    if (e->d_type == DT_REG) {
        return OS_TYPE_FILE;
    }
    return 0;  // unknown: the filesystem does not say
}

// Calls cb for each entry but . and ..; the directory is closed even if cb raises.
static int plat_listdir(const char *path, os_dir_cb_t cb, void *ctx) {
    DIR *d = opendir(path);
    if (d == NULL) {
        return errno;
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
                cb(ctx, e->d_name, dirent_type(e), e->d_ino);
            }
        }
        mo_nlr_pop();
        closedir(d);
        return 0;
    }
    closedir(d);
    mo_nlr_jump(nlr.ret_val);
}

static int plat_urandom(uint8_t *buf, size_t n) {
    FILE *f = fopen("/dev/urandom", "rb");
    if (f == NULL) {
        return errno;
    }
    size_t got = fread(buf, 1, n, f);
    fclose(f);
    return got == n ? 0 : EIO;
}

static int plat_uname(const char *fields[5], struct utsname *u) {
    if (uname(u) != 0) {
        return errno;
    }
    fields[0] = u->sysname;
    fields[1] = u->nodename;
    fields[2] = u->release;
    fields[3] = u->version;
    fields[4] = u->machine;
    return 0;
}

static const char *plat_getenv(const char *name) { return getenv(name); }

// File descriptors; the O_ flags are the platform's own (os.O_* give them to Python).
static int plat_open(const char *p, int flags, int mode, int *fd) {
    *fd = open(p, flags, (mode_t)mode);
    return *fd >= 0 ? 0 : errno;
}
static int plat_close(int fd) { return plat_result(close(fd)); }
static int plat_write(int fd, const void *buf, size_t n, size_t *done) {
    ssize_t r = write(fd, buf, n);
    *done = r >= 0 ? (size_t)r : 0;
    return r >= 0 ? 0 : errno;
}
static int plat_read(int fd, void *buf, size_t n, size_t *done) {
    ssize_t r = read(fd, buf, n);
    *done = r >= 0 ? (size_t)r : 0;
    return r >= 0 ? 0 : errno;
}

// ---- errors and arguments -----------------------------------------------------------

// OSError(errno, strerror, filename[, None, filename2]): the OSError constructor
// picks the subclass (FileNotFoundError, ...) from the errno.
_Noreturn static void raise_os(int err, mo_obj_t file, mo_obj_t file2) {
    mo_obj_t args[5] = {mo_small_int(err), mo_obj_new_str_from_cstr(strerror(err)), file,
                        mo_const_none, file2};
    size_t n = file == MO_OBJ_NULL ? 2 : file2 == MO_OBJ_NULL ? 3 : 5;
    mo_raise(mo_call(MO_OBJ(&mo_type_OSError), n, 0, args));
}

static void check(int err, mo_obj_t file) {
    if (err != 0) {
        raise_os(err, file, MO_OBJ_NULL);
    }
}

// The kinds of path each call accepts, as CPython's message lists them.
#define KINDS_FD "string, bytes, os.PathLike or integer"
#define KINDS_PLAIN "string, bytes or os.PathLike"

// A path argument as a C string; str only for now (no bytes, fds or PathLike).
static const char *path_arg(const char *fn, const char *arg, const char *kinds, mo_obj_t o) {
    if (!mo_obj_is_str(o)) {
        mo_raise_fmt(&mo_type_TypeError, "%s: %s should be %s, not %s", fn, arg, kinds,
                     mo_obj_type_name(o));
    }
    const char *s = mo_obj_str_get_cstr(o);
    size_t len;
    mo_obj_str_get_data(o, &len);
    if (strlen(s) != len) {
        mo_raise_msg(&mo_type_ValueError, "embedded null byte");
    }
    return s;
}

// ---- result sequences (stat_result, uname_result) -------------------------------------

// A tuple whose items also have names, as CPython's struct sequences: the visible
// items come first (the tuple's len), extra attribute-only items follow them.
typedef struct os_seq_desc {
    size_t n_visible;
    size_t n_all;
    const uint16_t *names;  // qstrs, n_all of them
} os_seq_desc_t;

typedef struct os_seq {
    mo_base_t base;
    size_t len;
    mo_obj_t items[];
} os_seq_t;

static const os_seq_desc_t *seq_desc(mo_obj_t self) {
    return mo_obj_type(self)->protocol;
}

static mo_obj_t seq_new(const mo_type_t *type, const mo_obj_t *items) {
    const os_seq_desc_t *d = type->protocol;
    os_seq_t *s = mo_alloc(sizeof(os_seq_t) + d->n_all * sizeof(mo_obj_t));
    s->base.type = type;
    s->len = d->n_visible;
    memcpy(s->items, items, d->n_all * sizeof(mo_obj_t));
    return MO_OBJ(s);
}

// Operations other than naming work on a plain tuple copy.
static mo_obj_t seq_tuple(mo_obj_t self) {
    const os_seq_t *s = MO_PTR(self);
    return mo_obj_new_tuple(s->len, s->items);
}

static void seq_print(const mo_print_t *print, mo_obj_t self, int kind) {
    (void)kind;
    const os_seq_t *s = MO_PTR(self);
    const os_seq_desc_t *d = seq_desc(self);
    mo_printf(print, "%q(", (qstr)mo_obj_type(self)->name);
    for (size_t i = 0; i < d->n_visible; i++) {
        mo_printf(print, "%s%q=%R", i > 0 ? ", " : "", (qstr)d->names[i], s->items[i]);
    }
    mo_print_str(print, ")");
}

static void seq_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    const os_seq_desc_t *d = seq_desc(self);
    // Searched from the end so an attribute-only item overrides a visible one
    // (st_mtime is a float as an attribute, an int as an item).
    for (size_t i = d->n_all; i-- > 0;) {
        if (d->names[i] == attr) {
            dest[0] = ((const os_seq_t *)MO_PTR(self))->items[i];
            return;
        }
    }
}

static mo_obj_t seq_unary_op(int op, mo_obj_t self) { return mo_unary_op(op, seq_tuple(self)); }

static mo_obj_t seq_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        return mo_binary_op(op - (MO_BINARY_OP_REVERSE_OR - MO_BINARY_OP_OR), rhs, seq_tuple(lhs));
    }
    if (mo_is_ptr(rhs) && mo_obj_type(rhs)->print == seq_print) {
        rhs = seq_tuple(rhs);
    }
    return mo_binary_op(op, seq_tuple(lhs), rhs);
}

static mo_obj_t seq_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    return mo_subscr_load(seq_tuple(self), index);
}

static mo_obj_t seq_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_getiter(seq_tuple(self), iter_buf);
}

static const uint16_t stat_names[13] = {
    MO_QSTR_st_mode, MO_QSTR_st_ino, MO_QSTR_st_dev, MO_QSTR_st_nlink, MO_QSTR_st_uid,
    MO_QSTR_st_gid, MO_QSTR_st_size, MO_QSTR_st_atime, MO_QSTR_st_mtime, MO_QSTR_st_ctime,
    MO_QSTR_st_atime, MO_QSTR_st_mtime, MO_QSTR_st_ctime};
static const os_seq_desc_t stat_desc = {10, 13, stat_names};

static const uint16_t uname_names[5] = {MO_QSTR_sysname, MO_QSTR_nodename, MO_QSTR_release,
                                        MO_QSTR_version, MO_QSTR_machine};
static const os_seq_desc_t uname_desc = {5, 5, uname_names};

#define SEQ_TYPE(id, q, desc) \
    static const mo_type_t id = { \
        .base = {&mo_type_type}, .name = q, .print = seq_print, .unary_op = seq_unary_op, \
        .binary_op = seq_binary_op, .attr = seq_attr, .subscr = seq_subscr, \
        .getiter = seq_getiter, .protocol = &desc, .parent = &mo_type_tuple}
SEQ_TYPE(os_stat_result_type, MO_QSTR_os_dot_stat_result, stat_desc);
SEQ_TYPE(os_uname_result_type, MO_QSTR_posix_dot_uname_result, uname_desc);

// ---- the functions -------------------------------------------------------------------

static mo_obj_t os_getcwd(void) {
    mo_vstr_t v;
    mo_vstr_init(&v, 128);
    check(plat_getcwd(&v), MO_OBJ_NULL);
    return mo_obj_new_str(v.buf, v.len);
}
static MO_DEFINE_FUN_0(os_getcwd_obj, os_getcwd);

static mo_obj_t os_chdir(mo_obj_t path) {
    check(plat_chdir(path_arg("chdir", "path", KINDS_FD, path)), path);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(os_chdir_obj, os_chdir);

static mo_obj_t os_mkdir(size_t n_args, const mo_obj_t *args) {
    const char *p = path_arg("mkdir", "path", KINDS_PLAIN, args[0]);
    int mode = n_args > 1 ? (int)mo_obj_get_int(args[1]) : 0777;
    check(plat_mkdir(p, mode), args[0]);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(os_mkdir_obj, 1, 2, os_mkdir);

static mo_obj_t os_rmdir(mo_obj_t path) {
    check(plat_rmdir(path_arg("rmdir", "path", KINDS_PLAIN, path)), path);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(os_rmdir_obj, os_rmdir);

static mo_obj_t os_remove(mo_obj_t path) {
    check(plat_unlink(path_arg("remove", "path", KINDS_PLAIN, path)), path);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(os_remove_obj, os_remove);

static mo_obj_t os_unlink(mo_obj_t path) {
    check(plat_unlink(path_arg("unlink", "path", KINDS_PLAIN, path)), path);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(os_unlink_obj, os_unlink);

static mo_obj_t os_rename(mo_obj_t src, mo_obj_t dst) {
    const char *a = path_arg("rename", "src", KINDS_PLAIN, src);
    const char *b = path_arg("rename", "dst", KINDS_PLAIN, dst);
    int err = plat_rename(a, b);
    if (err != 0) {
        raise_os(err, src, dst);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(os_rename_obj, os_rename);

static mo_obj_t os_stat(mo_obj_t path) {
    os_stat_t st = {0};
    check(plat_stat(path_arg("stat", "path", KINDS_FD, path), &st), path);
    mo_obj_t items[13] = {
        mo_obj_new_int_from_ull(st.mode),  mo_obj_new_int_from_ull(st.ino),
        mo_obj_new_int_from_ull(st.dev),   mo_obj_new_int_from_ull(st.nlink),
        mo_obj_new_int_from_ull(st.uid),   mo_obj_new_int_from_ull(st.gid),
        mo_obj_new_int_from_ll(st.size),   mo_obj_new_int_from_ll(st.atime),
        mo_obj_new_int_from_ll(st.mtime),  mo_obj_new_int_from_ll(st.ctime),
        mo_obj_new_float(st.fatime),       mo_obj_new_float(st.fmtime),
        mo_obj_new_float(st.fctime)};
    return seq_new(&os_stat_result_type, items);
}
static MO_DEFINE_FUN_1(os_stat_obj, os_stat);

static const char *dir_arg(const char *fn, size_t n_args, const mo_obj_t *args) {
    if (n_args == 0 || args[0] == mo_const_none) {
        return ".";
    }
    return path_arg(fn, "path", "string, bytes, os.PathLike, integer or None", args[0]);
}

static void listdir_add(void *ctx, const char *name, int type, unsigned long long ino) {
    (void)type;
    (void)ino;
    mo_list_append(*(mo_obj_t *)ctx, mo_obj_new_str_from_cstr(name));
}

static mo_obj_t os_listdir(size_t n_args, const mo_obj_t *args) {
    const char *p = dir_arg("listdir", n_args, args);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    check(plat_listdir(p, listdir_add, &list), n_args > 0 ? args[0] : mo_qstr_obj(MO_QSTR__dot_));
    return list;
}
static MO_DEFINE_FUN_VAR(os_listdir_obj, 0, 1, os_listdir);

static void ilistdir_add(void *ctx, const char *name, int type, unsigned long long ino) {
    mo_obj_t t[3] = {mo_obj_new_str_from_cstr(name), mo_small_int(type),
                     mo_obj_new_int_from_ull(ino)};
    mo_list_append(*(mo_obj_t *)ctx, mo_obj_new_tuple(3, t));
}

// MicroPython's ilistdir: an iterator of (name, type, inode). The entries are read
// at once so the directory is not left open while the caller iterates.
static mo_obj_t os_ilistdir(size_t n_args, const mo_obj_t *args) {
    const char *p = dir_arg("ilistdir", n_args, args);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    check(plat_listdir(p, ilistdir_add, &list), n_args > 0 ? args[0] : mo_qstr_obj(MO_QSTR__dot_));
    return mo_getiter(list, NULL);
}
static MO_DEFINE_FUN_VAR(os_ilistdir_obj, 0, 1, os_ilistdir);

static mo_obj_t os_getenv(size_t n_args, const mo_obj_t *args) {
    if (!mo_obj_is_str(args[0])) {
        mo_raise_fmt(&mo_type_TypeError, "str expected, not %s", mo_obj_type_name(args[0]));
    }
    const char *v = plat_getenv(mo_obj_str_get_cstr(args[0]));
    if (v == NULL) {
        return n_args > 1 ? args[1] : mo_const_none;
    }
    return mo_obj_new_str_from_cstr(v);
}
static MO_DEFINE_FUN_VAR(os_getenv_obj, 1, 2, os_getenv);

static mo_obj_t os_urandom(mo_obj_t n_in) {
    mo_int_t n = mo_obj_get_int(n_in);
    if (n < 0) {
        mo_raise_msg(&mo_type_ValueError, "negative argument not allowed");
    }
    uint8_t *buf = mo_alloc((size_t)n + 1);
    check(plat_urandom(buf, (size_t)n), MO_OBJ_NULL);
    mo_obj_t r = mo_obj_new_bytes(buf, (size_t)n);
    mo_free(buf);
    return r;
}
static MO_DEFINE_FUN_1(os_urandom_obj, os_urandom);

static mo_obj_t os_uname(void) {
    struct utsname u;
    const char *f[5];
    check(plat_uname(f, &u), MO_OBJ_NULL);
    mo_obj_t items[5];
    for (size_t i = 0; i < 5; i++) {
        items[i] = mo_obj_new_str_from_cstr(f[i]);
    }
    return seq_new(&os_uname_result_type, items);
}
static MO_DEFINE_FUN_0(os_uname_obj, os_uname);

// ---- file descriptors -------------------------------------------------------------------

static int fd_arg(mo_obj_t o) {
    mo_int_t v = mo_obj_get_int(o);
    int fd = (int)v;  // compared back rather than against INT_MAX: no always-false test on 32-bit
    if (fd < 0 || fd != v) {
        raise_os(EBADF, MO_OBJ_NULL, MO_OBJ_NULL);
    }
    return fd;
}

static mo_obj_t os_open(size_t n_args, const mo_obj_t *args) {
    const char *p = path_arg("open", "path", KINDS_PLAIN, args[0]);
    int flags = (int)mo_obj_get_int(args[1]);
    int mode = n_args > 2 ? (int)mo_obj_get_int(args[2]) : 0777;
    int fd = -1;
    check(plat_open(p, flags, mode, &fd), args[0]);
    return mo_small_int(fd);
}
static MO_DEFINE_FUN_VAR(os_open_obj, 2, 3, os_open);

static mo_obj_t os_close(mo_obj_t fd) {
    check(plat_close(fd_arg(fd)), MO_OBJ_NULL);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(os_close_obj, os_close);

static mo_obj_t os_write(mo_obj_t fd, mo_obj_t data) {
    if (!mo_obj_is_type(data, &mo_type_bytes)) {
        mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%s'",
                     mo_obj_type_name(data));
    }
    size_t len, done;
    const char *buf = mo_obj_str_get_data(data, &len);
    check(plat_write(fd_arg(fd), buf, len, &done), MO_OBJ_NULL);
    return mo_obj_new_int((mo_int_t)done);
}
static MO_DEFINE_FUN_2(os_write_obj, os_write);

static mo_obj_t os_read(mo_obj_t fd, mo_obj_t n_in) {
    mo_int_t n = mo_obj_get_int(n_in);
    if (n < 0) {
        raise_os(EINVAL, MO_OBJ_NULL, MO_OBJ_NULL);
    }
    uint8_t *buf = mo_alloc((size_t)n + 1);
    size_t done;
    check(plat_read(fd_arg(fd), buf, (size_t)n, &done), MO_OBJ_NULL);
    mo_obj_t r = mo_obj_new_bytes(buf, done);
    mo_free(buf);
    return r;
}
static MO_DEFINE_FUN_2(os_read_obj, os_read);

// ---- the module -----------------------------------------------------------------------

#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&os_##name##_obj)}
static const mo_map_elem_t os_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_os)},
    {MO_ROM_QSTR(MO_QSTR_sep), MO_ROM_QSTR(MO_QSTR__slash_)},
    {MO_ROM_QSTR(MO_QSTR_path), MO_ROM_PTR(&mo_module_os_path)},
    {MO_ROM_QSTR(MO_QSTR_stat_result), MO_ROM_PTR(&os_stat_result_type)},
    FN(MO_QSTR_getcwd, getcwd), FN(MO_QSTR_chdir, chdir), FN(MO_QSTR_listdir, listdir),
    FN(MO_QSTR_ilistdir, ilistdir), FN(MO_QSTR_stat, stat), FN(MO_QSTR_remove, remove),
    FN(MO_QSTR_unlink, unlink), FN(MO_QSTR_rename, rename), FN(MO_QSTR_mkdir, mkdir),
    FN(MO_QSTR_rmdir, rmdir), FN(MO_QSTR_getenv, getenv), FN(MO_QSTR_urandom, urandom),
    FN(MO_QSTR_uname, uname), FN(MO_QSTR_open, open), FN(MO_QSTR_close, close),
    FN(MO_QSTR_read, read), FN(MO_QSTR_write, write),
    {MO_ROM_QSTR(MO_QSTR_O_RDONLY), MO_ROM_INT(O_RDONLY)},
    {MO_ROM_QSTR(MO_QSTR_O_WRONLY), MO_ROM_INT(O_WRONLY)},
    {MO_ROM_QSTR(MO_QSTR_O_RDWR), MO_ROM_INT(O_RDWR)},
    {MO_ROM_QSTR(MO_QSTR_O_CREAT), MO_ROM_INT(O_CREAT)},
    {MO_ROM_QSTR(MO_QSTR_O_EXCL), MO_ROM_INT(O_EXCL)},
    {MO_ROM_QSTR(MO_QSTR_O_TRUNC), MO_ROM_INT(O_TRUNC)},
    {MO_ROM_QSTR(MO_QSTR_O_APPEND), MO_ROM_INT(O_APPEND)},
};
static MO_DEFINE_CONST_DICT(os_globals, os_globals_table);

const mo_module_t mo_module_os = {{&mo_type_module}, &os_globals};

MO_REGISTER_MODULE(MO_QSTR_os, mo_module_os);
