// The hashlib module: sha256, sha1 and md5 hash objects (CPython's _hashlib.HASH
// interface) over the block functions in hash_*.c. The buffering, padding and
// digest encoding shared by the three algorithms live here.
#include <string.h>

#include "runtime/objexcept.h"
#include "runtime/objstr.h"
#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "stdlib/hashlib.h"

typedef struct hash_obj {
    mo_base_t base;
    const hash_algo_t *algo;
    uint32_t state[HASH_MAX_STATE_WORDS];
    // Bytes hashed so far; 64 bits because the padding encodes the length mod 2**64 bits.
    uint64_t count;
    uint8_t buf[HASH_BLOCK_SIZE]; // a partial block waiting for more data
    uint8_t buf_len;
} hash_obj_t;

static const mo_type_t hash_type;

// ---- the digest machinery ----------------------------------------------------------------

static void hash_feed(hash_obj_t *h, const uint8_t *data, size_t len) {
    h->count += len;
    if (h->buf_len > 0) {
        size_t take = HASH_BLOCK_SIZE - h->buf_len;
        take = take < len ? take : len;
        memcpy(h->buf + h->buf_len, data, take);
        h->buf_len += (uint8_t)take;
        data += take;
        len -= take;
        if (h->buf_len < HASH_BLOCK_SIZE) {
            return;
        }
        h->algo->compress(h->state, h->buf);
        h->buf_len = 0;
    }
    // Whole blocks straight from the caller's data, without copying.
    for (; len >= HASH_BLOCK_SIZE; data += HASH_BLOCK_SIZE, len -= HASH_BLOCK_SIZE) {
        h->algo->compress(h->state, data);
    }
    if (len > 0) {
        memcpy(h->buf, data, len);
    }
    h->buf_len = (uint8_t)len;
}

static void store32(uint8_t *p, uint32_t v, bool big_endian) {
    for (int i = 0; i < 4; i++) {
        p[big_endian ? 3 - i : i] = (uint8_t)(v >> (8 * i));
    }
}

// Pads a copy of the state (so the object can keep being updated, as in CPython)
// and writes the digest to out.
static void hash_final(const hash_obj_t *h, uint8_t *out) {
    hash_obj_t t = *h;
    uint64_t bits = t.count * 8;
    static const uint8_t pad[HASH_BLOCK_SIZE] = {0x80};
    size_t pad_len = (size_t)(t.buf_len < 56 ? 56 - t.buf_len : 120 - t.buf_len);
    hash_feed(&t, pad, pad_len);
    uint8_t tail[8];
    bool be = t.algo->big_endian;
    store32(tail + (be ? 0 : 4), (uint32_t)(bits >> 32), be);
    store32(tail + (be ? 4 : 0), (uint32_t)bits, be);
    hash_feed(&t, tail, 8);
    for (size_t i = 0; i < t.algo->digest_size / 4u; i++) {
        store32(out + 4 * i, t.state[i], be);
    }
}

// ---- arguments ---------------------------------------------------------------------------

