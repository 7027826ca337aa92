// See arena.h.
#include "compiler/arena.h"

#include <string.h>

#include "runtime/gc.h"

typedef struct mo_arena_chunk {
    struct mo_arena_chunk *next;
    size_t size;
} mo_arena_chunk_t;

#define ARENA_CHUNK_BYTES 2048
#define ARENA_ALIGN (sizeof(void *) > sizeof(double) ? sizeof(void *) : sizeof(double))

void mo_arena_init(mo_arena_t *arena) {
    arena->chunks = NULL;
    arena->free = NULL;
    arena->left = 0;
}

void *mo_arena_alloc(mo_arena_t *arena, size_t n) {
    n = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    if (n > arena->left) {
        // Big requests get a chunk of their own; the current chunk stays in use.
        size_t body = n > ARENA_CHUNK_BYTES / 2 ? n : ARENA_CHUNK_BYTES;
        size_t head = (sizeof(mo_arena_chunk_t) + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
        mo_arena_chunk_t *c = mo_alloc(head + body);
        c->size = head + body;
        c->next = arena->chunks;
        arena->chunks = c;
        if (body == n) {
            return (char *)c + head;
        }
        arena->free = (char *)c + head;
        arena->left = body;
    }
    void *p = arena->free;
    arena->free += n;
    arena->left -= n;
    return p;
}

char *mo_arena_strdup(mo_arena_t *arena, const char *s, size_t len) {
    char *d = mo_arena_alloc(arena, len + 1);
    memcpy(d, s, len);
    d[len] = 0;
    return d;
}

void mo_arena_free_all(mo_arena_t *arena) {
    mo_arena_chunk_t *c = arena->chunks;
    while (c != NULL) {
        mo_arena_chunk_t *next = c->next;
        mo_free(c);
        c = next;
    }
    mo_arena_init(arena);
}
