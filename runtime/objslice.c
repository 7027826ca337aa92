// The slice type (slice(start, stop, step), what a[i:j:k] builds) and the index
// normalisation that list, tuple, str, bytes and range all share.
#include "runtime/objslice.h"

#include "runtime/runtime.h"

#define INDEX_MAX INTPTR_MAX

mo_obj_t mo_obj_new_slice(mo_obj_t start, mo_obj_t stop, mo_obj_t step) {
    mo_slice_t *s = mo_new_obj(mo_slice_t);
    s->base.type = &mo_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return MO_OBJ(s);
}

// ---- index arithmetic ---------------------------------------------------------------

bool mo_obj_get_index_clamped(mo_obj_t o, mo_int_t *v) {
    if (mo_is_small_int(o)) {
        *v = mo_small_int_value(o);
        return true;
    }
    if (o == mo_const_false || o == mo_const_true) {
        *v = o == mo_const_true;
        return true;
    }
    if (!mo_obj_is_type(o, &mo_type_int)) {
        // Anything else must offer __index__ (user classes do it through unary_op).
        const mo_type_t *type = mo_obj_type(o);
        if (type == &mo_type_float || type == &mo_type_str || type == &mo_type_NoneType) {
            return false;
        }
        mo_obj_t r = mo_unary_op(MO_UNARY_OP_INDEX, o);
        if (r == MO_OBJ_NULL || !mo_obj_is_int(r)) {
            return false;
        }
        o = r;
        if (mo_is_small_int(o)) {
            *v = mo_small_int_value(o);
            return true;
        }
    }
    if (mo_obj_get_int_maybe(o, v)) {
        return true;
    }
    // A big int: only its sign matters once clamped.
    bool neg = mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, o, mo_small_int(0)));
    *v = neg ? -INDEX_MAX : INDEX_MAX;
    return true;
}

// A slice field as CPython's _PyEval_SliceIndex: None gives the default.
static mo_int_t slice_field(mo_obj_t o, mo_int_t dflt) {
    if (o == mo_const_none) {
        return dflt;
    }
    mo_int_t v;
    if (!mo_obj_get_index_clamped(o, &v)) {
        mo_raise_msg(&mo_type_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
    }
    return v;
}

// Clamps one end into range as PySlice_AdjustIndices does.
static mo_int_t adjust_end(mo_int_t i, mo_int_t len, mo_int_t step) {
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = step < 0 ? -1 : 0;
        }
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

bool mo_slice_indices(mo_obj_t slice, size_t len, mo_int_t *start, mo_int_t *stop,
                      mo_int_t *step) {
    const mo_slice_t *s = MO_PTR(slice);
    mo_int_t st = slice_field(s->step, 1);
    if (st == 0) {
        mo_raise_msg(&mo_type_ValueError, "slice step cannot be zero");
    }
    mo_int_t a = slice_field(s->start, st < 0 ? INDEX_MAX : 0);
    mo_int_t b = slice_field(s->stop, st < 0 ? -INDEX_MAX - 1 : INDEX_MAX);
    mo_int_t n = len > (size_t)INDEX_MAX ? INDEX_MAX : (mo_int_t)len;
    *start = adjust_end(a, n, st);
    *stop = adjust_end(b, n, st);
    *step = st;
    return st == 1;
}

size_t mo_slice_len(mo_int_t start, mo_int_t stop, mo_int_t step) {
    if (step < 0) {
        if (stop < start) {
            return (size_t)((mo_uint_t)(start - stop - 1) / (mo_uint_t)-step) + 1;
        }
    } else if (start < stop) {
        return (size_t)((mo_uint_t)(stop - start - 1) / (mo_uint_t)step) + 1;
    }
    return 0;
}

// The sequence's name as CPython words its index errors.
static const char *index_noun(const mo_type_t *type) {
    if (type == &mo_type_str) {
        return "string";
    }
    if (type == &mo_type_range) {
        return "range object";
    }
    return mo_qstr_str(type->name);
}

size_t mo_get_index(const mo_type_t *type, size_t len, mo_obj_t index, bool is_slice) {
    mo_int_t i;
    bool is_big = mo_obj_is_type(index, &mo_type_int) && !mo_obj_get_int_maybe(index, &i);
    if (!mo_obj_get_index_clamped(index, &i)) {
        if (type == &mo_type_str) {
            mo_raise_fmt(&mo_type_TypeError, "string indices must be integers, not '%s'",
                         mo_obj_type_name(index));
        }
        mo_raise_fmt(&mo_type_TypeError, "%q indices must be integers or slices, not %s",
                     (qstr)type->name, mo_obj_type_name(index));
    }
    if (is_big && !is_slice && type != &mo_type_range) {
        mo_raise_msg(&mo_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) {
        // -i can't overflow: clamped values are >= -INDEX_MAX.
        if ((size_t)-i > len) {
            if (is_slice) {
                return 0;
            }
            goto out_of_range;
        }
        return len - (size_t)-i;
    }
    if ((size_t)i >= len) {
        if (is_slice) {
            return len;
        }
        goto out_of_range;
    }
    return (size_t)i;
out_of_range:
    mo_raise_fmt(&mo_type_IndexError, "%s index out of range", index_noun(type));
}

// ---- the slice type ----------------------------------------------------------------

static void slice_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const mo_slice_t *s = MO_PTR(self);
    mo_printf(print, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static mo_obj_t slice_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                               const mo_obj_t *args) {
    if (n_kw != 0) {
        mo_raise_msg(&mo_type_TypeError, "slice() takes no keyword arguments");
    }
    if (n_args == 0 || n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "slice expected at %s 1 argument%s, got %u",
                     n_args == 0 ? "least" : "most", n_args == 0 ? "" : "s", (unsigned)n_args);
    }
    if (n_args == 1) {
        return mo_obj_new_slice(mo_const_none, args[0], mo_const_none);
    }
    return mo_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mo_const_none);
}

