using Agora.Core.Environments.Foraging;
using Agora.Core.MultiAgent;
using Agora.Core.MultiAgent.Mansa;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.MultiAgent;

public sealed class MansaTests
{
    [Fact]
    public void Climbing_context_game_pays_targets_in_solo_contexts_and_the_climbing_matrix_in_the_last_four()
    {
        var rng = new AgoraRandom(3);
        var game = new ClimbingContextGame(20, 4, ref rng);
        Assert.Equal(11, game.Reward(16, 0, 0));
        Assert.Equal(-30, game.Reward(19, 0, 1));
        Assert.Equal(5, game.Reward(17, 2, 2));
        Assert.Equal(11, game.Optimum(19));
        for (int s = 0; s < 16; s++)
        {
            var rewards = Enumerable.Range(0, 9).Select(j => game.Reward(s, j / 3, j % 3)).ToArray();
            Assert.Equal(2, rewards.Max());
            Assert.Equal(1, rewards.Count(r => r == 2));
            Assert.Equal(4, rewards.Count(r => r == 0));
        }
    }

    [Fact]
    public void Mansa_matches_the_central_learner_and_beats_independent_learners_with_a_quarter_of_the_central_calls()
    {
        var mean = ExperimentHelper.MeanSummaries(new MansaExperiment(), trials: 6, seed: 3, new() { ["steps"] = [40_000L] });
        Assert.True(mean["0/return/mansa"] >= 0.99 * mean["0/return/cl"], $"MANSA {mean["0/return/mansa"]} vs CL {mean["0/return/cl"]}");
        Assert.True(mean["0/return/mansa"] > mean["0/return/il"] + 0.03, $"MANSA {mean["0/return/mansa"]} vs IL {mean["0/return/il"]}");
        Assert.True(mean["0/calls-ratio/mansa-vs-cl"] <= 0.25, $"calls ratio {mean["0/calls-ratio/mansa-vs-cl"]}");
        Assert.Equal(1.0, mean["0/central-calls/cl"], 9);
        Assert.Equal(0.0, mean["0/central-calls/il"]);
    }

    [Fact]
    public void A_budget_caps_central_calls_per_episode()
    {
        var mean = ExperimentHelper.MeanSummaries(new MansaExperiment(), trials: 2, seed: 3, new() { ["steps"] = [20_000L], ["budget"] = [1L] });
        Assert.True(mean["0/central-calls/mansa"] <= 1.0 / 20 + 1e-12, $"{mean["0/central-calls/mansa"]}");
    }

    [Fact]
    public void The_lbf_scenario_reports_returns_in_range_and_calls_the_central_learner_mostly_where_both_players_stand_at_the_food()
    {
        var mean = ExperimentHelper.MeanSummaries(new MansaExperiment(), trials: 1, seed: 3, new() { ["scenario"] = ["lbf"], ["episodes"] = [2500L], ["eval-episodes"] = [50L] });
        foreach (string m in new[] { "il", "cl", "mansa" })
        {
            // At most 1 per episode from food; at worst both players fail a load (penalty 0.05) in each of the 50 steps.
            Assert.InRange(mean["0/return/" + m], -5, 1);
        }

        Assert.InRange(mean["0/central-calls/mansa"], 0.01, 0.99);
        Assert.True(mean["0/central-calls-eval-at-food/mansa"] > 2 * mean["0/central-calls-eval-elsewhere/mansa"], $"at food {mean["0/central-calls-eval-at-food/mansa"]} vs elsewhere {mean["0/central-calls-eval-elsewhere/mansa"]}");
    }

    [Fact]
    public void With_a_failed_load_penalty_the_central_learner_beats_independent_learners_on_lbf()
    {
        // Loading alone costs 0.05: IQL agents, judging LOAD against a partner that rarely loads, learn to avoid it
        // (relative overgeneralisation); the joint-action learner sees that LOAD+LOAD pays. 5,000 episodes, one seed.
        ForagingOptions options = ForagingId.Parse("Foraging-5x5-2p-1f-coop-v3") with { TimeLimitAsTerminated = false, Penalty = 0.05 };
        var setup = new MansaExperiment.Setup(0.1, new QLearningOptions { Alpha = 0.1, Gamma = 0.99 }, 0, 0);
        double Return(MansaExperiment.Method method)
        {
            var rng = new AgoraRandom(11).Fork(method.ToString());
            return ForagingRun.Run(method, options, 5000, 100, 0.005, setup, new AgoraRandom(12), ref rng, TestContext.Current.CancellationToken).Return;
        }

        double il = Return(MansaExperiment.Method.IL);
        double cl = Return(MansaExperiment.Method.CL);
        Assert.True(cl > il + 0.1, $"CL {cl} vs IL {il}");
        Assert.InRange(cl, 0.7, 1.0);
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Lbf_preset_with_penalty_shows_the_mansa_shape_over_ten_seeds()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("AGORA_LONG_TESTS") == "1", "Long experiment (10 seeds x 3 methods x 20,000 LBF episodes); set AGORA_LONG_TESTS=1 to run it.");
        var mean = ExperimentHelper.MeanSummaries(new MansaExperiment(), trials: 10, seed: 1, new() { ["scenario"] = ["lbf"] });
        Assert.True(mean["0/return/cl"] > mean["0/return/il"] + 0.05, $"CL {mean["0/return/cl"]} vs IL {mean["0/return/il"]}");
        Assert.True(mean["0/return/mansa"] >= 0.99 * mean["0/return/cl"], $"MANSA {mean["0/return/mansa"]} vs CL {mean["0/return/cl"]}");
        Assert.True(mean["0/return/mansa"] > mean["0/return/il"] + 0.05, $"MANSA {mean["0/return/mansa"]} vs IL {mean["0/return/il"]}");
        Assert.True(mean["0/calls-ratio/mansa-vs-cl"] <= 0.25, $"calls ratio {mean["0/calls-ratio/mansa-vs-cl"]}");
        Assert.True(mean["0/central-calls-eval-at-food/mansa"] > 3 * mean["0/central-calls-eval-elsewhere/mansa"]);
    }
}
