// Iterator support shared by the container types (objiter.c).
#ifndef MOTE_OBJITER_H
#define MOTE_OBJITER_H

#include "runtime/obj.h"

// An iterator of type mo_type_polymorph_iter carries its own next function, so one
// type serves many small iterators (over list, tuple, __getitem__ sequences ...).
// It fits in a mo_iter_buf_t.
typedef struct mo_polymorph_iter {
    mo_base_t base;            // &mo_type_polymorph_iter
    mo_iternext_fn iternext;   // called with the iterator itself
    mo_obj_t seq;
    size_t pos;
} mo_polymorph_iter_t;

// Memory for an iterator of `size` bytes: iter_buf when given and big enough,
// else a fresh heap allocation.
void *mo_iter_alloc(mo_iter_buf_t *iter_buf, size_t size);
// A polymorph iterator over seq starting at position 0.
mo_obj_t mo_obj_new_polymorph_iter(mo_obj_t seq, mo_iternext_fn iternext,
                                   mo_iter_buf_t *iter_buf);
// iter(callable, sentinel).
mo_obj_t mo_obj_new_callable_iter(mo_obj_t fun, mo_obj_t sentinel);

// __iter__ and __next__, the methods every iterator type offers (objiter.c).
extern struct mo_dict mo_iterator_locals_dict;
// getiter hook of an iterator: itself.
mo_obj_t mo_iter_self(mo_obj_t self, mo_iter_buf_t *iter_buf);

// reversed() for the types whose internals it needs.
mo_obj_t mo_range_reversed(mo_obj_t range);   // objrange.c
mo_obj_t mo_dict_reversed(mo_obj_t obj);      // objdict.c: dict or view, else NULL

#endif
