using Agora.Core.Bandits;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits;

public sealed class StochasticBanditTests
{
    [Fact]
    public void Ucb1_mean_regret_over_200_seeds_stays_under_the_Auer_bound_at_every_checkpoint()
    {
        var curves = BanditTestHelpers.MeanCurves(trials: 200, steps: 10_000, recordEvery: 500, "bernoulli-10", "ucb1");
        var gaps = BanditInstances.Bernoulli10Means.Select(m => 0.95 - m).Where(g => g > 0).ToArray();
        var r = curves["regret/ucb1"];
        Assert.Equal(20, r.Count);
        foreach (var (t, regret) in r)
        {
            // Auer, Cesa-Bianchi & Fischer (2002), Theorem 1.
            double bound = gaps.Sum(g => 8 * Math.Log(t) / g) + ((1 + (Math.PI * Math.PI / 3)) * gaps.Sum());
            Assert.True(regret < bound, $"T={t}: mean regret {regret:F1} exceeds the bound {bound:F1}");
        }

        // Logarithmic, not linear: the second half of the horizon adds far less than the first.
        Assert.True(r[10_000] - r[5000] < 0.45 * r[5000], $"R(5000)={r[5000]:F1}, R(10000)={r[10_000]:F1}");
    }

    [Fact]
    public void Thompson_sampling_beats_epsilon_greedy_on_the_standard_instance()
    {
        var curves = BanditTestHelpers.MeanCurves(trials: 50, steps: 2000, recordEvery: 2000, "bernoulli-10", "stochastic");
        double greedy = curves["regret/epsilon-greedy"][2000];
        Assert.True(curves["regret/beta-thompson"][2000] < 0.5 * greedy, $"beta-thompson {curves["regret/beta-thompson"][2000]:F1} vs epsilon-greedy {greedy:F1}");
        Assert.True(curves["regret/thompson"][2000] < greedy);
        // KL-UCB is asymptotically optimal for Bernoulli arms; UCB1's √(2 ln t / n) bonus is loose.
        Assert.True(curves["regret/kl-ucb"][2000] < curves["regret/ucb1"][2000]);
    }

    [Fact]
    public void Ucb_v_bonus_shrinks_with_the_empirical_variance()
    {
        // Two arms with the same mean 0.5 after 4 pulls each: arm 0 always paid 0.5 (variance 0), arm 1 paid 0 and 1
        // (variance 0.25). UCB-V gives arm 1 the larger bonus; UCB1, blind to variance, ties them.
        var policy = new UcbV();
        policy.Reset(2);
        foreach (var (arm, reward) in new[] { (0, 0.5), (1, 0.0), (0, 0.5), (1, 1.0), (0, 0.5), (1, 0.0), (0, 0.5), (1, 1.0) })
        {
            policy.Update(arm, reward);
        }

        var rng = new AgoraRandom(1);
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(1, policy.SelectArm(ref rng));
        }
    }

    [Fact]
    public void The_hard_pair_keeps_regret_near_linear_below_one_over_gap_squared()
    {
        // Δ = 0.01: T = 2000 ≪ 1/Δ² = 10⁴, so no algorithm can tell the arms apart yet and regret ≈ Δ·T/2.
        var curves = BanditTestHelpers.MeanCurves(trials: 40, steps: 2000, recordEvery: 2000, "hard-pair", "classic");
        foreach (var curve in curves.Values)
        {
            Assert.InRange(curve[2000], 3, 17);
        }
    }

    [Fact]
    public void Adding_algorithms_never_changes_another_algorithms_curve()
    {
        var experiment = new BanditRegretExperiment();
        IReadOnlyList<MetricPoint> Ucb1Points(string algorithms)
        {
            var values = new ParameterValues(experiment.Parameters.Select(p => new KeyValuePair<string, object>(
                p.Name,
                p.Name switch { "algorithms" => algorithms, "instance" => "bernoulli-10", "steps" => 300L, _ => p.Default })));
            var sink = new RecordingSink();
            experiment.RunTrial(new TrialContext(values, 77, sink, CancellationToken.None));
            return sink.Scalars.Where(s => s.Key == "regret/ucb1").ToArray();
        }

        var alone = Ucb1Points("ucb1");
        Assert.Equal(30, alone.Count);
        Assert.Equal(alone, Ucb1Points("all"));
        Assert.Equal(alone, Ucb1Points("classic"));
    }

    [Fact]
    public void Bounded_reward_algorithms_skip_the_gaussian_testbed()
    {
        var trial = new RunPlan(new BanditRegretExperiment())
        {
            Seed = 1,
            Values = new Dictionary<string, IReadOnlyList<object>> { ["algorithms"] = ["all"], ["steps"] = [20L] },
        }.Expand()[0];
        var result = ExperimentRunner.RunOne(new BanditRegretExperiment(), trial)!;
        var names = result.Summary.Select(s => s.Key).Where(k => k.StartsWith("regret/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["regret/epsilon-greedy", "regret/ucb1", "regret/kl-ucb", "regret/thompson", "regret/moss"], names);
    }

    [Theory]
    [InlineData(0.3, 10, 2.0)]
    [InlineData(0.0, 5, 1.0)]
    [InlineData(0.9, 100, 4.6)]
    public void Kl_ucb_bound_solves_n_kl_equal_to_the_budget(double mean, int pulls, double budget)
    {
        double q = KlUcb.BernoulliUpperBound(mean, pulls, budget);
        Assert.True(q > mean && q < 1);
        Assert.Equal(budget / pulls, KlUcb.BernoulliDivergence(mean, q), 6);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.5)]
    public void Gamma_draws_have_the_right_mean_and_variance(double shape)
    {
        var rng = new AgoraRandom(11);
        const int n = 200_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double x = GammaSampler.NextGamma(shape, ref rng);
            sum += x;
            sumSq += x * x;
        }

        double mean = sum / n;
        Assert.Equal(shape, mean, 0.03 * Math.Max(shape, 1));
        Assert.Equal(shape, (sumSq / n) - (mean * mean), 0.06 * Math.Max(shape, 1));
    }

    [Fact]
    public void Bad_instances_and_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BernoulliBandit([0.5, 1.2]));
        Assert.Throws<ArgumentException>(() => new BernoulliBandit([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedBandit([-0.1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RottingBandit([0.5], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchingBernoulliBandit([0.5], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Moss(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KlUcb(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UcbV(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Exp3(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiscountedUcb(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlidingWindowUcb(0));
        Assert.Throws<ParameterException>(() => new BanditRegretExperiment().Parameters.Single(p => p.Name == "instance").Parse("bernoulli-11"));
    }
}
