// os.path: CPython's posixpath string helpers (join, split, basename, dirname,
// splitext) on str paths, and exists/isdir/isfile through the platform's
// mo_file_kind, so no POSIX call is needed here. Reached as the attribute os.path.
#include <string.h>

#include "runtime/fileio.h"
#include "runtime/runtime.h"
#include "stdlib/os.h"

// A str argument's bytes; '/' and '.' are ASCII, so byte offsets are safe in UTF-8.
static const char *str_arg(mo_obj_t o, size_t *len) {
    if (!mo_obj_is_str(o)) {
        mo_raise_fmt(&mo_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                     mo_obj_type_name(o));
    }
    return mo_obj_str_get_data(o, len);
}

// The index just past the last '/', or 0.
static size_t tail_start(const char *s, size_t len) {
    size_t i = len;
    while (i > 0 && s[i - 1] != '/') {
        i--;
    }
    return i;
}

// The head of split(): trailing slashes dropped unless the head is all slashes.
static size_t head_len(const char *s, size_t i) {
    size_t h = i;
    while (h > 0 && s[h - 1] == '/') {
        h--;
    }
    return h == 0 ? i : h;
}

static mo_obj_t path_join(size_t n_args, const mo_obj_t *args) {
    mo_vstr_t v;
    mo_vstr_init(&v, 32);
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0 && !mo_obj_is_str(args[i])) {
            mo_raise_fmt(&mo_type_TypeError,
                         "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                         mo_obj_type_name(args[i]));
        }
        size_t len;
        const char *s = str_arg(args[i], &len);
        if (len > 0 && s[0] == '/') {
            mo_vstr_reset(&v);
        } else if (v.len > 0 && v.buf[v.len - 1] != '/') {
            mo_vstr_add_byte(&v, '/');
        }
        mo_vstr_add_strn(&v, s, len);
    }
    return mo_obj_new_str(v.buf, v.len);
}
static MO_DEFINE_FUN_VAR(path_join_obj, 1, 0xffff, path_join);

static mo_obj_t path_split(mo_obj_t p) {
    size_t len;
    const char *s = str_arg(p, &len);
    size_t i = tail_start(s, len);
    mo_obj_t t[2] = {mo_obj_new_str(s, head_len(s, i)), mo_obj_new_str(s + i, len - i)};
    return mo_obj_new_tuple(2, t);
}
static MO_DEFINE_FUN_1(path_split_obj, path_split);

static mo_obj_t path_basename(mo_obj_t p) {
    size_t len;
    const char *s = str_arg(p, &len);
    size_t i = tail_start(s, len);
    return mo_obj_new_str(s + i, len - i);
}
static MO_DEFINE_FUN_1(path_basename_obj, path_basename);

static mo_obj_t path_dirname(mo_obj_t p) {
    size_t len;
    const char *s = str_arg(p, &len);
    return mo_obj_new_str(s, head_len(s, tail_start(s, len)));
}
static MO_DEFINE_FUN_1(path_dirname_obj, path_dirname);

// The extension starts at the last '.' of the last component, unless that component
// has only dots before it (".bashrc" has no extension).
static mo_obj_t path_splitext(mo_obj_t p) {
    size_t len;
    const char *s = str_arg(p, &len);
    size_t start = tail_start(s, len), dot = len;
    for (size_t i = len; i > start; i--) {
        if (s[i - 1] == '.') {
            dot = i - 1;
            break;
        }
    }
    size_t k = start;
    while (k < dot && s[k] == '.') {
        k++;
    }
    if (dot == len || k == dot) {
        dot = len;
    }
    mo_obj_t t[2] = {mo_obj_new_str(s, dot), mo_obj_new_str(s + dot, len - dot)};
    return mo_obj_new_tuple(2, t);
}
static MO_DEFINE_FUN_1(path_splitext_obj, path_splitext);

// What is at p; CPython's stat() wording for a wrong type.
static int kind_of(mo_obj_t p) {
    if (!mo_obj_is_str(p)) {
        mo_raise_fmt(&mo_type_TypeError,
                     "stat: path should be string, bytes, os.PathLike or integer, not %s",
                     mo_obj_type_name(p));
    }
    size_t len;
    const char *s = mo_obj_str_get_data(p, &len);
    if (strlen(s) != len) {
        return MO_FILE_NONE;  // CPython: a path with NUL "does not exist"
    }
    return mo_file_kind(s);
}

static mo_obj_t path_exists(mo_obj_t p) {
    return kind_of(p) != MO_FILE_NONE ? mo_const_true : mo_const_false;
}
static MO_DEFINE_FUN_1(path_exists_obj, path_exists);

static mo_obj_t path_isdir(mo_obj_t p) {
    return kind_of(p) == MO_FILE_DIR ? mo_const_true : mo_const_false;
}
static MO_DEFINE_FUN_1(path_isdir_obj, path_isdir);

static mo_obj_t path_isfile(mo_obj_t p) {
    return kind_of(p) == MO_FILE_REGULAR ? mo_const_true : mo_const_false;
}
static MO_DEFINE_FUN_1(path_isfile_obj, path_isfile);

#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&path_##name##_obj)}
static const mo_map_elem_t path_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_posixpath)},
    {MO_ROM_QSTR(MO_QSTR_sep), MO_ROM_QSTR(MO_QSTR__slash_)},
    FN(MO_QSTR_join, join), FN(MO_QSTR_split, split), FN(MO_QSTR_basename, basename),
    FN(MO_QSTR_dirname, dirname), FN(MO_QSTR_splitext, splitext), FN(MO_QSTR_exists, exists),
    FN(MO_QSTR_isdir, isdir), FN(MO_QSTR_isfile, isfile),
};
static MO_DEFINE_CONST_DICT(path_globals, path_globals_table);

const mo_module_t mo_module_os_path = {{&mo_type_module}, &path_globals};
