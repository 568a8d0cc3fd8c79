/*
 * rng_vectors.c - independent test-vector generator for Agora's AgoraRandom.
 *
 * Implements, from the published algorithm descriptions by David Blackman and
 * Sebastiano Vigna (https://prng.di.unimi.it/, reference files
 * xoshiro256starstar.c and splitmix64.c, both public domain):
 *
 *   splitmix64 next():  z = (state += 0x9e3779b97f4a7c15);
 *                       z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
 *                       z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
 *                       return z ^ (z >> 31);
 *
 *   xoshiro256** next(): result = rotl(s[1] * 5, 7) * 9;
 *                        t = s[1] << 17;
 *                        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
 *                        s[2] ^= t; s[3] = rotl(s[3], 45);
 *                        return result;
 *
 * Seeding: the four state words are four successive splitmix64 outputs
 * started from the 64-bit seed (the seeding the authors recommend).
 * Doubles in [0, 1): (x >> 11) * 0x1.0p-53.
 *
 * Build and run:  gcc -O2 -o rng_vectors rng_vectors.c && ./rng_vectors
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

typedef struct { uint64_t x; } sm64_t;
typedef struct { uint64_t s[4]; } xo256_t;

static uint64_t sm64_next(sm64_t *g)
{
    uint64_t z = (g->x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static inline uint64_t rotl64(uint64_t v, int k)
{
    return (v << k) | (v >> (64 - k));
}

static void xo256_seed(xo256_t *g, uint64_t seed)
{
    sm64_t sm = { seed };
    for (int i = 0; i < 4; i++)
        g->s[i] = sm64_next(&sm);
}

static uint64_t xo256_next(xo256_t *g)
{
    uint64_t *s = g->s;
    const uint64_t out = rotl64(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return out;
}

static double to_unit_double(uint64_t x)
{
    return (double)(x >> 11) * 0x1.0p-53;
}

int main(void)
{
    static const uint64_t seeds[] = { 0, 1, 42 };

    printf("# splitmix64, seed 0, first 4 outputs\n");
    sm64_t sm = { 0 };
    for (int i = 0; i < 4; i++)
        printf("splitmix64 seed=0 out[%d] = 0x%016" PRIx64 "\n", i, sm64_next(&sm));

    for (size_t k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
        xo256_t g;

        printf("\n# xoshiro256** seeded by splitmix64(seed=%" PRIu64 ")\n", seeds[k]);
        xo256_seed(&g, seeds[k]);
        for (int i = 0; i < 8; i++)
            printf("seed=%" PRIu64 " u64[%d] = 0x%016" PRIx64 "\n", seeds[k], i, xo256_next(&g));

        /* Fresh generator: the doubles are derived from the first 4 outputs. */
        xo256_seed(&g, seeds[k]);
        for (int i = 0; i < 4; i++)
            printf("seed=%" PRIu64 " dbl[%d] = %.17g\n", seeds[k], i, to_unit_double(xo256_next(&g)));
    }
    return 0;
}
