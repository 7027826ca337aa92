// memoryview: a window on another object's bytes (bytes, bytearray, array...),
// sliced without copying. Items are single bytes (format 'B'). The exporter's
// buffer is fetched again at every access, so a view of a bytearray that has grown
// (and moved) still reads the right memory; positions beyond a shrunken buffer
// raise IndexError instead of reading freed memory.
#include <string.h>

#include "runtime/objslice.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"

static mo_memoryview_t *get_mv(mo_obj_t self) {
    mo_memoryview_t *mv = MO_PTR(self);
    if (mv->released) {
        mo_raise_msg(&mo_type_ValueError, "operation forbidden on released memoryview object");
    }
    return mv;
}

// The exporter's current buffer.
static uint8_t *base_buffer(mo_memoryview_t *mv, size_t *cap) {
    const mo_type_t *t = mo_obj_type(mv->obj);
    mo_buffer_info_t info;
    if (t->get_buffer == NULL || t->get_buffer(mv->obj, &info, MO_BUFFER_READ) != 0) {
        mo_raise_msg(&mo_type_TypeError, "memoryview: underlying object has no buffer");
    }
    *cap = info.len;
    return info.buf;
}

// The address of item i, checked against the exporter's current size.
static uint8_t *item_ptr(mo_memoryview_t *mv, size_t i) {
    size_t cap;
    uint8_t *base = base_buffer(mv, &cap);
    mo_int_t off = mv->start + (mo_int_t)i * mv->step;
    if (off < 0 || (size_t)off >= cap) {
        mo_raise_msg(&mo_type_IndexError, "index out of range");
    }
    return base + off;
}

// Copies the viewed bytes out (contiguous or strided).
static void copy_out(mo_memoryview_t *mv, uint8_t *dst) {
    for (size_t i = 0; i < mv->len; i++) {
        dst[i] = *item_ptr(mv, i);
    }
}

static mo_obj_t new_view(mo_obj_t obj, mo_int_t start, mo_int_t step, size_t len, bool readonly) {
    mo_memoryview_t *mv = mo_new_obj(mo_memoryview_t);
    mv->base.type = &mo_type_memoryview;
    mv->obj = obj;
    mv->start = start;
    mv->step = step;
    mv->len = len;
    mv->readonly = readonly;
    return MO_OBJ(mv);
}

static mo_obj_t memoryview_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                    const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 1, 1, false);
    mo_obj_t obj = args[0];
    if (mo_obj_is_type(obj, &mo_type_memoryview)) {
        mo_memoryview_t *src = get_mv(obj);
        return new_view(src->obj, src->start, src->step, src->len, src->readonly);
    }
    const mo_type_t *t = mo_obj_type(obj);
    mo_buffer_info_t info;
    if (mo_is_qstr(obj) || t->get_buffer == NULL || t->get_buffer(obj, &info, MO_BUFFER_READ) != 0) {
        mo_raise_fmt(&mo_type_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    }
    mo_buffer_info_t winfo;
    bool readonly = t->get_buffer(obj, &winfo, MO_BUFFER_WRITE) != 0;
    return new_view(obj, 0, 1, info.len, readonly);
}

static void memoryview_print(const mo_print_t *p, mo_obj_t self, int kind) {
    mo_memoryview_t *mv = MO_PTR(self);
    mo_printf(p, mv->released ? "<released memory at %p>" : "<memory at %p>", MO_PTR(self));
}

static mo_obj_t memoryview_unary_op(int op, mo_obj_t self) {
    switch (op) {
        case MO_UNARY_OP_LEN:
            return mo_obj_new_int((mo_int_t)get_mv(self)->len);
        case MO_UNARY_OP_BOOL:
            return mo_bool(get_mv(self)->len != 0);
        default:
            return MO_OBJ_NULL;
    }
}

