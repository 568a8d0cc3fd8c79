using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Argmax of <c>base[i] + width·scale[i]</c> in one pass, ties broken uniformly at random.</summary>
/// <remarks>
/// The common case has no tie, so the hot scan only compares; at the first score equal to the running best it hands
/// over to <see cref="WithTies"/>, which rescans from the first arm with reservoir sampling. No random number is drawn
/// before the first tie, so the rescan draws exactly what a single reservoir-sampling pass would and picks the same
/// arm. Keeping the draws out of the hot scan keeps its few values in registers (it runs once per pull).
/// </remarks>
internal static class IndexArgMax
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Of(double[] bases, double[] scales, double width, ref AgoraRandom rng)
    {
        ReadOnlySpan<double> b = bases;
        ReadOnlySpan<double> s = scales.AsSpan(0, b.Length);
        int best = 0;
        double bestScore = Math.FusedMultiplyAdd(width, s[0], b[0]);
        for (int i = 1; i < b.Length; i++)
        {
            double score = Math.FusedMultiplyAdd(width, s[i], b[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
            else if (score == bestScore)
            {
                return WithTies(b, s, width, ref rng);
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WithTies(ReadOnlySpan<double> b, ReadOnlySpan<double> s, double width, ref AgoraRandom rng)
    {
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
