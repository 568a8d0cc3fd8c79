using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Neural.Exploration;
using Agora.Neural.Rl;
using Agora.Neural.Tests.Rl;

namespace Agora.Neural.Tests.Exploration;

public sealed class GridPpoTests
{
    private static (IReadOnlyList<GridEpisodeRecord> Episodes, Ppo Agent) Train(GridTask task, int contexts, string bonus, long steps, ulong seed, int maxSteps = 50, double beta = 0.1)
    {
        var grid = new GridWorldOptions { Contexts = contexts, ContextSeed = seed, ViewSize = 5, MaxSteps = maxSteps };
        var model = new LearnedModelOptions { Hidden = 32, OutputSize = 16, InputScale = 0.1f };
        IReadOnlyList<IParallelEnv> envs = GridBonusFactory.Create(task, grid, 4, bonus, beta, model, seed);
        var options = new PpoOptions { NumEnvs = 4, NumSteps = 64, TotalTimesteps = steps, LearningRate = 1e-3f, Hidden = 32 };
        var agent = new Ppo(envs[0].ObservationSize, envs[0].NumActions, options, seed);
        return (BonusedEnvRunner.Run(agent, envs, steps, seed + 100, 0.1f), agent);
    }

    private static double SuccessRate(IEnumerable<GridEpisodeRecord> episodes)
    {
        var list = episodes.ToList();
        return list.Count == 0 ? 0 : list.Count(e => e.Success) / (double)list.Count;
    }

    [Theory]
    [InlineData("episodic", 0.1)]
    [InlineData("e3b", 0.02)]
    public void PPO_with_a_bonus_learns_to_reach_the_goal_of_a_small_empty_room(string bonus, double beta)
    {
        // Empty 5×5 (3×3 interior), 50-step limit: a uniform policy reaches the goal in about half the episodes and
        // takes ~20 steps; a trained one succeeds nearly always in a few steps.
        (IReadOnlyList<GridEpisodeRecord> episodes, Ppo agent) = Train(new EmptyTask(5), 1, bonus, 12_000, 7, beta: beta);
        Assert.True(agent.Iterations >= 40);
        var early = episodes.Where(e => e.GlobalStep <= 2_000).ToList();
        var late = episodes.Where(e => e.GlobalStep > 10_000).ToList();
        double earlyLength = early.Average(e => e.Length);
        double lateLength = late.Average(e => e.Length);
        Assert.True(SuccessRate(late) > 0.95, $"late success {SuccessRate(late)}, early {SuccessRate(early)}");
        Assert.True(lateLength < 0.5 * earlyLength, $"mean length early {earlyLength}, late {lateLength}");
    }

    [Fact]
    public void A_bonused_PPO_run_is_deterministic_for_its_seeds()
    {
        Assert.Equal(Train(new EmptyTask(5), 1, "e3b-rnd", 1_024, 3).Episodes, Train(new EmptyTask(5), 1, "e3b-rnd", 1_024, 3).Episodes);
    }

    [Fact]
    public void Every_named_bonus_builds_and_unknown_names_are_refused()
    {
        var grid = new GridWorldOptions { Contexts = 1, ViewSize = 5 };
        foreach (string name in GridBonusFactory.Names)
        {
            Assert.Equal(2, GridBonusFactory.Create(new EmptyTask(5), grid, 2, name, 0.1, new LearnedModelOptions(), 1).Count);
        }

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GridBonusFactory.Create(new EmptyTask(5), grid, 2, "icm", 0.1, new LearnedModelOptions(), 1));
        Assert.Contains("icm", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("episodic", 0.1)]
    public void Long_PPO_with_a_bonus_mostly_solves_multiroom_lite_with_one_context(string bonus, double beta)
    {
        Assert.SkipUnless(RlTestSupport.LongTestsEnabled, "Long learning check; set AGORA_LONG_TESTS=1.");
        (IReadOnlyList<GridEpisodeRecord> episodes, _) = Train(new MultiRoomTask(3, 3, 5, 11), 1, bonus, 200_000, 1, maxSteps: 100, beta: beta);
        double late = SuccessRate(episodes.Where(e => e.GlobalStep > 160_000));
        Assert.True(late > 0.5, $"late success {late}");
    }
}
