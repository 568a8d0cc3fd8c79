using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Per-arm pull counts and sample means, shared by the index policies.</summary>
internal sealed class ArmStatistics
{
    public int[] Pulls { get; private set; } = [];

    public double[] Means { get; private set; } = [];

    public long TotalPulls { get; private set; }

    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        Pulls = new int[arms];
        Means = new double[arms];
        TotalPulls = 0;
    }

    public void Update(int arm, double reward)
    {
        Pulls[arm]++;
        TotalPulls++;
        Means[arm] += (reward - Means[arm]) / Pulls[arm];
    }

    /// <summary>The index of the largest score, ties broken uniformly at random.</summary>
    public static int ArgMaxRandomTies(ReadOnlySpan<double> scores, ref AgoraRandom rng)
    {
        int best = 0;
        int ties = 1;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
                ties = 1;
            }
            else if (scores[i] == scores[best] && rng.NextInt(++ties) == 0)
            {
                // Reservoir sampling over the tied arms keeps the choice uniform in one pass.
                best = i;
            }
        }

        return best;
    }
}
