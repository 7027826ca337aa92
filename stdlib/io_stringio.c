// io.StringIO and io.BytesIO: an in-memory stream over a growable byte buffer.
// Both keep a byte position; StringIO's tell/seek/read(n) count code points as
// CPython does, converting at the edges (the buffer is UTF-8).
#include <string.h>

#include "runtime/objstr.h"
#include "runtime/unicode.h"
#include "stdlib/modio.h"

typedef struct memio {
    mo_base_t base;
    uint8_t *data;   // GC heap block of `alloc` bytes
    size_t len, alloc;
    size_t pos;      // byte offset; may lie beyond len after a seek
    bool closed;
} memio_t;

static bool is_text(const memio_t *m) {
    return m->base.type == &mo_type_io_StringIO;
}

static memio_t *get_open(mo_obj_t self) {
    memio_t *m = MO_PTR(self);
    if (m->closed) {
        if (is_text(m)) {
            mo_raise_msg(&mo_type_ValueError, "I/O operation on closed file");  // sic
        }
        mo_io_raise_closed();
    }
    return m;
}

static void ensure_room(memio_t *m, size_t need) {
    if (need <= m->alloc) {
        return;
    }
    size_t n = m->alloc * 2 > need ? m->alloc * 2 : need;
    m->data = mo_renew(uint8_t, m->data, n);
    m->alloc = n;
}

// Writes bytes at pos, zero-filling any gap a seek past the end left (as CPython).
static void put_bytes(memio_t *m, const uint8_t *s, size_t n) {
    ensure_room(m, m->pos + n);
    if (m->pos > m->len) {
        memset(m->data + m->len, 0, m->pos - m->len);
    }
    memcpy(m->data + m->pos, s, n);
    m->pos += n;
    if (m->pos > m->len) {
        m->len = m->pos;
    }
}

static mo_obj_t new_value(const memio_t *m, const uint8_t *s, size_t n) {
    return is_text(m) ? mo_obj_new_str((const char *)s, n) : mo_obj_new_bytes(s, n);
}

// ---- construction -----------------------------------------------------------------------

static mo_obj_t memio_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 0, 2, true);
    mo_map_t kw;
    mo_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mo_map_lookup(&kw, args[n_args + 2 * i], MO_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            args[n_args + 2 * i + 1];
    }
    mo_obj_t init = mo_io_arg(n_args, args, &kw, 0, MO_QSTR_initial_value, mo_const_none);
    memio_t *m = mo_new_obj(memio_t);
    m->base.type = type;
    m->alloc = 16;
    m->data = mo_new(uint8_t, m->alloc);
    if (init == mo_const_none) {
        return MO_OBJ(m);
    }
    size_t n;
    const uint8_t *s;
    if (type == &mo_type_io_StringIO) {
        if (!mo_obj_is_str(init)) {
            mo_raise_fmt(&mo_type_TypeError, "initial_value must be str or None, not %s",
                         mo_obj_type_name(init));
        }
        s = (const uint8_t *)mo_obj_str_get_data(init, &n);
    } else {
        s = mo_bytes_like_get(init, &n);
    }
    put_bytes(m, s, n);
    m->pos = 0;
    return MO_OBJ(m);
}

// ---- reading ----------------------------------------------------------------------------

// The end of n code points (or bytes for BytesIO) from pos, n < 0 meaning all.
static size_t span_end(const memio_t *m, mo_int_t n) {
    if (m->pos >= m->len) {
        return m->pos;
    }
    if (n < 0) {
        return m->len;
    }
    if (!is_text(m)) {
        return (size_t)n < m->len - m->pos ? m->pos + (size_t)n : m->len;
    }
    const uint8_t *end = m->data + m->len;
    return (size_t)(mo_utf8_skip(m->data + m->pos, end, (size_t)n) - m->data);
}

static mo_obj_t take(memio_t *m, size_t end) {
    size_t start = m->pos < m->len ? m->pos : m->len;
    if (end < start) {
        end = start;
    }
    m->pos = end > m->pos ? end : m->pos;
    return new_value(m, m->data + start, end - start);
}

static mo_obj_t memio_read(size_t n_args, const mo_obj_t *args) {
    memio_t *m = get_open(args[0]);
    mo_int_t n = n_args > 1 ? mo_io_size_arg(args[1]) : -1;
    return take(m, span_end(m, n));
}
static MO_DEFINE_FUN_VAR(memio_read_obj, 1, 2, memio_read);

