using Agora.Core.MultiAgent;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.MultiAgent;

public sealed class LinearLearnerTests
{
    // Five contexts as one-hot observations; agent i scores 1 when it plays its context's target: a decomposable game.
    private static readonly int[,] Targets = { { 0, 2 }, { 1, 1 }, { 2, 0 }, { 0, 0 }, { 1, 2 } };

    [Theory]
    [InlineData("iql")]
    [InlineData("vdn")]
    [InlineData("cl")]
    public void Linear_learners_solve_a_decomposable_contextual_game_on_one_hot_observations(string kind)
    {
        var options = new QLearningOptions { Alpha = 0.05, Gamma = 0 };
        Func<int, int, IQFunction> linear = (features, actions) => new LinearQ(features, actions);
        IMultiAgentLearner learner = kind switch
        {
            "iql" => new IndependentQLearning(2, 5, 3, linear, options),
            "vdn" => new TabularVdn(2, 5, 3, linear, options),
            _ => new CentralQLearning(2, 5, 3, linear, options),
        };
        var rng = new AgoraRandom(8);
        var obs = new float[10];
        var actions = new int[2];
        for (int t = 0; t < 20_000; t++)
        {
            int s = rng.NextInt(5);
            OneHot(obs, s);
            learner.Act(obs, default, 0.2, ref rng, actions);
            float r0 = actions[0] == Targets[s, 0] ? 1 : 0;
            float r1 = actions[1] == Targets[s, 1] ? 1 : 0;
            learner.Learn(obs, actions, [r0, r1], obs, default, terminal: true);
        }

        for (int s = 0; s < 5; s++)
        {
            OneHot(obs, s);
            learner.Act(obs, default, 0, ref rng, actions);
            Assert.Equal([Targets[s, 0], Targets[s, 1]], actions);
        }
    }

    private static void OneHot(float[] obs, int s)
    {
        Array.Clear(obs);
        obs[s] = 1;
        obs[5 + s] = 1;
    }
}
