using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Argmax of <c>base[i] + width·scale[i]</c> in one pass, ties broken uniformly at random.</summary>
internal static class IndexArgMax
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(double[] bases, double[] scales, double width, ref AgoraRandom rng)
    {
        ReadOnlySpan<double> b = bases;
        ReadOnlySpan<double> s = scales.AsSpan(0, b.Length);
        int best = 0;
        double bestScore = Math.FusedMultiplyAdd(width, s[0], b[0]);
        int ties = 1;
        for (int i = 1; i < b.Length; i++)
        {
            double score = Math.FusedMultiplyAdd(width, s[i], b[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
                ties = 1;
            }
            else if (score == bestScore && rng.NextInt(++ties) == 0)
            {
                // Reservoir sampling over the tied arms keeps the choice uniform in one pass.
                best = i;
            }
        }

        return best;
    }
}
