// The garbage collector (gc.h): blocks, an allocation table, conservative marking.
//
// Layout of the heap region: [allocation table | padding | pool of blocks].
// The table has 2 bits per block:
//   FREE  no allocation
//   HEAD  first block of an allocation
//   TAIL  a following block of the same allocation
//   MARK  a HEAD found reachable during marking (turned back to HEAD by the sweep)
// Marking uses a small fixed stack; when it overflows we remember that and, after
// the roots are done, rescan the heap for marked blocks to finish the job. That
// keeps the collector's own memory use constant, which matters on a 16 KiB device.
//
// Allocations sit in two regions, small ones growing up from the bottom and large
// ones down from the top; the collector sweeps only those, so a big host heap of
// which a program uses a little costs little per collection. Besides collecting when
// the heap is full, it collects once as much has been allocated since the last
// collection as was live after it (at least AUTO_MIN_BYTES): memory is then reused
// while it is still in the cache and the region stays small. On a heap smaller than
// that minimum (a board's) collection happens only when the heap is full.
#include "runtime/gc.h"

#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include "runtime/runtime.h"

#define BLOCK MO_GC_BLOCK_BYTES
#define WORD sizeof(uintptr_t)

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };

#define MARK_STACK_SIZE 64
#define LARGE_BLOCKS 8   // allocations of this many blocks or more are "large"
#define MAX_ROOTS 8
#define AUTO_MIN_BYTES (1024 * 1024)

static struct {
    uint8_t *atb;          // allocation table
    char *pool;            // first block
    size_t n_blocks;
    size_t first_free;     // no free block below this index
    size_t n_collections;
    int lock_depth;
    bool mark_overflow;
    size_t mark_sp;
    size_t mark_stack[MARK_STACK_SIZE];
    struct { void **start; size_t n; } roots[MAX_ROOTS];
    size_t hint[LARGE_BLOCKS];  // next-fit position per small size
    size_t top_hint;            // where the last large allocation was placed
    size_t n_roots;
    void *stack_top;
    // Every allocated block is below lo_end or at/above hi_start.
    size_t lo_end, hi_start;
    size_t since;          // blocks allocated since the last collection
    size_t limit;          // collect when `since` reaches it
    size_t user_threshold; // gc.threshold() in blocks; SIZE_MAX: the automatic limit
} gc;

static void reset_hints(void);

