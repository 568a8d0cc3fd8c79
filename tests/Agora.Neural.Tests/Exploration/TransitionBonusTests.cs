using Agora.Core.Environments.GridWorld;
using Agora.Neural.Exploration;

namespace Agora.Neural.Tests.Exploration;

public sealed class TransitionBonusTests
{
    private static float[] OneHot(int size, int index)
    {
        var v = new float[size];
        v[index] = 1;
        return v;
    }

    [Fact]
    public void E3B_with_a_fixed_one_hot_embedding_gives_hand_computed_bonuses_on_a_trajectory()
    {
        // Episode 1: s0 = A (added, no bonus), then B, A, A, C, B.  λ = 0.1:
        // B first: 1/0.1 = 10; A second visit: 1/1.1; A third: 1/2.1; C first: 10; B second: 1/1.1.
        var bonus = new E3BBonus(new IdentityEmbedding(3), ridge: 0.1);
        int[] path = [0, 1, 0, 0, 2, 1];
        double[] expected = [10, 1 / 1.1, 1 / 2.1, 10, 1 / 1.1];
        bonus.BeginEpisode(OneHot(3, path[0]));
        for (int t = 1; t < path.Length; t++)
        {
            Assert.Equal(expected[t - 1], bonus.Step(OneHot(3, path[t - 1]), 0, OneHot(3, path[t])), 9);
        }

        // Episode 2 forgets: from C, B is new again and C is on its second visit.
        bonus.BeginEpisode(OneHot(3, 2));
        Assert.Equal(10, bonus.Step(OneHot(3, 2), 0, OneHot(3, 1)), 9);
        Assert.Equal(1 / 1.1, bonus.Step(OneHot(3, 1), 0, OneHot(3, 2)), 9);
    }

    [Fact]
    public void RND_error_on_a_repeated_state_falls_as_the_predictor_trains_and_stays_higher_on_an_unseen_state()
    {
        var rnd = new RandomNetworkDistillation(6, new LearnedModelOptions { Hidden = 32, OutputSize = 8, BatchSize = 16, LearningRate = 3e-3f }, seed: 3);
        var bonus = new RndBonus(rnd);
        float[] seen = [1, 0, 0.5f, 0, 0, 1];
        float[] unseen = [0, 1, 0, 1, 0.5f, 0];
        double unseenBefore = rnd.Error(unseen);
        var bonuses = new List<double>();
        for (int t = 0; t < 16 * 40; t++)
        {
            bonuses.Add(bonus.Step(seen, 0, seen));
        }

        Assert.Equal(40, rnd.TrainingRounds);
        Assert.True(bonuses[^1] < 0.2 * bonuses[0], $"first {bonuses[0]}, last {bonuses[^1]}");
        // Averaged over ten rounds at a time the error falls steadily (single rounds are noisy).
        double[] decades = [.. Enumerable.Range(0, 4).Select(k => bonuses.Skip(160 * k).Take(160).Average())];
        Assert.True(decades[0] > decades[1] && decades[1] > decades[2] && decades[2] > decades[3], string.Join(", ", decades));

        Assert.True(rnd.Error(unseen) > 2 * rnd.Error(seen), $"unseen {rnd.Error(unseen)} (was {unseenBefore}), seen {rnd.Error(seen)}");
    }

    [Fact]
    public void NovelD_is_the_clipped_difference_of_RND_errors_and_products_multiply()
    {
        var options = new LearnedModelOptions { Hidden = 16, OutputSize = 4, BatchSize = 1000 };
        float[] s = [1, 0, 0];
        float[] next = [0, 1, 0];
        var reference = new RandomNetworkDistillation(3, options, seed: 9);
        double es = reference.Error(s);
        double eNext = reference.Error(next);
        Assert.Equal(Math.Max(eNext - (0.1 * es), 0), new NovelDBonus(new RandomNetworkDistillation(3, options, seed: 9)).Step(s, 0, next), 12);
        Assert.Equal(Math.Max(es - (5 * eNext), 0), new NovelDBonus(new RandomNetworkDistillation(3, options, seed: 9), 5).Step(next, 0, s), 12);

        var product = new ProductTransitionBonus(new E3BBonus(new IdentityEmbedding(3)), new RndBonus(new RandomNetworkDistillation(3, options, seed: 9)));
        product.BeginEpisode(s);
        Assert.Equal("e3b-rnd", product.Name);
        Assert.Equal(10 * eNext, product.Step(s, 0, next), 6);
    }

