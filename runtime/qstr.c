// Interned strings (qstr.h).
//
// Static qstrs are a ROM table sorted by hash (tools/gen_qstr.py), found by binary
// search, so they cost no RAM. Dynamic qstrs live on the GC heap: an array of
// entries plus an open-addressing index of qstr numbers, both reachable from
// mo_state.qstr_pools so the collector keeps them.
#include "runtime/qstr.h"

#include <string.h>

#include "runtime/runtime.h"

typedef struct {
    uint32_t hash;
    uint16_t len;
    const char *str;
} qstr_entry_t;

static const qstr_entry_t static_qstrs[] = {
#include "genhdr/qstrdata.h"
};

typedef struct {
    size_t count;        // dynamic qstrs
    size_t alloc;        // capacity of entries
    qstr_entry_t *entries;
    size_t index_size;   // power of two, or 0
    uint32_t *index;     // qstr numbers; 0 = empty slot
} qstr_pool_t;

static qstr_pool_t *pool(void) { return (qstr_pool_t *)MO_PTR(mo_state.qstr_pools); }

size_t mo_qstr_compute_hash(const uint8_t *data, size_t len) {
    // FNV-1a over the bytes, then MurmurHash3's 32-bit finaliser so the low bits
    // (the ones a hash table uses) depend on every input bit. tools/gen_qstr.py
    // computes the same for the ROM table.
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ data[i]) * 16777619u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

void mo_qstr_init(void) {
    qstr_pool_t *p = mo_alloc(sizeof(qstr_pool_t));
    mo_state.qstr_pools = MO_OBJ(p);
}

static const qstr_entry_t *entry(qstr q) {
    if (q < MO_QSTR_number_of_static) {
        return &static_qstrs[q];
    }
    return &pool()->entries[q - MO_QSTR_number_of_static];
}

static qstr find_static(const char *data, size_t len, uint32_t hash) {
    size_t lo = 2, hi = MO_QSTR_number_of_static;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (static_qstrs[mid].hash < hash) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    for (; lo < MO_QSTR_number_of_static && static_qstrs[lo].hash == hash; lo++) {
        if (static_qstrs[lo].len == len && memcmp(static_qstrs[lo].str, data, len) == 0) {
            return lo;
        }
    }
    return MO_QSTR_NULL;
}

static qstr find_dynamic(const char *data, size_t len, uint32_t hash) {
    qstr_pool_t *p = pool();
    if (p == NULL || p->index_size == 0) {
        return MO_QSTR_NULL;
    }
    size_t mask = p->index_size - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        uint32_t q = p->index[i];
        if (q == 0) {
            return MO_QSTR_NULL;
        }
        const qstr_entry_t *e = entry(q);
        if (e->hash == hash && e->len == len && memcmp(e->str, data, len) == 0) {
            return q;
        }
    }
}

qstr mo_qstr_find_strn(const char *data, size_t len) {
    return mo_qstr_find_strn_hashed(data, len, mo_qstr_compute_hash((const uint8_t *)data, len));
}

qstr mo_qstr_find_strn_hashed(const char *data, size_t len, size_t full_hash) {
    if (len == 0) {
        return MO_QSTR_;
    }
    uint32_t hash = (uint32_t)full_hash;
    qstr q = find_static(data, len, hash);
    if (q == MO_QSTR_NULL) {
        q = find_dynamic(data, len, hash);
    }
    return q;
}

static void index_insert(qstr_pool_t *p, qstr q) {
    size_t mask = p->index_size - 1;
    size_t i = entry(q)->hash & mask;
    while (p->index[i] != 0) {
        i = (i + 1) & mask;
    }
    p->index[i] = (uint32_t)q;
}

// Keeps the index at most half full.
static void grow_index(qstr_pool_t *p) {
    size_t size = p->index_size ? p->index_size * 2 : 64;
    uint32_t *index = mo_alloc(size * sizeof(uint32_t));
    p->index = index;
    p->index_size = size;
    for (size_t i = 0; i < p->count; i++) {
        index_insert(p, MO_QSTR_number_of_static + i);
    }
}

qstr mo_qstr_from_strn(const char *data, size_t len) {
    qstr q = mo_qstr_find_strn(data, len);
    if (q != MO_QSTR_NULL) {
        return q;
    }
    if (len > 0xffff) {
        mo_raise_msg(&mo_type_RuntimeError, "name too long");
    }
    qstr_pool_t *p = pool();
    // Allocate everything before changing the pool, so MemoryError leaves it sound.
    char *copy = mo_alloc(len + 1);
    memcpy(copy, data, len);
    if (p->count == p->alloc) {
        size_t alloc = p->alloc ? p->alloc * 2 : 32;
        p->entries = mo_renew(qstr_entry_t, p->entries, alloc);
        p->alloc = alloc;
    }
    if ((p->count + 1) * 2 > p->index_size) {
        grow_index(p);
    }
    qstr_entry_t *e = &p->entries[p->count++];
    e->hash = (uint32_t)mo_qstr_compute_hash((const uint8_t *)data, len);
    e->len = (uint16_t)len;
    e->str = copy;
    q = MO_QSTR_number_of_static + p->count - 1;
    index_insert(p, q);
    return q;
}

qstr mo_qstr_from_str(const char *str) { return mo_qstr_from_strn(str, strlen(str)); }

const char *mo_qstr_str(qstr q) { return entry(q)->str; }

const char *mo_qstr_data(qstr q, size_t *len) {
    const qstr_entry_t *e = entry(q);
    *len = e->len;
    return e->str;
}

size_t mo_qstr_len(qstr q) { return entry(q)->len; }

size_t mo_qstr_hash(qstr q) { return entry(q)->hash; }

size_t mo_qstr_count(void) {
    qstr_pool_t *p = pool();
    return MO_QSTR_number_of_static + (p ? p->count : 0);
}
