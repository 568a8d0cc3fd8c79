using Agora.Core.Bandits.Lsd;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits.Lsd;

public sealed class LsdLearningTests
{
    [Fact]
    public void Explore_then_commit_regret_grows_sublinearly_with_a_log_log_slope_below_0_9()
    {
        var rng = new AgoraRandom(31);
        var instance = LsdInstance.RandomMonotone(3, 3, LsdFamily.Mixed, ref rng);
        var horizons = LsdLearningExperiment.Horizons(100_000);
        Assert.Equal([1000L, 2000, 5000, 10_000, 20_000, 50_000, 100_000], horizons);
        var regrets = new List<double>();
        foreach (long t in horizons)
        {
            double sum = 0;
            for (int run = 0; run < 3; run++)
            {
                var rewards = new AgoraRandom((ulong)(t + run));
                var result = LsdExploreThenCommit.Run(instance, t, ref rewards);
                Assert.True(result.ExplorationRounds < t);
                sum += result.Regret;
            }

            regrets.Add(sum / 3);
        }

        double slope = LsdLearningExperiment.LogLogSlope(horizons.Select(h => (double)h).ToArray(), regrets);
        Assert.True(slope is > 0.3 and < 0.9, $"slope {slope:F3}; regrets {string.Join(", ", regrets.Select(r => r.ToString("F0")))}");
        Assert.True(regrets[^1] / horizons[^1] < 0.05, "regret per round must vanish");
    }

    [Fact]
    public void The_fitted_slope_of_an_exact_power_law_is_its_exponent()
    {
        double[] x = [1000, 2000, 5000, 10_000];
        Assert.Equal(2.0 / 3.0, LsdLearningExperiment.LogLogSlope(x, x.Select(v => 7 * Math.Pow(v, 2.0 / 3.0)).ToArray()), 12);
    }

    [Fact]
    public void Isotonic_projection_pools_adjacent_violators()
    {
        double[] values = [0.2, 0.6, 0.4, 0.5, 0.1, 0.9];
        LsdExploreThenCommit.IsotonicIncreasing(values, [1, 1, 1, 1, 1, 1]);
        // 0.6, 0.4, 0.5, 0.1 pool to their mean 0.4, which is above 0.2 and below 0.9.
        Assert.Equal([0.2, 0.4, 0.4, 0.4, 0.4, 0.9], values.Select(v => Math.Round(v, 12)).ToArray());
    }

    [Fact]
    public void The_lsd_bandit_pays_the_mean_of_the_state_before_the_round_and_then_steps()
    {
        var bandit = new LsdBandit(LsdInstance.SpecSatiation(), noiseStandardDeviation: 0.1);
        var rng = new AgoraRandom(4);
        Assert.Equal([-3, -3], bandit.State.ToArray());
        Assert.Equal(1.0, bandit.Mean(0));
        double first = bandit.Pull(0, ref rng);
        Assert.InRange(first, 0.5, 1.5);
        Assert.Equal([1, -3], bandit.State.ToArray());
        Assert.Equal(0.3, bandit.Mean(0));
        double sum = 0;
        for (int i = 0; i < 4000; i++)
        {
            sum += bandit.Pull(0, ref rng); // a long run saturates at +3: mean 0.1
        }

        Assert.Equal(0.1, sum / 4000, 0.01);
        bandit.Reset();
        Assert.Equal([-3, -3], bandit.State.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => new LsdBandit(LsdInstance.SpecSatiation(), 0));
    }

    [Fact]
    public void The_learner_needs_two_arms()
    {
        var rng = new AgoraRandom(1);
        var single = LsdInstance.FromFunction(1, 2, (_, _) => 0.5);
        Assert.Throws<ArgumentException>(() => LsdExploreThenCommit.Run(single, 100, ref rng));
    }

    [Fact]
    public void Both_lsd_experiments_run_a_trial_and_report_their_summaries()
    {
        var planning = new LsdPlanningExperiment();
        var trial = new RunPlan(planning) { Seed = 3 }.Expand()[0];
        var result = ExperimentRunner.RunOne(planning, trial)!;
        Assert.True(result.Succeeded, result.Error);
        var summary = result.Summary.ToDictionary(p => p.Key, p => p.Value);
        Assert.InRange(summary["ratio/approximation"], LsdApproximationPlanner.StatedRatio, 1 + 1e-9);
        Assert.True(summary["ratio/approximation"] >= summary["ratio/greedy"]);
        Assert.InRange(summary["ratio/cyclic"], 0, 1 + 1e-9);
        Assert.InRange(summary["optimum/lp-bound"], 0, 1 + 1e-9);

        var learning = new LsdLearningExperiment();
        var small = new RunPlan(learning)
        {
            Seed = 3,
            Values = new Dictionary<string, IReadOnlyList<object>> { ["max-horizon"] = [5000L], ["runs"] = [1L] },
        }.Expand()[0];
        var learned = ExperimentRunner.RunOne(learning, small)!;
        Assert.True(learned.Succeeded, learned.Error);
        Assert.Equal([1000L, 2000, 5000], learned.Scalars.Where(s => s.Key == "regret/etc").Select(s => s.Step).ToArray());
        Assert.Equal([3000L, 3301, 3699], learned.Scalars.Where(s => s.Key == "log10-regret/etc").Select(s => s.Step).ToArray());
    }
}
