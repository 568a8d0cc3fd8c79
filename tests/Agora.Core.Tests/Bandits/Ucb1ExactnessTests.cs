using Agora.Core.Bandits;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits;

/// <summary>UCB1's choices do not depend on how its argmax is organised: pinned trajectories and a reference
/// single-pass reservoir-sampling argmax.</summary>
public sealed class Ucb1ExactnessTests
{
    /// <summary>Pseudo-regret after 100,000 pulls and the policy generator's next output (so also the number of
    /// tie-breaking draws), recorded with the single-pass argmax that preceded the split hot/tie scan (commit 2ba97d7).</summary>
    [Theory]
    [InlineData("bernoulli-10", 1UL, 730.1999999999218, 15852948245134098685UL)]
    [InlineData("bernoulli-10", 2UL, 648.7499999999493, 3023841855556511723UL)]
    [InlineData("bernoulli-10", 3UL, 696.8499999999156, 10860469176054558547UL)]
    [InlineData("hard-pair", 1UL, 272.669999999897, 9600361134598540522UL)]
    [InlineData("hard-pair", 2UL, 295.72999999987604, 13383431742290777482UL)]
    [InlineData("hard-pair", 3UL, 206.05999999995757, 11816633889728259310UL)]
    public void Ucb1_trajectories_are_unchanged(string instance, ulong seed, double regret, ulong nextPolicyDraw)
    {
        var bandit = new BernoulliBandit(instance == "hard-pair" ? [0.5, 0.51] : BanditInstances.Bernoulli10Means);
        var policyRng = new AgoraRandom(seed);
        var rewardRng = new AgoraRandom(seed + 100);
        double measured = BanditRun.PseudoRegret(new Ucb1(), bandit, 100_000, ref policyRng, ref rewardRng);
        Assert.Equal(BitConverter.DoubleToInt64Bits(regret), BitConverter.DoubleToInt64Bits(measured));
        Assert.Equal(nextPolicyDraw, policyRng.NextUInt64());
    }

    [Fact]
    public void Index_argmax_picks_and_draws_exactly_as_one_reservoir_sampling_pass()
    {
        // Small integer bases and scales make ties common, including ties below the final maximum.
        var inputs = new AgoraRandom(11);
        int tied = 0;
        for (int trial = 0; trial < 5000; trial++)
        {
            int arms = 1 + inputs.NextInt(10);
            double[] bases = new double[arms];
            double[] scales = new double[arms];
            for (int i = 0; i < arms; i++)
            {
                bases[i] = inputs.NextInt(4);
                scales[i] = inputs.NextInt(3);
            }

            double width = inputs.NextInt(3) * 0.5;
            var fast = new AgoraRandom((ulong)trial);
            var reference = new AgoraRandom((ulong)trial);
            int expected = ReservoirArgMax(bases, scales, width, ref reference);
            Assert.Equal(expected, IndexArgMax.Of(bases, scales, width, ref fast));
            Assert.Equal(reference.NextUInt64(), fast.NextUInt64()); // the same number of draws
            tied += HasTie(bases, scales, width) ? 1 : 0;
        }

        Assert.InRange(tied, 1000, 4900);
    }

    private static int ReservoirArgMax(double[] bases, double[] scales, double width, ref AgoraRandom rng)
    {
        int best = 0, ties = 1;
        double bestScore = Math.FusedMultiplyAdd(width, scales[0], bases[0]);
        for (int i = 1; i < bases.Length; i++)
        {
            double score = Math.FusedMultiplyAdd(width, scales[i], bases[i]);
            if (score > bestScore)
            {
                (best, bestScore, ties) = (i, score, 1);
            }
            else if (score == bestScore && rng.NextInt(++ties) == 0)
            {
                best = i;
            }
        }

        return best;
    }

    private static bool HasTie(double[] bases, double[] scales, double width)
    {
        double[] scores = [.. bases.Select((b, i) => Math.FusedMultiplyAdd(width, scales[i], b))];
        return scores.Distinct().Count() < scores.Length;
    }
}
