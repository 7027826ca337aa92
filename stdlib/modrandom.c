// The random module: CPython's Mersenne Twister (MT19937) seeded the same way, and
// the Python-level methods of CPython's Random class drawing from it in the same
// order, so `random.seed(n)` gives exactly CPython's numbers.
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "runtime/objfloat.h"
#include "runtime/runtime.h"

// ---- the generator ----------------------------------------------------------------------

#define MT_N 624
#define MT_M 397

// One generator for the module (CPython's hidden Random instance); static since it
// must outlive any heap object and is not a GC root. 2.5 KiB of RAM.
static struct {
    uint32_t mt[MT_N];
    uint16_t index;
    bool seeded;
} gen;

static void init_genrand(uint32_t s) {
    gen.mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        gen.mt[i] = 1812433253u * (gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) + i;
    }
    gen.index = MT_N;
}

// The reference init_by_array, which CPython's seed() feeds with the seed's words.
static void init_by_array(const uint32_t *key, size_t len) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        gen.mt[i] = (gen.mt[i] ^ ((gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                    (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            gen.mt[0] = gen.mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        gen.mt[i] = (gen.mt[i] ^ ((gen.mt[i - 1] ^ (gen.mt[i - 1] >> 30)) * 1566083941u)) -
                    (uint32_t)i;
        i++;
        if (i >= MT_N) {
            gen.mt[0] = gen.mt[MT_N - 1];
            i = 1;
        }
    }
    gen.mt[0] = 0x80000000u;  // assures a non-zero initial state
    gen.seeded = true;
}

static void seed_from_host(void);

static void twist(void) {
    for (size_t k = 0; k < MT_N; k++) {
        uint32_t y = (gen.mt[k] & 0x80000000u) | (gen.mt[(k + 1) % MT_N] & 0x7fffffffu);
        gen.mt[k] = gen.mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    gen.index = 0;
}

static uint32_t genrand(void) {
    if (!gen.seeded) {
        seed_from_host();
    }
    if (gen.index >= MT_N) {
        twist();
    }
    uint32_t y = gen.mt[gen.index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// Without a seed CPython reads the OS's entropy; a board without one uses the clock.
static void seed_from_host(void) {
    uint32_t key[4] = {(uint32_t)time(NULL), (uint32_t)clock(), 0, 0};
#if defined(__unix__) || defined(__APPLE__)
    FILE *f = fopen("/dev/urandom", "rb");
    if (f != NULL) {
        size_t got = fread(key, sizeof(uint32_t), 4, f);
        (void)got;  // a short read leaves the clock-based words in place
        fclose(f);
    }
#endif
    init_by_array(key, 4);
}

// ---- seed ----------------------------------------------------------------------------

// The absolute value of an int as 32-bit words, low first (CPython's seed key).
// Taken 16 bits at a time so it works where a small int is 31 bits wide.
static void seed_int(mo_obj_t n) {
    if (mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, n, mo_small_int(0)))) {
        n = mo_unary_op(MO_UNARY_OP_NEGATIVE, n);
    }
    size_t alloc = 4, len = 0;
    uint32_t *key = mo_new(uint32_t, alloc);
    do {
        if (len == alloc) {
            uint32_t *bigger = mo_new(uint32_t, alloc * 2);
            memcpy(bigger, key, alloc * sizeof(uint32_t));
            key = bigger;
            alloc *= 2;
        }
        mo_uint_t lo = (mo_uint_t)mo_obj_get_int(mo_binary_op(MO_BINARY_OP_AND, n, mo_small_int(0xffff)));
        n = mo_binary_op(MO_BINARY_OP_RSHIFT, n, mo_small_int(16));
        mo_uint_t hi = (mo_uint_t)mo_obj_get_int(mo_binary_op(MO_BINARY_OP_AND, n, mo_small_int(0xffff)));
        n = mo_binary_op(MO_BINARY_OP_RSHIFT, n, mo_small_int(16));
        key[len++] = (uint32_t)lo | ((uint32_t)hi << 16);
    } while (mo_obj_is_true(n));
    init_by_array(key, len);
}

static void forget_gauss(void);

static mo_obj_t random_seed(size_t n_args, const mo_obj_t *args) {
    mo_obj_t a = n_args > 0 ? args[0] : mo_const_none;
    forget_gauss();
    if (a == mo_const_none) {
        seed_from_host();
    } else if (mo_obj_is_int(a) || mo_obj_is_type(a, &mo_type_bool)) {
        seed_int(a);
    } else if (mo_obj_is_type(a, &mo_type_float)) {
        // As CPython: the float's hash, as a 64-bit CPython computes it.
        seed_int(mo_obj_new_int_from_ll(mo_float_hash64(mo_obj_get_float(a))));
    } else {
        // str and bytes seeds hash with SHA-512 in CPython; not available here.
        mo_raise_msg(&mo_type_TypeError, "The only supported seed types are: None,\n"
                                         "int, float, str, bytes, and bytearray.");
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(random_seed_obj, 0, 2, random_seed);

// ---- bits and floats -------------------------------------------------------------------

static double random_double(void) {
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static mo_obj_t random_random(void) { return mo_obj_new_float(random_double()); }
static MO_DEFINE_FUN_0(random_random_obj, random_random);

// k random bits (k >= 0); words are drawn low first, the last one keeping its top bits.
static mo_obj_t getrandbits(mo_uint_t k) {
    if (k <= 32) {
        return mo_obj_new_int_from_ull(k == 0 ? 0 : genrand() >> (32 - k));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mo_new(uint32_t, words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand();
        w[i] = k < 32 ? r >> (32 - k) : r;
        if (k < 32) {
            break;
        }
    }
    mo_obj_t acc = mo_small_int(0);
    for (size_t i = words; i-- > 0;) {
        acc = mo_binary_op(MO_BINARY_OP_LSHIFT, acc, mo_small_int(32));
        acc = mo_binary_op(MO_BINARY_OP_OR, acc, mo_obj_new_int_from_ull(w[i]));
    }
    return acc;
}

static mo_obj_t random_getrandbits(mo_obj_t k_obj) {
    mo_int_t k = mo_obj_get_int(k_obj);
    if (k < 0) {
        mo_raise_msg(&mo_type_ValueError, "number of bits must be non-negative");
    }
    return getrandbits((mo_uint_t)k);
}
static MO_DEFINE_FUN_1(random_getrandbits_obj, random_getrandbits);

// ---- integers below a bound --------------------------------------------------------------

// Random._randbelow_with_getrandbits: rejection sampling on n.bit_length() bits.
static mo_obj_t randbelow(mo_obj_t n) {
    if (mo_is_small_int(n)) {
        mo_uint_t un = (mo_uint_t)mo_small_int_value(n);
        mo_uint_t k = 0;
        while (k < sizeof(mo_uint_t) * 8 && (un >> k) != 0) {
            k++;
        }
        if (k <= 32) {
            uint32_t r;
            do {
                r = k == 0 ? 0 : genrand() >> (32 - k);
            } while (r >= un);
            return mo_obj_new_int_from_ull(r);
        }
    }
    mo_uint_t k = (mo_uint_t)mo_obj_get_int(mo_call_method_0(n, MO_QSTR_bit_length));
    mo_obj_t r;
    do {
        r = getrandbits(k);
    } while (!mo_obj_is_true(mo_binary_op(MO_BINARY_OP_LESS, r, n)));
    return r;
}

static size_t randbelow_size(size_t n) { return (size_t)mo_obj_get_int(randbelow(mo_obj_new_int((mo_int_t)n))); }

// operator.index, with CPython 3.11's fallback to int() for other types (a
// deprecated path that still accepts integral floats).
static mo_obj_t range_arg(mo_obj_t o, int argn) {
    if (mo_obj_is_int(o) || mo_obj_is_type(o, &mo_type_bool)) {
        return o;
    }
    mo_obj_t i = mo_call1(MO_OBJ(&mo_type_int), o);
    if (!mo_obj_equal(i, o)) {
        mo_raise_fmt(&mo_type_ValueError, "non-integer arg %d for randrange()", argn);
    }
    return i;
}

static bool int_gt0(mo_obj_t n) {
    return mo_obj_is_true(mo_binary_op(MO_BINARY_OP_MORE, n, mo_small_int(0)));
}

static mo_obj_t randrange(mo_obj_t start_in, mo_obj_t stop_in, mo_obj_t step_in) {
    mo_obj_t start = range_arg(start_in, 1);
    if (stop_in == mo_const_none) {
        if (step_in != MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_TypeError, "Missing a non-None stop argument");
        }
        if (int_gt0(start)) {
            return randbelow(start);
        }
        mo_raise_msg(&mo_type_ValueError, "empty range for randrange()");
    }
    mo_obj_t stop = range_arg(stop_in, 2);
    mo_obj_t width = mo_binary_op(MO_BINARY_OP_SUBTRACT, stop, start);
    mo_obj_t step = step_in == MO_OBJ_NULL ? mo_small_int(1) : range_arg(step_in, 3);
    if (mo_obj_equal(step, mo_small_int(1))) {
        if (int_gt0(width)) {
            return mo_binary_op(MO_BINARY_OP_ADD, start, randbelow(width));
        }
        mo_raise_fmt(&mo_type_ValueError, "empty range for randrange() (%R, %R, %R)", start, stop,
                     width);
    }
    mo_obj_t n;
    if (int_gt0(step)) {
        n = mo_binary_op(MO_BINARY_OP_ADD, width, mo_binary_op(MO_BINARY_OP_SUBTRACT, step, mo_small_int(1)));
    } else if (mo_obj_is_true(step)) {
        n = mo_binary_op(MO_BINARY_OP_ADD, width, mo_binary_op(MO_BINARY_OP_ADD, step, mo_small_int(1)));
    } else {
        mo_raise_msg(&mo_type_ValueError, "zero step for randrange()");
    }
    n = mo_binary_op(MO_BINARY_OP_FLOOR_DIVIDE, n, step);
    if (!int_gt0(n)) {
        mo_raise_msg(&mo_type_ValueError, "empty range for randrange()");
    }
    return mo_binary_op(MO_BINARY_OP_ADD, start, mo_binary_op(MO_BINARY_OP_MULTIPLY, step, randbelow(n)));
}

// randrange(start, stop=None, step=1), positional or by keyword.
static mo_obj_t random_randrange(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    static const uint16_t names[3] = {MO_QSTR_start, MO_QSTR_stop, MO_QSTR_step};
    mo_obj_t a[3] = {MO_OBJ_NULL, mo_const_none, MO_OBJ_NULL};
    if (n_args > 3) {
        mo_raise_fmt(&mo_type_TypeError, "Random.randrange() takes from 2 to 4 positional arguments but %u were given",
                     (unsigned)n_args + 1);
    }
    for (size_t i = 0; i < 3; i++) {
        mo_map_elem_t *e = kw != NULL ? mo_map_lookup(kw, mo_qstr_obj(names[i]), MO_MAP_LOOKUP) : NULL;
        a[i] = i < n_args ? args[i] : (e != NULL ? e->value : a[i]);
    }
    if (a[0] == MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "Random.randrange() missing 1 required positional argument: 'start'");
    }
    return randrange(a[0], a[1], a[2]);
}
static MO_DEFINE_FUN_KW(random_randrange_obj, 0, random_randrange);

static mo_obj_t random_randint(size_t n_args, const mo_obj_t *args) {
    if (n_args != 2) {
        mo_raise_fmt(&mo_type_TypeError, n_args < 2 ? "Random.randint() missing %u required positional argument%s: %s"
                                                    : "Random.randint() takes 3 positional arguments but %u were given%s%s",
                     n_args < 2 ? 2 - (unsigned)n_args : (unsigned)n_args + 1, n_args == 0 ? "s" : "",
                     n_args == 0 ? "'a' and 'b'" : (n_args == 1 ? "'b'" : ""));
    }
    return randrange(args[0], mo_binary_op(MO_BINARY_OP_ADD, args[1], mo_small_int(1)), MO_OBJ_NULL);
}
static MO_DEFINE_FUN_VAR(random_randint_obj, 0, 0xffff, random_randint);

// ---- sequences ----------------------------------------------------------------------------

static mo_obj_t random_choice(mo_obj_t seq) {
    size_t n = mo_obj_len_size(seq);
    if (n == 0) {
        mo_raise_msg(&mo_type_IndexError, "Cannot choose from an empty sequence");
    }
    return mo_subscr_load(seq, randbelow(mo_obj_new_int((mo_int_t)n)));
}
static MO_DEFINE_FUN_1(random_choice_obj, random_choice);

// Fisher-Yates from the end, through the sequence protocol (works on any mutable sequence).
static mo_obj_t random_shuffle(mo_obj_t x) {
    size_t n = mo_obj_len_size(x);
    for (size_t i = n; i-- > 1;) {
        mo_obj_t oi = mo_obj_new_int((mo_int_t)i);
        mo_obj_t j = mo_obj_new_int((mo_int_t)randbelow_size(i + 1));
        mo_obj_t xi = mo_subscr_load(x, oi), xj = mo_subscr_load(x, j);
        mo_subscr_store(x, oi, xj);
        mo_subscr_store(x, j, xi);
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(random_shuffle_obj, random_shuffle);

static bool contains_index(const size_t *sel, size_t n, size_t j) {
    for (size_t i = 0; i < n; i++) {
        if (sel[i] == j) {
            return true;
        }
    }
    return false;
}

// CPython's sample: a partial shuffle of a copy for small populations, else
// repeated draws that skip indices already taken (CPython keeps them in a set).
static mo_obj_t sample(mo_obj_t pop, mo_int_t k) {
    const mo_type_t *t = mo_obj_type(pop);
    if (mo_type_is_subclass(t, &mo_type_set) || mo_type_is_subclass(t, &mo_type_frozenset) ||
        mo_type_is_subclass(t, &mo_type_dict)) {
        mo_raise_msg(&mo_type_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    size_t n = mo_obj_len_size(pop);
    if (k < 0 || (mo_uint_t)k > n) {
        mo_raise_msg(&mo_type_ValueError, "Sample larger than population or is negative");
    }
    mo_obj_t result = mo_obj_new_list((size_t)k, NULL);
    mo_obj_t *out = ((mo_list_t *)MO_PTR(result))->items;
    double setsize = 21;
    if (k > 5) {
        setsize += pow(4, ceil(log((double)k * 3) / log(4)));
    }
    if ((double)n <= setsize) {
        mo_obj_t pool_obj = mo_obj_new_list(0, NULL);
        mo_list_extend(pool_obj, pop);
        mo_obj_t *pool = ((mo_list_t *)MO_PTR(pool_obj))->items;
        for (size_t i = 0; i < (size_t)k; i++) {
            size_t j = randbelow_size(n - i);
            out[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
        return result;
    }
    size_t *sel = mo_new(size_t, (size_t)k + 1);
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j;
        do {
            j = randbelow_size(n);
        } while (contains_index(sel, i, j));
        sel[i] = j;
        out[i] = mo_subscr_load(pop, mo_obj_new_int((mo_int_t)j));
    }
    return result;
}

static mo_obj_t random_sample(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t k = n_args > 1 ? args[1] : MO_OBJ_NULL;
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_k), MO_MAP_LOOKUP);
        if (e != NULL && k == MO_OBJ_NULL) {
            k = e->value;
        }
    }
    if (k == MO_OBJ_NULL || n_args > 2) {
        mo_raise_msg(&mo_type_TypeError, "Random.sample() missing 1 required positional argument: 'k'");
    }
    return sample(args[0], mo_obj_get_int(k));
}
static MO_DEFINE_FUN_KW(random_sample_obj, 1, random_sample);

static mo_obj_t random_uniform(mo_obj_t a, mo_obj_t b) {
    double x = mo_obj_get_float(a), y = mo_obj_get_float(b);
    return mo_obj_new_float(x + (y - x) * random_double());
}
static MO_DEFINE_FUN_2(random_uniform_obj, random_uniform);

// A keyword argument of a MO_DEFINE_FUN_KW function, or NULL.
static mo_obj_t kw_arg(mo_map_t *kw, qstr name) {
    if (kw == NULL) {
        return MO_OBJ_NULL;
    }
    mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(name), MO_MAP_LOOKUP);
    return e != NULL ? e->value : MO_OBJ_NULL;
}

// The running sums of weights as doubles (CPython accumulates the objects; for ints
// and floats summing doubles left to right gives the same picks).
static double *cumulate(mo_obj_t weights, bool already_cumulative, size_t *n_out) {
    size_t n = mo_obj_len_size(weights);
    double *cum = mo_new(double, n ? n : 1);
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        double w = mo_obj_get_float(mo_subscr_load(weights, mo_obj_new_int((mo_int_t)i)));
        sum = already_cumulative ? w : sum + w;
        cum[i] = sum;
    }
    *n_out = n;
    return cum;
}

// bisect_right(cum, x, 0, hi)
static size_t bisect_right(const double *cum, double x, size_t hi) {
    size_t lo = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x < cum[mid]) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// choices(population, weights=None, *, cum_weights=None, k=1), drawing as CPython:
// floor(random() * n) per pick without weights, else a bisection of random() * total
// in the cumulative weights.
static mo_obj_t random_choices(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    if (n_args > 2) {
        mo_raise_fmt(&mo_type_TypeError, "Random.choices() takes from 2 to 3 positional "
                                         "arguments but %d were given", (int)n_args + 1);
    }
    mo_obj_t pop = args[0];
    mo_obj_t weights = n_args > 1 ? args[1] : kw_arg(kw, MO_QSTR_weights);
    mo_obj_t cum_weights = kw_arg(kw, MO_QSTR_cum_weights);
    mo_obj_t k_obj = kw_arg(kw, MO_QSTR_k);
    mo_int_t k = k_obj != MO_OBJ_NULL ? mo_obj_get_int(k_obj) : 1;
    if (weights == mo_const_none) {
        weights = MO_OBJ_NULL;
    }
    if (cum_weights == mo_const_none) {
        cum_weights = MO_OBJ_NULL;
    }
    size_t n = mo_obj_len_size(pop);
    mo_obj_t result = mo_obj_new_list(0, NULL);
    if (weights == MO_OBJ_NULL && cum_weights == MO_OBJ_NULL) {
        for (mo_int_t i = 0; i < k; i++) {
            mo_obj_t idx = mo_obj_new_int((mo_int_t)floor(random_double() * (double)n));
            mo_list_append(result, mo_subscr_load(pop, idx));
        }
        return result;
    }
    if (weights != MO_OBJ_NULL && cum_weights != MO_OBJ_NULL) {
        mo_raise_msg(&mo_type_TypeError, "Cannot specify both weights and cumulative weights");
    }
    if (weights != MO_OBJ_NULL && mo_obj_is_int(weights)) {
        mo_raise_fmt(&mo_type_TypeError,
                     "The number of choices must be a keyword argument: k=%d",
                     (int)mo_obj_get_int(weights));
    }
    size_t nw;
    double *cum = cum_weights != MO_OBJ_NULL ? cumulate(cum_weights, true, &nw)
                                             : cumulate(weights, false, &nw);
    if (nw != n) {
        mo_raise_msg(&mo_type_ValueError, "The number of weights does not match the population");
    }
    double total = n ? cum[n - 1] : 0.0;
    if (n == 0) {
        mo_raise_msg(&mo_type_IndexError, "list index out of range");
    }
    if (total <= 0.0) {
        mo_raise_msg(&mo_type_ValueError, "Total of weights must be greater than zero");
    }
    if (!isfinite(total)) {
        mo_raise_msg(&mo_type_ValueError, "Total of weights must be finite");
    }
    for (mo_int_t i = 0; i < k; i++) {
        size_t j = bisect_right(cum, random_double() * total, n - 1);
        mo_list_append(result, mo_subscr_load(pop, mo_obj_new_int((mo_int_t)j)));
    }
    mo_free(cum);
    return result;
}
static MO_DEFINE_FUN_KW(random_choices_obj, 1, random_choices);

// ---- distributions --------------------------------------------------------------------
// Each draws random() the same number of times, in the same order, with the same
// arithmetic as CPython 3.11's random.py, so seeded results agree.

// gauss keeps the second value of each Box-Muller pair for the next call; seed()
// forgets it, as CPython's does.
static struct {
    double next;
    bool have_next;
} gauss_state;

// An optional float argument of a distribution.
static double float_arg(size_t n_args, const mo_obj_t *args, size_t i, double dflt) {
    return n_args > i ? mo_obj_get_float(args[i]) : dflt;
}

static void forget_gauss(void) { gauss_state.have_next = false; }

static mo_obj_t random_gauss(size_t n_args, const mo_obj_t *args) {
    double mu = float_arg(n_args, args, 0, 0.0), sigma = float_arg(n_args, args, 1, 1.0);
    double z;
    if (gauss_state.have_next) {
        z = gauss_state.next;
        gauss_state.have_next = false;
    } else {
        double x2pi = random_double() * 6.283185307179586;
        double g2rad = sqrt(-2.0 * log(1.0 - random_double()));
        z = cos(x2pi) * g2rad;
        gauss_state.next = sin(x2pi) * g2rad;
        gauss_state.have_next = true;
    }
    return mo_obj_new_float(mu + z * sigma);
}
static MO_DEFINE_FUN_VAR(random_gauss_obj, 0, 2, random_gauss);

// Kinderman and Monahan's ratio method, as CPython.
static mo_obj_t random_normalvariate(size_t n_args, const mo_obj_t *args) {
    double mu = float_arg(n_args, args, 0, 0.0), sigma = float_arg(n_args, args, 1, 1.0);
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double();
        double u2 = 1.0 - random_double();
        z = nv_magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) {
            break;
        }
    }
    return mo_obj_new_float(mu + z * sigma);
}
static MO_DEFINE_FUN_VAR(random_normalvariate_obj, 0, 2, random_normalvariate);

static mo_obj_t random_expovariate(mo_obj_t lambd) {
    double l = mo_obj_get_float(lambd);
    double u = random_double();
    if (l == 0.0) {
        mo_raise_msg(&mo_type_ZeroDivisionError, "float division by zero");
    }
    return mo_obj_new_float(-log(1.0 - u) / l);
}
static MO_DEFINE_FUN_1(random_expovariate_obj, random_expovariate);

static mo_obj_t random_triangular(size_t n_args, const mo_obj_t *args) {
    double low = float_arg(n_args, args, 0, 0.0), high = float_arg(n_args, args, 1, 1.0);
    double u = random_double();
    double c = 0.5;
    if (n_args > 2 && args[2] != mo_const_none) {
        if (high == low) {
            return args[0];   // CPython: the ZeroDivisionError gives low itself
        }
        c = (mo_obj_get_float(args[2]) - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return mo_obj_new_float(low + (high - low) * sqrt(u * c));
}
static MO_DEFINE_FUN_VAR(random_triangular_obj, 0, 3, random_triangular);

// ---- the module -----------------------------------------------------------------------

#define FN(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&random_##name##_obj)}
static const mo_map_elem_t random_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_random)},
    FN(MO_QSTR_seed, seed), FN(MO_QSTR_random, random), FN(MO_QSTR_getrandbits, getrandbits),
    FN(MO_QSTR_randrange, randrange), FN(MO_QSTR_randint, randint), FN(MO_QSTR_choice, choice),
    FN(MO_QSTR_shuffle, shuffle), FN(MO_QSTR_sample, sample), FN(MO_QSTR_uniform, uniform),
    FN(MO_QSTR_choices, choices), FN(MO_QSTR_gauss, gauss),
    FN(MO_QSTR_normalvariate, normalvariate), FN(MO_QSTR_expovariate, expovariate),
    FN(MO_QSTR_triangular, triangular),
};
static MO_DEFINE_CONST_DICT(random_globals, random_globals_table);

const mo_module_t mo_module_random = {{&mo_type_module}, &random_globals};

MO_REGISTER_MODULE(MO_QSTR_random, mo_module_random);
