// The heapq module: a binary min-heap kept in a list. The sift loops compare with
// `<` in exactly the order CPython's _heapq does, so user __lt__ methods see the
// same calls and ties end up in the same places.
#include "runtime/runtime.h"

// ---- the list and its comparisons ---------------------------------------------------

static mo_list_t *heap_list(mo_obj_t heap, const char *fn, const char *what) {
    if (!mo_obj_is_type(heap, &mo_type_list)) {
        mo_raise_fmt(&mo_type_TypeError, "%s() argument %smust be list, not %s", fn, what,
                     mo_obj_type_name(heap));
    }
    return MO_PTR(heap);
}

static bool less(mo_obj_t a, mo_obj_t b) {
    return mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, a, b));
}

// A comparison may run Python code that shrinks the list; CPython then raises.
static void check_size(const mo_list_t *l, size_t n) {
    if (l->len != n) {
        mo_raise_msg(&mo_type_RuntimeError, "list changed size during iteration");
    }
}

// Moves the item at pos up towards start while it is smaller than its parent.
static void sift_down(mo_list_t *l, size_t start, size_t pos) {
    size_t n = l->len;
    mo_obj_t item = l->items[pos];
    while (pos > start) {
        size_t parent_pos = (pos - 1) >> 1;
        mo_obj_t parent = l->items[parent_pos];
        bool lt = less(item, parent);
        check_size(l, n);
        if (!lt) {
            break;
        }
        l->items[pos] = parent;
        pos = parent_pos;
    }
    l->items[pos] = item;
}

// Moves the smaller child up until a leaf is reached, then sifts the item back
// down (fewer comparisons than stopping early, as in CPython).
static void sift_up(mo_list_t *l, size_t pos) {
    size_t n = l->len, start = pos;
    mo_obj_t item = l->items[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        if (child + 1 < n) {
            bool lt = less(l->items[child], l->items[child + 1]);
            check_size(l, n);
            if (!lt) {
                child++;
            }
        }
        l->items[pos] = l->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    l->items[pos] = item;
    sift_down(l, start, pos);
}

_Noreturn static void raise_empty(void) { mo_raise_msg(&mo_type_IndexError, "index out of range"); }

// ---- the functions --------------------------------------------------------------------

static mo_obj_t heapq_heappush(mo_obj_t heap, mo_obj_t item) {
    mo_list_t *l = heap_list(heap, "heappush", "1 ");
    mo_list_append(heap, item);
    sift_down(l, 0, l->len - 1);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(heapq_heappush_obj, heapq_heappush);

static mo_obj_t heapq_heappop(mo_obj_t heap) {
    mo_list_t *l = heap_list(heap, "heappop", "");
    if (l->len == 0) {
        raise_empty();
    }
    mo_obj_t last = l->items[--l->len];
    l->items[l->len] = MO_OBJ_NULL;  // don't keep it alive through the spare slot
    if (l->len == 0) {
        return last;
    }
    mo_obj_t top = l->items[0];
    l->items[0] = last;
    sift_up(l, 0);
    return top;
}
static MO_DEFINE_FUN_1(heapq_heappop_obj, heapq_heappop);

static mo_obj_t heapq_heapreplace(mo_obj_t heap, mo_obj_t item) {
    mo_list_t *l = heap_list(heap, "heapreplace", "1 ");
    if (l->len == 0) {
        raise_empty();
    }
    mo_obj_t top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static MO_DEFINE_FUN_2(heapq_heapreplace_obj, heapq_heapreplace);

static mo_obj_t heapq_heappushpop(mo_obj_t heap, mo_obj_t item) {
    mo_list_t *l = heap_list(heap, "heappushpop", "1 ");
    if (l->len == 0) {
        return item;
    }
    mo_obj_t top = l->items[0];
    bool lt = less(top, item);
    if (l->len == 0) {
        raise_empty();
    }
    if (!lt) {
        return item;
    }
    top = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return top;
}
static MO_DEFINE_FUN_2(heapq_heappushpop_obj, heapq_heappushpop);

static mo_obj_t heapq_heapify(mo_obj_t heap) {
    mo_list_t *l = heap_list(heap, "heapify", "");
    for (size_t i = l->len / 2; i-- > 0;) {
        sift_up(l, i);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(heapq_heapify_obj, heapq_heapify);

// ---- nsmallest / nlargest --------------------------------------------------------------

// CPython documents both as equivalent to sorted(iterable, key=key[, reverse=True])[:n]
// (stable, ties keep input order); a stable sort of a copy gives exactly that.
static mo_obj_t n_best(size_t n_args, const mo_obj_t *args, mo_map_t *kw, bool largest) {
    mo_obj_t n_obj = args[0];
    mo_obj_t key = mo_const_none;
    const char *name = largest ? "nlargest" : "nsmallest";
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        mo_obj_t k = kw->table[i].key;
        if (k == MO_OBJ_NULL) {
            continue;
        }
        if (k != mo_qstr_obj(MO_QSTR_key)) {
            mo_raise_fmt(&mo_type_TypeError, "%s() got an unexpected keyword argument '%S'", name, k);
        }
        key = kw->table[i].value;
    }
    if (n_args == 3) {
        key = args[2];
    } else if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes from 2 to 3 positional arguments but %u were given",
                     name, (unsigned)n_args);
    }
    mo_obj_t list = mo_obj_new_list(0, NULL);
    mo_list_extend(list, args[1]);
    mo_obj_t sort[6] = {MO_OBJ_NULL, MO_OBJ_NULL, mo_qstr_obj(MO_QSTR_key), key,
                        mo_qstr_obj(MO_QSTR_reverse), mo_bool(largest)};
    mo_load_method(list, MO_QSTR_sort, sort);
    mo_call_method(0, 2, sort);
    const mo_list_t *l = MO_PTR(list);
    // CPython first compares n with the size, so a non-int n fails the same way.
    mo_binary_op(MO_BINARY_OP_MORE_EQUAL, n_obj, mo_obj_new_int((mo_int_t)l->len));
    mo_int_t n = mo_obj_get_int(n_obj);
    size_t keep = n <= 0 ? 0 : ((size_t)n < l->len ? (size_t)n : l->len);
    return mo_obj_new_list(keep, l->items);
}

static mo_obj_t heapq_nsmallest(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return n_best(n_args, args, kw, false);
}
static MO_DEFINE_FUN_KW(heapq_nsmallest_obj, 2, heapq_nsmallest);

static mo_obj_t heapq_nlargest(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    return n_best(n_args, args, kw, true);
}
static MO_DEFINE_FUN_KW(heapq_nlargest_obj, 2, heapq_nlargest);

// ---- the module -----------------------------------------------------------------------

#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&heapq_##name##_obj)}
static const mo_map_elem_t heapq_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_heapq)},
    FN(MO_QSTR_heappush, heappush), FN(MO_QSTR_heappop, heappop),
    FN(MO_QSTR_heapreplace, heapreplace), FN(MO_QSTR_heappushpop, heappushpop),
    FN(MO_QSTR_heapify, heapify), FN(MO_QSTR_nsmallest, nsmallest),
    FN(MO_QSTR_nlargest, nlargest),
};
static MO_DEFINE_CONST_DICT(heapq_globals, heapq_globals_table);

const mo_module_t mo_module_heapq = {{&mo_type_module}, &heapq_globals};

MO_REGISTER_MODULE(MO_QSTR_heapq, mo_module_heapq);
