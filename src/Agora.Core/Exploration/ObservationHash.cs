using Agora.Core.Randomness;

namespace Agora.Core.Exploration;

/// <summary>A 64-bit hash of a float observation, for tabular learners and observation counts.</summary>
public static class ObservationHash
{
    /// <summary>Hashes the bit patterns of <paramref name="observation"/> (so −0 and +0 differ; NaNs hash by payload).</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The hash; equal observations give equal hashes, different ones collide with probability about 2⁻⁶⁴.</returns>
    public static ulong Of(ReadOnlySpan<float> observation)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)observation.Length;
        foreach (float v in observation)
        {
            h = SplitMix64.Mix(h ^ (uint)BitConverter.SingleToInt32Bits(v));
        }

        return h;
    }
}