static mo_obj_t memio_readline(size_t n_args, const mo_obj_t *args) {
    memio_t *m = get_open(args[0]);
    mo_int_t n = n_args > 1 ? mo_io_size_arg(args[1]) : -1;
    size_t limit = span_end(m, n), end = m->pos;
    while (end < limit && m->data[end++] != '\n') {
    }
    return take(m, end);
}
static MO_DEFINE_FUN_VAR(memio_readline_obj, 1, 2, memio_readline);

static mo_obj_t memio_readlines(mo_obj_t self) {
    get_open(self);
    mo_obj_t list = mo_obj_new_list(0, NULL), line;
    while ((line = mo_io_iternext(self)) != MO_OBJ_STOP_ITERATION) {
        mo_list_append(list, line);
    }
    return list;
}
static MO_DEFINE_FUN_1(memio_readlines_obj, memio_readlines);

static mo_obj_t memio_getvalue(mo_obj_t self) {
    memio_t *m = get_open(self);
    return new_value(m, m->data, m->len);
}
static MO_DEFINE_FUN_1(memio_getvalue_obj, memio_getvalue);

// ---- writing ----------------------------------------------------------------------------

static mo_obj_t memio_write(mo_obj_t self, mo_obj_t arg) {
    memio_t *m = get_open(self);
    size_t n;
    if (is_text(m)) {
        if (!mo_obj_is_str(arg)) {
            mo_raise_fmt(&mo_type_TypeError, "string argument expected, got '%s'",
                         mo_obj_type_name(arg));
        }
        const char *s = mo_obj_str_get_data(arg, &n);
        put_bytes(m, (const uint8_t *)s, n);
        return mo_obj_new_int((mo_int_t)mo_utf8_char_count((const uint8_t *)s, n));
    }
    const uint8_t *s = mo_bytes_like_get(arg, &n);
    put_bytes(m, s, n);
    return mo_obj_new_int((mo_int_t)n);
}
static MO_DEFINE_FUN_2(memio_write_obj, memio_write);

static mo_obj_t memio_writelines(mo_obj_t self, mo_obj_t lines) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(lines, &buf), line;
    while ((line = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        memio_write(self, line);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(memio_writelines_obj, memio_writelines);

// ---- positioning ------------------------------------------------------------------------

// StringIO positions count code points; bytes past the end count one each.
static size_t pos_to_index(const memio_t *m, size_t pos) {
    if (!is_text(m)) {
        return pos;
    }
    size_t in = pos < m->len ? pos : m->len;
    return mo_utf8_char_count(m->data, in) + (pos - in);
}

static size_t index_to_pos(const memio_t *m, size_t index) {
    if (!is_text(m)) {
        return index;
    }
    size_t count = mo_utf8_char_count(m->data, m->len);
    if (index >= count) {
        return m->len + (index - count);
    }
    return (size_t)(mo_utf8_skip(m->data, m->data + m->len, index) - m->data);
}

static mo_obj_t memio_tell(mo_obj_t self) {
    memio_t *m = get_open(self);
    return mo_obj_new_int((mo_int_t)pos_to_index(m, m->pos));
}
static MO_DEFINE_FUN_1(memio_tell_obj, memio_tell);

static mo_obj_t memio_seek(size_t n_args, const mo_obj_t *args) {
    memio_t *m = get_open(args[0]);
    mo_int_t off = mo_obj_get_int(args[1]);
    mo_int_t whence = n_args > 2 ? mo_obj_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        mo_raise_fmt(&mo_type_ValueError, "%cnvalid whence (%d, should be 0, 1 or 2)",
                     is_text(m) ? 'I' : 'i', (int)whence);
    }
    if (whence == 0 && off < 0) {
        mo_raise_fmt(&mo_type_ValueError, is_text(m) ? "Negative seek position %d"
                                                     : "negative seek value %d", (int)off);
    }
    if (is_text(m) && whence != 0 && off != 0) {
        mo_raise_msg(&mo_type_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                   : "Can't do nonzero end-relative seeks");
    }
    mo_int_t base = whence == 0 ? 0 : (mo_int_t)pos_to_index(m, whence == 1 ? m->pos : m->len);
    mo_int_t target = base + off < 0 ? 0 : base + off;
    m->pos = index_to_pos(m, (size_t)target);
    return mo_obj_new_int(target);
}
static MO_DEFINE_FUN_VAR(memio_seek_obj, 2, 3, memio_seek);

static mo_obj_t memio_truncate(size_t n_args, const mo_obj_t *args) {
    memio_t *m = get_open(args[0]);
    mo_obj_t size_arg = n_args > 1 ? args[1] : mo_const_none;
    size_t size;
    if (size_arg == mo_const_none) {
        size = pos_to_index(m, m->pos);
    } else {
        mo_int_t s = mo_obj_get_int(size_arg);
        if (s < 0) {
            mo_raise_fmt(&mo_type_ValueError, "%cegative size value %d", is_text(m) ? 'N' : 'n',
                         (int)s);
        }
        size = (size_t)s;
    }
    size_t cut = index_to_pos(m, size);
    if (cut < m->len) {
        // A StringIO position past the new end keeps its code point index.
        size_t index = pos_to_index(m, m->pos);
        m->len = cut;
        m->pos = index_to_pos(m, index);
    }
    return mo_obj_new_int((mo_int_t)size);
}
static MO_DEFINE_FUN_VAR(memio_truncate_obj, 1, 2, memio_truncate);

// ---- state and protocol -----------------------------------------------------------------

static mo_obj_t memio_close(mo_obj_t self) {
    ((memio_t *)MO_PTR(self))->closed = true;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(memio_close_obj, memio_close);

static mo_obj_t memio_true(mo_obj_t self) {
    get_open(self);
    return mo_const_true;
}
static MO_DEFINE_FUN_1(memio_true_obj, memio_true);

static mo_obj_t memio_flush(mo_obj_t self) {
    get_open(self);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(memio_flush_obj, memio_flush);

static void memio_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] == MO_OBJ_NULL && attr == MO_QSTR_closed) {
        dest[0] = mo_bool(((memio_t *)MO_PTR(self))->closed);
    }
}

