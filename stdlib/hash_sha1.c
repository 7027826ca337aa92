// SHA-1 block compression, following FIPS 180-4 section 6.1.
#include "stdlib/hashlib.h"

#include "runtime/runtime.h"

static void sha1_init(uint32_t *s) {
    static const uint32_t h0[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    for (int i = 0; i < 5; i++) {
        s[i] = h0[i];
    }
}

// The round function and constant change every 20 rounds (FIPS 180-4 4.1.1, 4.2.1).
static uint32_t round_f(int t, uint32_t b, uint32_t c, uint32_t d) {
    if (t < 20) {
        return ((b & c) | (~b & d)) + 0x5a827999;
    }
    if (t < 40) {
        return (b ^ c ^ d) + 0x6ed9eba1;
    }
    if (t < 60) {
        return ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc;
    }
    return (b ^ c ^ d) + 0xca62c1d6;
}

static void sha1_compress(uint32_t *s, const uint8_t *block) {
    uint32_t w[16]; // the schedule as a rolling window of 16 words
    for (int t = 0; t < 16; t++) {
        w[t] = hash_load_be32(block + 4 * t);
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4];
    for (int t = 0; t < 80; t++) {
        if (t >= 16) {
            uint32_t x = w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15];
            w[t & 15] = hash_rotl(x, 1);
        }
        uint32_t tmp = hash_rotl(a, 5) + round_f(t, b, c, d) + e + w[t & 15];
        e = d;
        d = c;
        c = hash_rotl(b, 30);
        b = a;
        a = tmp;
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
    s[4] += e;
}

const hash_algo_t hash_algo_sha1 = {MO_QSTR_sha1, 20, true, sha1_init, sha1_compress};
