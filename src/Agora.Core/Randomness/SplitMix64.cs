using System.Runtime.CompilerServices;

namespace Agora.Core.Randomness;

/// <summary>
/// The SplitMix64 mixing function, used to expand one 64-bit seed into generator state and to derive child seeds.
/// </summary>
/// <remarks>
/// Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the constants are those of
/// Vigna's reference <c>splitmix64.c</c>. Each call adds the golden-ratio increment 0x9E3779B97F4A7C15 to the state and
/// returns a bijective mix of it.
/// <threadsafety>Static and pure; safe from any thread.</threadsafety>
/// </remarks>
public static class SplitMix64
{
    /// <summary>The Weyl-sequence increment (2^64 divided by the golden ratio).</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> by one step and returns the next output.</summary>
    /// <param name="state">The running SplitMix64 state, updated in place.</param>
    /// <returns>The next 64-bit output.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + GoldenGamma);
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijection on 64-bit words with good avalanche.</summary>
    /// <param name="z">The word to mix.</param>
    /// <returns>The mixed word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
