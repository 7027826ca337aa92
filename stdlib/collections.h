// The types of the collections module, each in its own file, gathered into the
// module's globals by modcollections.c.
#ifndef MOTE_STDLIB_COLLECTIONS_H
#define MOTE_STDLIB_COLLECTIONS_H

#include "runtime/obj.h"

extern const mo_type_t mo_type_deque;        // collections_deque.c
extern const mo_type_t mo_type_OrderedDict;  // collections_dicts.c
extern const mo_type_t mo_type_defaultdict;  // collections_dicts.c
extern const mo_type_t mo_type_Counter;      // collections_counter.c
extern const mo_fun_builtin_t mo_collections_namedtuple_obj;  // collections_namedtuple.c

// Shared by the dict subclasses (collections_dicts.c); self may be a user subclass.
// A copy of the same type (and default_factory).
mo_obj_t mo_collections_dict_copy(mo_obj_t self);
// other as a plain dict (copied if it is a dict subclass), or NULL if not a dict.
mo_obj_t mo_collections_as_plain_dict(mo_obj_t other);
// dict's hooks, but unhashable under the subclass's name.
mo_obj_t mo_collections_dicts_unary_op(int op, mo_obj_t self);
mo_obj_t mo_collections_dicts_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf);

#endif
