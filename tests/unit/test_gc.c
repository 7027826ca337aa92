// Unit tests of the collector (runtime/gc.c) through its C interface: what Python
// code can't reach directly. Prints one line per check; exits 1 on the first failure.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/runtime.h"

static int failures;

#define CHECK(cond) \
    do { \
        if (!(cond)) { \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            failures++; \
        } \
    } while (0)

static size_t used(void) {
    mo_gc_info_t info;
    mo_gc_info(&info);
    return info.used;
}

// Allocations made in a callee and dropped are garbage once it returns.
static __attribute__((noinline)) void make_garbage(size_t n) {
    for (size_t i = 0; i < n; i++) {
        volatile void *p = mo_gc_alloc(64);
        (void)p;
    }
}

static void test_alloc_is_zeroed_and_sized(void) {
    unsigned char *p = mo_gc_alloc(40);
    CHECK(p != NULL);
    int all_zero = 1;
    for (int i = 0; i < 40; i++) {
        all_zero &= p[i] == 0;
    }
    CHECK(all_zero);
    CHECK(mo_gc_nbytes(p) == 48);
    CHECK(mo_gc_nbytes(p + 20) == 48);  // interior pointers find their allocation
    mo_gc_free(p);
    CHECK(mo_gc_check());
}

static void test_collect_frees_unreachable(void) {
    mo_gc_collect();
    size_t before = used();
    make_garbage(100);
    CHECK(used() > before);
    mo_gc_collect();
    // Conservative scanning may keep a stale word or two alive, never most.
    CHECK(used() <= before + 4 * 64);
    CHECK(mo_gc_check());
}

static void test_reachable_survives(void) {
    void **head = mo_gc_alloc(sizeof(void *) * 4);
    void **node = head;
    for (int i = 0; i < 200; i++) {  // a long chain overflows the mark stack
        void **next = mo_gc_alloc(sizeof(void *) * 4);
        node[0] = next;
        node[1] = (void *)(uintptr_t)i;
        node = next;
    }
    make_garbage(50);
    mo_gc_collect();
    node = head;
    int count = 0;
    while (node[0] != NULL) {
        CHECK((uintptr_t)node[1] == (uintptr_t)count);
        node = node[0];
        count++;
    }
    CHECK(count == 200);
    CHECK(mo_gc_check());
}

static void test_interior_pointer_keeps_alive(void) {
    char *block = mo_gc_alloc(256);
    memset(block, 'x', 256);
    volatile char *inside = block + 200;
    block = NULL;
    mo_gc_collect();
    CHECK(mo_gc_nbytes((const void *)inside) == 256);
    CHECK(inside[0] == 'x');
}

static void test_realloc(void) {
    char *p = mo_gc_alloc(16);
    strcpy(p, "hello");
    p = mo_gc_realloc(p, 1000);
    CHECK(p != NULL && strcmp(p, "hello") == 0);
    CHECK(mo_gc_nbytes(p) >= 1000);
    p = mo_gc_realloc(p, 16);
    CHECK(p != NULL && strcmp(p, "hello") == 0 && mo_gc_nbytes(p) == 16);
    CHECK(mo_gc_check());
}

// Fills the heap with one live chain; returns how many blocks of 1 KiB it took.
static __attribute__((noinline)) size_t fill_heap(void) {
    void **chain = NULL;
    void *p;
    size_t n = 0;
    while ((p = mo_gc_alloc(1024)) != NULL) {
        *(void ***)p = chain;
        chain = p;
        n++;
    }
    CHECK(mo_gc_check());
    return n;
}

// Overwrites the dead stack below the caller, so stale copies of pointers from
// earlier calls don't keep memory alive (the collector scans conservatively).
static __attribute__((noinline)) void clobber_stack(void) {
    volatile char junk[16 * 1024];
    for (size_t i = 0; i < sizeof(junk); i++) {
        junk[i] = 0;
    }
}

static void test_exhaustion_returns_null(void) {
    mo_gc_info_t info;
    mo_gc_info(&info);
    CHECK(mo_gc_alloc(info.total + 16) == NULL);
    CHECK(fill_heap() > 0);
    clobber_stack();
    mo_gc_collect();
    CHECK(mo_gc_alloc(1024) != NULL);
}

static void test_mo_alloc_raises_memory_error(void) {
    mo_nlr_buf_t nlr;
    mo_gc_info_t info;
    mo_gc_info(&info);
    if (mo_nlr_push(&nlr) == 0) {
        mo_alloc(info.total * 2);
        mo_nlr_pop();
        CHECK(!"no MemoryError");
    } else {
        CHECK(mo_obj_is_type(nlr.ret_val, &mo_type_MemoryError));
    }
}

int main(void) {
    static char heap[64 * 1024];
    int stack_top;
    mo_init(heap, sizeof(heap), &stack_top, 1024 * 1024);
    test_alloc_is_zeroed_and_sized();
    test_collect_frees_unreachable();
    test_reachable_survives();
    test_interior_pointer_keeps_alive();
    test_realloc();
    test_exhaustion_returns_null();
    test_mo_alloc_raises_memory_error();
    printf("%s: %d failures\n", failures ? "FAILED" : "ok", failures);
    return failures != 0;
}
