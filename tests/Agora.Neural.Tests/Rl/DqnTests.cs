using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;
using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

public sealed class DqnTests
{
    [Fact]
    public void SmokeRunTrainsAndIsDeterministic()
    {
        var options = new DqnOptions { TotalTimesteps = 600, LearningStarts = 200, BatchSize = 32, TargetNetworkFrequency = 50 };
        (IReadOnlyList<EpisodeRecord> first, Dqn agent) = Train(options, 3, 600);
        (IReadOnlyList<EpisodeRecord> second, _) = Train(options, 3, 600);
        Assert.Equal(600, agent.GlobalStep);
        Assert.True(agent.LastLoss > 0 && double.IsFinite(agent.LastLoss));
        Assert.Equal(0.05, agent.Epsilon, 6);
        Assert.Equal(first, second);
    }

    [Fact]
    public void EpsilonFollowsCleanRlsLinearSchedule()
    {
        var agent = new Dqn(4, 2, new DqnOptions { TotalTimesteps = 1000, LearningStarts = 10_000 });
        Assert.Equal(1.0, agent.Epsilon, 6);
        var obs = new float[4];
        var next = new float[4];
        for (int i = 0; i < 250; i++)
        {
            agent.Observe(new Core.Agents.Transition(obs, [true, true], [0], [1f], next, [false], [false]));
        }

        // Halfway through the 500-step decay: 1 + (0.05 − 1)/500·250 = 0.525.
        Assert.Equal(0.525, agent.Epsilon, 6);
    }

    [Fact]
    public void LearnsCartPoleWithin500kStepsOnFourOfFiveSeeds()
    {
        Assert.SkipUnless(RlTestSupport.LongTestsEnabled, "Long learning check; set AGORA_LONG_TESTS=1.");
        int solved = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            (IReadOnlyList<EpisodeRecord> episodes, _) = Train(new DqnOptions(), seed, 500_000);
            RlTestSupport.MaybeWriteCurve($"dqn-cartpole-seed{seed}", episodes);
            solved += RlTestSupport.MeanOfLast(episodes, 20) >= 400 ? 1 : 0;
        }

        Assert.True(solved >= 4, $"{solved} of 5 seeds reached 400.");
    }

    private static (IReadOnlyList<EpisodeRecord> Episodes, Dqn Agent) Train(DqnOptions options, ulong seed, long steps)
    {
        var env = new VectorEnv(() => new CartPoleEnv(), options.NumEnvs, AutoresetMode.SameStep);
        var agent = new Dqn(4, 2, options, seed);
        return (RlRunner.Run(agent, env, steps, seed), agent);
    }
}
