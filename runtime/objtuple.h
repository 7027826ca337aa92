// Sequence helpers shared by tuple and list (objtuple.c), and the repr guard that
// stops self-containing containers printing forever (objlist.c).
#ifndef MOTE_OBJTUPLE_H
#define MOTE_OBJTUPLE_H

#include "runtime/obj.h"

// Lexicographic comparison of two arrays (op: MO_BINARY_OP_LESS .. NOT_EQUAL).
bool mo_seq_compare(int op, const mo_obj_t *a, size_t na, const mo_obj_t *b, size_t nb);
// The repeat count for seq * n (an int-like n, see mo_seq_repeat_times_ok): n as a
// size, 0 if negative. Raises OverflowError/MemoryError if the result is too big.
size_t mo_seq_repeat_times(mo_obj_t n, size_t len);
// Whether n can be a repeat count (int-like). Non-ints of built-in types raise
// "can't multiply sequence by non-int of type 'T'"; user objects return false so
// their reflected method gets its turn.
bool mo_seq_repeat_times_ok(mo_obj_t n);
// list.index / tuple.index: args = (self, x[, start[, stop]]).
size_t mo_seq_index(const mo_type_t *type, const mo_obj_t *items, size_t len, size_t n_args,
                    const mo_obj_t *args);
size_t mo_seq_count(const mo_obj_t *items, size_t len, mo_obj_t x);
// Repeats items (len of them) n times into dest.
void mo_seq_repeat(mo_obj_t *dest, const mo_obj_t *items, size_t len, size_t n);
// Copies the n items start, start+step, ... of items (a slice) into dest.
void mo_seq_slice_copy(mo_obj_t *dest, const mo_obj_t *items, mo_int_t start, mo_int_t step,
                       size_t n);
// Gets a tuple's or list's items (len and pointer); false for other types.
bool mo_obj_get_array_maybe(mo_obj_t o, size_t *len, mo_obj_t **items);

// Prints self through body unless self is already being printed further up the
// C stack, in which case it prints `cycle` (e.g. "[...]") instead. Exceptions from
// body propagate with the guard unwound.
typedef void (*mo_guarded_print_fn)(const mo_print_t *print, mo_obj_t self);
void mo_print_guarded(const mo_print_t *print, mo_obj_t self, const char *cycle,
                      mo_guarded_print_fn body);

#endif
