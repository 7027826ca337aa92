// The list type: a growable array of values, with slicing, slice assignment and a
// stable sort (a simplified timsort). Also the repr guard every container print uses.
#include <string.h>

#include "runtime/objiter.h"
#include "runtime/objlist.h"
#include "runtime/objslice.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

static mo_list_t *list_of(mo_obj_t o) { return MO_PTR(o); }

// ---- storage -------------------------------------------------------------------

static void list_grow_to(mo_list_t *l, size_t n) {
    if (n <= l->alloc) {
        return;
    }
    if (n > SIZE_MAX / sizeof(mo_obj_t) / 2) {
        mo_raise_memory_error();
    }
    // Grow by half again so appends are amortised O(1) without doubling RAM.
    size_t want = l->alloc + l->alloc / 2 + 4;
    if (want < n) {
        want = n;
    }
    l->items = mo_renew(mo_obj_t, l->items, want);
    // Fresh memory from realloc may not be zeroed: keep the unused tail clean so
    // the conservative GC doesn't retain stale objects through it.
    memset(l->items + l->alloc, 0, (want - l->alloc) * sizeof(mo_obj_t));
    l->alloc = want;
}

void mo_list_reserve(mo_obj_t list, size_t n) { list_grow_to(list_of(list), n); }

mo_obj_t mo_obj_new_list(size_t n, const mo_obj_t *items) {
    mo_list_t *l = mo_new_obj(mo_list_t);
    l->base.type = &mo_type_list;
    if (n > 0) {
        if (n > SIZE_MAX / sizeof(mo_obj_t)) {
            mo_raise_memory_error();
        }
        l->items = mo_new(mo_obj_t, n);
        l->alloc = n;
        if (items != NULL) {
            memcpy(l->items, items, n * sizeof(mo_obj_t));
        }
    }
    l->len = n;
    return MO_OBJ(l);
}

void mo_list_append(mo_obj_t list, mo_obj_t item) {
    mo_list_t *l = list_of(list);
    if (l->len >= l->alloc) {
        list_grow_to(l, l->len + 1);
    }
    l->items[l->len++] = item;
}

