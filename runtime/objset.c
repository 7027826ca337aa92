// The set and frozenset types.
//
// The table follows CPython's design (open addressing, a few linear probes then
// perturbed jumps, dummies for deleted entries, the same growth rule and the same
// algorithms for the set operations), because programs print sets and CPython's
// output shows its table order: with the same int hashes, the same steps give the
// same order.
#include <string.h>

#include "runtime/objiter.h"
#include "runtime/objtuple.h"
#include "runtime/runtime.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct set_entry {
    mo_obj_t key;     // NULL: never used; &set_dummy: deleted
    mo_int_t hash;
} set_entry_t;

typedef struct mo_set {
    mo_base_t base;
    size_t fill;      // active and dummy entries
    size_t used;      // active entries
    size_t mask;      // table size - 1 (the size is a power of two)
    size_t finger;    // where pop() looks next
    mo_int_t hash;    // frozenset: cached hash, -1 until computed
    set_entry_t *table;
} mo_set_t;

static const mo_base_t set_dummy_obj = {&mo_type_object};
#define SET_DUMMY MO_ROM_PTR(&set_dummy_obj)

static mo_set_t *set_of(mo_obj_t o) { return MO_PTR(o); }

static bool is_anyset(mo_obj_t o) {
    return mo_obj_is_type(o, &mo_type_set) || mo_obj_is_type(o, &mo_type_frozenset);
}

static bool is_active(const set_entry_t *e) { return e->key != MO_OBJ_NULL && e->key != SET_DUMMY; }

// Hashes as CPython would, never -1 (which marks dummies).
static mo_int_t set_hash_key(mo_obj_t key) {
    mo_int_t h = mo_obj_hash(key);
    return h == -1 ? -2 : h;
}

static mo_set_t *set_new_empty(const mo_type_t *type) {
    mo_set_t *s = mo_new_obj(mo_set_t);
    s->base.type = type;
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    s->table = mo_new(set_entry_t, SET_MINSIZE);
    return s;
}

// ---- the table ------------------------------------------------------------------

// Whether the table of s still is the one the caller started probing.
typedef struct probe_snapshot { set_entry_t *table; size_t mask; } probe_snapshot_t;

static bool keys_equal(mo_set_t *s, probe_snapshot_t *snap, mo_obj_t a, mo_obj_t b,
                       bool *restart) {
    if (a == b) {
        return true;
    }
    if (!mo_is_ptr(a) && !mo_is_ptr(b)) {
        return false;  // two different tagged values (small ints, qstrs)
    }
    bool eq = mo_obj_equal(a, b);
    // A user __eq__ may have changed the set: start the probe again.
    *restart = s->table != snap->table || s->mask != snap->mask;
    return eq;
}