static inline unsigned atb_get(size_t b) {
    return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void atb_set(size_t b, unsigned kind) {
    unsigned shift = (unsigned)(b & 3) * 2;
    gc.atb[b >> 2] = (uint8_t)((gc.atb[b >> 2] & ~(3u << shift)) | (kind << shift));
}

static inline size_t block_of(const void *p) {
    return (size_t)((const char *)p - gc.pool) / BLOCK;
}

static inline void *ptr_of(size_t b) { return gc.pool + b * BLOCK; }

static inline bool in_pool(uintptr_t p) {
    return p >= (uintptr_t)gc.pool && p < (uintptr_t)gc.pool + gc.n_blocks * BLOCK;
}

void mo_gc_init(void *start, void *end) {
    // Each block costs BLOCK bytes of pool plus a quarter byte of table.
    uintptr_t s = ((uintptr_t)start + WORD - 1) & ~(uintptr_t)(WORD - 1);
    size_t total = (size_t)((uintptr_t)end - s);
    size_t n = (total * 4) / (BLOCK * 4 + 1);
    size_t atb_bytes = (n + 3) / 4;
    uintptr_t pool = (s + atb_bytes + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    while (n > 0 && pool + n * BLOCK > (uintptr_t)end) {
        n--;
    }
    memset(&gc, 0, sizeof(gc));
    gc.atb = (uint8_t *)s;
    gc.pool = (char *)pool;
    gc.n_blocks = n;
    memset(gc.atb, 0, atb_bytes);
    gc.hi_start = n;
    gc.limit = AUTO_MIN_BYTES / BLOCK;
    gc.user_threshold = SIZE_MAX;
    reset_hints();
}

// Records that blocks [start, start + n) are in use: an allocation in the gap between
// the regions (or reaching into it) extends the region it is nearer to.
static inline void note_used(size_t start, size_t n) {
    size_t end = start + n;
    if (end <= gc.lo_end || start >= gc.hi_start) {
        return;
    }
    bool low = start < gc.lo_end ||
               (end <= gc.hi_start && start - gc.lo_end <= gc.hi_start - end);
    if (low) {
        gc.lo_end = end;
        if (gc.hi_start < end) {
            gc.hi_start = end;
        }
    } else {
        gc.hi_start = start;
    }
}

void mo_gc_set_threshold(size_t n_bytes) {
    gc.user_threshold = n_bytes == SIZE_MAX ? SIZE_MAX : n_bytes / BLOCK;
    if (gc.user_threshold != SIZE_MAX) {
        gc.limit = gc.user_threshold;
    }
}

size_t mo_gc_threshold(void) {
    return gc.user_threshold == SIZE_MAX ? SIZE_MAX : gc.user_threshold * BLOCK;
}

void mo_gc_set_stack_top(void *top) { gc.stack_top = top; }

void mo_gc_add_root(void **start, size_t n_words) {
    if (gc.n_roots < MAX_ROOTS) {
        gc.roots[gc.n_roots].start = start;
        gc.roots[gc.n_roots].n = n_words;
        gc.n_roots++;
    }
}

void mo_gc_lock(void) { gc.lock_depth++; }
void mo_gc_unlock(void) { gc.lock_depth--; }
bool mo_gc_is_locked(void) { return gc.lock_depth != 0; }

// ---- marking ----------------------------------------------------------------

static size_t alloc_blocks(size_t head) {
    size_t n = 1;
    while (head + n < gc.n_blocks && atb_get(head + n) == AT_TAIL) {
        n++;
    }
    return n;
}

// Scans the words of one marked allocation, pushing any unmarked heads they reach.
static void scan_block(size_t head);

static void mark_word(uintptr_t w) {
    if (!in_pool(w)) {
        return;
    }
    size_t b = block_of((void *)w);
    unsigned kind = atb_get(b);
    if (kind == AT_FREE || kind == AT_MARK) {
        return;
    }
    // Interior pointers keep their allocation alive too: walk back to its head.
    while (kind == AT_TAIL) {
        b--;
        kind = atb_get(b);
    }
    if (kind != AT_HEAD) {
        return;  // already marked
    }
    atb_set(b, AT_MARK);
    if (gc.mark_sp < MARK_STACK_SIZE) {
        gc.mark_stack[gc.mark_sp++] = b;
    } else {
        gc.mark_overflow = true;
    }
}

// An allocation may hold bytes ASan treats as poisoned (see gc.h): read them anyway.
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address")))
#endif
static void scan_block(size_t head) {
    size_t n = alloc_blocks(head);
    uintptr_t *w = ptr_of(head);
    size_t n_words = n * BLOCK / WORD;
    for (size_t i = 0; i < n_words; i++) {
        mark_word(w[i]);
    }
}

static void drain_mark_stack(void) {
    while (gc.mark_sp > 0) {
        scan_block(gc.mark_stack[--gc.mark_sp]);
    }
}

static void mark_range(void *const *start, size_t n_words) {
    for (size_t i = 0; i < n_words; i++) {
        uintptr_t w;
        memcpy(&w, &start[i], sizeof(w));
        mark_word(w);
        drain_mark_stack();
    }
}

// The C stack holds whatever the compiler left there, including bytes ASan treats
// as poisoned; reading them is how a conservative collector works.
#if defined(__clang__) || defined(__GNUC__)
__attribute__((no_sanitize("address"), noinline))
#endif
static void mark_stack_words(uintptr_t lo, uintptr_t hi) {
    lo &= ~(uintptr_t)(WORD - 1);
    for (uintptr_t a = lo; a + WORD <= hi; a += WORD) {
        mark_word(*(volatile uintptr_t *)a);
        drain_mark_stack();
    }
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline))
#endif
static void mark_c_stack(void) {
    // Spill callee-saved registers into a jmp_buf on this frame, so values only
    // held in registers are on the scanned stack too.
    jmp_buf regs;
    // setjmp fills only part of a jmp_buf (not glibc's signal-mask area): clear it
    // so stale words from dead frames don't keep garbage alive.
    memset(&regs, 0, sizeof(regs));
    setjmp(regs);
    volatile uintptr_t here = (uintptr_t)&regs;
    uintptr_t top = (uintptr_t)gc.stack_top;
    if (top > here) {
        mark_stack_words(here, top);
    }
}

// ---- clearing dead stack (gc.h) ---------------------------------------------------

// Leaf calls below the deepest mo_stack_check (allocation, a collection) also leave
// words behind.
#define CLEAR_STACK_MARGIN 1024

// Through a volatile pointer, or the compiler drops the store to a dead buffer.
static void *(*volatile clear_fn)(void *, int, size_t) = memset;

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline))
#endif
static void clear_stack_words(size_t n_words) {
    uintptr_t words[n_words];  // a VLA lying just below the caller's frame
    clear_fn(words, 0, sizeof(words));
}

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline))
#endif
void mo_gc_clear_stack(const void *low) {
    volatile char marker;
    uintptr_t here = (uintptr_t)&marker;
    uintptr_t limit = (uintptr_t)mo_state.stack_limit;
    uintptr_t to = (uintptr_t)low;
    to = to > limit + CLEAR_STACK_MARGIN ? to - CLEAR_STACK_MARGIN : limit;
    size_t n_words = here > to ? (here - to) / WORD : 0;
    if (n_words > 0) {
        clear_stack_words(n_words);
    }
}

