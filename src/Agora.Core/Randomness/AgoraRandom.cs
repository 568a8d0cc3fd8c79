using System.Runtime.CompilerServices;

namespace Agora.Core.Randomness;

/// <summary>
/// Agora's pseudo-random generator: xoshiro256** seeded through SplitMix64, with deterministic splitting and forking.
/// </summary>
/// <remarks>
/// <para>
/// Algorithm version 1 (<see cref="AlgorithmVersion"/>). The state is four 64-bit words, filled from a 64-bit seed by
/// four successive <see cref="SplitMix64.Next"/> calls, exactly as Blackman and Vigna recommend
/// ("Scrambled linear pseudorandom number generators", ACM TOMS 2021). Each output is
/// <c>rotl(s1 * 5, 7) * 9</c>, followed by the xoshiro256 linear update. Doubles in [0, 1) take the top 53 bits:
/// <c>(x &gt;&gt; 11) * 2^-53</c>. The test vectors in the test suite were produced by the reference C program in
/// <c>tools/rng-reference/</c>.
/// </para>
/// <para>
/// Streams are derived, never shared: <see cref="Split"/> draws a fresh seed from this generator (advancing it), and
/// <see cref="Fork(ulong)"/> derives a child from the current state and a key without advancing it, so a trial keyed
/// "arm=3/seed#7" gets the same stream whatever order trials run in. The struct is a value type: copying it copies the
/// stream, so pass it by <see langword="ref"/> when the caller must see it advance.
/// </para>
/// <para>
/// Any change to the outputs of this type for a given seed is a breaking change and must bump
/// <see cref="AlgorithmVersion"/>.
/// </para>
/// <threadsafety>A mutable value type: not safe to share between threads; give each thread its own split or fork.</threadsafety>
/// </remarks>
public struct AgoraRandom
{
    /// <summary>The version of the output-defining algorithm; stored with every run.</summary>
    public const int AlgorithmVersion = 1;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is expanded from <paramref name="seed"/> by SplitMix64.</summary>
    /// <param name="seed">Any 64-bit seed; 0 is fine.</param>
    public AgoraRandom(ulong seed)
    {
        ulong sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    /// <returns>A uniform 64-bit value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <returns>A value in [0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform float in [0, 1) with 24 random bits.</summary>
    /// <returns>A value in [0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias.</summary>
    /// <param name="exclusiveMax">The exclusive upper bound; must be positive.</param>
    /// <returns>A value in [0, exclusiveMax).</returns>
    /// <remarks>Lemire's multiply-and-reject method ("Fast random integer generation in an interval", 2019).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exclusiveMax"/> is not positive.</exception>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)NextUInt64((ulong)exclusiveMax);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="exclusiveMax"/>).</summary>
    /// <param name="min">The inclusive lower bound.</param>
    /// <param name="exclusiveMax">The exclusive upper bound; must exceed <paramref name="min"/>.</param>
    /// <returns>A value in [min, exclusiveMax).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty.</exception>
    public int NextInt(int min, int exclusiveMax)
    {
        if (exclusiveMax <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(exclusiveMax), exclusiveMax, $"must exceed min ({min}).");
        }

        return min + (int)NextUInt64((ulong)((long)exclusiveMax - min));
    }