void mo_list_extend(mo_obj_t list, mo_obj_t iterable) {
    mo_list_t *l = list_of(list);
    size_t n;
    mo_obj_t *src;
    if (mo_obj_get_array_maybe(iterable, &n, &src)) {
        list_grow_to(l, l->len + n);
        if (iterable == list) {
            src = l->items;  // growing may have moved our own items
        }
        if (n > 0) {
            memcpy(l->items + l->len, src, n * sizeof(mo_obj_t));
        }
        l->len += n;
        return;
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(iterable, &buf);
    mo_obj_t x;
    while ((x = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_list_append(list, x);
    }
}

// Replaces items [start, stop) with the n items of src (which must not alias l).
static void list_splice(mo_list_t *l, size_t start, size_t stop, const mo_obj_t *src, size_t n) {
    size_t old_n = stop - start;
    size_t tail = l->len - stop;
    if (n > old_n) {
        list_grow_to(l, l->len + (n - old_n));
    }
    if (tail > 0 && n != old_n) {
        memmove(l->items + start + n, l->items + stop, tail * sizeof(mo_obj_t));
    }
    if (n > 0) {
        memcpy(l->items + start, src, n * sizeof(mo_obj_t));
    }
    size_t new_len = start + n + tail;
    if (new_len < l->len) {
        memset(l->items + new_len, 0, (l->len - new_len) * sizeof(mo_obj_t));
    }
    l->len = new_len;
}

// ---- printing, with the guard against self-containing containers ----------------

#define REPR_GUARD_DEPTH 32
// CPython gives up on nested reprs at its recursion limit (about this deep).
#define REPR_DEPTH_MAX 998
static const void *repr_guard[REPR_GUARD_DEPTH];
static size_t repr_guard_depth;

void mo_print_guarded(const mo_print_t *print, mo_obj_t self, const char *cycle,
                      mo_guarded_print_fn body) {
    size_t depth = repr_guard_depth;
    for (size_t i = 0; i < depth && i < REPR_GUARD_DEPTH; i++) {
        if (repr_guard[i] == MO_PTR(self)) {
            mo_print_str(print, cycle);
            return;
        }
    }
    mo_stack_check();
    if (depth >= REPR_DEPTH_MAX) {
        mo_raise_msg(&mo_type_RecursionError,
                     "maximum recursion depth exceeded while getting the repr of an object");
    }
    // Deeper than the guard can track: only acyclic nesting gets here (a cycle is
    // caught within its first REPR_GUARD_DEPTH levels), so just count the level.
    if (depth < REPR_GUARD_DEPTH) {
        repr_guard[depth] = MO_PTR(self);
    }
    repr_guard_depth = depth + 1;
    // The outermost container renders into a buffer first, so that an exception
    // from some item's repr leaves no half-printed text behind (as in CPython).
    mo_vstr_t vstr = {0};
    mo_print_t buffered = {0};
    if (depth == 0) {
        mo_vstr_init(&vstr, 16);
        mo_print_to_vstr(&buffered, &vstr);
    }
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        body(depth == 0 ? &buffered : print, self);
        mo_nlr_pop();
        repr_guard_depth = depth;
        if (depth == 0) {
            mo_print_strn(print, vstr.buf, vstr.len);
            mo_vstr_clear(&vstr);
        }
    } else {
        repr_guard_depth = depth;
        mo_nlr_jump(nlr.ret_val);
    }
}

static void list_print_body(const mo_print_t *print, mo_obj_t self) {
    const mo_list_t *l = list_of(self);
    mo_print_str(print, "[");
    // Re-read len each time: printing an item may run user code that changes l.
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0) {
            mo_print_str(print, ", ");
        }
        mo_obj_print(print, l->items[i], MO_PRINT_REPR);
    }
    mo_print_str(print, "]");
}

static void list_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_guarded(print, self, "[...]", list_print_body);
}

// ---- construction and operators --------------------------------------------------

static mo_obj_t list_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    mo_arg_check_at_most_one(&mo_type_list, n_args, n_kw);
    mo_obj_t list = mo_obj_new_list(0, NULL);
    if (n_args == 1) {
        mo_list_extend(list, args[0]);
    }
    return list;
}

static mo_obj_t list_unary_op(int op, mo_obj_t self) {
    const mo_list_t *l = list_of(self);
    switch (op) {
        case MO_UNARY_OP_BOOL: return mo_bool(l->len != 0);
        case MO_UNARY_OP_LEN: return mo_small_int((mo_int_t)l->len);
        default: return MO_OBJ_NULL;
    }
}

static mo_obj_t list_repeat(mo_list_t *l, size_t n) {
    mo_obj_t res = mo_obj_new_list(l->len * n, NULL);
    if (n > 0) {
        mo_seq_repeat(list_of(res)->items, l->items, l->len, n);
    }
    return res;
}