// The bytes of a data argument, with CPython's two distinct TypeErrors.
static const uint8_t *data_arg(mo_obj_t o, size_t *len) {
    const uint8_t *data;
    mo_obj_t native;
    if (mo_str_unwrap(o, &mo_type_str, &native)) {
        mo_raise_msg(&mo_type_TypeError, "Strings must be encoded before hashing");
    }
    if (!mo_bytes_like_data(o, &data, len)) {
        // A memoryview refuses only when released or strided (no single run of bytes).
        if (mo_obj_is_type(o, &mo_type_memoryview)) {
            if (((const mo_memoryview_t *)MO_PTR(o))->released) {
                mo_raise_msg(&mo_type_ValueError, "operation forbidden on released memoryview object");
            }
            mo_raise_msg(&mo_type_BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        mo_raise_msg(&mo_type_TypeError, "object supporting the buffer API required");
    }
    return data;
}

static mo_obj_t hash_new_obj(const hash_algo_t *algo, mo_obj_t data) {
    hash_obj_t *h = mo_new_obj(hash_obj_t);
    h->base.type = &hash_type;
    h->algo = algo;
    algo->init(h->state);
    h->count = 0;
    h->buf_len = 0;
    if (data != MO_OBJ_NULL) {
        size_t len;
        const uint8_t *p = data_arg(data, &len);
        hash_feed(h, p, len);
    }
    return MO_OBJ(h);
}

// The initial data of a constructor: one positional or the keyword `string`;
// `usedforsecurity` is accepted and ignored (there is no FIPS mode here).
static mo_obj_t initial_data(const char *fname, size_t n_args, const mo_obj_t *args,
                             mo_map_t *kw) {
    if (n_args > 1) {
        mo_raise_fmt(&mo_type_TypeError, "%s() takes at most 1 positional argument (%u given)",
                     fname, (unsigned)n_args);
    }
    mo_obj_t data = n_args == 1 ? args[0] : MO_OBJ_NULL;
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        mo_obj_t key = kw->table[i].key;
        qstr q = key != MO_OBJ_NULL ? mo_obj_str_get_qstr(key) : MO_QSTR_usedforsecurity;
        if (q == MO_QSTR_string) {
            if (data != MO_OBJ_NULL) {
                mo_raise_fmt(&mo_type_TypeError,
                             "argument for %s() given by name ('string') and position (1)", fname);
            }
            data = kw->table[i].value;
        } else if (q != MO_QSTR_usedforsecurity) {
            mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                         fname);
        }
    }
    return data;
}

// ---- the constructors --------------------------------------------------------------------

#define HASH_CONSTRUCTOR(name, fname) \
    static mo_obj_t hashlib_##name(size_t n_args, const mo_obj_t *args, mo_map_t *kw) { \
        return hash_new_obj(&hash_algo_##name, initial_data(fname, n_args, args, kw)); \
    } \
    static MO_DEFINE_FUN_KW(hashlib_##name##_obj, 0, hashlib_##name);

HASH_CONSTRUCTOR(sha256, "openssl_sha256")
HASH_CONSTRUCTOR(sha1, "openssl_sha1")
HASH_CONSTRUCTOR(md5, "openssl_md5")

// Algorithm names match case-insensitively, as OpenSSL's lookup does for CPython.
static const hash_algo_t *find_algo(mo_obj_t name) {
    static const hash_algo_t *const algos[] = {&hash_algo_sha256, &hash_algo_sha1, &hash_algo_md5};
    size_t len;
    const char *s = mo_obj_str_get_data(name, &len);
    for (size_t i = 0; i < sizeof(algos) / sizeof(algos[0]); i++) {
        size_t n;
        const char *a = mo_qstr_data(algos[i]->name, &n);
        size_t j = 0;
        while (j < n && j < len && (s[j] | 0x20) == a[j]) {
            j++;
        }
        if (j == n && n == len) {
            return algos[i];
        }
    }
    mo_raise_fmt(&mo_type_ValueError, "unsupported hash type %S", name);
}

// One keyword argument of new(): name and data fill their slots (CPython's
// Python-level signature), `usedforsecurity` is ignored, anything else is refused
// with the message of the C-level new() it would be passed on to.
static void new_keyword(mo_obj_t key, mo_obj_t value, mo_obj_t *slots) {
    qstr q = mo_obj_str_get_qstr(key);
    if (q == MO_QSTR_name || q == MO_QSTR_data) {
        mo_obj_t *slot = &slots[q == MO_QSTR_data];
        if (*slot != MO_OBJ_NULL) {
            mo_raise_fmt(&mo_type_TypeError, "__hash_new() got multiple values for argument '%q'", q);
        }
        *slot = value;
    } else if (q == MO_QSTR_string) {
        mo_raise_msg(&mo_type_TypeError, "argument for new() given by name ('string') and position (2)");
    } else if (q != MO_QSTR_usedforsecurity) {
        mo_raise_fmt(&mo_type_TypeError, "'%S' is an invalid keyword argument for new()", key);
    }
}

// new(name, data=b'', **kwargs)
static mo_obj_t hashlib_new(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError,
                     "__hash_new() takes from 1 to 2 positional arguments but %u were given",
                     (unsigned)n_args);
    }
    mo_obj_t slots[2] = {MO_OBJ_NULL, MO_OBJ_NULL}; // name, data
    for (size_t i = 0; i < n_args; i++) {
        slots[i] = args[i];
    }
    for (size_t i = 0; kw != NULL && i < kw->used; i++) {
        if (kw->table[i].key != MO_OBJ_NULL) {
            new_keyword(kw->table[i].key, kw->table[i].value, slots);
        }
    }
    if (slots[0] == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "__hash_new() missing 1 required positional argument: 'name'");
    }
    if (!mo_obj_is_str(slots[0])) {
        mo_raise_msg(&mo_type_TypeError, "name must be a string");
    }
    return hash_new_obj(find_algo(slots[0]), slots[1]);
}
static MO_DEFINE_FUN_KW(hashlib_new_obj, 0, hashlib_new);