static mo_obj_t memoryview_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op != MO_BINARY_OP_EQUAL && op != MO_BINARY_OP_NOT_EQUAL) {
        return MO_OBJ_NULL;
    }
    mo_memoryview_t *mv = get_mv(lhs);
    uint8_t *mine = mo_alloc(mv->len + 1);
    copy_out(mv, mine);
    const uint8_t *other;
    size_t olen;
    mo_obj_t r;
    if (mo_obj_is_type(rhs, &mo_type_memoryview)) {
        mo_memoryview_t *ov = get_mv(rhs);
        uint8_t *tmp = mo_alloc(ov->len + 1);
        copy_out(ov, tmp);
        r = mo_bytes_compare_op(op, mine, mv->len, tmp, ov->len);
    } else if (mo_bytes_like_data(rhs, &other, &olen)) {
        r = mo_bytes_compare_op(op, mine, mv->len, other, olen);
    } else {
        r = MO_OBJ_NULL;
    }
    mo_free(mine);
    return r;
}

static mo_obj_t memoryview_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_memoryview_t *mv = get_mv(self);
    if (value == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "cannot delete memory");
    }
    if (value != MO_OBJ_SENTINEL && mv->readonly) {
        mo_raise_msg(&mo_type_TypeError, "cannot modify read-only memory");
    }
    if (mo_obj_is_type(index, &mo_type_slice)) {
        mo_int_t start, stop, step;
        mo_slice_indices(index, mv->len, &start, &stop, &step);
        size_t n = mo_slice_len(start, stop, step);
        mo_int_t new_start = n > 0 ? mv->start + start * mv->step : mv->start;
        // With two or more items the product stays inside the buffer's size; with
        // fewer the step is never used, and multiplying huge steps could overflow.
        mo_int_t new_step = n > 1 ? step * mv->step : 1;
        if (value == MO_OBJ_SENTINEL) {
            return new_view(mv->obj, new_start, new_step, n, mv->readonly);
        }
        const uint8_t *d;
        size_t len;
        if (!mo_bytes_like_data(value, &d, &len)) {
            mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%T'", value);
        }
        if (len != n) {
            mo_raise_msg(&mo_type_ValueError,
                         "memoryview assignment: lvalue and rvalue have different structures");
        }
        // The source may overlap the destination: copy it first.
        uint8_t *tmp = mo_alloc(n + 1);
        memcpy(tmp, d, n);
        mo_memoryview_t target = *mv;
        target.start = new_start;
        target.step = new_step;
        target.len = n;
        for (size_t i = 0; i < n; i++) {
            *item_ptr(&target, i) = tmp[i];
        }
        mo_free(tmp);
        return mo_const_none;
    }
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_msg(&mo_type_TypeError, "memoryview: invalid slice key");
    }
    if (i < 0) {
        i += (mo_int_t)mv->len;
    }
    if (i < 0 || (size_t)i >= mv->len) {
        mo_raise_msg(&mo_type_IndexError, "index out of bounds on dimension 1");
    }
    if (value == MO_OBJ_SENTINEL) {
        return mo_small_int(*item_ptr(mv, (size_t)i));
    }
    mo_int_t b;
    if (!mo_obj_get_int_maybe(value, &b)) {
        mo_raise_msg(&mo_type_TypeError, "memoryview: invalid type for format 'B'");
    }
    if (b < 0 || b > 255) {
        mo_raise_msg(&mo_type_ValueError, "memoryview: invalid value for format 'B'");
    }
    *item_ptr(mv, (size_t)i) = (uint8_t)b;
    return mo_const_none;
}

// A contiguous view exports its window directly; a strided one has no flat buffer.
static int memoryview_get_buffer(mo_obj_t self, mo_buffer_info_t *info, int flags) {
    mo_memoryview_t *mv = MO_PTR(self);
    if (mv->released || (mv->step != 1 && mv->len > 1) || ((flags & MO_BUFFER_WRITE) && mv->readonly)) {
        return 1;
    }
    if (mv->len == 0) {
        info->buf = (void *)"";
        info->len = 0;
        info->typecode = 'B';
        return 0;
    }
    info->buf = item_ptr(mv, 0);
    item_ptr(mv, mv->len - 1);  // checks the end is still inside the exporter
    info->len = mv->len;
    info->typecode = 'B';
    return 0;
}

// ---- methods ------------------------------------------------------------------------------

