using Agora.Core.Randomness;

namespace Agora.Core.Spaces;

/// <summary>Uniform choice among the true entries of a mask, shared by the discrete spaces and agents.</summary>
public static class MaskSampling
{
    /// <summary>Picks a uniformly random index whose mask entry is true.</summary>
    /// <param name="rng">The generator; it advances only when at least one entry is true.</param>
    /// <param name="mask">The permitted indices.</param>
    /// <returns>The chosen index, or -1 when no entry is true.</returns>
    /// <remarks>Two passes (count, then walk to the k-th true entry) so nothing is allocated.</remarks>
    public static int Pick(ref AgoraRandom rng, ReadOnlySpan<bool> mask)
    {
        int legal = 0;
        foreach (bool allowed in mask)
        {
            if (allowed)
            {
                legal++;
            }
        }

        if (legal == 0)
        {
            return -1;
        }

        int k = rng.NextInt(legal);
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] && k-- == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