static mo_obj_t list_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    mo_list_t *l = list_of(lhs);
    switch (op) {
        case MO_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < l->len; i++) {
                if (mo_obj_equal(l->items[i], rhs)) {
                    return mo_const_true;
                }
            }
            return mo_const_false;
        case MO_BINARY_OP_ADD: {
            if (!mo_obj_is_type(rhs, &mo_type_list)) {
                if (mo_obj_type(rhs)->flags & MO_TYPE_FLAG_USER) {
                    return MO_OBJ_NULL;
                }
                mo_raise_fmt(&mo_type_TypeError, "can only concatenate list (not \"%s\") to list",
                             mo_obj_type_name(rhs));
            }
            mo_list_t *r = list_of(rhs);
            mo_obj_t res = mo_obj_new_list(l->len + r->len, NULL);
            if (l->len > 0) {
                memcpy(list_of(res)->items, l->items, l->len * sizeof(mo_obj_t));
            }
            if (r->len > 0) {
                memcpy(list_of(res)->items + l->len, r->items, r->len * sizeof(mo_obj_t));
            }
            return res;
        }
        case MO_BINARY_OP_INPLACE_ADD:
            mo_list_extend(lhs, rhs);
            return lhs;
        case MO_BINARY_OP_MULTIPLY:
        case MO_BINARY_OP_REVERSE_MULTIPLY:
            if (!mo_seq_repeat_times_ok(rhs)) {
                return MO_OBJ_NULL;
            }
            return list_repeat(l, mo_seq_repeat_times(rhs, l->len));
        case MO_BINARY_OP_INPLACE_MULTIPLY: {
            if (!mo_seq_repeat_times_ok(rhs)) {
                return MO_OBJ_NULL;
            }
            size_t n = mo_seq_repeat_times(rhs, l->len);
            if (n == 0) {
                list_splice(l, 0, l->len, NULL, 0);
            } else if (n > 1) {
                size_t len = l->len;
                list_grow_to(l, len * n);
                for (size_t i = 1; i < n; i++) {
                    memcpy(l->items + i * len, l->items, len * sizeof(mo_obj_t));
                }
                l->len = len * n;
            }
            return lhs;
        }
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL: {
            if (!mo_obj_is_type(rhs, &mo_type_list)) {
                return MO_OBJ_NULL;
            }
            mo_list_t *r = list_of(rhs);
            return mo_bool(mo_seq_compare(op, l->items, l->len, r->items, r->len));
        }
        default:
            return MO_OBJ_NULL;
    }
}

// ---- subscripts ---------------------------------------------------------------

static mo_obj_t list_slice_load(mo_list_t *l, mo_obj_t slice) {
    mo_int_t start, stop, step;
    mo_slice_indices(slice, l->len, &start, &stop, &step);
    size_t n = mo_slice_len(start, stop, step);
    mo_obj_t res = mo_obj_new_list(n, NULL);
    mo_seq_slice_copy(list_of(res)->items, l->items, start, step, n);
    return res;
}

// The items of an assigned value, as an array that doesn't alias l.
static mo_obj_t *slice_source(mo_list_t *l, mo_obj_t value, size_t *n) {
    mo_obj_t *src;
    if (MO_PTR(value) != l && mo_obj_get_array_maybe(value, n, &src)) {
        return src;
    }
    if (!mo_obj_is_type(value, &mo_type_list) && mo_obj_type(value)->getiter == NULL &&
        mo_obj_type(value)->subscr == NULL) {
        mo_raise_msg(&mo_type_TypeError, "can only assign an iterable");
    }
    mo_obj_t copy = mo_obj_new_list(0, NULL);
    mo_list_extend(copy, value);
    *n = list_of(copy)->len;
    return list_of(copy)->items;
}

static void list_slice_store(mo_list_t *l, mo_obj_t slice, mo_obj_t value) {
    mo_int_t start, stop, step;
    mo_slice_indices(slice, l->len, &start, &stop, &step);
    size_t n;
    mo_obj_t *src = slice_source(l, value, &n);
    // Converting value may have run user code: take the indices again.
    mo_slice_indices(slice, l->len, &start, &stop, &step);
    if (step == 1) {
        if (stop < start) {
            stop = start;  // a[3:1] = x inserts at 3
        }
        list_splice(l, (size_t)start, (size_t)stop, src, n);
        return;
    }
    size_t count = mo_slice_len(start, stop, step);
    if (n != count) {
        mo_raise_fmt(&mo_type_ValueError,
                     "attempt to assign sequence of size %u to extended slice of size %u",
                     (unsigned)n, (unsigned)count);
    }
    for (size_t i = 0; i < n; i++) {
        l->items[start + (mo_int_t)i * step] = src[i];
    }
}