static mo_obj_t memoryview_tobytes(mo_obj_t self) {
    mo_memoryview_t *mv = get_mv(self);
    uint8_t *buf = mo_alloc(mv->len + 1);
    copy_out(mv, buf);
    return mo_str_new_taking(&mo_type_bytes, buf, mv->len);
}
static MO_DEFINE_FUN_1(memoryview_tobytes_obj, memoryview_tobytes);

static mo_obj_t memoryview_tolist(mo_obj_t self) {
    mo_memoryview_t *mv = get_mv(self);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    for (size_t i = 0; i < mv->len; i++) {
        mo_list_append(list, mo_small_int(*item_ptr(mv, i)));
    }
    return list;
}
static MO_DEFINE_FUN_1(memoryview_tolist_obj, memoryview_tolist);

static mo_obj_t memoryview_hex(size_t n_args, const mo_obj_t *args) {
    mo_memoryview_t *mv = get_mv(args[0]);
    uint8_t *buf = mo_alloc(mv->len + 1);
    copy_out(mv, buf);
    mo_obj_t r = mo_bytes_hex(buf, mv->len, n_args - 1, args + 1);
    mo_free(buf);
    return r;
}
static MO_DEFINE_FUN_VAR(memoryview_hex_obj, 1, 3, memoryview_hex);

static mo_obj_t memoryview_release(mo_obj_t self) {
    ((mo_memoryview_t *)MO_PTR(self))->released = true;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(memoryview_release_obj, memoryview_release);

static mo_obj_t memoryview_enter(mo_obj_t self) {
    get_mv(self);
    return self;
}
static MO_DEFINE_FUN_1(memoryview_enter_obj, memoryview_enter);

static mo_obj_t memoryview_exit(size_t n_args, const mo_obj_t *args) {
    return memoryview_release(args[0]);
}
static MO_DEFINE_FUN_VAR(memoryview_exit_obj, 1, 4, memoryview_exit);

// Data attributes first, then the methods of the locals dict.
static void memoryview_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // store and delete: attributes are read-only
    }
    mo_memoryview_t *mv = MO_PTR(self);
    switch (attr) {
        case MO_QSTR_readonly:
            dest[0] = mo_bool(get_mv(self)->readonly);
            return;
        case MO_QSTR_nbytes:
            dest[0] = mo_obj_new_int((mo_int_t)get_mv(self)->len);
            return;
        case MO_QSTR_obj:
            dest[0] = get_mv(self)->obj;
            return;
        case MO_QSTR_format:
            get_mv(self);
            dest[0] = mo_qstr_obj(MO_QSTR_B);
            return;
        case MO_QSTR_itemsize:
        case MO_QSTR_ndim:
            get_mv(self);
            dest[0] = mo_small_int(1);
            return;
        case MO_QSTR_shape: {
            mo_obj_t n = mo_obj_new_int((mo_int_t)get_mv(self)->len);
            dest[0] = mo_obj_new_tuple(1, &n);
            return;
        }
        case MO_QSTR_released:
            dest[0] = mo_bool(mv->released);
            return;
        default:
            mo_generic_attr_load(self, attr, dest);
            return;
    }
}

static const mo_map_elem_t memoryview_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___enter__), MO_ROM_PTR(&memoryview_enter_obj)},
    {MO_ROM_QSTR(MO_QSTR___exit__), MO_ROM_PTR(&memoryview_exit_obj)},
    {MO_ROM_QSTR(MO_QSTR_hex), MO_ROM_PTR(&memoryview_hex_obj)},
    {MO_ROM_QSTR(MO_QSTR_release), MO_ROM_PTR(&memoryview_release_obj)},
    {MO_ROM_QSTR(MO_QSTR_tobytes), MO_ROM_PTR(&memoryview_tobytes_obj)},
    {MO_ROM_QSTR(MO_QSTR_tolist), MO_ROM_PTR(&memoryview_tolist_obj)},
};
static MO_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_table);

const mo_type_t mo_type_memoryview = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_memoryview,
    .print = memoryview_print,
    .make_new = memoryview_make_new,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .get_buffer = memoryview_get_buffer,
    .locals_dict = &memoryview_locals_dict,
};
