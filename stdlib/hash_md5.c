// MD5 block compression, following RFC 1321 section 3.4.
#include "stdlib/hashlib.h"

#include "runtime/runtime.h"

// T[i] = floor(2**32 * abs(sin(i + 1))).
static const uint32_t t_table[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// Per-round left rotations: four per round, repeated for the 16 steps of a round.
static const uint8_t shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void md5_init(uint32_t *s) {
    s[0] = 0x67452301;
    s[1] = 0xefcdab89;
    s[2] = 0x98badcfe;
    s[3] = 0x10325476;
}

// The auxiliary function of round i / 16 and the message word step i uses.
static uint32_t aux(int i, uint32_t b, uint32_t c, uint32_t d, int *word) {
    switch (i >> 4) {
        case 0:
            *word = i;
            return (b & c) | (~b & d);
        case 1:
            *word = (5 * i + 1) & 15;
            return (b & d) | (c & ~d);
        case 2:
            *word = (3 * i + 5) & 15;
            return b ^ c ^ d;
        default:
            *word = (7 * i) & 15;
            return c ^ (b | ~d);
    }
}

static void md5_compress(uint32_t *s, const uint8_t *block) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = hash_load_le32(block + 4 * i);
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
    for (int i = 0; i < 64; i++) {
        int g;
        uint32_t f = aux(i, b, c, d, &g);
        uint32_t sum = a + f + t_table[i] + x[g];
        a = d;
        d = c;
        c = b;
        b = b + hash_rotl(sum, shifts[i >> 4][i & 3]);
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
}

const hash_algo_t hash_algo_md5 = {MO_QSTR_md5, 16, false, md5_init, md5_compress};
