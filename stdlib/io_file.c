// The file objects open() returns on the host: text files (TextIOWrapper, UTF-8,
// universal newlines on read when newline=None) and binary files (Buffered*).
// Nothing is buffered in Mote: every call goes straight to the host, so tell() and
// seek() need no bookkeeping and a file needs no flush before close.
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/objstr.h"
#include "runtime/unicode.h"
#include "stdlib/modio.h"

// ---- host calls (a target without POSIX files replaces this section) -----------------------

#define HOST_READ 1
#define HOST_WRITE 2
#define HOST_CREATE 4   // create if missing
#define HOST_TRUNC 8
#define HOST_APPEND 16
#define HOST_EXCL 32    // fail if it exists

// A descriptor, or -errno.
static int host_open(const char *path, int how) {
    int flags = (how & HOST_READ) && (how & HOST_WRITE) ? O_RDWR
                : (how & HOST_WRITE)                    ? O_WRONLY
                                                        : O_RDONLY;
    flags |= (how & HOST_CREATE ? O_CREAT : 0) | (how & HOST_TRUNC ? O_TRUNC : 0) |
             (how & HOST_APPEND ? O_APPEND : 0) | (how & HOST_EXCL ? O_EXCL : 0);
    int fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0) {
        return -errno;
    }
    // Reading a directory "works" on POSIX; CPython refuses it at open.
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

// Bytes read (0 at end of file), or -errno.
static long host_read(int fd, uint8_t *buf, size_t n) {
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : (long)r;
}

// 0 when all n bytes were written, or -errno.
static int host_write(int fd, const uint8_t *buf, size_t n) {
    while (n > 0) {
        ssize_t r = write(fd, buf, n);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r < 0) {
            return -errno;
        }
        buf += r;
        n -= (size_t)r;
    }
    return 0;
}

