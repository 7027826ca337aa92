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
// A polymorph-layout iterator of its own type (list_iterator ...), so that type()
// names it as CPython does; type->iternext does the stepping.
mo_obj_t mo_obj_new_seq_iter(mo_obj_t seq, const mo_type_t *type, mo_iter_buf_t *iter_buf);
// The initializer of an iterator type (ours, or like those above) that has no
// constructor, cannot be subclassed and is stepped by next_fn.
#define MO_ITER_TYPE_INIT(qstr_name, next_fn) \
    { \
        .base = {&mo_type_type}, \
        .flags = MO_TYPE_FLAG_ITER_IS_GETITER | MO_TYPE_FLAG_NOT_SUBCLASSABLE, \
        .name = qstr_name, .getiter = mo_iter_self, .iternext = next_fn, \
        .locals_dict = &mo_iterator_locals_dict, \
    }
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
