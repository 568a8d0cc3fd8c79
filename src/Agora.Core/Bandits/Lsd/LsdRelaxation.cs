namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// The pattern relaxation of an LSD instance: a linear program over the long-run rates of (arm, idle length, run length)
/// blocks, whose value bounds the best long-run average reward from above.
/// </summary>
/// <remarks>
/// <para>
/// Our reading of the "higher-dimensional relaxation" of Foussoul et al. (ICML 2023; the paper's exact LP is
/// unverified). Any schedule splits each arm's timeline into blocks: an idle gap of g ≥ 1 rounds, then a run of m
/// consecutive plays. Such a block earns <c>R_i(d, m) = μ_i(−d) + Σ_{j=1}^{m−1} μ_i(+min(j, τmax))</c> with
/// d = min(g, τmax), uses m rounds of the shared time line, and m + g ≥ m + d rounds of arm i's own time line. With
/// y_{i,d,m} the rate of such blocks (per round; d ≤ τmax, m ≤ τmax + 1) and z_i the rate of extra plays beyond τmax + 1
/// in a run (each earning μ_i(+τmax)):
/// </para>
/// <code>
/// max Σ y_{i,d,m}·R_i(d,m) + Σ z_i·μ_i(+τmax)
/// s.t. Σ y_{i,d,m}·m + Σ z_i ≤ 1                 (one play per round)
///      Σ_{d,m} y_{i,d,m}·(m + d) + z_i ≤ 1  ∀i   (arm i's own time line)
/// </code>
/// <para>
/// Every schedule's long-run average reward is feasible for this program, so its value V_LP is an upper bound (no
/// monotonicity needed). A basic optimal solution has at most k + 1 positive rates, i.e. at most k + 1 patterns.
/// </para>
/// </remarks>
public sealed class LsdRelaxation
{
    /// <summary>Solves the relaxation of <paramref name="instance"/>.</summary>
    /// <param name="instance">The payoffs.</param>
    public LsdRelaxation(LsdInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int k = instance.Arms, tau = instance.TauMax, maxRun = tau + 1;
        var patterns = new List<LsdPattern>();
        for (int i = 0; i < k; i++)
        {
            for (int d = 1; d <= tau; d++)
            {
                double reward = instance.Mean(i, -d);
                for (int m = 1; m <= maxRun; m++)
                {
                    if (m > 1)
                    {
                        reward += instance.Mean(i, Math.Min(m - 1, tau));
                    }

                    patterns.Add(new LsdPattern(i, d, m, reward, 0));
                }
            }
        }

        int n = patterns.Count + k;
        var a = new double[k + 1, n];
        var c = new double[n];
        for (int p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            a[0, p] = pattern.Run;
            a[1 + pattern.Arm, p] = pattern.Run + pattern.Idle;
            c[p] = pattern.Reward;
        }

        for (int i = 0; i < k; i++)
        {
            a[0, patterns.Count + i] = 1;
            a[1 + i, patterns.Count + i] = 1;
            c[patterns.Count + i] = instance.Mean(i, tau);
        }

        var (x, value) = Simplex.Maximise(a, Enumerable.Repeat(1.0, k + 1).ToArray(), c);
        Value = value;
        Support = patterns.Select((p, j) => p with { Rate = x[j] }).Where(p => p.Rate > 1e-12).ToArray();
        ExtraPlayRates = x.Skip(patterns.Count).ToArray();
    }

    /// <summary>V_LP, an upper bound on the long-run average reward per round.</summary>
    public double Value { get; }

    /// <summary>The patterns with positive rate in the optimal basic solution.</summary>
    public IReadOnlyList<LsdPattern> Support { get; }

    /// <summary>z_i, the rate of plays beyond τmax + 1 in a run, per arm.</summary>
    public IReadOnlyList<double> ExtraPlayRates { get; }
}

/// <summary>One block of an arm's time line: idle d rounds (saturated at τmax), then play m rounds.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Idle">d, the idle length before the run (τmax means at least τmax).</param>
/// <param name="Run">m, the run length.</param>
/// <param name="Reward">R_i(d, m), the block's total expected reward.</param>
/// <param name="Rate">The block's rate in the relaxation's solution (0 when unsolved).</param>
public sealed record LsdPattern(int Arm, int Idle, int Run, double Reward, double Rate);