static void list_slice_delete(mo_list_t *l, mo_obj_t slice) {
    mo_int_t start, stop, step;
    mo_slice_indices(slice, l->len, &start, &stop, &step);
    size_t count = mo_slice_len(start, stop, step);
    if (count == 0) {
        return;
    }
    if (step < 0) {
        // The same items walked forwards.
        start = start + (mo_int_t)(count - 1) * step;
        step = -step;
    }
    if (step == 1) {
        list_splice(l, (size_t)start, (size_t)start + count, NULL, 0);
        return;
    }
    // Keep every item not selected, sliding the survivors down.
    size_t dst = (size_t)start, next = 0;
    for (size_t src = (size_t)start; src < l->len; src++) {
        if (next < count && src == (size_t)start + next * (size_t)step) {
            next++;
            continue;
        }
        l->items[dst++] = l->items[src];
    }
    memset(l->items + dst, 0, (l->len - dst) * sizeof(mo_obj_t));
    l->len = dst;
}

static mo_obj_t list_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    mo_list_t *l = list_of(self);
    if (mo_obj_is_type(index, &mo_type_slice)) {
        if (value == MO_OBJ_SENTINEL) {
            return list_slice_load(l, index);
        }
        if (value == MO_OBJ_NULL) {
            list_slice_delete(l, index);
        } else {
            list_slice_store(l, index, value);
        }
        return mo_const_none;
    }
    size_t i = mo_get_index(&mo_type_list, l->len, index, false);
    if (value == MO_OBJ_SENTINEL) {
        return l->items[i];
    }
    if (value == MO_OBJ_NULL) {
        list_splice(l, i, i + 1, NULL, 0);
    } else {
        l->items[i] = value;
    }
    return mo_const_none;
}

static mo_obj_t list_it_next(mo_obj_t self) {
    mo_polymorph_iter_t *it = MO_PTR(self);
    const mo_list_t *l = list_of(it->seq);
    if (it->pos >= l->len) {
        return MO_OBJ_STOP_ITERATION;
    }
    return l->items[it->pos++];
}

static const mo_type_t list_iterator_type = MO_ITER_TYPE_INIT(MO_QSTR_list_iterator, list_it_next);

static mo_obj_t list_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_obj_new_seq_iter(self, &list_iterator_type, iter_buf);
}

// ---- sorting ----------------------------------------------------------------------
// A simplified timsort: stable, only `<`, O(n log n), O(n) on input already in
// order. Like CPython's, it cuts the list into runs from the left (a natural run,
// extended by binary insertion to a minimum length), so it makes the same first
// comparisons and a list of mixed types fails with the same message. Runs are then
// merged pairwise through a scratch buffer holding the smaller side of each merge.
// `vals` moves in step with `keys` when sorting by a key function. If a comparison
// raises, the merge in progress is undone so that every item is still present.

static void reverse_items(mo_obj_t *items, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        mo_obj_t t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

typedef struct sorter {
    mo_obj_t *keys, *vals;     // vals NULL when the keys are the items
    mo_obj_t *tkeys, *tvals;   // scratch for the smaller side of a merge
    // The merge in progress, for recovery: scratch[rest_src, +rest_n) belongs at
    // keys[rest_dst, +rest_n).
    bool merging;
    size_t rest_src, rest_n, rest_dst;
} sorter_t;

static bool sort_less(mo_obj_t a, mo_obj_t b) {
    if (mo_is_small_int(a) && mo_is_small_int(b)) {
        return mo_small_int_value(a) < mo_small_int_value(b);
    }
    return mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, a, b));
}

static void sort_put(sorter_t *s, size_t dst, mo_obj_t key, mo_obj_t val) {
    s->keys[dst] = key;
    if (s->vals != NULL) {
        s->vals[dst] = val;
    }
}

static mo_obj_t val_at(const mo_obj_t *vals, size_t i) { return vals != NULL ? vals[i] : MO_OBJ_NULL; }

