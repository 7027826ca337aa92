// List helpers beyond runtime.h (objlist.c).
#ifndef MOTE_OBJLIST_H
#define MOTE_OBJLIST_H

#include "runtime/obj.h"

// Sorts list in place, stably, comparing with `<` only (as CPython). key may be
// NULL or None. Exceptions from comparisons or key propagate, leaving every item
// in the list. For sorted() and list.sort.
void mo_list_sort(mo_obj_t list, mo_obj_t key, bool reverse);
// Makes room for at least n items in total.
void mo_list_reserve(mo_obj_t list, size_t n);

#endif
