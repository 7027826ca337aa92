// Private to the hashlib module: the three digests share one Merkle-Damgard
// frame (64-byte blocks, 0x80 padding, a 64-bit bit count at the end), so each
// algorithm only supplies its initial state and its block compression function.
#ifndef MOTE_STDLIB_HASHLIB_H
#define MOTE_STDLIB_HASHLIB_H

#include <stdbool.h>
#include <stdint.h>

#define HASH_BLOCK_SIZE 64
#define HASH_MAX_STATE_WORDS 8

typedef struct hash_algo {
    uint16_t name;        // qstr: the lower-case name CPython reports
    uint8_t digest_size;  // bytes; the digest is the first digest_size/4 state words
    bool big_endian;      // byte order of message words, the bit count and the digest
    void (*init)(uint32_t *state);
    void (*compress)(uint32_t *state, const uint8_t *block);
} hash_algo_t;

extern const hash_algo_t hash_algo_sha256, hash_algo_sha1, hash_algo_md5;

// Words are assembled from bytes so that no unaligned access and no host byte
// order is assumed; each byte is widened before shifting so no int overflows.
static inline uint32_t hash_load_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}
static inline uint32_t hash_load_le32(const uint8_t *p) {
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | (uint32_t)p[0];
}
// n must be in 1..31 (a shift by 32 would be undefined).
static inline uint32_t hash_rotl(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t hash_rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

#endif