// The new offset, or -errno. whence: 0 start, 1 current, 2 end.
static long long host_seek(int fd, long long off, int whence) {
    off_t r = lseek(fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (long long)r;
}

static void host_close(int fd) {
    close(fd);
}

static const char *host_strerror(int err) {
    return strerror(err);
}

// ---- the file object --------------------------------------------------------------------

#define F_READ 1
#define F_WRITE 2
#define F_TEXT 4
#define F_TRANSLATE 8  // universal newlines on read
#define F_CLOSED 16
#define F_UTF8 32      // the encoding is UTF-8, Mote's own str form: no conversion

typedef struct file {
    mo_base_t base;
    int fd;
    uint8_t flags;
    mo_obj_t name, mode;
    mo_obj_t encoding, errors;  // text files: str.encode / bytes.decode arguments
} file_t;

// OSError(errno, strerror[, filename]), which picks the subclass for errno.
_Noreturn static void raise_errno(int err, mo_obj_t name) {
    mo_obj_t args[3] = {mo_small_int(err), mo_obj_new_str_from_cstr(host_strerror(err)), name};
    mo_raise(mo_call(MO_OBJ(&mo_type_OSError), name != MO_OBJ_NULL ? 3 : 2, 0, args));
}

static file_t *get_file(mo_obj_t self, int need, const char *closed_msg) {
    file_t *f = MO_PTR(self);
    if (f->flags & F_CLOSED) {
        if (closed_msg == NULL || (f->flags & F_TEXT)) {
            mo_io_raise_closed();
        }
        mo_raise_msg(&mo_type_ValueError, closed_msg);
    }
    // CPython's binary classes name the missing method; the text class says more.
    bool text = (f->flags & F_TEXT) != 0;
    if ((need & F_READ) && !(f->flags & F_READ)) {
        mo_io_raise_unsupported(text ? "not readable" : "read");
    }
    if ((need & F_WRITE) && !(f->flags & F_WRITE)) {
        mo_io_raise_unsupported(text ? "not writable" : "write");
    }
    return f;
}

// Bytes read become str through bytes.decode unless they are valid UTF-8 already,
// so bad input raises CPython's UnicodeDecodeError (or obeys errors=).
static mo_obj_t new_result(const file_t *f, mo_vstr_t *v) {
    size_t bad_start, bad_end;
    const char *reason;
    if (!(f->flags & F_TEXT)) {
        return mo_obj_new_bytes_from_vstr(v);
    }
    if ((f->flags & F_UTF8) &&
        mo_utf8_validate((const uint8_t *)v->buf, v->len, &bad_start, &bad_end, &reason)) {
        return mo_obj_new_str_from_vstr(v);
    }
    mo_obj_t dest[4];
    mo_load_method(mo_obj_new_bytes_from_vstr(v), MO_QSTR_decode, dest);
    dest[2] = f->encoding;
    dest[3] = f->errors;
    return mo_call_method(2, 0, dest);
}

// ---- reading ----------------------------------------------------------------------------

// Reads one byte; false at end of file.
static bool get_byte(file_t *f, uint8_t *b) {
    long r = host_read(f->fd, b, 1);
    if (r < 0) {
        raise_errno((int)-r, MO_OBJ_NULL);
    }
    return r == 1;
}

// Appends one character (one byte for binary files, with \r\n and \r turned into
// \n when translating); false at end of file.
static bool get_char(file_t *f, mo_vstr_t *v) {
    uint8_t b;
    if (!get_byte(f, &b)) {
        return false;
    }
    if (b == '\r' && (f->flags & F_TRANSLATE)) {
        uint8_t next;
        if (get_byte(f, &next) && next != '\n') {
            host_seek(f->fd, -1, 1);  // not part of this newline: read it again
        }
        b = '\n';
    }
    mo_vstr_add_byte(v, (char)b);
    if (!(f->flags & F_TEXT)) {
        return true;
    }
    // The continuation bytes of a UTF-8 sequence, so a char is never split (the
    // other encodings Mote knows have one byte per char).
    size_t more = !(f->flags & F_UTF8) ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    while (more-- > 0 && get_byte(f, &b)) {
        mo_vstr_add_byte(v, (char)b);
    }
    return true;
}

// \r\n and lone \r become \n, in place.
static void translate_newlines(mo_vstr_t *v) {
    size_t out = 0;
    for (size_t i = 0; i < v->len; i++) {
        char c = v->buf[i];
        if (c == '\r') {
            c = '\n';
            if (i + 1 < v->len && v->buf[i + 1] == '\n') {
                i++;
            }
        }
        v->buf[out++] = c;
    }
    v->len = out;
}

static void read_all(file_t *f, mo_vstr_t *v) {
    for (;;) {
        uint8_t *p = (uint8_t *)mo_vstr_extend(v, 256);
        long r = host_read(f->fd, p, 256);
        v->len -= 256 - (r > 0 ? (size_t)r : 0);
        if (r < 0) {
            raise_errno((int)-r, MO_OBJ_NULL);
        }
        if (r == 0) {
            break;
        }
    }
    // A final \r may precede a \n not yet read: none is left, so it is complete.
    if (f->flags & F_TRANSLATE) {
        translate_newlines(v);
    }
}

static mo_obj_t file_read(size_t n_args, const mo_obj_t *args) {
    file_t *f = get_file(args[0], F_READ, "read of closed file");
    mo_int_t n = n_args > 1 ? mo_io_size_arg(args[1]) : -1;
    mo_vstr_t v;
    mo_vstr_init(&v, 64);
    if (n < 0) {
        read_all(f, &v);
    } else {
        while (n-- > 0 && get_char(f, &v)) {
        }
    }
    return new_result(f, &v);
}
static MO_DEFINE_FUN_VAR(file_read_obj, 1, 2, file_read);

static mo_obj_t file_readline(size_t n_args, const mo_obj_t *args) {
    file_t *f = get_file(args[0], F_READ, "readline of closed file");
    mo_int_t n = n_args > 1 ? mo_io_size_arg(args[1]) : -1;
    mo_vstr_t v;
    mo_vstr_init(&v, 64);
    while (n-- != 0 && get_char(f, &v) && v.buf[v.len - 1] != '\n') {
    }
    return new_result(f, &v);
}
static MO_DEFINE_FUN_VAR(file_readline_obj, 1, 2, file_readline);

static mo_obj_t file_readlines(mo_obj_t self) {
    get_file(self, F_READ, "readline of closed file");
    mo_obj_t list = mo_obj_new_list(0, NULL), line;
    while ((line = mo_io_iternext(self)) != MO_OBJ_STOP_ITERATION) {
        mo_list_append(list, line);
    }
    return list;
}
static MO_DEFINE_FUN_1(file_readlines_obj, file_readlines);

// ---- writing ----------------------------------------------------------------------------

static mo_obj_t file_write(mo_obj_t self, mo_obj_t arg) {
    file_t *f = get_file(self, F_WRITE, "write to closed file");
    size_t n, count = 0;
    const uint8_t *s;
    if (f->flags & F_TEXT) {
        if (!mo_obj_is_str(arg)) {
            mo_raise_fmt(&mo_type_TypeError, "write() argument must be str, not %s",
                         mo_obj_type_name(arg));
        }
        s = (const uint8_t *)mo_obj_str_get_data(arg, &n);
        count = mo_utf8_char_count(s, n);
        if (!(f->flags & F_UTF8)) {
            mo_obj_t dest[4];
            mo_load_method(arg, MO_QSTR_encode, dest);
            dest[2] = f->encoding;
            dest[3] = f->errors;
            s = (const uint8_t *)mo_obj_str_get_data(mo_call_method(2, 0, dest), &n);
        }
    } else {
        s = mo_bytes_like_get(arg, &n);
        count = n;
    }
    int r = host_write(f->fd, s, n);
    if (r < 0) {
        raise_errno(-r, MO_OBJ_NULL);
    }
    // Text files count code points written, binary files bytes.
    return mo_obj_new_int((mo_int_t)count);
}
static MO_DEFINE_FUN_2(file_write_obj, file_write);

static mo_obj_t file_writelines(mo_obj_t self, mo_obj_t lines) {
    get_file(self, 0, NULL);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(lines, &buf), line;
    while ((line = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        file_write(self, line);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(file_writelines_obj, file_writelines);

// ---- positioning and state --------------------------------------------------------------

static mo_obj_t file_seek(size_t n_args, const mo_obj_t *args) {
    file_t *f = get_file(args[0], 0, NULL);
    mo_int_t off = mo_obj_get_int(args[1]);
    mo_int_t whence = n_args > 2 ? mo_obj_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        mo_raise_fmt(&mo_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if ((f->flags & F_TEXT) && whence != 0 && off != 0) {
        mo_io_raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                            : "can't do nonzero end-relative seeks");
    }
    if (whence == 0 && off < 0) {
        mo_raise_fmt(&mo_type_ValueError, "negative seek position %d", (int)off);
    }
    long long r = host_seek(f->fd, off, (int)whence);
    if (r < 0) {
        raise_errno((int)-r, MO_OBJ_NULL);
    }
    return mo_obj_new_int_from_ll(r);
}
static MO_DEFINE_FUN_VAR(file_seek_obj, 2, 3, file_seek);

static mo_obj_t file_tell(mo_obj_t self) {
    file_t *f = get_file(self, 0, NULL);
    long long r = host_seek(f->fd, 0, 1);
    if (r < 0) {
        raise_errno((int)-r, MO_OBJ_NULL);
    }
    return mo_obj_new_int_from_ll(r);
}
static MO_DEFINE_FUN_1(file_tell_obj, file_tell);

static mo_obj_t file_flush(mo_obj_t self) {
    get_file(self, 0, "flush of closed file");
    return mo_const_none;
}
static MO_DEFINE_FUN_1(file_flush_obj, file_flush);

static mo_obj_t file_close(mo_obj_t self) {
    file_t *f = MO_PTR(self);
    if (!(f->flags & F_CLOSED)) {
        f->flags |= F_CLOSED;
        host_close(f->fd);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(file_close_obj, file_close);

static mo_obj_t file_fileno(mo_obj_t self) {
    return mo_small_int(get_file(self, 0, NULL)->fd);
}
static MO_DEFINE_FUN_1(file_fileno_obj, file_fileno);

static mo_obj_t file_readable(mo_obj_t self) {
    return mo_bool(get_file(self, 0, NULL)->flags & F_READ);
}
static MO_DEFINE_FUN_1(file_readable_obj, file_readable);

static mo_obj_t file_writable(mo_obj_t self) {
    return mo_bool(get_file(self, 0, NULL)->flags & F_WRITE);
}
static MO_DEFINE_FUN_1(file_writable_obj, file_writable);

static mo_obj_t file_seekable(mo_obj_t self) {
    get_file(self, 0, NULL);
    return mo_const_true;
}
static MO_DEFINE_FUN_1(file_seekable_obj, file_seekable);

static void file_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    const file_t *f = MO_PTR(self);
    if (attr == MO_QSTR_closed) {
        dest[0] = mo_bool(f->flags & F_CLOSED);
    } else if (attr == MO_QSTR_name) {
        dest[0] = f->name;
    } else if (attr == MO_QSTR_mode) {
        dest[0] = f->mode;
    } else if (attr == MO_QSTR_encoding && (f->flags & F_TEXT)) {
        dest[0] = f->encoding;
    }
}

static mo_obj_t file_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    get_file(self, 0, NULL);
    return self;
}

static void file_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const file_t *f = MO_PTR(self);
    mo_printf(print, "<%q name=%R", (qstr)mo_obj_type(self)->name, f->name);
    if (f->flags & F_TEXT) {
        mo_printf(print, " mode=%R encoding=%R", f->mode, f->encoding);
    }
    mo_print_str(print, ">");
}

static const mo_map_elem_t file_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_read), MO_ROM_PTR(&file_read_obj)},
    {MO_ROM_QSTR(MO_QSTR_readline), MO_ROM_PTR(&file_readline_obj)},
    {MO_ROM_QSTR(MO_QSTR_readlines), MO_ROM_PTR(&file_readlines_obj)},
    {MO_ROM_QSTR(MO_QSTR_write), MO_ROM_PTR(&file_write_obj)},
    {MO_ROM_QSTR(MO_QSTR_writelines), MO_ROM_PTR(&file_writelines_obj)},
    {MO_ROM_QSTR(MO_QSTR_seek), MO_ROM_PTR(&file_seek_obj)},
    {MO_ROM_QSTR(MO_QSTR_tell), MO_ROM_PTR(&file_tell_obj)},
    {MO_ROM_QSTR(MO_QSTR_flush), MO_ROM_PTR(&file_flush_obj)},
    {MO_ROM_QSTR(MO_QSTR_close), MO_ROM_PTR(&file_close_obj)},
    {MO_ROM_QSTR(MO_QSTR_fileno), MO_ROM_PTR(&file_fileno_obj)},
    {MO_ROM_QSTR(MO_QSTR_readable), MO_ROM_PTR(&file_readable_obj)},
    {MO_ROM_QSTR(MO_QSTR_writable), MO_ROM_PTR(&file_writable_obj)},
    {MO_ROM_QSTR(MO_QSTR_seekable), MO_ROM_PTR(&file_seekable_obj)},
    {MO_ROM_QSTR(MO_QSTR___enter__), MO_ROM_PTR(&mo_io_enter_obj)},
    {MO_ROM_QSTR(MO_QSTR___exit__), MO_ROM_PTR(&mo_io_exit_obj)},
};
static MO_DEFINE_CONST_DICT(file_locals_dict, file_locals_table);