static void reverse_run(sorter_t *s, size_t lo, size_t hi) {
    reverse_items(s->keys + lo, hi - lo);
    if (s->vals != NULL) {
        reverse_items(s->vals + lo, hi - lo);
    }
}

// Binary insertion of [start, hi) into the sorted [lo, start): few comparisons.
static void insertion_sort(sorter_t *s, size_t lo, size_t start, size_t hi) {
    for (size_t i = start; i < hi; i++) {
        mo_obj_t key = s->keys[i];
        mo_obj_t val = val_at(s->vals, i);
        // The first position whose key is greater than `key` (after equal ones).
        size_t a = lo, b = i;
        while (a < b) {
            size_t m = a + (b - a) / 2;
            if (sort_less(key, s->keys[m])) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        for (size_t j = i; j > a; j--) {
            sort_put(s, j, s->keys[j - 1], val_at(s->vals, j - 1));
        }
        sort_put(s, a, key, val);
    }
}

// The length of the run starting at lo: ascending, or strictly descending (then
// reversed in place, which keeps the sort stable).
static size_t count_run(sorter_t *s, size_t lo, size_t hi) {
    if (lo + 1 >= hi) {
        return hi - lo;
    }
    size_t n = 2;
    if (sort_less(s->keys[lo + 1], s->keys[lo])) {
        while (lo + n < hi && sort_less(s->keys[lo + n], s->keys[lo + n - 1])) {
            n++;
        }
        reverse_run(s, lo, lo + n);
    } else {
        while (lo + n < hi && !sort_less(s->keys[lo + n], s->keys[lo + n - 1])) {
            n++;
        }
    }
    return n;
}

// CPython's minimum run length: n itself below 64, else between 32 and 64 such
// that n / minrun is a power of two or just under one.
static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Merges the sorted [lo, mid) and [mid, hi), copying the left side to scratch.
static void merge_lo(sorter_t *s, size_t lo, size_t mid, size_t hi) {
    size_t n = mid - lo;
    memcpy(s->tkeys, s->keys + lo, n * sizeof(mo_obj_t));
    if (s->vals != NULL) {
        memcpy(s->tvals, s->vals + lo, n * sizeof(mo_obj_t));
    }
    size_t i = 0, j = mid, k = lo;
    s->merging = true;
    while (i < n && j < hi) {
        s->rest_src = i;
        s->rest_n = n - i;
        s->rest_dst = k;
        if (sort_less(s->keys[j], s->tkeys[i])) {
            sort_put(s, k++, s->keys[j], val_at(s->vals, j));
            j++;
        } else {
            sort_put(s, k++, s->tkeys[i], val_at(s->tvals, i));
            i++;
        }
    }
    s->merging = false;
    for (; i < n; i++) {
        sort_put(s, k++, s->tkeys[i], val_at(s->tvals, i));
    }
}

// Merges the sorted [lo, mid) and [mid, hi), copying the right side to scratch
// and filling from the end.
static void merge_hi(sorter_t *s, size_t lo, size_t mid, size_t hi) {
    size_t n = hi - mid;
    memcpy(s->tkeys, s->keys + mid, n * sizeof(mo_obj_t));
    if (s->vals != NULL) {
        memcpy(s->tvals, s->vals + mid, n * sizeof(mo_obj_t));
    }
    size_t i = mid, j = n, k = hi;  // next: left i-1, scratch j-1, destination k-1
    s->merging = true;
    while (i > lo && j > 0) {
        s->rest_src = 0;
        s->rest_n = j;
        s->rest_dst = i;
        if (sort_less(s->tkeys[j - 1], s->keys[i - 1])) {
            sort_put(s, --k, s->keys[i - 1], val_at(s->vals, i - 1));
            i--;
        } else {
            sort_put(s, --k, s->tkeys[j - 1], val_at(s->tvals, j - 1));
            j--;
        }
    }
    s->merging = false;
    while (j > 0) {
        j--;
        sort_put(s, --k, s->tkeys[j], val_at(s->tvals, j));
    }
}

static void merge_runs(sorter_t *s, size_t lo, size_t mid, size_t hi) {
    if (!sort_less(s->keys[mid], s->keys[mid - 1])) {
        return;  // already in order
    }
    if (mid - lo <= hi - mid) {
        merge_lo(s, lo, mid, hi);
    } else {
        merge_hi(s, lo, mid, hi);
    }
}

// Sorts keys[0, n): cut into runs, then merge neighbours until one run is left.
// `starts` has room for n + 1 run boundaries.
static void merge_sort(sorter_t *s, size_t n, size_t *starts) {
    size_t minrun = min_run(n), n_runs = 0;
    for (size_t lo = 0; lo < n;) {
        size_t len = count_run(s, lo, n);
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            insertion_sort(s, lo, lo + len, lo + force);
            len = force;
        }
        starts[n_runs++] = lo;
        lo += len;
    }
    starts[n_runs] = n;
    while (n_runs > 1) {
        size_t out = 0;
        for (size_t r = 0; r < n_runs; r += 2) {
            if (r + 1 < n_runs) {
                merge_runs(s, starts[r], starts[r + 1], starts[r + 2]);
            }
            starts[out++] = starts[r];
        }
        starts[out] = n;
        n_runs = out;
    }
}

