// SHA-256 block compression, following FIPS 180-4 section 6.2.
#include "stdlib/hashlib.h"

#include "runtime/runtime.h"

// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
static const uint32_t k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// First 32 bits of the fractional parts of the square roots of the first 8 primes.
static void sha256_init(uint32_t *s) {
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    for (int i = 0; i < 8; i++) {
        s[i] = h0[i];
    }
}

// The message schedule is kept as a rolling window of 16 words to save RAM.
static uint32_t schedule(uint32_t *w, int t) {
    uint32_t w15 = w[(t - 15) & 15], w2 = w[(t - 2) & 15];
    uint32_t s0 = hash_rotr(w15, 7) ^ hash_rotr(w15, 18) ^ (w15 >> 3);
    uint32_t s1 = hash_rotr(w2, 17) ^ hash_rotr(w2, 19) ^ (w2 >> 10);
    w[t & 15] += s0 + w[(t - 7) & 15] + s1;
    return w[t & 15];
}

static void sha256_compress(uint32_t *s, const uint8_t *block) {
    uint32_t w[16];
    for (int t = 0; t < 16; t++) {
        w[t] = hash_load_be32(block + 4 * t);
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
    for (int t = 0; t < 64; t++) {
        uint32_t wt = t < 16 ? w[t] : schedule(w, t);
        uint32_t t1 = h + (hash_rotr(e, 6) ^ hash_rotr(e, 11) ^ hash_rotr(e, 25)) +
                      ((e & f) ^ (~e & g)) + k[t] + wt;
        uint32_t t2 = (hash_rotr(a, 2) ^ hash_rotr(a, 13) ^ hash_rotr(a, 22)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
    s[4] += e;
    s[5] += f;
    s[6] += g;
    s[7] += h;
}

const hash_algo_t hash_algo_sha256 = {MO_QSTR_sha256, 32, true, sha256_init, sha256_compress};