// One layout, several names, as CPython's classes for the text and binary modes.
#define FILE_TYPE(type_name, name_qstr) \
    static const mo_type_t type_name = { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE, \
        .name = name_qstr, \
        .print = file_print, \
        .attr = file_attr, \
        .getiter = file_getiter, \
        .iternext = mo_io_iternext, \
        .locals_dict = &file_locals_dict, \
    }

FILE_TYPE(type_text, MO_QSTR__io_dot_TextIOWrapper);
FILE_TYPE(type_reader, MO_QSTR__io_dot_BufferedReader);
FILE_TYPE(type_writer, MO_QSTR__io_dot_BufferedWriter);
FILE_TYPE(type_random, MO_QSTR__io_dot_BufferedRandom);

// ---- open() -----------------------------------------------------------------------------

// The mode string as HOST_* flags and F_* flags, checked as CPython checks it.
static void parse_mode(mo_obj_t mode_obj, int *how, uint8_t *flags) {
    const char *mode = mo_obj_str_get_cstr(mode_obj);
    int seen = 0, kinds = 0;
    *how = 0;
    *flags = F_TEXT;
    for (const char *p = mode; *p; p++) {
        const char *at = strchr("rwaxbt+", *p);
        if (at == NULL || (seen & (1 << (at - "rwaxbt+")))) {
            mo_raise_fmt(&mo_type_ValueError, "invalid mode: '%s'", mode);
        }
        seen |= 1 << (at - "rwaxbt+");
    }
    kinds = !!(seen & 1) + !!(seen & 2) + !!(seen & 4) + !!(seen & 8);
    if ((seen & 16) && (seen & 32)) {
        mo_raise_msg(&mo_type_ValueError, "can't have text and binary mode at once");
    }
    if (kinds != 1) {
        mo_raise_msg(&mo_type_ValueError, "must have exactly one of create/read/write/append mode");
    }
    static const int how_of[4] = {HOST_READ, HOST_WRITE | HOST_CREATE | HOST_TRUNC,
                                  HOST_WRITE | HOST_CREATE | HOST_APPEND,
                                  HOST_WRITE | HOST_CREATE | HOST_EXCL};
    for (int i = 0; i < 4; i++) {
        if (seen & (1 << i)) {
            *how = how_of[i];
        }
    }
    if (seen & 64) {
        *how |= HOST_READ | HOST_WRITE;
    }
    *flags |= (*how & HOST_READ ? F_READ : 0) | (*how & HOST_WRITE ? F_WRITE : 0);
    if (seen & 16) {
        *flags &= (uint8_t)~F_TEXT;
    }
}

