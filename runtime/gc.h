// The garbage collector: mark-sweep over one fixed heap given at start-up.
//
// The heap is cut into 16-byte blocks; two bits per block in an allocation table
// say free / head of an allocation / tail / marked. Marking is conservative: any
// word on the C stack, in registers, in the registered roots or inside a live
// allocation that points into the heap keeps its allocation alive. So C code
// needs no handles: a pointer held in a local is enough.
#ifndef MOTE_GC_H
#define MOTE_GC_H

#include <stdbool.h>
#include <stddef.h>

#define MO_GC_BLOCK_BYTES 16

// ASan builds: the compiler poisons the parts of tree nodes their kind doesn't use
// (compiler/parse.c), and the collector unpoisons memory as it hands it out again.
#if defined(__SANITIZE_ADDRESS__)
#define MO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MO_ASAN 1
#endif
#endif
#ifndef MO_ASAN
#define MO_ASAN 0
#endif
#if MO_ASAN
#include <sanitizer/asan_interface.h>
#endif

void mo_gc_init(void *start, void *end);
// Where the C stack begins (its highest address on a downward stack); the
// collector scans from the current stack pointer up to here.
void mo_gc_set_stack_top(void *top);
// Zeroed memory, or NULL when even a collection can't make room.
void *mo_gc_alloc(size_t n_bytes);
void *mo_gc_realloc(void *ptr, size_t n_bytes); // NULL on failure; ptr stays valid
void mo_gc_free(void *ptr);
size_t mo_gc_nbytes(const void *ptr);           // size of the allocation holding ptr
void mo_gc_collect(void);
// Collect whenever n_bytes have been allocated since the last collection (gc.threshold;
// 0: before every allocation, a stress test); SIZE_MAX restores the automatic policy
// (gc.c).
void mo_gc_set_threshold(size_t n_bytes);
size_t mo_gc_threshold(void);                   // SIZE_MAX: automatic
void mo_gc_lock(void);                          // no allocation while locked (ISRs)
void mo_gc_unlock(void);
bool mo_gc_is_locked(void);

typedef struct mo_gc_info {
    size_t total, used, free;
    size_t max_free_run;   // largest allocation that would succeed, in bytes
    size_t n_collections;
} mo_gc_info_t;
void mo_gc_info(mo_gc_info_t *info);
// Walks the heap and checks the allocation table for consistency: true if sound.
bool mo_gc_check(void);

// Extra roots: a range of words scanned at every collection.
void mo_gc_add_root(void **start, size_t n_words);

// Zeroes the unused C stack below the caller's frame, down to `low` (a stack address
// reached earlier, such as mo_state.stack_low) plus a margin for the leaf calls below
// it, never past the stack limit. Deep C work (the compiler, the frames a MemoryError
// unwinds) leaves heap pointers in the stack it used; frames made later over that
// memory are scanned whole, slots they never write included, and such a stale word
// pins whatever the heap puts at its address next, for as long as that frame lives.
void mo_gc_clear_stack(const void *low);

// Allocation that raises MemoryError instead of returning NULL.
void *mo_alloc(size_t n_bytes);
void *mo_realloc(void *ptr, size_t n_bytes);
void mo_free(void *ptr);
#define mo_new(type, n) ((type *)mo_alloc(sizeof(type) * (n)))
#define mo_new_obj(type) ((type *)mo_alloc(sizeof(type)))
#define mo_new_obj_var(type, item_type, n) \
    ((type *)mo_alloc(sizeof(type) + sizeof(item_type) * (n)))
#define mo_renew(type, ptr, n) ((type *)mo_realloc((ptr), sizeof(type) * (n)))

#endif
