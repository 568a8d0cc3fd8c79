using Agora.Core.Environments;
using Agora.Core.Environments.Foraging;
using Agora.Core.Experiments;
using Agora.Neural.Experiments;
using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

public sealed class MultiAgentPpoTests
{
    private static readonly ForagingOptions Field = LbfMappoExperiment.Field(size: 5, horizon: 25, coop: true);

    [Theory]
    [InlineData("ippo", 3UL)]
    [InlineData("mappo", 3UL)]
    [InlineData("ippo", 4UL)]
    [InlineData("mappo", 4UL)]
    public void LearnsToForageBeyondTheRandomPolicy(string algorithm, ulong seed)
    {
        const long steps = 20_000;
        var options = new MultiAgentPpoOptions { TotalTimesteps = steps, NumEnvs = 4, NumSteps = 64, LearningRate = 1e-3f };
        var env = new VectorEnv(() => new ForagingEnv(Field), options.NumEnvs, AutoresetMode.SameStep);
        MultiAgentPpo learner = Create(algorithm, env, options, seed);
        IReadOnlyList<EpisodeRecord> episodes = learner.Train(env, steps, seed + 10);
        double learned = RlTestSupport.MeanOfLast(episodes, 100);
        double random = LbfMappoExperiment.RandomTeamReturn(new VectorEnv(() => new ForagingEnv(Field), 4, AutoresetMode.SameStep), steps, seed + 10);
        TestContext.Current.TestOutputHelper?.WriteLine($"{algorithm}: learned {learned:F3} random {random:F3} episodes {episodes.Count} iterations {learner.Iterations}");
        Assert.True(learned > random + 0.5, $"{algorithm}: mean team return {learned:F3} over the last 100 episodes; random policy {random:F3}.");
    }

    internal static MultiAgentPpo Create(string algorithm, VectorEnv env, MultiAgentPpoOptions options, ulong seed) => algorithm == "mappo"
        ? new Mappo(env.NumAgents, env.ObservationSize, env.StateSize, env.NumActions, options, seed)
        : new Ippo(env.NumAgents, env.ObservationSize, env.NumActions, options, seed);
}