// Puts back the items a failed merge still held in scratch.
static void sort_recover(sorter_t *s) {
    if (!s->merging) {
        return;
    }
    memcpy(s->keys + s->rest_dst, s->tkeys + s->rest_src, s->rest_n * sizeof(mo_obj_t));
    if (s->vals != NULL) {
        memcpy(s->vals + s->rest_dst, s->tvals + s->rest_src, s->rest_n * sizeof(mo_obj_t));
    }
    s->merging = false;
}

static void sort_run(sorter_t *s, size_t n, mo_obj_t key, bool reverse) {
    if (n == 0 || (n == 1 && key == MO_OBJ_NULL)) {
        return;
    }
    if (key != MO_OBJ_NULL) {
        mo_obj_t *keys = mo_new(mo_obj_t, n);
        for (size_t i = 0; i < n; i++) {
            keys[i] = mo_call1(key, s->keys[i]);
        }
        s->vals = s->keys;
        s->keys = keys;
        s->tvals = mo_new(mo_obj_t, n / 2 + 1);
    }
    s->tkeys = mo_new(mo_obj_t, n / 2 + 1);
    size_t *starts = mo_new(size_t, n / 32 + 2);
    if (reverse) {
        // Reversing before and after keeps equal items in their original order.
        reverse_run(s, 0, n);
    }
    merge_sort(s, n, starts);
    if (reverse) {
        reverse_run(s, 0, n);
    }
}

// Runs the sort, returning the exception it raised (with the items all restored
// to the array) or NULL. The sorter lives in the caller's frame, so it keeps its
// value across the longjmp.
static mo_obj_t sort_guarded(sorter_t *s, size_t n, mo_obj_t key, bool reverse) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        sort_run(s, n, key, reverse);
        mo_nlr_pop();
        return MO_OBJ_NULL;
    }
    sort_recover(s);
    return nlr.ret_val;
}

void mo_list_sort(mo_obj_t list, mo_obj_t key, bool reverse) {
    mo_list_t *l = list_of(list);
    // Detach the items so changes to the list during the sort can be detected.
    mo_obj_t *items = l->items;
    size_t n = l->len, alloc = l->alloc;
    l->items = NULL;
    l->len = l->alloc = 0;
    if (key == mo_const_none) {
        key = MO_OBJ_NULL;
    }
    sorter_t s = {items, NULL, NULL, NULL, false, 0, 0, 0};
    mo_obj_t exc = sort_guarded(&s, n, key, reverse);
    bool modified = l->items != NULL || l->len != 0;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (exc != MO_OBJ_NULL) {
        mo_nlr_jump(exc);
    }
    if (modified) {
        mo_raise_msg(&mo_type_ValueError, "list modified during sort");
    }
}