// Whether the codec is UTF-8, asked of bytes.decode itself so that the names it
// accepts stay in one place (an unknown name raises LookupError here, at open, as
// in CPython): only UTF-8 reads the two bytes of "\u00e9" as one char.
static bool text_codec_is_utf8(mo_obj_t encoding) {
    static const uint8_t e_acute[2] = {0xc3, 0xa9};
    mo_obj_t dest[4];
    mo_load_method(mo_obj_new_bytes(e_acute, 2), MO_QSTR_decode, dest);
    dest[2] = encoding;
    dest[3] = mo_obj_new_str("replace", 7);
    return mo_obj_len_size(mo_call_method(2, 0, dest)) == 1;
}

// A binary file's mode as CPython's FileIO reports it ('r+b' -> 'rb+', 'w+b' -> 'rb+').
static mo_obj_t binary_mode(int how) {
    char m[4] = {'w', 'b', 0, 0};
    if (how & HOST_EXCL) {
        m[0] = 'x';
    } else if (how & HOST_APPEND) {
        m[0] = 'a';
    } else if (how & HOST_READ) {
        m[0] = 'r';
    }
    if ((how & HOST_READ) && (how & HOST_WRITE)) {
        m[2] = '+';
    }
    return mo_obj_new_str_from_cstr(m);
}

