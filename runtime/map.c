// The insertion-ordered hash map behind dicts, module globals and class dicts.
//
// Entries live in `table` in insertion order, so iteration needs no sorting and
// popitem is LIFO. Small maps (<= MAP_LINEAR_MAX entries) and ROM maps are scanned
// linearly; bigger ones also keep `index`, an open-addressing table whose slots hold
// (position in `table`) + 1, with 0 marking an empty slot. The slot width is the
// smallest of 8, 16 or 32 bits that can name every position, to save RAM.
// A deleted entry keeps its slot (its key becomes NULL, so it acts as a tombstone)
// until the table is compacted when it next runs out of room. The index starts
// with a count of its non-empty slots, so stale slots (left when the last entry
// is popped and its place reused) can't fill it: it is rebuilt before they do.
#include <string.h>

#include "runtime/map.h"
#include "runtime/runtime.h"

// Up to this many entries a linear scan beats hashing.
#define MAP_LINEAR_MAX 8
#define PERTURB_SHIFT 5

// ---- the index ------------------------------------------------------------------

static size_t index_slot_bytes(size_t alloc) {
    if (alloc < 0xff) {
        return 1;
    }
    if (alloc < 0xffff) {
        return 2;
    }
    return 4;
}

// The index block: a header, then 1 << index_log2 slots.
typedef struct index_header { uint32_t fill; } index_header_t;  // non-empty slots

static index_header_t *index_header(const mo_map_t *map) { return map->index; }
static void *index_slots(const mo_map_t *map) { return (index_header_t *)map->index + 1; }

static size_t index_get(const mo_map_t *map, size_t i) {
    switch (index_slot_bytes(map->alloc)) {
        case 1: return ((const uint8_t *)index_slots(map))[i];
        case 2: return ((const uint16_t *)index_slots(map))[i];
        default: return ((const uint32_t *)index_slots(map))[i];
    }
}

// Fills an empty slot.
static void index_set(mo_map_t *map, size_t i, size_t v) {
    switch (index_slot_bytes(map->alloc)) {
        case 1: ((uint8_t *)index_slots(map))[i] = (uint8_t)v; break;
        case 2: ((uint16_t *)index_slots(map))[i] = (uint16_t)v; break;
        default: ((uint32_t *)index_slots(map))[i] = (uint32_t)v; break;
    }
    index_header(map)->fill++;
}

// Whether the index has grown too full to take another slot.
static bool index_is_full(const mo_map_t *map) {
    size_t size = (size_t)1 << map->index_log2;
    return index_header(map)->fill + 1 > size - size / 4;
}

// The hash used to place keys. Strings hash by content with the qstr function
// whether interned or not, so a qstr key and an equal str object always agree.
static mo_uint_t key_hash(mo_obj_t key) {
    if (mo_is_qstr(key)) {
        return mo_qstr_hash(mo_qstr_value(key));
    }
    if (mo_obj_is_type(key, &mo_type_str)) {
        mo_str_t *s = MO_PTR(key);
        if (s->hash == 0) {
            s->hash = mo_qstr_compute_hash(s->data, s->len);
        }
        return s->hash;
    }
    return (mo_uint_t)mo_obj_hash(key);
}

