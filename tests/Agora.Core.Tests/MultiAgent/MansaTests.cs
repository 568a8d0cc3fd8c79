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
    public void The_lbf_scenario_runs_and_reports_returns_in_range()
    {
        var mean = ExperimentHelper.MeanSummaries(new MansaExperiment(), trials: 1, seed: 3, new() { ["scenario"] = ["lbf"], ["episodes"] = [300L], ["eval-episodes"] = [20L] });
        foreach (string m in new[] { "il", "cl", "mansa" })
        {
            Assert.InRange(mean["0/return/" + m], 0, 1);
        }

        Assert.InRange(mean["0/central-calls/mansa"], 0.01, 0.99);
    }
}
