// Slice objects and the index arithmetic every sequence type shares (objslice.c).
#ifndef MOTE_OBJSLICE_H
#define MOTE_OBJSLICE_H

#include "runtime/obj.h"

typedef struct mo_slice {
    mo_base_t base;
    mo_obj_t start, stop, step;   // any objects; None when omitted
} mo_slice_t;

// CPython's normalised indices of `slice` applied to a sequence of length len
// (slice.indices(len)): start and stop are clamped into range, step is never 0
// (ValueError "slice step cannot be zero"). Returns true when step is 1.
bool mo_slice_indices(mo_obj_t slice, size_t len, mo_int_t *start, mo_int_t *stop,
                      mo_int_t *step);
// How many items the normalised (start, stop, step) selects.
size_t mo_slice_len(mo_int_t start, mo_int_t stop, mo_int_t step);
// Normalises a possibly negative int index into [0, len). With is_slice, clamps
// into [0, len] instead of raising. Raises IndexError "X index out of range" and
// TypeError "X indices must be integers or slices, not T" as CPython, X naming type.
size_t mo_get_index(const mo_type_t *type, size_t len, mo_obj_t index, bool is_slice);
// The value of an index-like object (int, bool, or anything with __index__),
// clamped into [-MO_INT_MAX, MO_INT_MAX]; false if the object isn't index-like.
bool mo_obj_get_index_clamped(mo_obj_t o, mo_int_t *v);

#endif
