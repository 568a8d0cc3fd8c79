namespace Agora.Core.Randomness;

/// <summary>
/// A bit-exact reimplementation of numpy's legacy <c>RandomState</c> for integer seeds: MT19937 seeded by
/// <c>init_genrand</c>, with <c>random_sample</c> and <c>uniform</c>. It exists only to reproduce initial conditions
/// that published code drew with <c>np.random.seed(s)</c>; Agora's own randomness is <see cref="AgoraRandom"/>.
/// </summary>
/// <remarks>
/// <para>
/// Matsumoto &amp; Nishimura, "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random number
/// generator", ACM TOMACS 8(1), 1998. numpy's <c>RandomState.seed(int)</c> calls <c>mt19937_seed</c>
/// (Knuth's multiplier 1812433253), not <c>init_by_array</c>. A double takes 27 + 26 bits of two outputs:
/// <c>(a·2^26 + b) / 2^53</c> with <c>a = u32 &gt;&gt; 5</c>, <c>b = u32 &gt;&gt; 6</c>, and
/// <c>uniform(low, high) = low + (high − low)·random_sample()</c>.
/// </para>
/// <para>Known value: seed 0 gives 0.5488135039273248 as its first <c>random_sample</c>.</para>
/// <threadsafety>Mutable; not safe to share between threads.</threadsafety>
/// </remarks>
public sealed class NumpyLegacyRandom
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index;

    /// <summary>Seeds the generator as <c>np.random.seed(seed)</c> does.</summary>
    /// <param name="seed">The 32-bit seed (numpy accepts 0 … 2^32 − 1).</param>
    public NumpyLegacyRandom(uint seed)
    {
        _mt[0] = seed;
        for (int i = 1; i < N; i++)
        {
            uint previous = _mt[i - 1];
            _mt[i] = unchecked((1812433253u * (previous ^ (previous >> 30))) + (uint)i);
        }

        _index = N;
    }

    /// <summary>The next raw 32-bit output (numpy's <c>randint</c> building block).</summary>
    /// <returns>A uniformly distributed 32-bit value.</returns>
    public uint NextUInt32()
    {
        if (_index >= N)
        {
            Twist();
        }

        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>The next double in [0, 1), as numpy's legacy <c>random_sample</c>.</summary>
    /// <returns>A double with 53 random bits.</returns>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5;
        uint b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) / 9007199254740992.0;
    }

    /// <summary>A draw from U[low, high), as numpy's <c>uniform(low, high)</c>; <paramref name="high"/> may be below <paramref name="low"/>.</summary>
    /// <param name="low">The lower end (numpy's <c>low</c>).</param>
    /// <param name="high">The upper end (numpy's <c>high</c>).</param>
    /// <returns><c>low + (high − low)·random_sample()</c>.</returns>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    private void Twist()
    {
        for (int k = 0; k < N; k++)
        {
            uint y = (_mt[k] & 0x80000000u) | (_mt[(k + 1) % N] & 0x7fffffffu);
            _mt[k] = _mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
        }

        _index = 0;
    }
}
