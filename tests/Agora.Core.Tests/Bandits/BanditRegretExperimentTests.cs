using Agora.Core.Bandits;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits;

public sealed class BanditRegretExperimentTests
{
    private static readonly BanditRegretExperiment Experiment = new();

    /// <summary>Mean regret curve per algorithm over <paramref name="trials"/> seeds.</summary>
    private static Dictionary<string, Dictionary<long, double>> MeanCurves(int trials, long steps, long recordEvery)
    {
        var plan = new RunPlan(Experiment)
        {
            TrialsPerPoint = trials,
            Seed = 2024,
            Values = new Dictionary<string, IReadOnlyList<object>> { ["steps"] = [steps], ["record-every"] = [recordEvery] },
        };
        var sums = new Dictionary<string, Dictionary<long, double>>();
        foreach (var trial in plan.Expand())
        {
            var result = ExperimentRunner.RunOne(Experiment, trial)!;
            Assert.True(result.Succeeded, result.Error);
            foreach (var point in result.Scalars)
            {
                var curve = sums.TryGetValue(point.Key, out var c) ? c : sums[point.Key] = [];
                curve[point.Step] = curve.GetValueOrDefault(point.Step) + (point.Value / trials);
            }
        }

        return sums;
    }

    [Fact]
    public void Ucb1_and_thompson_regret_flattens_while_fixed_epsilon_greedy_keeps_growing_linearly()
    {
        var curves = MeanCurves(trials: 40, steps: 8000, recordEvery: 1000);
        foreach (string algorithm in new[] { "ucb1", "thompson" })
        {
            var r = curves["regret/" + algorithm];
            // Logarithmic regret: the second half of the horizon adds far less than the first.
            Assert.True(r[8000] - r[4000] < 0.5 * r[4000], $"{algorithm}: R(4000)={r[4000]:F1}, R(8000)={r[8000]:F1}");
        }

        var e = curves["regret/epsilon-greedy"];
        // ε = 0.1 explores uniformly 10% of the time forever, so each half adds about ε·T/2·mean gap.
        Assert.True(e[8000] - e[4000] > 0.6 * e[4000], $"epsilon-greedy: R(4000)={e[4000]:F1}, R(8000)={e[8000]:F1}");
        Assert.True(curves["regret/thompson"][8000] < e[8000]);
        Assert.True(curves["regret/ucb1"][8000] < e[8000]);
    }

    [Fact]
    public void Pure_exploration_pays_the_mean_gap_every_pull()
    {
        var means = new[] { 0.0, 1.0, -0.5, 2.0 };
        var bandit = new GaussianBandit(means);
        var policy = new EpsilonGreedy(1.0);
        policy.Reset(means.Length);
        var rng = new AgoraRandom(7);
        var noise = new AgoraRandom(8);
        double regret = 0;
        const int pulls = 200_000;
        for (int t = 0; t < pulls; t++)
        {
            int arm = policy.SelectArm(ref rng);
            policy.Update(arm, bandit.Pull(arm, ref noise));
            regret += bandit.Gap(arm);
        }

        double expectedPerPull = means.Select((_, i) => bandit.Gap(i)).Average(); // (2 + 1 + 2.5 + 0) / 4
        Assert.Equal(1.375, expectedPerPull);
        Assert.Equal(expectedPerPull, regret / pulls, 0.01);
    }

    [Fact]
    public void Ucb1_pulls_every_arm_once_before_using_its_index()
    {
        var policy = new Ucb1();
        policy.Reset(5);
        var rng = new AgoraRandom(1);
        var first = new List<int>();
        for (int t = 0; t < 5; t++)
        {
            int arm = policy.SelectArm(ref rng);
            first.Add(arm);
            policy.Update(arm, arm == 3 ? 1.0 : 0.0);
        }

        Assert.Equal([0, 1, 2, 3, 4], first);
        Assert.Equal(3, policy.SelectArm(ref rng));
    }

    [Fact]
    public void Thompson_sampling_concentrates_on_the_best_arm()
    {
        var bandit = new GaussianBandit([0.0, 0.5, 1.5]);
        var policy = new GaussianThompsonSampling();
        policy.Reset(3);
        var rng = new AgoraRandom(3);
        var noise = new AgoraRandom(4);
        int best = 0;
        for (int t = 0; t < 5000; t++)
        {
            int arm = policy.SelectArm(ref rng);
            policy.Update(arm, bandit.Pull(arm, ref noise));
            best += t >= 4000 && arm == 2 ? 1 : 0;
        }

        Assert.True(best > 950, $"the best arm was pulled {best} times in the last 1000 pulls");
    }

    [Fact]
    public void A_trial_is_a_pure_function_of_its_seed()
    {
        var trial = new RunPlan(Experiment) { Seed = 5 }.Expand()[0];
        var a = ExperimentRunner.RunOne(Experiment, trial)!;
        var b = ExperimentRunner.RunOne(Experiment, trial)!;
        Assert.Equal(a.Scalars, b.Scalars);
        Assert.Equal(a.Summary, b.Summary);
        Assert.Equal(5 * 100, a.Scalars.Count); // the five algorithms that accept Gaussian rewards
    }

    [Fact]
    public void Invalid_policy_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedy(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ucb1(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GaussianThompsonSampling(0));
        Assert.Throws<ArgumentException>(() => new GaussianBandit([]));
    }
}
