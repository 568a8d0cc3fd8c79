using Agora.Core.Experiments;
using Agora.Core.MultiAgent.Cabn;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.MultiAgent;

public sealed class CabnTests
{
    [Fact]
    public void Rewards_follow_the_zero_and_one_counts()
    {
        Assert.Equal([3, 0, 0, 2], new CoordinationMdp(2).Reward);
        // n = 3: 000 → 3; one 1 → 0 (z = 2 > o); two 1s → 1; 111 → 2.
        Assert.Equal([3, 0, 0, 1, 0, 1, 1, 2], new CoordinationMdp(3).Reward);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoordinationMdp(4));
    }

    [Fact]
    public void Optimal_value_has_its_closed_form()
    {
        // Always aiming at 00: V*(s) = r(s) + γ E/(1−γ) with E = 0.81·3 + 0.01·2 = 2.45; J* = ½ Σ_s V*(s) = 95.6.
        Assert.Equal(95.6, new CoordinationMdp(2).OptimalValue(), 9);
    }

    [Fact]
    public void Exact_gradient_matches_finite_differences_of_J()
    {
        var mdp = new CoordinationMdp(3);
        var rng = new AgoraRandom(5);
        var policy = new BayesNetPolicy(3, BayesNetDag.Complete, annealable: false, ref rng);
        var solver = new ExactPolicyGradient(mdp);
        double[][] before = policy.Tables.Select(t => t.ToArray()).ToArray();
        const double lr = 1e-7;
        solver.Step(policy, lr, clipNorm: double.MaxValue);
        double[][] gradient = policy.Tables.Select((t, i) => t.Select((v, k) => (v - before[i][k]) / lr).ToArray()).ToArray();
        for (int i = 0; i < 3; i++)
        {
            before[i].CopyTo(policy.Tables[i], 0);
        }

        foreach (var (agent, k) in new[] { (0, 0), (1, 5), (2, 13), (2, 31) })
        {
            const double h = 1e-6;
            policy.Tables[agent][k] += h;
            double up = solver.Evaluate(policy);
            policy.Tables[agent][k] -= 2 * h;
            double down = solver.Evaluate(policy);
            policy.Tables[agent][k] += h;
            Assert.Equal((up - down) / (2 * h), gradient[agent][k], 4);
        }
    }

    [Fact]
    public void Dags_have_the_authors_parent_sets()
    {
        Assert.Equal([[], [0], [0, 1]], BayesNetDags.Parents(BayesNetDag.Complete, 3));
        Assert.Equal([[], []], BayesNetDags.Parents(BayesNetDag.Line, 2));
        Assert.Equal([[], [0], []], BayesNetDags.Parents(BayesNetDag.Line, 3));
        Assert.Equal([[], [0], [1], [2], []], BayesNetDags.Parents(BayesNetDag.Line, 5));
        Assert.All(BayesNetDags.Parents(BayesNetDag.Empty, 3), p => Assert.Empty(p));
    }

    [Fact]
    public void Annealing_ends_with_a_policy_that_ignores_the_parents()
    {
        var rng = new AgoraRandom(2);
        var policy = new BayesNetPolicy(2, BayesNetDag.Complete, annealable: true, ref rng);
        var solver = new ExactPolicyGradient(new CoordinationMdp(2));
        for (int t = 0; t < 100; t++)
        {
            policy.Gate = Math.Max(0, 1 - (t / 50.0));
            solver.Step(policy, 0.01);
        }

        for (int s = 0; s < 4; s++)
        {
            Assert.Equal(policy.ProbabilityOfOne(1, s, 0), policy.ProbabilityOfOne(1, s, 1));
        }

        policy.Gate = 1;
        Assert.NotEqual(policy.ProbabilityOfOne(1, 0, 0), policy.ProbabilityOfOne(1, 0, 1));
    }

    [Fact]
    public void Complete_dag_beats_independent_policies_at_n_2_and_the_spec_values_lie_within_20_seed_sampling_noise()
    {
        // The spec's values are 20-seed means of a reference prototype. Per seed J/J* spreads widely (sd ≈ 0.09 for
        // independent policies at n = 2), so its 20-seed mean is only known to ±0.04 (95%). Our 100-seed mean must
        // differ from the spec's by less than 2.5 standard errors of the difference, sd·√(1/20 + 1/100). (40 seeds are
        // too few for this check: at run seed 1 our own 40-seed mean is 0.946, 1.8 standard errors above our 2000-seed
        // mean of 0.920, and the difference from the spec's 0.886 then exceeds the bound; see docs/cabn.md.)
        var plan = new RunPlan(new CabnCoordinationExperiment()) { TrialsPerPoint = 100, Seed = 7, Values = new Dictionary<string, IReadOnlyList<object>> { ["graph"] = ["all_zeros", "all_ones"], ["record-every"] = [2000L] } };
        var values = new Dictionary<int, List<double>> { [0] = [], [1] = [] };
        foreach (var trial in plan.Expand())
        {
            var result = ExperimentRunner.RunOne(new CabnCoordinationExperiment(), trial)!;
            values[trial.GridPoint].Add(result.Summary.Single(kv => kv.Key == "j-ratio").Value);
        }

        foreach (var (point, spec) in new[] { (0, 0.886), (1, 0.989) })
        {
            double mean = values[point].Average();
            double sd = Math.Sqrt(values[point].Sum(v => (v - mean) * (v - mean)) / (values[point].Count - 1));
            double z = (mean - spec) / (sd * Math.Sqrt((1.0 / 20) + (1.0 / values[point].Count)));
            Assert.True(Math.Abs(z) < 2.5, $"graph {point}: ours {mean:F4} (sd {sd:F4}) vs spec {spec}: z = {z:F2}");
        }

        Assert.InRange(values[1].Average(), 0.959, 1.0);
        Assert.True(values[1].Average() > values[0].Average() + 0.03, $"complete {values[1].Average()} vs independent {values[0].Average()}");
    }

    // An independent check of the NE gap: for agent i, enumerate every deterministic response f: S → {0, 1}, let the
    // others follow π's conditional P(a_−i | s, a_i = f(s)), evaluate that joint policy by iterating the Bellman
    // equation, and take the best over f and i.
    private static double BruteForceGap(CoordinationMdp mdp, BayesNetPolicy policy, double j)
    {
        int n = mdp.States;
        double best = double.NegativeInfinity;
        for (int agent = 0; agent < policy.Agents; agent++)
        {
            for (int f = 0; f < 1 << n; f++)
            {
                var joint = new double[n, n];
                for (int s = 0; s < n; s++)
                {
                    int choice = (f >> s) & 1;
                    double marginal = Enumerable.Range(0, n).Where(a => ((a >> agent) & 1) == choice).Sum(a => policy.JointProbability(s, a));
                    for (int a = 0; a < n; a++)
                    {
                        joint[s, a] = ((a >> agent) & 1) == choice && marginal > 0 ? policy.JointProbability(s, a) / marginal : 0;
                    }
                }

                var v = new double[n];
                for (int sweep = 0; sweep < 3000; sweep++)
                {
                    var next = new double[n];
                    for (int s = 0; s < n; s++)
                    {
                        double expected = 0;
                        for (int a = 0; a < n; a++)
                        {
                            expected += joint[s, a] * mdp.Expected(a, v);
                        }

                        next[s] = mdp.Reward[s] + (mdp.Gamma * expected);
                    }

                    v = next;
                }

                best = Math.Max(best, v.Sum() * mdp.StartWeight);
            }
        }

        return best - j;
    }

    [Theory]
    [InlineData(BayesNetDag.Empty, 3UL)]
    [InlineData(BayesNetDag.Complete, 3UL)]
    [InlineData(BayesNetDag.Line, 8UL)]
    public void The_NE_gap_equals_the_best_deterministic_deviation_found_by_enumeration(BayesNetDag dag, ulong seed)
    {
        var mdp = new CoordinationMdp(2);
        var rng = new AgoraRandom(seed);
        var policy = new BayesNetPolicy(2, dag, annealable: false, ref rng);
        var solver = new ExactPolicyGradient(mdp);
        double gap = solver.NashGap(policy);
        Assert.True(gap > 0.01, $"a random policy should leave room to deviate; gap {gap}");
        Assert.Equal(BruteForceGap(mdp, policy, solver.Evaluate(policy)), gap, 6);
    }

    [Fact]
    public void A_policy_that_always_aims_at_all_zeros_is_an_equilibrium_with_no_gap()
    {
        var mdp = new CoordinationMdp(3);
        var rng = new AgoraRandom(1);
        var policy = new BayesNetPolicy(3, BayesNetDag.Complete, annealable: false, ref rng);
        // Push every logit of action 0 far above action 1: π(000 | s) → 1 in every state, which attains J*.
        var push = policy.NewTableGradient();
        foreach (var table in push)
        {
            for (int k = 0; k < table.Length; k++)
            {
                table[k] = k % 2 == 0 ? 1 : -1;
            }
        }

        policy.Ascend(push, null, 40);
        var solver = new ExactPolicyGradient(mdp);
        Assert.Equal(mdp.OptimalValue(), solver.Evaluate(policy), 6);
        Assert.InRange(solver.NashGap(policy), -1e-9, 1e-6);
    }
}