static const mo_type_t *binary_type(uint8_t flags) {
    if ((flags & F_READ) && (flags & F_WRITE)) {
        return &type_random;
    }
    return flags & F_READ ? &type_reader : &type_writer;
}

mo_obj_t mo_io_open(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t name = args[0];
    mo_obj_t mode = mo_io_arg(n_args, args, kw, 1, MO_QSTR_mode, MO_OBJ_NULL);
    mo_obj_t encoding = mo_io_arg(n_args, args, kw, 3, MO_QSTR_encoding, mo_const_none);
    mo_obj_t errors = mo_io_arg(n_args, args, kw, 4, MO_QSTR_errors, mo_const_none);
    mo_obj_t newline = mo_io_arg(n_args, args, kw, 5, MO_QSTR_newline, mo_const_none);
    if (mode == MO_OBJ_NULL) {
        mode = mo_obj_new_str("r", 1);
    }
    if (!mo_obj_is_str(name)) {
        mo_raise_fmt(&mo_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                     mo_obj_type_name(name));
    }
    if (!mo_obj_is_str(mode)) {
        mo_raise_fmt(&mo_type_TypeError, "open() argument 'mode' must be str, not %s",
                     mo_obj_type_name(mode));
    }
    int how;
    uint8_t flags;
    parse_mode(mode, &how, &flags);
    if (!(flags & F_TEXT) && encoding != mo_const_none) {
        mo_raise_msg(&mo_type_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (!(flags & F_TEXT) && newline != mo_const_none) {
        mo_raise_msg(&mo_type_ValueError, "binary mode doesn't take a newline argument");
    }
    if ((flags & F_TEXT) && newline == mo_const_none) {
        flags |= F_TRANSLATE;
    }
    if (flags & F_TEXT) {
        encoding = encoding == mo_const_none ? mo_obj_new_str("UTF-8", 5) : encoding;
        errors = errors == mo_const_none ? mo_obj_new_str("strict", 6) : errors;
        flags |= text_codec_is_utf8(encoding) ? F_UTF8 : 0;
    }
    int fd = host_open(mo_obj_str_get_cstr(name), how);
    if (fd < 0) {
        raise_errno(-fd, name);
    }
    file_t *f = mo_new_obj(file_t);
    f->base.type = flags & F_TEXT ? &type_text : binary_type(flags);
    f->fd = fd;
    f->flags = flags;
    f->name = name;
    f->mode = flags & F_TEXT ? mode : binary_mode(how);
    f->encoding = encoding;
    f->errors = errors;
    return MO_OBJ(f);
}