    [Fact]
    public void The_inverse_dynamics_model_learns_which_action_moved_the_agent()
    {
        // A ring of 8 one-hot cells: action 0 moves left, 1 moves right, 2 stays.
        var model = new InverseDynamicsEmbedding(8, 3, new LearnedModelOptions { Hidden = 32, OutputSize = 8, BatchSize = 32, StepsPerBatch = 4, LearningRate = 5e-3f }, seed: 2);
        var rng = new Agora.Core.Randomness.AgoraRandom(4);
        int cell = 0;
        double firstLoss = double.NaN;
        for (int t = 0; t < 32 * 60; t++)
        {
            int a = rng.NextInt(3);
            int next = a switch { 0 => (cell + 7) % 8, 1 => (cell + 1) % 8, _ => cell };
            model.Record(OneHot(8, cell), a, OneHot(8, next));
            if (model.TrainingRounds == 1 && double.IsNaN(firstLoss))
            {
                firstLoss = model.LastLoss;
            }

            cell = next;
        }

        Assert.InRange(firstLoss, Math.Log(3) - 0.3, Math.Log(3) + 0.3);
        Assert.True(model.LastLoss < 0.3, $"loss {model.LastLoss}");
        var p = new float[3];
        model.PredictAction(OneHot(8, 3), OneHot(8, 4), p);
        Assert.True(p[1] > 0.8, $"p(right) = {p[1]}");
        model.PredictAction(OneHot(8, 3), OneHot(8, 2), p);
        Assert.True(p[0] > 0.8, $"p(left) = {p[0]}");
    }

    [Fact]
    public void A_learned_E3B_run_is_identical_for_the_same_seed_and_differs_for_another()
    {
        Assert.Equal(Trace(1), Trace(1));
        Assert.NotEqual(Trace(1), Trace(2));
    }

    [Fact]
    public void The_wrapper_adds_beta_times_the_bonus_over_its_running_rms_and_keeps_the_extrinsic_reward()
    {
        var grid = new GridWorldEnv(new EmptyTask(5), new GridWorldOptions { Contexts = 1, ViewSize = 5, MaxSteps = 50 });
        var bonus = new E3BBonus(new IdentityEmbedding(grid.ObservationSize));
        var wrapper = new TransitionBonusWrapper(grid, bonus, coefficient: 0.5);
        wrapper.Reset(1);
        var reward = new float[1];
        var term = new bool[1];
        var trunc = new bool[1];
        double squares = 0;
        int count = 0;
        int[] actions = [2, 1, 2, 2, 0, 2];
        foreach (int a in actions)
        {
            wrapper.Step([a], reward, term, trunc);
            double b = wrapper.Bonuses[0];
            squares += b * b;
            double sigma = Math.Sqrt(squares / ++count);
            Assert.Equal(wrapper.ExtrinsicRewards[0] + (0.5 * b / sigma), reward[0], 4);
            Assert.True(b > 0);
        }

        Assert.Throws<ArgumentException>(() => new TransitionBonusWrapper(new GridWorldEnv(new EmptyTask(5), new GridWorldOptions { NumAgents = 2 }), bonus, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransitionBonusWrapper(grid, bonus, -1));
    }

    [Fact]
    public void E3B_on_the_grid_position_embedding_pays_one_over_ridge_for_new_cells_and_counts_revisits()
    {
        // Empty 5×5: the agent starts at (1, 1) facing east. Actions: 2 = forward, 0 = left, 1 = right.
        var grid = new GridWorldEnv(new EmptyTask(5), new GridWorldOptions { Contexts = 1, ViewSize = 5, MaxSteps = 50 });
        var wrapper = new TransitionBonusWrapper(grid, new E3BBonus(new GridPositionEmbedding(grid)), 1);
        wrapper.Reset(1);
        Assert.Equal((1, 1), (grid.AgentX(0), grid.AgentY(0)));
        var reward = new float[1];
        var term = new bool[1];
        var trunc = new bool[1];

        // forward to (2, 1): new cell, 1/λ; turn twice: still (2, 1), its 2nd and 3rd visits; forward back to (1, 1): s₀'s 2nd visit.
        (int Action, double Bonus)[] steps = [(2, 10), (0, 1 / 1.1), (0, 1 / 2.1), (2, 1 / 1.1)];
        foreach ((int action, double expected) in steps)
        {
            wrapper.Step([action], reward, term, trunc);
            Assert.Equal(expected, wrapper.Bonuses[0], 5);
        }

        Assert.Equal((1, 1), (grid.AgentX(0), grid.AgentY(0)));
    }

    private static List<double> Trace(ulong seed)
    {
        var grid = new GridWorldEnv(new EmptyTask(6), new GridWorldOptions { Contexts = 1, ViewSize = 5, MaxSteps = 30 });
        var model = new InverseDynamicsEmbedding(grid.ObservationSize, GridWorldEnv.ActionCount, new LearnedModelOptions { Hidden = 16, OutputSize = 8, BatchSize = 16, InputScale = 0.1f }, seed);
        var wrapper = new TransitionBonusWrapper(grid, new E3BBonus(model), 1);
        var rng = new Agora.Core.Randomness.AgoraRandom(seed);
        var reward = new float[1];
        var term = new bool[1];
        var trunc = new bool[1];
        var trace = new List<double>();
        wrapper.Reset(seed);
        for (int t = 0; t < 200; t++)
        {
            wrapper.Step([rng.NextInt(3)], reward, term, trunc);
            trace.Add(wrapper.Bonuses[0]);
            if (term[0] || trunc[0])
            {
                wrapper.Reset(seed + (ulong)t);
            }
        }

        Assert.True(model.TrainingRounds >= 10);
        return trace;
    }
}