// After a mark-stack overflow, some marked blocks were never scanned: rescan all
// marked blocks until no overflow happens (scanning twice is harmless).
static void finish_overflowed_marking(void) {
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        for (size_t b = 0; b < gc.n_blocks; b++) {
            if (b == gc.lo_end) {
                b = gc.hi_start;   // nothing allocated between the regions
                if (b >= gc.n_blocks) {
                    break;
                }
            }
            if (atb_get(b) == AT_MARK) {
                scan_block(b);
                drain_mark_stack();
            }
        }
    }
}

// Frees the unmarked allocations in [from, to); returns the number of blocks still
// in use there and, in *first_used / *last_used, the bounds of those (unchanged if
// none). Whole table bytes of free blocks are skipped at once.
static size_t sweep_range(size_t from, size_t to, size_t *first_used, size_t *last_used) {
    bool freeing = false;
    size_t live = 0;
    for (size_t b = from; b < to; b++) {
        if ((b & 3) == 0 && b + 4 <= to) {
            // Whole table bytes: four free blocks, or four tails (of a dead allocation
            // being freed, or of a live one).
            uint8_t x = gc.atb[b >> 2];
            if (x == 0 && !freeing) {
                b += 3;
                continue;
            }
            if (x == 0xaa) {
                if (freeing) {
                    gc.atb[b >> 2] = 0;
                } else {
                    live += 4;
                    *last_used = b + 3;
                }
                b += 3;
                continue;
            }
        }
        switch (atb_get(b)) {
            case AT_HEAD:
                atb_set(b, AT_FREE);
                freeing = true;
                break;
            case AT_TAIL:
                if (freeing) {
                    atb_set(b, AT_FREE);
                } else {
                    live++;
                    *last_used = b;
                }
                break;
            case AT_MARK:
                atb_set(b, AT_HEAD);
                freeing = false;
                live++;
                if (*first_used == SIZE_MAX) {
                    *first_used = b;
                }
                *last_used = b;
                break;
            default:
                freeing = false;
                break;
        }
    }
    return live;
}

static void sweep(void) {
    size_t first = SIZE_MAX, last = SIZE_MAX;
    size_t live = sweep_range(0, gc.lo_end, &first, &last);
    gc.lo_end = last == SIZE_MAX ? 0 : last + 1;
    first = last = SIZE_MAX;
    live += sweep_range(gc.hi_start, gc.n_blocks, &first, &last);
    gc.hi_start = first == SIZE_MAX ? gc.n_blocks : first;
    if (gc.hi_start < gc.lo_end) {
        gc.hi_start = gc.lo_end;
    }
    gc.first_free = 0;
    gc.since = 0;
    if (gc.user_threshold != SIZE_MAX) {
        gc.limit = gc.user_threshold;
    } else {
        size_t min_blocks = AUTO_MIN_BYTES / BLOCK;
        gc.limit = live > min_blocks ? live : min_blocks;
    }
    reset_hints();
}

void mo_gc_collect(void) {
    if (gc.lock_depth != 0 || gc.n_blocks == 0) {
        return;
    }
    gc.lock_depth++;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    mark_range((void *const *)&mo_state, (size_t)((char *)&mo_state.roots_end - (char *)&mo_state) / WORD);
    for (size_t i = 0; i < gc.n_roots; i++) {
        mark_range((void *const *)gc.roots[i].start, gc.roots[i].n);
    }
    mark_c_stack();
    finish_overflowed_marking();
    sweep();
    gc.n_collections++;
    gc.lock_depth--;
}

// ---- allocation -------------------------------------------------------------------

// True when none of the four blocks of table byte i is free.
static inline bool byte_all_used(size_t i) {
    unsigned x = gc.atb[i];
    return ((x | (x >> 1)) & 0x55) == 0x55;
}