static void slice_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only attributes: let the runtime report it
    }
    const mo_slice_t *s = MO_PTR(self);
    if (attr == MO_QSTR_start) {
        dest[0] = s->start;
    } else if (attr == MO_QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == MO_QSTR_step) {
        dest[0] = s->step;
    }
}

static mo_obj_t slice_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (!mo_obj_is_type(rhs, &mo_type_slice)) {
        return MO_OBJ_NULL;
    }
    if (op != MO_BINARY_OP_EQUAL && op != MO_BINARY_OP_NOT_EQUAL) {
        return MO_OBJ_NULL;
    }
    const mo_slice_t *a = MO_PTR(lhs), *b = MO_PTR(rhs);
    bool eq = mo_obj_equal(a->start, b->start) && mo_obj_equal(a->stop, b->stop) &&
              mo_obj_equal(a->step, b->step);
    return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
}

static mo_obj_t slice_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_HASH) {
        mo_raise_msg(&mo_type_TypeError, "unhashable type: 'slice'");
    }
    return MO_OBJ_NULL;
}

static mo_obj_t slice_indices(mo_obj_t self, mo_obj_t length) {
    mo_int_t len = mo_obj_get_int(length);
    if (len < 0) {
        mo_raise_msg(&mo_type_ValueError, "length should not be negative");
    }
    mo_int_t v[3];
    mo_slice_indices(self, (size_t)len, &v[0], &v[1], &v[2]);
    mo_obj_t items[3];
    for (int i = 0; i < 3; i++) {
        items[i] = mo_obj_new_int(v[i]);
    }
    return mo_obj_new_tuple(3, items);
}
static MO_DEFINE_FUN_2(slice_indices_obj, slice_indices);

static const mo_map_elem_t slice_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_indices), MO_ROM_PTR(&slice_indices_obj)},
};
static MO_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_table);

const mo_type_t mo_type_slice = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = &slice_locals_dict,
};
