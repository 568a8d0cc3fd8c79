using Agora.Core.MultiAgent;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.MultiAgent;

public sealed class LearnerTests
{
    private static readonly QLearningOptions Options = new() { Alpha = 0.5, Gamma = 0.9 };

    [Fact]
    public void Iql_applies_the_q_learning_update_with_the_team_reward()
    {
        var iql = new IndependentQLearning(2, 1, 3, (_, a) => new TabularQ(a), Options);
        float[] o = [1, 1];
        float[] next = [2, 2];
        iql.AgentQ(0).Update(next[..1], 2, 4, 1); // Q_0(next, 2) = 4
        iql.Learn(o, [1, 0], [1f, 2f], next, default, terminal: false);
        var q = new double[3];
        iql.AgentQ(0).Values(o[..1], q);
        Assert.Equal(0.5 * (3 + (0.9 * 4)), q[1], 12);
        iql.AgentQ(1).Values(o[1..], q);
        Assert.Equal(0.5 * 3, q[0], 12);
        iql.Learn(o, [1, 0], [1f, 2f], next, default, terminal: true);
        iql.AgentQ(1).Values(o[1..], q);
        Assert.Equal(1.5 + (0.5 * (3 - 1.5)), q[0], 12);
    }

    [Fact]
    public void Vdn_moves_every_utility_by_the_shared_td_error()
    {
        var vdn = new TabularVdn(2, 1, 2, (_, a) => new TabularQ(a), Options);
        float[] o = [0, 0];
        vdn.Learn(o, [1, 0], [3f, 1f], o, default, terminal: true);
        var q = new double[2];
        vdn.AgentQ(0).Values(o[..1], q);
        Assert.Equal(2.0, q[1], 12); // δ = 4 − 0, α δ = 2
        vdn.AgentQ(1).Values(o[1..], q);
        Assert.Equal(2.0, q[0], 12);
        vdn.Learn(o, [1, 0], [3f, 1f], o, default, terminal: true);
        vdn.AgentQ(0).Values(o[..1], q);
        Assert.Equal(2.0, q[1], 12); // Q_tot = 4 already: δ = 0
    }

    [Fact]
    public void Central_learner_finds_the_climbing_games_optimum_that_independent_learners_miss()
    {
        double[] climbing = [11, -30, 0, -30, 7, 6, 0, 0, 5];
        var options = new QLearningOptions { Alpha = 0.1, Gamma = 0 };
        var cl = new CentralQLearning(2, 1, 3, (_, a) => new TabularQ(a, 11), options);
        int optimalIql = 0;
        for (ulong seed = 0; seed < 10; seed++)
        {
            var iql = new IndependentQLearning(2, 1, 3, (_, a) => new TabularQ(a), options);
            var rng = new AgoraRandom(seed);
            float[] o = [0, 0];
            int[] actions = new int[2];
            for (int t = 0; t < 3000; t++)
            {
                foreach (IMultiAgentLearner learner in new IMultiAgentLearner[] { cl, iql })
                {
                    learner.Act(o, default, 0.1, ref rng, actions);
                    float r = (float)climbing[(actions[0] * 3) + actions[1]];
                    learner.Learn(o, actions, [r / 2, r / 2], o, default, terminal: true);
                }
            }

            iql.Act(o, default, 0, ref rng, actions);
            optimalIql += actions[0] == 0 && actions[1] == 0 ? 1 : 0;
            cl.Act(o, default, 0, ref rng, actions);
            Assert.Equal([0, 0], actions);
        }

        Assert.True(optimalIql <= 3, $"IQL found the optimum in {optimalIql} of 10 runs; relative overgeneralisation should usually stop it");
    }

    [Fact]
    public void Joint_actions_round_trip_and_illegal_components_are_never_chosen()
    {
        var cl = new CentralQLearning(3, 2, 4, (_, a) => new TabularQ(a), Options);
        Assert.Equal(64, cl.JointActions);
        int[] parts = new int[3];
        for (int j = 0; j < 64; j++)
        {
            cl.Decode(j, parts);
            Assert.Equal(j, cl.Encode(parts));
        }

        bool[] masks = [true, false, false, false, false, false, true, false, true, true, true, true];
        var rng = new AgoraRandom(1);
        for (int k = 0; k < 200; k++)
        {
            cl.Act(new float[6], masks, 1.0, ref rng, parts);
            Assert.Equal(0, parts[0]);
            Assert.Equal(2, parts[1]);
        }
    }

    [Fact]
    public void State_hashing_identifies_equal_observations_only()
    {
        Assert.Equal(TabularQ.Key([1, 2, 3]), TabularQ.Key([1, 2, 3]));
        Assert.Equal(TabularQ.Key([0f, 1]), TabularQ.Key([-0f, 1]));
        Assert.NotEqual(TabularQ.Key([1, 2, 3]), TabularQ.Key([1, 3, 2]));
        var q = new TabularQ(2, initialValue: 5);
        Assert.Equal([5.0, 5.0], q.Row(TabularQ.Key([7])).ToArray());
        for (int i = 0; i < 5000; i++)
        {
            q.Row((ulong)i)[1] = i;
        }

        Assert.Equal(4999, q.Row(4999)[1]);
        Assert.Equal(5001, q.StateCount);
    }

    [Fact]
    public void Linear_q_fits_a_linear_target_by_semi_gradient_steps()
    {
        var q = new LinearQ(2, 1);
        var rng = new AgoraRandom(4);
        var v = new double[1];
        float[] x = new float[2];
        for (int i = 0; i < 20_000; i++)
        {
            x[0] = rng.NextSingle();
            x[1] = rng.NextSingle();
            q.Values(x, v);
            q.Update(x, 0, (2 * x[0]) - x[1] + 0.5 - v[0], 0.05);
        }

        q.Values([0.3f, 0.6f], v);
        Assert.Equal(0.6 - 0.6 + 0.5, v[0], 3);
    }
}