// The entry holding key, or NULL.
static set_entry_t *set_lookkey(mo_set_t *s, mo_obj_t key, mo_int_t hash) {
restart:;
    probe_snapshot_t snap = {s->table, s->mask};
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    mo_uint_t perturb = (mo_uint_t)hash;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == MO_OBJ_NULL) {
                return NULL;
            }
            if (e->hash == hash && e->key != SET_DUMMY) {
                bool again = false;
                if (keys_equal(s, &snap, e->key, key, &again)) {
                    if (again) {
                        goto restart;
                    }
                    return e;
                }
                if (again) {
                    goto restart;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

// Places a key known to be absent into a table without dummies.
static void set_insert_clean(set_entry_t *table, size_t mask, mo_obj_t key, mo_int_t hash) {
    size_t i = (size_t)hash & mask;
    mo_uint_t perturb = (mo_uint_t)hash;
    for (;;) {
        set_entry_t *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == MO_OBJ_NULL) {
                e->key = key;
                e->hash = hash;
                return;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

// Rebuilds the table with room for more than minused entries, dropping dummies
// and keeping CPython's reinsertion order (old table order).
static void set_table_resize(mo_set_t *s, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > SIZE_MAX / 2 / sizeof(set_entry_t)) {
            mo_raise_memory_error();
        }
        newsize <<= 1;
    }
    set_entry_t *old = s->table;
    size_t oldmask = s->mask;
    set_entry_t *table = mo_new(set_entry_t, newsize);
    for (size_t i = 0; i <= oldmask; i++) {
        if (is_active(&old[i])) {
            set_insert_clean(table, newsize - 1, old[i].key, old[i].hash);
        }
    }
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
}

static void set_add_entry(mo_set_t *s, mo_obj_t key, mo_int_t hash) {
restart:;
    probe_snapshot_t snap = {s->table, s->mask};
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    mo_uint_t perturb = (mo_uint_t)hash;
    set_entry_t *freeslot = NULL;
    set_entry_t *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == MO_OBJ_NULL) {
                goto found_unused;
            }
            if (e->key == SET_DUMMY) {
                freeslot = e;  // CPython reuses the last dummy on the probe path
            } else if (e->hash == hash) {
                bool again = false;
                bool eq = keys_equal(s, &snap, e->key, key, &again);
                if (again) {
                    goto restart;
                }
                if (eq) {
                    return;  // already present
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found_unused:
    if (freeslot != NULL) {
        freeslot->key = key;
        freeslot->hash = hash;
        s->used++;
        return;
    }
    e->key = key;
    e->hash = hash;
    s->fill++;
    s->used++;
    if (s->fill * 5 >= mask * 3) {
        set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
}

static mo_obj_t frozen_copy_of_set_key(mo_obj_t key);

// Whether key is present; a set key is looked up as the equal frozenset.
static bool set_contains_key(mo_set_t *s, mo_obj_t key) {
    if (mo_obj_is_type(key, &mo_type_set)) {
        key = frozen_copy_of_set_key(key);
    }
    return set_lookkey(s, key, set_hash_key(key)) != NULL;
}

static bool set_discard_entry(mo_set_t *s, mo_obj_t key, mo_int_t hash) {
    set_entry_t *e = set_lookkey(s, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = SET_DUMMY;
    e->hash = -1;
    s->used--;
    return true;
}

static bool set_discard_key(mo_set_t *s, mo_obj_t key) {
    if (mo_obj_is_type(key, &mo_type_set)) {
        key = frozen_copy_of_set_key(key);
    }
    return set_discard_entry(s, key, set_hash_key(key));
}

// The next active entry at or after *pos, or NULL.
static set_entry_t *set_next(const mo_set_t *s, size_t *pos) {
    while (*pos <= s->mask) {
        set_entry_t *e = &s->table[(*pos)++];
        if (is_active(e)) {
            return e;
        }
    }
    return NULL;
}

static void set_clear_internal(mo_set_t *s) {
    s->table = mo_new(set_entry_t, SET_MINSIZE);
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
}

static void set_merge(mo_set_t *s, const mo_set_t *other) {
    if (other == s || other->used == 0) {
        return;
    }
    // One big resize first, expecting few overlapping keys.
    if ((s->fill + other->used) * 5 >= s->mask * 3) {
        set_table_resize(s, (s->used + other->used) * 2);
    }
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        memcpy(s->table, other->table, (other->mask + 1) * sizeof(set_entry_t));
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            if (is_active(&other->table[i])) {
                set_insert_clean(s->table, s->mask, other->table[i].key, other->table[i].hash);
            }
        }
        return;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(other, &pos)) != NULL) {
        set_add_entry(s, e->key, e->hash);
    }
}

static void set_update_internal(mo_set_t *s, mo_obj_t other) {
    if (is_anyset(other)) {
        set_merge(s, set_of(other));
        return;
    }
    if (mo_obj_is_type(other, &mo_type_dict)) {
        const mo_map_t *map = &((const mo_dict_t *)MO_PTR(other))->map;
        if ((s->fill + map->count) * 5 >= s->mask * 3) {
            set_table_resize(s, (s->used + map->count) * 2);
        }
        for (size_t i = 0; i < map->used; i++) {
            mo_obj_t key = map->table[i].key;
            if (key != MO_OBJ_NULL) {
                set_add_entry(s, key, set_hash_key(key));
            }
        }
        return;
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(other, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        set_add_entry(s, key, set_hash_key(key));
    }
}

// A new set (or frozenset, by type) holding the items of iterable (may be NULL).
static mo_set_t *make_new_set(const mo_type_t *type, mo_obj_t iterable) {
    mo_set_t *s = set_new_empty(type);
    if (iterable != MO_OBJ_NULL) {
        set_update_internal(s, iterable);
    }
    return s;
}

static mo_set_t *set_copy(mo_set_t *s) { return make_new_set(s->base.type, MO_OBJ(s)); }

static mo_obj_t frozen_copy_of_set_key(mo_obj_t key) {
    return MO_OBJ(make_new_set(&mo_type_frozenset, key));
}

// ---- public constructors ----------------------------------------------------------

// Whether a value could be a constant in source code (CPython folds those).
static bool is_constant_like(mo_obj_t o) {
    if (!mo_is_ptr(o) || o == mo_const_none || o == mo_const_true || o == mo_const_false ||
        o == mo_const_ellipsis) {
        return true;
    }
    const mo_type_t *t = mo_obj_type(o);
    if (t == &mo_type_int || t == &mo_type_float || t == &mo_type_complex || t == &mo_type_str ||
        t == &mo_type_bytes) {
        return true;
    }
    if (t == &mo_type_tuple) {
        const mo_tuple_t *tup = MO_PTR(o);
        for (size_t i = 0; i < tup->len; i++) {
            if (!is_constant_like(tup->items[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

// A display like {3, -1, -2}: CPython compiles one of three or more constants into
// a frozenset constant (built once from the source order, then rebuilt from its
// own order when the compiler merges constants) that it copies into a new set.
// The table order, which printing shows, depends on that history, so repeat it.
static mo_set_t *set_from_constant_display(size_t n, const mo_obj_t *items) {
    mo_set_t *first = set_new_empty(&mo_type_frozenset);
    for (size_t i = 0; i < n; i++) {
        set_add_entry(first, items[i], set_hash_key(items[i]));
    }
    mo_set_t *merged = set_new_empty(&mo_type_frozenset);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(first, &pos)) != NULL) {
        set_add_entry(merged, e->key, e->hash);
    }
    mo_set_t *s = set_new_empty(&mo_type_set);
    set_merge(s, merged);
    return s;
}

mo_obj_t mo_obj_new_set(size_t n, const mo_obj_t *items) {
    bool constants = n > 2;
    for (size_t i = 0; constants && i < n; i++) {
        constants = is_constant_like(items[i]);
    }
    if (constants) {
        return MO_OBJ(set_from_constant_display(n, items));
    }
    mo_set_t *s = set_new_empty(&mo_type_set);
    for (size_t i = 0; i < n; i++) {
        set_add_entry(s, items[i], set_hash_key(items[i]));
    }
    return MO_OBJ(s);
}

void mo_set_add(mo_obj_t set, mo_obj_t item) {
    set_add_entry(set_of(set), item, set_hash_key(item));
}

// ---- the set algebra, as CPython computes it ------------------------------------------

static mo_set_t *set_intersection(mo_set_t *s, mo_obj_t other) {
    if (MO_OBJ(s) == other) {
        return set_copy(s);
    }
    mo_set_t *result = set_new_empty(s->base.type);
    if (is_anyset(other)) {
        mo_set_t *o = set_of(other);
        if (o->used > s->used) {
            mo_set_t *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(o, &pos)) != NULL) {
            mo_obj_t key = e->key;
            mo_int_t hash = e->hash;
            if (set_lookkey(s, key, hash) != NULL) {
                set_add_entry(result, key, hash);
            }
        }
        return result;
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(other, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        mo_int_t hash = set_hash_key(key);
        if (set_lookkey(s, key, hash) != NULL) {
            set_add_entry(result, key, hash);
        }
    }
    return result;
}

static void set_difference_update_internal(mo_set_t *s, mo_obj_t other) {
    if (MO_OBJ(s) == other) {
        set_clear_internal(s);
        return;
    }
    if (is_anyset(other)) {
        mo_set_t *o = set_of(other);
        // Far bigger other: only the common keys matter.
        if ((o->used >> 3) > s->used) {
            o = set_intersection(s, other);
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(o, &pos)) != NULL) {
            set_discard_entry(s, e->key, e->hash);
        }
    } else {
        mo_iter_buf_t buf;
        mo_obj_t it = mo_getiter(other, &buf);
        mo_obj_t key;
        while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
            set_discard_key(s, key);
        }
    }
    // More than a quarter dummies: rebuild without them.
    if (s->fill - s->used > s->mask / 4) {
        set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
}

static mo_set_t *set_copy_and_difference(mo_set_t *s, mo_obj_t other) {
    mo_set_t *result = set_copy(s);
    set_difference_update_internal(result, other);
    return result;
}

static mo_set_t *set_difference(mo_set_t *s, mo_obj_t other) {
    size_t other_size;
    if (is_anyset(other)) {
        other_size = set_of(other)->used;
    } else if (mo_obj_is_type(other, &mo_type_dict)) {
        other_size = ((const mo_dict_t *)MO_PTR(other))->map.count;
    } else {
        return set_copy_and_difference(s, other);
    }
    if ((s->used >> 2) > other_size) {
        return set_copy_and_difference(s, other);
    }
    mo_set_t *result = set_new_empty(s->base.type);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(s, &pos)) != NULL) {
        mo_obj_t key = e->key;
        mo_int_t hash = e->hash;
        bool present;
        if (is_anyset(other)) {
            present = set_lookkey(set_of(other), key, hash) != NULL;
        } else {
            present = mo_dict_get(other, key) != MO_OBJ_NULL;
        }
        if (!present) {
            set_add_entry(result, key, hash);
        }
    }
    return result;
}

static void set_symmetric_difference_update(mo_set_t *s, mo_obj_t other) {
    if (MO_OBJ(s) == other) {
        set_clear_internal(s);
        return;
    }
    if (mo_obj_is_type(other, &mo_type_dict)) {
        const mo_map_t *map = &((const mo_dict_t *)MO_PTR(other))->map;
        for (size_t i = 0; i < map->used; i++) {
            mo_obj_t key = map->table[i].key;
            if (key != MO_OBJ_NULL) {
                mo_int_t hash = set_hash_key(key);
                if (!set_discard_entry(s, key, hash)) {
                    set_add_entry(s, key, hash);
                }
            }
        }
        return;
    }
    mo_set_t *o = is_anyset(other) ? set_of(other) : make_new_set(s->base.type, other);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(o, &pos)) != NULL) {
        mo_obj_t key = e->key;
        mo_int_t hash = e->hash;
        if (!set_discard_entry(s, key, hash)) {
            set_add_entry(s, key, hash);
        }
    }
}

static mo_set_t *set_symmetric_difference(mo_set_t *s, mo_obj_t other) {
    mo_set_t *result = make_new_set(s->base.type, other);
    set_symmetric_difference_update(result, MO_OBJ(s));
    return result;
}

static bool set_issubset(mo_set_t *s, mo_obj_t other) {
    if (!is_anyset(other)) {
        other = MO_OBJ(make_new_set(&mo_type_set, other));
    }
    mo_set_t *o = set_of(other);
    if (s->used > o->used) {
        return false;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(s, &pos)) != NULL) {
        if (set_lookkey(o, e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(mo_set_t *s, mo_obj_t other) {
    if (is_anyset(other)) {
        return set_issubset(set_of(other), MO_OBJ(s));
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(other, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (!set_contains_key(s, key)) {
            return false;
        }
    }
    return true;
}

static bool set_isdisjoint(mo_set_t *s, mo_obj_t other) {
    if (MO_OBJ(s) == other) {
        return s->used == 0;
    }
    if (is_anyset(other)) {
        mo_set_t *o = set_of(other);
        if (o->used > s->used) {
            mo_set_t *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = set_next(o, &pos)) != NULL) {
            if (set_lookkey(s, e->key, e->hash) != NULL) {
                return false;
            }
        }
        return true;
    }
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(other, &buf);
    mo_obj_t key;
    while ((key = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        if (set_contains_key(s, key)) {
            return false;
        }
    }
    return true;
}

// Replaces the contents of a with those of b (b is a scratch result).
static void set_take_body(mo_set_t *a, mo_set_t *b) {
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    a->hash = -1;
}

// CPython's frozenset hash: order-independent, from every entry's hash.
static mo_uint_t shuffle_bits(mo_uint_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static mo_int_t frozenset_hash(mo_set_t *s) {
    if (s->hash != -1) {
        return s->hash;
    }
    mo_uint_t hash = 0;
    size_t pos = 0;
    set_entry_t *e;
    while ((e = set_next(s, &pos)) != NULL) {
        hash ^= shuffle_bits((mo_uint_t)e->hash);
    }
    hash ^= ((mo_uint_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    // Keep it a small int (sign-extended low bits), never -1.
    mo_int_t h = (mo_int_t)(hash << 1) >> 1;
    if (h == -1) {
        h = 590923713L;
    }
    s->hash = h;
    return h;
}

// ---- printing and construction ------------------------------------------------------

static void set_print_body(const mo_print_t *print, mo_obj_t self) {
    mo_set_t *s = set_of(self);
    bool frozen = s->base.type == &mo_type_frozenset;
    mo_print_str(print, frozen ? "frozenset({" : "{");
    size_t pos = 0;
    set_entry_t *e;
    for (bool first = true; (e = set_next(s, &pos)) != NULL; first = false) {
        if (!first) {
            mo_print_str(print, ", ");
        }
        mo_obj_print(print, e->key, MO_PRINT_REPR);
    }
    mo_print_str(print, frozen ? "})" : "}");
}

static void set_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_set_t *s = set_of(self);
    bool frozen = s->base.type == &mo_type_frozenset;
    if (s->used == 0) {
        mo_print_str(print, frozen ? "frozenset()" : "set()");
        return;
    }
    mo_print_guarded(print, self, frozen ? "frozenset(...)" : "set(...)", set_print_body);
}

static mo_obj_t set_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                             const mo_obj_t *args) {
    bool frozen = type == &mo_type_frozenset;
    mo_arg_check_at_most_one(frozen ? &mo_type_frozenset : &mo_type_set, n_args, n_kw);
    if (frozen && n_args == 1 && mo_obj_is_type(args[0], &mo_type_frozenset)) {
        return args[0];  // immutable: no copy needed
    }
    return MO_OBJ(make_new_set(frozen ? &mo_type_frozenset : &mo_type_set,
                               n_args == 1 ? args[0] : MO_OBJ_NULL));
}

// ---- operators ---------------------------------------------------------------------

static mo_obj_t set_unary_op(int op, mo_obj_t self) {
    mo_set_t *s = set_of(self);
    switch (op) {
        case MO_UNARY_OP_BOOL: return mo_bool(s->used != 0);
        case MO_UNARY_OP_LEN: return mo_small_int((mo_int_t)s->used);
        case MO_UNARY_OP_HASH:
            if (s->base.type == &mo_type_frozenset) {
                return mo_small_int(frozenset_hash(s));
            }
            return MO_OBJ_NULL;
        default: return MO_OBJ_NULL;
    }
}

static bool set_equal(mo_set_t *a, mo_obj_t b) {
    mo_set_t *o = set_of(b);
    if (a->used != o->used) {
        return false;
    }
    if (a->base.type == &mo_type_frozenset && o->base.type == &mo_type_frozenset &&
        frozenset_hash(a) != frozenset_hash(o)) {
        return false;
    }
    return set_issubset(a, b);
}

static mo_obj_t set_compare(int op, mo_set_t *s, mo_obj_t other) {
    mo_set_t *o = set_of(other);
    switch (op) {
        case MO_BINARY_OP_EQUAL: return mo_bool(set_equal(s, other));
        case MO_BINARY_OP_NOT_EQUAL: return mo_bool(!set_equal(s, other));
        case MO_BINARY_OP_LESS_EQUAL: return mo_bool(set_issubset(s, other));
        case MO_BINARY_OP_MORE_EQUAL: return mo_bool(set_issuperset(s, other));
        case MO_BINARY_OP_LESS: return mo_bool(s->used < o->used && set_issubset(s, other));
        default: return mo_bool(s->used > o->used && set_issuperset(s, other));
    }
}

static mo_obj_t set_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    mo_set_t *s = set_of(lhs);
    if (op == MO_BINARY_OP_CONTAINS) {
        return mo_bool(set_contains_key(s, rhs));
    }
    if (!is_anyset(rhs)) {
        return MO_OBJ_NULL;
    }
    bool mutable = s->base.type == &mo_type_set;
    switch (op) {
        case MO_BINARY_OP_LESS:
        case MO_BINARY_OP_MORE:
        case MO_BINARY_OP_EQUAL:
        case MO_BINARY_OP_LESS_EQUAL:
        case MO_BINARY_OP_MORE_EQUAL:
        case MO_BINARY_OP_NOT_EQUAL:
            return set_compare(op, s, rhs);
        case MO_BINARY_OP_OR: {
            mo_set_t *r = set_copy(s);
            set_update_internal(r, rhs);
            return MO_OBJ(r);
        }
        case MO_BINARY_OP_AND: return MO_OBJ(set_intersection(s, rhs));
        case MO_BINARY_OP_SUBTRACT: return MO_OBJ(set_difference(s, rhs));
        case MO_BINARY_OP_XOR: return MO_OBJ(set_symmetric_difference(s, rhs));
        default: break;
    }
    if (!mutable) {
        return MO_OBJ_NULL;  // frozenset: the runtime falls back to the plain operator
    }
    switch (op) {
        case MO_BINARY_OP_INPLACE_OR: set_update_internal(s, rhs); return lhs;
        case MO_BINARY_OP_INPLACE_AND: set_take_body(s, set_intersection(s, rhs)); return lhs;
        case MO_BINARY_OP_INPLACE_SUBTRACT: set_difference_update_internal(s, rhs); return lhs;
        case MO_BINARY_OP_INPLACE_XOR: set_symmetric_difference_update(s, rhs); return lhs;
        default: return MO_OBJ_NULL;
    }
}

// ---- iteration -----------------------------------------------------------------------

typedef struct set_iter {
    mo_base_t base;
    mo_set_t *set;
    size_t pos;
    size_t used;   // the size when iteration began
} set_iter_t;

_Static_assert(sizeof(set_iter_t) <= sizeof(mo_iter_buf_t),
               "a set iterator must fit in an iter buffer");

static mo_obj_t set_it_next(mo_obj_t self) {
    set_iter_t *it = MO_PTR(self);
    if (it->set->used != it->used) {
        mo_raise_msg(&mo_type_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = set_next(it->set, &it->pos);
    return e != NULL ? e->key : MO_OBJ_STOP_ITERATION;
}

static const mo_type_t set_iterator_type = MO_ITER_TYPE_INIT(MO_QSTR_set_iterator, set_it_next);

static mo_obj_t set_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    set_iter_t *it = mo_iter_alloc(iter_buf, sizeof(set_iter_t));
    it->base.type = &set_iterator_type;
    it->set = set_of(self);
    it->pos = 0;
    it->used = it->set->used;
    return MO_OBJ(it);
}

// ---- methods ------------------------------------------------------------------------

static mo_obj_t set_add(mo_obj_t self, mo_obj_t item) {
    mo_set_add(self, item);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(set_add_obj, set_add);

static mo_obj_t set_clear(mo_obj_t self) {
    set_clear_internal(set_of(self));
    return mo_const_none;
}
static MO_DEFINE_FUN_1(set_clear_obj, set_clear);

static mo_obj_t set_copy_method(mo_obj_t self) {
    if (mo_obj_is_type(self, &mo_type_frozenset)) {
        return self;
    }
    return MO_OBJ(set_copy(set_of(self)));
}
static MO_DEFINE_FUN_1(set_copy_obj, set_copy_method);

static mo_obj_t set_discard(mo_obj_t self, mo_obj_t item) {
    set_discard_key(set_of(self), item);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(set_discard_obj, set_discard);

static mo_obj_t set_remove(mo_obj_t self, mo_obj_t item) {
    if (!set_discard_key(set_of(self), item)) {
        mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &item));
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(set_remove_obj, set_remove);

static mo_obj_t set_pop(mo_obj_t self) {
    mo_set_t *s = set_of(self);
    if (s->used == 0) {
        mo_raise_msg(&mo_type_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (!is_active(&s->table[i])) {
        i = (i + 1) & s->mask;
    }
    mo_obj_t key = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return key;
}
static MO_DEFINE_FUN_1(set_pop_obj, set_pop);

static mo_obj_t set_union(size_t n_args, const mo_obj_t *args) {
    mo_set_t *r = set_copy(set_of(args[0]));
    for (size_t i = 1; i < n_args; i++) {
        if (args[i] != args[0]) {
            set_update_internal(r, args[i]);
        }
    }
    return MO_OBJ(r);
}
static MO_DEFINE_FUN_VAR(set_union_obj, 1, 0xffff, set_union);

static mo_obj_t set_update(size_t n_args, const mo_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        set_update_internal(set_of(args[0]), args[i]);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(set_update_obj, 1, 0xffff, set_update);

static mo_set_t *intersection_multi(size_t n_args, const mo_obj_t *args) {
    mo_set_t *r = set_of(args[0]);
    if (n_args == 1) {
        return set_copy(r);
    }
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection(r, args[i]);
    }
    return r;
}

static mo_obj_t set_intersection_method(size_t n_args, const mo_obj_t *args) {
    return MO_OBJ(intersection_multi(n_args, args));
}
static MO_DEFINE_FUN_VAR(set_intersection_obj, 1, 0xffff, set_intersection_method);

static mo_obj_t set_intersection_update(size_t n_args, const mo_obj_t *args) {
    set_take_body(set_of(args[0]), intersection_multi(n_args, args));
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(set_intersection_update_obj, 1, 0xffff, set_intersection_update);

static mo_obj_t set_difference_method(size_t n_args, const mo_obj_t *args) {
    mo_set_t *s = set_of(args[0]);
    if (n_args == 1) {
        return MO_OBJ(set_copy(s));
    }
    mo_set_t *r = set_difference(s, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update_internal(r, args[i]);
    }
    return MO_OBJ(r);
}
static MO_DEFINE_FUN_VAR(set_difference_obj, 1, 0xffff, set_difference_method);

static mo_obj_t set_difference_update(size_t n_args, const mo_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update_internal(set_of(args[0]), args[i]);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(set_difference_update_obj, 1, 0xffff, set_difference_update);

static mo_obj_t set_symmetric_difference_method(mo_obj_t self, mo_obj_t other) {
    return MO_OBJ(set_symmetric_difference(set_of(self), other));
}
static MO_DEFINE_FUN_2(set_symmetric_difference_obj, set_symmetric_difference_method);

static mo_obj_t set_symmetric_difference_update_method(mo_obj_t self, mo_obj_t other) {
    set_symmetric_difference_update(set_of(self), other);
    return mo_const_none;
}
static MO_DEFINE_FUN_2(set_symmetric_difference_update_obj,
                       set_symmetric_difference_update_method);

static mo_obj_t set_issubset_method(mo_obj_t self, mo_obj_t other) {
    return mo_bool(set_issubset(set_of(self), other));
}
static MO_DEFINE_FUN_2(set_issubset_obj, set_issubset_method);

static mo_obj_t set_issuperset_method(mo_obj_t self, mo_obj_t other) {
    return mo_bool(set_issuperset(set_of(self), other));
}
static MO_DEFINE_FUN_2(set_issuperset_obj, set_issuperset_method);

static mo_obj_t set_isdisjoint_method(mo_obj_t self, mo_obj_t other) {
    return mo_bool(set_isdisjoint(set_of(self), other));
}
static MO_DEFINE_FUN_2(set_isdisjoint_obj, set_isdisjoint_method);

// The special methods, for direct calls and subclasses.
static mo_obj_t set_contains_method(mo_obj_t self, mo_obj_t item) {
    return mo_bool(set_contains_key(set_of(self), item));
}
static MO_DEFINE_FUN_2(set_contains_obj, set_contains_method);
static mo_obj_t set_len_method(mo_obj_t self) {
    return mo_small_int((mo_int_t)set_of(self)->used);
}
static MO_DEFINE_FUN_1(set_len_obj, set_len_method);
static mo_obj_t set_iter_method(mo_obj_t self) { return set_getiter(self, NULL); }
static MO_DEFINE_FUN_1(set_iter_obj, set_iter_method);

static const mo_map_elem_t set_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___contains__), MO_ROM_PTR(&set_contains_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&set_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___len__), MO_ROM_PTR(&set_len_obj)},
    {MO_ROM_QSTR(MO_QSTR_add), MO_ROM_PTR(&set_add_obj)},
    {MO_ROM_QSTR(MO_QSTR_clear), MO_ROM_PTR(&set_clear_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&set_copy_obj)},
    {MO_ROM_QSTR(MO_QSTR_difference), MO_ROM_PTR(&set_difference_obj)},
    {MO_ROM_QSTR(MO_QSTR_difference_update), MO_ROM_PTR(&set_difference_update_obj)},
    {MO_ROM_QSTR(MO_QSTR_discard), MO_ROM_PTR(&set_discard_obj)},
    {MO_ROM_QSTR(MO_QSTR_intersection), MO_ROM_PTR(&set_intersection_obj)},
    {MO_ROM_QSTR(MO_QSTR_intersection_update), MO_ROM_PTR(&set_intersection_update_obj)},
    {MO_ROM_QSTR(MO_QSTR_isdisjoint), MO_ROM_PTR(&set_isdisjoint_obj)},
    {MO_ROM_QSTR(MO_QSTR_issubset), MO_ROM_PTR(&set_issubset_obj)},
    {MO_ROM_QSTR(MO_QSTR_issuperset), MO_ROM_PTR(&set_issuperset_obj)},
    {MO_ROM_QSTR(MO_QSTR_pop), MO_ROM_PTR(&set_pop_obj)},
    {MO_ROM_QSTR(MO_QSTR_remove), MO_ROM_PTR(&set_remove_obj)},
    {MO_ROM_QSTR(MO_QSTR_symmetric_difference), MO_ROM_PTR(&set_symmetric_difference_obj)},
    {MO_ROM_QSTR(MO_QSTR_symmetric_difference_update),
     MO_ROM_PTR(&set_symmetric_difference_update_obj)},
    {MO_ROM_QSTR(MO_QSTR_union), MO_ROM_PTR(&set_union_obj)},
    {MO_ROM_QSTR(MO_QSTR_update), MO_ROM_PTR(&set_update_obj)},
};
static MO_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static const mo_map_elem_t frozenset_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___contains__), MO_ROM_PTR(&set_contains_obj)},
    {MO_ROM_QSTR(MO_QSTR___iter__), MO_ROM_PTR(&set_iter_obj)},
    {MO_ROM_QSTR(MO_QSTR___len__), MO_ROM_PTR(&set_len_obj)},
    {MO_ROM_QSTR(MO_QSTR_copy), MO_ROM_PTR(&set_copy_obj)},
    {MO_ROM_QSTR(MO_QSTR_difference), MO_ROM_PTR(&set_difference_obj)},
    {MO_ROM_QSTR(MO_QSTR_intersection), MO_ROM_PTR(&set_intersection_obj)},
    {MO_ROM_QSTR(MO_QSTR_isdisjoint), MO_ROM_PTR(&set_isdisjoint_obj)},
    {MO_ROM_QSTR(MO_QSTR_issubset), MO_ROM_PTR(&set_issubset_obj)},
    {MO_ROM_QSTR(MO_QSTR_issuperset), MO_ROM_PTR(&set_issuperset_obj)},
    {MO_ROM_QSTR(MO_QSTR_symmetric_difference), MO_ROM_PTR(&set_symmetric_difference_obj)},
    {MO_ROM_QSTR(MO_QSTR_union), MO_ROM_PTR(&set_union_obj)},
};
static MO_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_table);

const mo_type_t mo_type_set = {
    .base = {&mo_type_type},
    .name = MO_QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &set_locals_dict,
};

const mo_type_t mo_type_frozenset = {
    .base = {&mo_type_type},
    .name = MO_QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &frozenset_locals_dict,
};
