// A bump allocator for the compiler's temporary data (tokens, tree, scopes). Its
// chunks come from the GC heap, so an error raised mid-compile leaks nothing:
// unreachable chunks are collected.
#ifndef MOTE_ARENA_H
#define MOTE_ARENA_H

#include <stddef.h>

typedef struct mo_arena {
    struct mo_arena_chunk *chunks;
    char *free;
    size_t left;
} mo_arena_t;

void mo_arena_init(mo_arena_t *arena);
void *mo_arena_alloc(mo_arena_t *arena, size_t n);   // zeroed; MemoryError if full
char *mo_arena_strdup(mo_arena_t *arena, const char *s, size_t len);
void mo_arena_free_all(mo_arena_t *arena);

#endif