// Finds the first empty slot in the probe sequence of hash (the key is known absent).
static size_t index_find_empty(const mo_map_t *map, mo_uint_t hash) {
    size_t mask = ((size_t)1 << map->index_log2) - 1;
    size_t i = hash & mask;
    mo_uint_t perturb = hash;
    while (index_get(map, i) != 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    return i;
}

// Rebuilds the index for the current table (which has no deleted entries), or
// drops it when the table is small enough to scan.
static void index_rebuild(mo_map_t *map) {
    if (map->index != NULL) {
        mo_free(map->index);
        map->index = NULL;
        map->index_log2 = 0;
    }
    if (map->alloc <= MAP_LINEAR_MAX) {
        return;
    }
    // Keep the load under 2/3 so probe chains stay short.
    size_t want = map->alloc + map->alloc / 2 + 1;
    uint8_t log2 = 4;
    while (((size_t)1 << log2) < want) {
        log2++;
    }
    map->index = mo_alloc(sizeof(index_header_t) +
                          ((size_t)1 << log2) * index_slot_bytes(map->alloc));
    map->index_log2 = log2;
    for (size_t pos = 0; pos < map->used; pos++) {
        mo_uint_t h = key_hash(map->table[pos].key);
        index_set(map, index_find_empty(map, h), pos + 1);
    }
}

// ---- table management ---------------------------------------------------------------

void mo_map_init(mo_map_t *map, size_t n) {
    map->count = 0;
    map->used = 0;
    map->alloc = (uint32_t)n;
    map->is_fixed = 0;
    map->all_keys_are_qstrs = 1;
    map->index_log2 = 0;
    map->index = NULL;
    map->table = n > 0 ? mo_new(mo_map_elem_t, n) : NULL;
    index_rebuild(map);
}

void mo_map_init_fixed(mo_map_t *map, const mo_map_elem_t *table, size_t n) {
    map->count = (uint32_t)n;
    map->used = (uint32_t)n;
    map->alloc = (uint32_t)n;
    map->is_fixed = 1;
    map->all_keys_are_qstrs = 1;
    for (size_t i = 0; i < n; i++) {
        if (!mo_is_qstr(table[i].key)) {
            map->all_keys_are_qstrs = 0;
        }
    }
    map->index_log2 = 0;
    map->index = NULL;
    map->table = (mo_map_elem_t *)table;
}

void mo_map_clear(mo_map_t *map) {
    if (map->is_fixed) {
        mo_raise_msg(&mo_type_TypeError, "'mappingproxy' object does not support item assignment");
    }
    mo_map_init(map, 0);
}

// Moves live entries down over deleted ones, keeping their order.
static void table_compact(mo_map_t *map) {
    size_t dst = 0;
    for (size_t src = 0; src < map->used; src++) {
        if (map->table[src].key != MO_OBJ_NULL) {
            map->table[dst++] = map->table[src];
        }
    }
    for (size_t i = dst; i < map->used; i++) {
        map->table[i].key = MO_OBJ_NULL;
        map->table[i].value = MO_OBJ_NULL;
    }
    map->used = (uint32_t)dst;
}

// Gives the table room for at least `n` entries in total, compacting it first.
// The old table is left to the GC rather than freed: a caller may still hold an
// element pointer from an earlier lookup, and writing through it must stay harmless.
static void table_resize(mo_map_t *map, size_t n) {
    table_compact(map);
    if (n > UINT32_MAX / 2) {
        mo_raise_memory_error();
    }
    if (n != map->alloc) {
        mo_map_elem_t *t = mo_new(mo_map_elem_t, n);
        if (map->used > 0) {
            memcpy(t, map->table, map->used * sizeof(mo_map_elem_t));
        }
        map->table = t;
        map->alloc = (uint32_t)n;
    }
    index_rebuild(map);
}

// Makes room for one more entry at table[used].
static void table_make_room(mo_map_t *map) {
    size_t deleted = map->used - map->count;
    if (deleted > 0 && deleted >= map->alloc / 4) {
        table_resize(map, map->alloc);  // compaction frees enough
    } else {
        table_resize(map, map->alloc < 4 ? 4 : (size_t)map->alloc * 2);
    }
}

void mo_map_reserve(mo_map_t *map, size_t n) {
    if (n > map->alloc && !map->is_fixed) {
        table_resize(map, n);
    }
}

void mo_map_copy(mo_map_t *dest, const mo_map_t *src) {
    mo_map_init(dest, src->count);
    size_t n = 0;
    for (size_t i = 0; i < src->used; i++) {
        if (src->table[i].key != MO_OBJ_NULL) {
            dest->table[n++] = src->table[i];
        }
    }
    dest->used = dest->count = (uint32_t)n;
    dest->all_keys_are_qstrs = src->all_keys_are_qstrs;
    index_rebuild(dest);
}

mo_map_elem_t *mo_map_next(const mo_map_t *map, size_t *pos) {
    while (*pos < map->used) {
        mo_map_elem_t *e = &map->table[(*pos)++];
        if (e->key != MO_OBJ_NULL) {
            return e;
        }
    }
    return NULL;
}

bool mo_map_pop_last(mo_map_t *map, mo_obj_t *key, mo_obj_t *value) {
    if (map->is_fixed) {
        mo_raise_msg(&mo_type_TypeError, "'mappingproxy' object does not support item assignment");
    }
    size_t pos = map->used;
    while (pos > 0 && map->table[pos - 1].key == MO_OBJ_NULL) {
        pos--;
    }
    if (pos == 0) {
        return false;
    }
    mo_map_elem_t *e = &map->table[pos - 1];
    *key = e->key;
    *value = e->value;
    e->key = MO_OBJ_NULL;
    e->value = MO_OBJ_NULL;
    map->count--;
    // The place is reused at once. Its index slot stays, harmlessly naming the
    // place (or whatever entry takes it) until the index is rebuilt.
    map->used = (uint32_t)(pos - 1);
    return true;
}

// ---- lookup ---------------------------------------------------------------------

// A str object whose text is already interned is looked up as that qstr, so maps
// whose keys are all qstrs can compare by identity.
static mo_obj_t normalise_key(mo_obj_t key) {
    if (mo_obj_is_type(key, &mo_type_str)) {
        mo_str_t *s = MO_PTR(key);
        if (s->hash == 0) {
            s->hash = mo_qstr_compute_hash(s->data, s->len);   // str's own hash, cached
        }
        qstr q = mo_qstr_find_strn_hashed((const char *)s->data, s->len, s->hash);
        if (q != MO_QSTR_NULL) {
            return mo_qstr_obj(q);
        }
    }
    return key;
}

// Whether stored key `a` equals lookup key `b`, with the cheap cases decided here.
static bool keys_equal(mo_obj_t a, mo_obj_t b) {
    if (a == b) {
        return true;
    }
    if (a == MO_OBJ_NULL) {
        return false;
    }
    // Two tagged values (small ints, qstrs) are equal only when identical.
    if (!mo_is_ptr(a) && !mo_is_ptr(b)) {
        return false;
    }
    return mo_obj_equal(a, b);
}

// Whether the key can equal some key of a map whose keys are all qstrs.
static bool may_equal_a_qstr(mo_obj_t key) {
    return !mo_is_small_int(key) && !mo_obj_is_type(key, &mo_type_str);
}

// Linear search: the position of key in table, or -1.
// Inlined: the hot path of every small dict lookup (instance and class dicts).
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline ptrdiff_t scan_find(mo_map_t *map, mo_obj_t key) {
    if (map->all_keys_are_qstrs) {
        if (mo_is_qstr(key) || !may_equal_a_qstr(key)) {
            for (size_t i = 0; i < map->used; i++) {
                if (map->table[i].key == key) {
                    return (ptrdiff_t)i;
                }
            }
            return -1;
        }
    }
    // mo_obj_equal can run user code that changes the map: re-read it every step.
    for (size_t i = 0; i < map->used; i++) {
        if (keys_equal(map->table[i].key, key)) {
            return i < map->used ? (ptrdiff_t)i : -1;
        }
    }
    return -1;
}

// Fixed maps (the ROM tables of types and modules) have no index and are searched
// linearly: str's methods, say, are ~45 entries. A small direct-mapped cache of
// (map, qstr) -> position in RAM makes repeated lookups (method calls in loops) one
// probe; fixed maps never change, so entries never go stale. Misses are cached too
// (an attribute looked for along a type's bases). Fixed maps live for the whole run.
// 128 entries on the host; 32 on a board (384 bytes of RAM with 32-bit words).
#ifndef MO_FIXED_MAP_CACHE_LOG2
#if defined(MO_BOARD) && MO_BOARD
#define MO_FIXED_MAP_CACHE_LOG2 5
#else
#define MO_FIXED_MAP_CACHE_LOG2 7
#endif
#endif
#define FIXED_CACHE_SIZE (1u << MO_FIXED_MAP_CACHE_LOG2)

static struct fixed_cache_entry {
    const mo_map_t *map;
    mo_obj_t key;
    ptrdiff_t pos;
} fixed_cache[FIXED_CACHE_SIZE];

static ptrdiff_t fixed_find(mo_map_t *map, mo_obj_t key) {
    uintptr_t h = ((uintptr_t)map >> 3) ^ ((uintptr_t)key * 2654435761u);
    struct fixed_cache_entry *e = &fixed_cache[(h ^ (h >> 13)) & (FIXED_CACHE_SIZE - 1)];
    if (e->map == map && e->key == key) {
        return e->pos;
    }
    ptrdiff_t pos = -1;
    if (map->all_keys_are_qstrs) {
        for (size_t i = 0; i < map->used; i++) {
            if (map->table[i].key == key) {
                pos = (ptrdiff_t)i;
                break;
            }
        }
    } else {
        pos = scan_find(map, key);   // e.g. errno's table of int keys
    }
    e->map = map;
    e->key = key;
    e->pos = pos;
    return pos;
}

// Indexed search: the position of key in table, or -1. *slot_out receives the
// index slot that named it.
static ptrdiff_t index_find(mo_map_t *map, mo_obj_t key, mo_uint_t hash, size_t *slot_out) {
    bool identity_only = mo_is_qstr(key) && map->all_keys_are_qstrs;
restart:;
    mo_map_elem_t *table = map->table;
    void *index = map->index;
    uint32_t used = map->used, count = map->count;
    size_t mask = ((size_t)1 << map->index_log2) - 1;
    size_t i = hash & mask;
    mo_uint_t perturb = hash;
    for (;;) {
        size_t v = index_get(map, i);
        if (v == 0) {
            return -1;
        }
        if (v <= map->used) {
            mo_obj_t k = map->table[v - 1].key;
            if (k == key) {
                *slot_out = i;
                return (ptrdiff_t)(v - 1);
            }
            if (!identity_only && k != MO_OBJ_NULL && keys_equal(k, key)) {
                if (map->table != table || map->index != index || map->used != used ||
                    map->count != count) {
                    goto restart;  // the comparison changed the map under us
                }
                *slot_out = i;
                return (ptrdiff_t)(v - 1);
            }
            if (map->table != table || map->index != index || map->used != used ||
                map->count != count) {
                goto restart;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

_Noreturn static void raise_read_only(void) {
    mo_raise_msg(&mo_type_TypeError, "'mappingproxy' object does not support item assignment");
}

static mo_map_elem_t *map_add(mo_map_t *map, mo_obj_t key, mo_uint_t hash, bool have_hash) {
    if (map->used >= map->alloc) {
        table_make_room(map);
    } else if (map->index != NULL && index_is_full(map)) {
        table_resize(map, map->alloc);  // drop the stale slots
    }
    size_t pos = map->used;
    map->table[pos].key = key;
    map->table[pos].value = MO_OBJ_NULL;
    map->used++;
    map->count++;
    if (!mo_is_qstr(key)) {
        map->all_keys_are_qstrs = 0;
    }
    if (map->index != NULL) {
        if (!have_hash) {
            hash = key_hash(key);
        }
        index_set(map, index_find_empty(map, hash), pos + 1);
    }
    return &map->table[pos];
}

mo_map_elem_t *mo_map_lookup(mo_map_t *map, mo_obj_t key, mo_map_lookup_kind_t kind) {
    if (map->is_fixed && kind != MO_MAP_LOOKUP) {
        raise_read_only();
    }
    // A plain lookup in a map with other keys than qstrs compares str keys by content
    // anyway (equal texts hash alike), so only insertions and qstr-only maps need it.
    if (kind == MO_MAP_LOOKUP_ADD_IF_NOT_FOUND || map->all_keys_are_qstrs) {
        key = normalise_key(key);
    }
    ptrdiff_t pos;
    mo_uint_t hash = 0;
    bool have_hash = false;
    if (map->index == NULL) {
        if (mo_is_ptr(key)) {
            (void)key_hash(key);  // unhashable keys raise TypeError, as in CPython
        }
        pos = map->is_fixed && mo_is_qstr(key) ? fixed_find(map, key) : scan_find(map, key);
    } else {
        size_t slot;
        hash = key_hash(key);
        have_hash = true;
        if (map->all_keys_are_qstrs && !mo_is_qstr(key) && !may_equal_a_qstr(key)) {
            pos = -1;  // e.g. a str that isn't interned can't equal any key
        } else {
            pos = index_find(map, key, hash, &slot);
        }
    }
    if (pos >= 0) {
        mo_map_elem_t *e = &map->table[pos];
        if (kind == MO_MAP_LOOKUP_REMOVE_IF_FOUND) {
            e->key = MO_OBJ_NULL;
            map->count--;
            if ((size_t)pos + 1 == map->used) {
                map->used--;  // the last entry: reuse its place at once
            }
        }
        return e;
    }
    if (kind == MO_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return map_add(map, key, hash, have_hash);
    }
    return NULL;
}