static mo_obj_t memio_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    get_open(self);
    return self;
}

static mo_obj_t memio_iternext(mo_obj_t self) {
    get_open(self);
    return mo_io_iternext(self);
}

static void memio_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "<%q object at %p>", (qstr)mo_obj_type(self)->name, MO_PTR(self));
}

static const mo_map_elem_t memio_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_read), MO_ROM_PTR(&memio_read_obj)},
    {MO_ROM_QSTR(MO_QSTR_readline), MO_ROM_PTR(&memio_readline_obj)},
    {MO_ROM_QSTR(MO_QSTR_readlines), MO_ROM_PTR(&memio_readlines_obj)},
    {MO_ROM_QSTR(MO_QSTR_getvalue), MO_ROM_PTR(&memio_getvalue_obj)},
    {MO_ROM_QSTR(MO_QSTR_write), MO_ROM_PTR(&memio_write_obj)},
    {MO_ROM_QSTR(MO_QSTR_writelines), MO_ROM_PTR(&memio_writelines_obj)},
    {MO_ROM_QSTR(MO_QSTR_tell), MO_ROM_PTR(&memio_tell_obj)},
    {MO_ROM_QSTR(MO_QSTR_seek), MO_ROM_PTR(&memio_seek_obj)},
    {MO_ROM_QSTR(MO_QSTR_truncate), MO_ROM_PTR(&memio_truncate_obj)},
    {MO_ROM_QSTR(MO_QSTR_flush), MO_ROM_PTR(&memio_flush_obj)},
    {MO_ROM_QSTR(MO_QSTR_close), MO_ROM_PTR(&memio_close_obj)},
    {MO_ROM_QSTR(MO_QSTR_readable), MO_ROM_PTR(&memio_true_obj)},
    {MO_ROM_QSTR(MO_QSTR_writable), MO_ROM_PTR(&memio_true_obj)},
    {MO_ROM_QSTR(MO_QSTR_seekable), MO_ROM_PTR(&memio_true_obj)},
    {MO_ROM_QSTR(MO_QSTR___enter__), MO_ROM_PTR(&mo_io_enter_obj)},
    {MO_ROM_QSTR(MO_QSTR___exit__), MO_ROM_PTR(&mo_io_exit_obj)},
};
static MO_DEFINE_CONST_DICT(memio_locals_dict, memio_locals_table);

#define MEMIO_TYPE(type_name, name_qstr) \
    const mo_type_t type_name = { \
        .base = {&mo_type_type}, \
        .name = name_qstr, \
        .print = memio_print, \
        .make_new = memio_make_new, \
        .attr = memio_attr, \
        .getiter = memio_getiter, \
        .iternext = memio_iternext, \
        .locals_dict = &memio_locals_dict, \
    }

MEMIO_TYPE(mo_type_io_StringIO, MO_QSTR__io_dot_StringIO);
MEMIO_TYPE(mo_type_io_BytesIO, MO_QSTR__io_dot_BytesIO);