// ---- methods ------------------------------------------------------------------------

static mo_obj_t list_append(mo_obj_t self, mo_obj_t x) {
    mo_list_append(self, x);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(list_append_obj, list_append);

static mo_obj_t list_extend(mo_obj_t self, mo_obj_t iterable) {
    mo_list_extend(self, iterable);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(list_extend_obj, list_extend);

static mo_obj_t list_insert(mo_obj_t self, mo_obj_t index, mo_obj_t x) {
    mo_list_t *l = list_of(self);
    mo_int_t i;
    if (!mo_obj_get_index_clamped(index, &i)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(index));
    }
    size_t pos;
    if (i < 0) {
        pos = (size_t)-i > l->len ? 0 : l->len - (size_t)-i;
    } else {
        pos = (size_t)i > l->len ? l->len : (size_t)i;
    }
    list_splice(l, pos, pos, &x, 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_3(list_insert_obj, list_insert);

static mo_obj_t list_pop(size_t n_args, const mo_obj_t *args) {
    mo_list_t *l = list_of(args[0]);
    if (l->len == 0) {
        mo_raise_msg(&mo_type_IndexError, "pop from empty list");
    }
    size_t pos = l->len - 1;
    if (n_args > 1) {
        mo_int_t i;
        if (!mo_obj_get_index_clamped(args[1], &i)) {
            mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                         mo_obj_type_name(args[1]));
        }
        if (i < 0) {
            i += (mo_int_t)l->len;
        }
        if (i < 0 || (size_t)i >= l->len) {
            mo_raise_msg(&mo_type_IndexError, "pop index out of range");
        }
        pos = (size_t)i;
    }
    mo_obj_t x = l->items[pos];
    list_splice(l, pos, pos + 1, NULL, 0);
    return x;
}
static MO_DEFINE_FUN_VAR(list_pop_obj, 1, 2, list_pop);

static mo_obj_t list_remove(mo_obj_t self, mo_obj_t x) {
    mo_list_t *l = list_of(self);
    for (size_t i = 0; i < l->len; i++) {
        if (mo_obj_equal(l->items[i], x)) {
            if (i < l->len) {
                list_splice(l, i, i + 1, NULL, 0);
            }
            return mo_const_none;
        }
    }
    mo_raise_msg(&mo_type_ValueError, "list.remove(x): x not in list");
}
static MO_DEFINE_FUN_2(list_remove_obj, list_remove);

static mo_obj_t list_index(size_t n_args, const mo_obj_t *args) {
    mo_list_t *l = list_of(args[0]);
    return mo_obj_new_int((mo_int_t)mo_seq_index(&mo_type_list, l->items, l->len, n_args, args));
}
static MO_DEFINE_FUN_VAR(list_index_obj, 2, 4, list_index);

static mo_obj_t list_count(mo_obj_t self, mo_obj_t x) {
    mo_list_t *l = list_of(self);
    return mo_obj_new_int((mo_int_t)mo_seq_count(l->items, l->len, x));
}
static MO_DEFINE_FUN_2(list_count_obj, list_count);

static mo_obj_t list_clear(mo_obj_t self) {
    mo_list_t *l = list_of(self);
    l->items = NULL;
    l->len = l->alloc = 0;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(list_clear_obj, list_clear);

static mo_obj_t list_copy(mo_obj_t self) {
    mo_list_t *l = list_of(self);
    return mo_obj_new_list(l->len, l->items);
}
static MO_DEFINE_FUN_1(list_copy_obj, list_copy);

static mo_obj_t list_reverse(mo_obj_t self) {
    mo_list_t *l = list_of(self);
    reverse_items(l->items, l->len);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(list_reverse_obj, list_reverse);

static mo_obj_t list_sort(size_t n_args, const mo_obj_t *args, mo_map_t *kw_args) {
    if (n_args > 1) {
        mo_raise_msg(&mo_type_TypeError, "sort() takes no positional arguments");
    }
    mo_obj_t key = MO_OBJ_NULL;
    bool reverse = false;
    if (kw_args != NULL) {
        for (size_t i = 0; i < kw_args->used; i++) {
            mo_obj_t name = kw_args->table[i].key;
            if (name == MO_OBJ_NULL) {
                continue;
            }
            if (name == MO_ROM_QSTR(MO_QSTR_key)) {
                key = kw_args->table[i].value;
            } else if (name == MO_ROM_QSTR(MO_QSTR_reverse)) {
                reverse = mo_obj_is_true(kw_args->table[i].value);
            } else {
                mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for sort()",
                             name);
            }
        }
    }
    mo_list_sort(args[0], key, reverse);
    return mo_const_none;
}
static MO_DEFINE_FUN_KW(list_sort_obj, 1, list_sort);

// The special methods, for subclasses that call them through super().
static mo_obj_t list_getitem(mo_obj_t self, mo_obj_t index) {
    return list_subscr(self, index, MO_OBJ_SENTINEL);
}
static MO_DEFINE_FUN_2(list_getitem_obj, list_getitem);
static mo_obj_t list_setitem(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    return list_subscr(self, index, value);
}
static MO_DEFINE_FUN_3(list_setitem_obj, list_setitem);
static mo_obj_t list_delitem(mo_obj_t self, mo_obj_t index) {
    return list_subscr(self, index, MO_OBJ_NULL);
}
static MO_DEFINE_FUN_2(list_delitem_obj, list_delitem);
static mo_obj_t list_contains(mo_obj_t self, mo_obj_t x) {
    return list_binary_op(MO_BINARY_OP_CONTAINS, self, x);
}
static MO_DEFINE_FUN_2(list_contains_obj, list_contains);
static mo_obj_t list_len(mo_obj_t self) { return list_unary_op(MO_UNARY_OP_LEN, self); }
static MO_DEFINE_FUN_1(list_len_obj, list_len);
static mo_obj_t list_iter(mo_obj_t self) { return list_getiter(self, NULL); }
static MO_DEFINE_FUN_1(list_iter_obj, list_iter);

static const mo_map_elem_t list_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___contains__), MO_ROM_PTR(&list_contains_obj)},
    {MO_ROM_QSTR(MO_QSTR___delitem__), MO_ROM_PTR(&list_delitem_obj)},
    {MO_ROM_QSTR(MO_QSTR___getitem__), MO_ROM_PTR(&list_getitem_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&list_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___len__), MO_ROM_PTR(&list_len_obj)},
    {MO_ROM_QSTR(MO_QSTR___setitem__), MO_ROM_PTR(&list_setitem_obj)},
    {MO_ROM_QSTR(MO_QSTR_append), MO_ROM_PTR(&list_append_obj)},
    {MO_ROM_QSTR(MO_QSTR_clear), MO_ROM_PTR(&list_clear_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&list_copy_obj)},
    {MO_ROM_QSTR(MO_QSTR_count), MO_ROM_PTR(&list_count_obj)},
    {MO_ROM_QSTR(MO_QSTR_extend), MO_ROM_PTR(&list_extend_obj)},
    {MO_ROM_QSTR(MO_QSTR_index), MO_ROM_PTR(&list_index_obj)},
    {MO_ROM_QSTR(MO_QSTR_insert), MO_ROM_PTR(&list_insert_obj)},
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&list_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove), MO_ROM_PTR(&list_remove_obj)},
    {MO_ROM_QSTR(MO_QSTR_reverse), MO_ROM_PTR(&list_reverse_obj)},
    {MO_ROM_QSTR(MO_QSTR_sort), MO_ROM_PTR(&list_sort_obj)},
};
static MO_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const mo_type_t mo_type_list = {
    .base = {&mo_type_type},
    .name = MO_QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = &list_locals_dict,
};