// First-fit upwards over [from, to): the start of n free blocks, or SIZE_MAX. Whole
// table bytes with no free block are skipped at once.
static size_t scan_up(size_t from, size_t to, size_t n) {
    size_t run = 0;
    for (size_t b = from; b < to;) {
        if ((b & 3) == 0 && b + 4 <= to) {
            if (run == 0 && byte_all_used(b >> 2)) {
                b += 4;
                continue;
            }
            if (gc.atb[b >> 2] == 0 && run + 4 < n) {
                run += 4;   // four free blocks that don't complete the run
                b += 4;
                continue;
            }
        }
        if (atb_get(b) == AT_FREE) {
            if (++run == n) {
                return b + 1 - n;
            }
        } else {
            run = 0;
        }
        b++;
    }
    return SIZE_MAX;
}

// Same, downwards over [to, from): the lowest block of the highest fitting run.
static size_t scan_down(size_t from, size_t to, size_t n) {
    size_t run = 0;
    for (size_t b = from; b > to;) {
        if ((b & 3) == 0 && b >= to + 4) {
            if (run == 0 && byte_all_used((b >> 2) - 1)) {
                b -= 4;
                continue;
            }
            if (gc.atb[(b >> 2) - 1] == 0 && run + 4 < n) {
                run += 4;
                b -= 4;
                continue;
            }
        }
        b--;
        if (atb_get(b) == AT_FREE) {
            if (++run == n) {
                return b;
            }
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

// Small allocations go bottom-up, next-fit per size: each size resumes where its last
// search succeeded, so a heap full of one-block holes isn't rescanned for every
// multi-block request; the search wraps around before giving up. Large allocations
// go top-down, so long-lived small objects don't scatter through the space that
// growing lists and dicts need in one piece.
static size_t find_run(size_t n) {
    size_t found;
    if (n < LARGE_BLOCKS) {
        size_t from = gc.hint[n] > gc.first_free ? gc.hint[n] : gc.first_free;
        found = scan_up(from, gc.n_blocks, n);
        if (found == SIZE_MAX && from > gc.first_free) {
            size_t to = from + n < gc.n_blocks ? from + n : gc.n_blocks;
            found = scan_up(gc.first_free, to, n);
        }
        if (found != SIZE_MAX) {
            gc.hint[n] = found + n;
        }
        return found;
    }
    size_t from = gc.top_hint < gc.n_blocks ? gc.top_hint : gc.n_blocks;
    found = scan_down(from, gc.first_free, n);
    if (found == SIZE_MAX && from < gc.n_blocks) {
        size_t to = from > n ? from - n : 0;
        found = scan_down(gc.n_blocks, to > gc.first_free ? to : gc.first_free, n);
    }
    if (found != SIZE_MAX) {
        gc.top_hint = found;
    }
    return found;
}

static void reset_hints(void) {
    memset(gc.hint, 0, sizeof(gc.hint));
    gc.top_hint = gc.n_blocks;
}

static void advance_first_free(void) {
    while (gc.first_free < gc.n_blocks && atb_get(gc.first_free) != AT_FREE) {
        gc.first_free++;
    }
}

void *mo_gc_alloc(size_t n_bytes) {
    if (gc.lock_depth != 0) {
        return NULL;
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    if (n_bytes > gc.n_blocks * BLOCK) {
        return NULL;
    }
    size_t n = (n_bytes + BLOCK - 1) / BLOCK;
    if (gc.since >= gc.limit) {
        mo_gc_collect();
    }
    if (n == 1) {
        // The commonest request (floats, cells, small tuples): when the next-fit
        // position is free, take it without a search.
        size_t b = gc.hint[1];
        if (b >= gc.first_free && b < gc.n_blocks && atb_get(b) == AT_FREE) {
            gc.hint[1] = b + 1;
            atb_set(b, AT_HEAD);
            note_used(b, 1);
            gc.since++;
            if (b == gc.first_free) {
                gc.first_free++;
                advance_first_free();
            }
            void *p = ptr_of(b);
#if MO_ASAN
            ASAN_UNPOISON_MEMORY_REGION(p, BLOCK);
#endif
            memset(p, 0, BLOCK);   // a constant size: inlined as two stores
            return p;
        }
    }
    size_t start = find_run(n);
    if (start == SIZE_MAX) {
        mo_gc_collect();
        start = find_run(n);
        if (start == SIZE_MAX) {
            return NULL;
        }
    }
    atb_set(start, AT_HEAD);
    for (size_t i = 1; i < n; i++) {
        atb_set(start + i, AT_TAIL);
    }
    note_used(start, n);
    gc.since += n;
    if (start == gc.first_free) {
        gc.first_free += n;
        advance_first_free();
    }
    void *p = ptr_of(start);
#if MO_ASAN
    ASAN_UNPOISON_MEMORY_REGION(p, n * BLOCK);
#endif
    memset(p, 0, n * BLOCK);
    return p;
}

// The head block of an allocation, or SIZE_MAX if p is not the start of one.
static size_t head_of(const void *p) {
    if (p == NULL || !in_pool((uintptr_t)p) || ((uintptr_t)p - (uintptr_t)gc.pool) % BLOCK) {
        return SIZE_MAX;
    }
    size_t b = block_of(p);
    unsigned kind = atb_get(b);
    return (kind == AT_HEAD || kind == AT_MARK) ? b : SIZE_MAX;
}

void mo_gc_free(void *ptr) {
    if (gc.lock_depth != 0) {
        return;
    }
    size_t b = head_of(ptr);
    if (b == SIZE_MAX) {
        return;
    }
    size_t n = alloc_blocks(b);
    for (size_t i = 0; i < n; i++) {
        atb_set(b + i, AT_FREE);
    }
    if (b < gc.first_free) {
        gc.first_free = b;
    }
}

size_t mo_gc_nbytes(const void *ptr) {
    if (!in_pool((uintptr_t)ptr)) {
        return 0;
    }
    size_t b = block_of(ptr);
    while (b > 0 && atb_get(b) == AT_TAIL) {
        b--;
    }
    unsigned kind = atb_get(b);
    if (kind != AT_HEAD && kind != AT_MARK) {
        return 0;
    }
    return alloc_blocks(b) * BLOCK;
}

void *mo_gc_realloc(void *ptr, size_t n_bytes) {
    if (ptr == NULL) {
        return mo_gc_alloc(n_bytes);
    }
    size_t b = head_of(ptr);
    if (b == SIZE_MAX || gc.lock_depth != 0) {
        return NULL;
    }
    size_t have = alloc_blocks(b);
    size_t want = n_bytes == 0 ? 1 : (n_bytes + BLOCK - 1) / BLOCK;
    if (want <= have) {
        for (size_t i = want; i < have; i++) {
            atb_set(b + i, AT_FREE);
        }
        if (want < have && b + want < gc.first_free) {
            gc.first_free = b + want;
        }
        return ptr;
    }
    // Grow in place when the blocks after it are free.
    size_t extra = 0;
    while (b + have + extra < gc.n_blocks && extra < want - have &&
           atb_get(b + have + extra) == AT_FREE) {
        extra++;
    }
    if (extra == want - have) {
        for (size_t i = have; i < want; i++) {
            atb_set(b + i, AT_TAIL);
        }
        note_used(b, want);
        gc.since += want - have;
#if MO_ASAN
        ASAN_UNPOISON_MEMORY_REGION((char *)ptr + have * BLOCK, (want - have) * BLOCK);
#endif
        memset((char *)ptr + have * BLOCK, 0, (want - have) * BLOCK);
        if (gc.first_free >= b + have && gc.first_free < b + want) {
            gc.first_free = b + want;
            advance_first_free();
        }
        return ptr;
    }
    void *p = mo_gc_alloc(n_bytes);
    if (p == NULL) {
        return NULL;
    }
    memcpy(p, ptr, have * BLOCK);
    mo_gc_free(ptr);
    return p;
}

void mo_gc_info(mo_gc_info_t *info) {
    size_t used = 0, run = 0, max_run = 0;
    for (size_t b = 0; b < gc.n_blocks; b++) {
        if (atb_get(b) == AT_FREE) {
            run++;
            if (run > max_run) {
                max_run = run;
            }
        } else {
            used++;
            run = 0;
        }
    }
    info->total = gc.n_blocks * BLOCK;
    info->used = used * BLOCK;
    info->free = info->total - info->used;
    info->max_free_run = max_run * BLOCK;
    info->n_collections = gc.n_collections;
}

bool mo_gc_check(void) {
    // Outside a collection no block is marked, and a tail always follows an
    // allocation.
    for (size_t b = 0; b < gc.n_blocks; b++) {
        unsigned kind = atb_get(b);
        if (kind == AT_MARK) {
            return false;
        }
        if (kind == AT_TAIL && (b == 0 || atb_get(b - 1) == AT_FREE)) {
            return false;
        }
    }
    return gc.first_free <= gc.n_blocks;
}

// ---- raising wrappers ---------------------------------------------------------

void *mo_alloc(size_t n_bytes) {
    void *p = mo_gc_alloc(n_bytes);
    if (p == NULL) {
        mo_raise_memory_error();
    }
    return p;
}

void *mo_realloc(void *ptr, size_t n_bytes) {
    void *p = mo_gc_realloc(ptr, n_bytes);
    if (p == NULL) {
        mo_raise_memory_error();
    }
    return p;
}

void mo_free(void *ptr) { mo_gc_free(ptr); }
