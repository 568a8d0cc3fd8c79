using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;
using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

public sealed class PpoTests
{
    [Fact]
    public void SmokeRunUpdatesAndIsDeterministic()
    {
        var options = new PpoOptions { NumEnvs = 2, NumSteps = 32, TotalTimesteps = 256 };
        (IReadOnlyList<EpisodeRecord> first, Ppo agent) = Train(options, 1, 256);
        (IReadOnlyList<EpisodeRecord> second, _) = Train(options, 1, 256);
        Assert.Equal(4, agent.Iterations);
        Assert.True(double.IsFinite(agent.LastLosses.ValueLoss) && agent.LastLosses.ValueLoss > 0);
        Assert.InRange(agent.LastLosses.Entropy, 0.5, Math.Log(2) + 1e-6);
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentRuns()
    {
        var options = new PpoOptions { NumEnvs = 2, NumSteps = 32, TotalTimesteps = 256 };
        Assert.NotEqual(Train(options, 1, 256).Episodes, Train(options, 2, 256).Episodes);
    }

    [Fact]
    public void LearnsCartPoleWithin500kStepsOnFourOfFiveSeeds()
    {
        Assert.SkipUnless(RlTestSupport.LongTestsEnabled, "Long learning check; set AGORA_LONG_TESTS=1.");
        int solved = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            (IReadOnlyList<EpisodeRecord> episodes, _) = Train(new PpoOptions(), seed, 500_000);
            RlTestSupport.MaybeWriteCurve($"ppo-cartpole-seed{seed}", episodes);
            solved += RlTestSupport.MeanOfLast(episodes, 20) >= 475 ? 1 : 0;
        }

        Assert.True(solved >= 4, $"{solved} of 5 seeds reached 475.");
    }

    internal static (IReadOnlyList<EpisodeRecord> Episodes, Ppo Agent) Train(PpoOptions options, ulong seed, long steps)
    {
        var env = new VectorEnv(() => new CartPoleEnv(), options.NumEnvs, AutoresetMode.SameStep);
        var agent = new Ppo(4, 2, options, seed);
        return (RlRunner.Run(agent, env, steps, seed), agent);
    }
}