    /// <summary>A uniform 64-bit integer in [0, <paramref name="exclusiveMax"/>), without modulo bias.</summary>
    /// <param name="exclusiveMax">The exclusive upper bound; must be positive.</param>
    /// <returns>A value in [0, exclusiveMax).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // strategies call it per turn; tier 0 would not inline the UInt128 product
    public ulong NextUInt64(ulong exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfZero(exclusiveMax);
        ulong x = NextUInt64();
        UInt128 m = (UInt128)x * exclusiveMax;
        ulong low = (ulong)m;
        if (low < exclusiveMax)
        {
            ulong threshold = unchecked(0UL - exclusiveMax) % exclusiveMax;
            while (low < threshold)
            {
                x = NextUInt64();
                m = (UInt128)x * exclusiveMax;
                low = (ulong)m;
            }
        }

        return (ulong)(m >> 64);
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">The success probability; values outside [0, 1] saturate.</param>
    /// <returns>Whether the Bernoulli trial succeeded.</returns>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    /// <summary>A standard normal draw (mean 0, variance 1).</summary>
    /// <returns>A draw from N(0, 1).</returns>
    /// <remarks>
    /// Marsaglia's polar method, using both uniforms of each accepted pair for one output only, so the generator holds
    /// no cached second value and a copy of the struct is always a faithful copy of the stream.
    /// </remarks>
    public double NextGaussian()
    {
        while (true)
        {
            double u = (2.0 * NextDouble()) - 1.0;
            double v = (2.0 * NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0.0 && s < 1.0)
            {
                return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>A normal draw with the given mean and standard deviation.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The standard deviation (non-negative).</param>
    /// <returns>A draw from N(mean, standardDeviation²).</returns>
    public double NextGaussian(double mean, double standardDeviation) => mean + (standardDeviation * NextGaussian());

    /// <summary>Samples an index from unnormalised non-negative <paramref name="weights"/>.</summary>
    /// <param name="weights">Weights with a positive sum.</param>
    /// <returns>An index i chosen with probability weights[i] / sum.</returns>
    /// <exception cref="ArgumentException">The weights are empty or do not have a positive sum.</exception>
    public int NextCategorical(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }

        if (weights.IsEmpty || !(total > 0))
        {
            throw new ArgumentException("Weights must be non-empty with a positive sum.", nameof(weights));
        }

        double target = NextDouble() * total;
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            cumulative += weights[i];
            if (target < cumulative)
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates, from the back).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items to shuffle.</param>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Whether this generator is in exactly the same state as <paramref name="other"/>: used to tell that no
    /// number was drawn between two points (xoshiro256** never revisits a state within its period).</summary>
    /// <param name="other">The generator to compare with.</param>
    /// <returns>Whether all four state words are equal.</returns>
    internal readonly bool HasSameState(in AgoraRandom other) =>
        _s0 == other._s0 && _s1 == other._s1 && _s2 == other._s2 && _s3 == other._s3;

    /// <summary>Draws a seed from this generator and returns a new, independent generator built from it.</summary>
    /// <returns>A child generator; this generator advances by one output.</returns>
    public AgoraRandom Split() => new(NextUInt64());

    /// <summary>
    /// Derives a child generator from this generator's current state and <paramref name="key"/>, without advancing it.
    /// </summary>
    /// <param name="key">The stream key; equal keys give equal children.</param>
    /// <returns>The child generator.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per tournament repetition: tier 0 would call each Mix
    public readonly AgoraRandom Fork(ulong key)
    {
        unchecked
        {
            ulong h = SplitMix64.Mix(_s0 ^ SplitMix64.Mix(key + SplitMix64.GoldenGamma));
            h = SplitMix64.Mix(h ^ _s1);
            h = SplitMix64.Mix(h ^ _s2);
            h = SplitMix64.Mix(h ^ _s3);
            return new AgoraRandom(h);
        }
    }

    /// <summary>Derives a child generator keyed by a string (hashed with <see cref="StableHash"/>).</summary>
    /// <param name="key">The stream key.</param>
    /// <returns>The child generator.</returns>
    public readonly AgoraRandom Fork(string key) => Fork(StableHash.Of(key));

    /// <summary>Derives a 64-bit seed for a named child stream of a run, independent of scheduling order.</summary>
    /// <param name="seed">The parent seed.</param>
    /// <param name="key">The stable key of the child (a trial key, an environment index).</param>
    /// <returns>The child seed.</returns>
    public static ulong DeriveSeed(ulong seed, string key) => new AgoraRandom(seed).Fork(key).NextUInt64();

    /// <summary>Derives a 64-bit seed for the child with the given index.</summary>
    /// <param name="seed">The parent seed.</param>
    /// <param name="index">The child index.</param>
    /// <returns>The child seed.</returns>
    public static ulong DeriveSeed(ulong seed, long index) => new AgoraRandom(seed).Fork(unchecked((ulong)index)).NextUInt64();
}