// ---- the HASH methods --------------------------------------------------------------------

static hash_obj_t *hash_self(mo_obj_t self) { return (hash_obj_t *)MO_PTR(self); }

// A var form so that a wrong argument count gets CPython's wording.
static mo_obj_t hash_update(size_t n_args, const mo_obj_t *args) {
    if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, "HASH.update() takes exactly one argument (%u given)",
                     (unsigned)(n_args - 1));
    }
    size_t len;
    const uint8_t *p = data_arg(args[1], &len);
    hash_feed(hash_self(args[0]), p, len);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(hash_update_obj, 1, 0xffff, hash_update);

static mo_obj_t hash_digest(mo_obj_t self) {
    uint8_t out[4 * HASH_MAX_STATE_WORDS];
    hash_final(hash_self(self), out);
    return mo_obj_new_bytes(out, hash_self(self)->algo->digest_size);
}
static MO_DEFINE_FUN_1(hash_digest_obj, hash_digest);

static mo_obj_t hash_hexdigest(mo_obj_t self) {
    uint8_t out[4 * HASH_MAX_STATE_WORDS];
    hash_final(hash_self(self), out);
    return mo_bytes_hex(out, hash_self(self)->algo->digest_size, 0, NULL);
}
static MO_DEFINE_FUN_1(hash_hexdigest_obj, hash_hexdigest);

static mo_obj_t hash_copy(mo_obj_t self) {
    hash_obj_t *h = mo_new_obj(hash_obj_t);
    *h = *hash_self(self);
    return MO_OBJ(h);
}
static MO_DEFINE_FUN_1(hash_copy_obj, hash_copy);

// name, digest_size and block_size are read-only attributes computed from the algorithm.
static void hash_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    const hash_algo_t *algo = hash_self(self)->algo;
    if (attr == MO_QSTR_name) {
        dest[0] = mo_qstr_obj(algo->name);
    } else if (attr == MO_QSTR_digest_size) {
        dest[0] = mo_small_int(algo->digest_size);
    } else if (attr == MO_QSTR_block_size) {
        dest[0] = mo_small_int(HASH_BLOCK_SIZE);
    } else {
        mo_generic_attr_load(self, attr, dest);
    }
}

static void hash_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "<%q _hashlib.HASH object @ %p>", (qstr)hash_self(self)->algo->name, MO_PTR(self));
}

#define M(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&hash_##name##_obj)}
static const mo_map_elem_t hash_locals_table[] = {
    M(MO_QSTR_update, update), M(MO_QSTR_digest, digest), M(MO_QSTR_hexdigest, hexdigest),
    M(MO_QSTR_copy, copy),
};
static MO_DEFINE_CONST_DICT(hash_locals_dict, hash_locals_table);

static const mo_type_t hash_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR__hashlib_dot_HASH,
    .print = hash_print,
    .attr = hash_attr,
    .locals_dict = &hash_locals_dict,
};

// ---- the module --------------------------------------------------------------------------

#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&hashlib_##name##_obj)}
static const mo_map_elem_t hashlib_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_hashlib)},
    FN(MO_QSTR_sha256, sha256), FN(MO_QSTR_sha1, sha1), FN(MO_QSTR_md5, md5), FN(MO_QSTR_new, new),
};
static MO_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);

const mo_module_t mo_module_hashlib = {{&mo_type_module}, &hashlib_globals};

MO_REGISTER_MODULE(MO_QSTR_hashlib, mo_module_hashlib);
