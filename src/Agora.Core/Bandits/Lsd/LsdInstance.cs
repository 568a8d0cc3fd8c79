using Agora.Core.Randomness;

namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// A last-switch-dependent (LSD) bandit instance: k arms whose mean payoff depends on a signed last-switch state
/// τ ∈ {−τmax, …, −1} ∪ {1, …, τmax}.
/// </summary>
/// <remarks>
/// <para>
/// Laforgue, Clerici, Cesa-Bianchi and Gilad-Bachrach (AISTATS 2022) introduce LSD bandits, "where the expected reward
/// of an arm is fully determined by the time elapsed since the arm last took part in a switch of actions"; Foussoul,
/// Goyal, Papadigenopoulos and Zeevi (ICML 2023) study them "under a natural monotonicity assumption on the payoffs".
/// The formalisation below is the one in Agora's spec (our reading of the abstracts; see docs/lsd-bandits.md):
/// </para>
/// <list type="bullet">
/// <item>τ_i = +m: arm i has been played in each of the last m rounds since it was switched to (saturating at +τmax);</item>
/// <item>τ_i = −d: arm i has been idle for the last d rounds since it was switched away from (saturating at −τmax);</item>
/// <item>a round's reward is drawn with mean μ_a(τ_a), read in the state before the round (see <see cref="LsdDynamics"/>).</item>
/// </list>
/// <para>
/// Monotone (the assumption we check): μ_i(−d) is non-decreasing in d (rest helps: deprivation, recharging) and
/// μ_i(+m) is non-increasing in m (repetition hurts: satiation). Means lie in [0, 1] so that Bernoulli rewards exist.
/// </para>
/// <threadsafety>Immutable; safe to share.</threadsafety>
/// </remarks>
public sealed class LsdInstance
{
    private readonly double[][] _idle;
    private readonly double[][] _run;

    private LsdInstance(double[][] idle, double[][] run, int tauMax, bool monotone)
    {
        _idle = idle;
        _run = run;
        TauMax = tauMax;
        IsMonotone = monotone;
    }

    /// <summary>The number of arms k.</summary>
    public int Arms => _idle.Length;

    /// <summary>τmax, where the states saturate.</summary>
    public int TauMax { get; }

    /// <summary>Whether every arm's payoffs satisfy the monotone assumption.</summary>
    public bool IsMonotone { get; }

    /// <summary>μ_arm(τ) for a signed state τ ∈ [−τmax, −1] ∪ [1, τmax].</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="tau">The signed state.</param>
    /// <returns>The mean payoff.</returns>
    public double Mean(int arm, int tau) => tau > 0 ? _run[arm][tau - 1] : _idle[arm][-tau - 1];

    /// <summary>Builds an instance from explicit payoff tables.</summary>
    /// <param name="idle">Per arm, μ(−1), μ(−2), …, μ(−τmax).</param>
    /// <param name="run">Per arm, μ(+1), μ(+2), …, μ(+τmax).</param>
    /// <param name="requireMonotone">Refuse tables that break the monotone assumption (the default).</param>
    /// <returns>The instance.</returns>
    /// <exception cref="ArgumentException">No arms, τmax &lt; 1, ragged tables, means outside [0, 1], or non-monotone payoffs when monotone is required; the message names the arm and state.</exception>
    public static LsdInstance Create(IReadOnlyList<IReadOnlyList<double>> idle, IReadOnlyList<IReadOnlyList<double>> run, bool requireMonotone = true)
    {
        ArgumentNullException.ThrowIfNull(idle);
        ArgumentNullException.ThrowIfNull(run);
        if (idle.Count == 0)
        {
            throw new ArgumentException("An LSD instance needs at least one arm; got 0 arms.", nameof(idle));
        }

        if (run.Count != idle.Count)
        {
            throw new ArgumentException($"The run table has {run.Count} arms but the idle table has {idle.Count}.", nameof(run));
        }

        int tauMax = idle[0].Count;
        if (tauMax < 1)
        {
            throw new ArgumentException($"tau-max must be at least 1; got {tauMax}.", nameof(idle));
        }

        bool monotone = true;
        for (int i = 0; i < idle.Count; i++)
        {
            if (idle[i].Count != tauMax || run[i].Count != tauMax)
            {
                throw new ArgumentException($"Arm {i} must give exactly tau-max = {tauMax} idle and run payoffs; got {idle[i].Count} and {run[i].Count}.", nameof(idle));
            }

            for (int s = 0; s < tauMax; s++)
            {
                CheckMean(idle[i][s], i, -(s + 1));
                CheckMean(run[i][s], i, s + 1);
                if (s > 0 && idle[i][s] < idle[i][s - 1])
                {
                    monotone = false;
                    if (requireMonotone)
                    {
                        throw new ArgumentException($"Arm {i} is not monotone: mu({-(s + 1)}) = {idle[i][s]} < mu({-s}) = {idle[i][s - 1]}, but payoffs must not fall with idle time.", nameof(idle));
                    }
                }

                if (s > 0 && run[i][s] > run[i][s - 1])
                {
                    monotone = false;
                    if (requireMonotone)
                    {
                        throw new ArgumentException($"Arm {i} is not monotone: mu(+{s + 1}) = {run[i][s]} > mu(+{s}) = {run[i][s - 1]}, but payoffs must not rise with consecutive plays.", nameof(run));
                    }
                }
            }
        }

        return new LsdInstance(
            idle.Select(a => a.ToArray()).ToArray(),
            run.Select(a => a.ToArray()).ToArray(),
            tauMax,
            monotone);
    }

    /// <summary>Builds an instance from a payoff function μ(arm, τ), as in the spec's <c>LsdBandit(k, τmax, mu)</c>.</summary>
    /// <param name="arms">k ≥ 1.</param>
    /// <param name="tauMax">τmax ≥ 1.</param>
    /// <param name="mean">μ(arm, τ) for τ ∈ [−τmax, −1] ∪ [1, τmax].</param>
    /// <param name="requireMonotone">Refuse non-monotone payoffs (the default).</param>
    /// <returns>The instance.</returns>
    public static LsdInstance FromFunction(int arms, int tauMax, Func<int, int, double> mean, bool requireMonotone = true)
    {
        ArgumentNullException.ThrowIfNull(mean);
        if (arms < 1)
        {
            throw new ArgumentException($"An LSD instance needs at least one arm; got {arms} arms.", nameof(arms));
        }

        if (tauMax < 1)
        {
            throw new ArgumentException($"tau-max must be at least 1; got {tauMax}.", nameof(tauMax));
        }

        var idle = Enumerable.Range(0, arms).Select(i => (IReadOnlyList<double>)Enumerable.Range(1, tauMax).Select(d => mean(i, -d)).ToArray()).ToArray();
        var run = Enumerable.Range(0, arms).Select(i => (IReadOnlyList<double>)Enumerable.Range(1, tauMax).Select(m => mean(i, m)).ToArray()).ToArray();
        return Create(idle, run, requireMonotone);
    }

    /// <summary>
    /// A recharging (delay-dependent) bandit as an LSD instance: arm i pays f_i(δ), where δ ≥ 1 is the number of rounds
    /// since it was last pulled (δ = 1 for a repeated pull), saturating at δ = τmax + 1.
    /// </summary>
    /// <remarks>
    /// Kleinberg and Immorlica, "Recharging bandits", FOCS 2018; Simchi-Levi, Zheng and Zhu (2021); Papadigenopoulos,
    /// Caramanis and Shakkottai (NeurIPS 2022). In LSD states a repeated pull (τ = +m) has delay 1 and a switch-in
    /// after d idle rounds (τ = −d) has delay d + 1, so μ(+m) = f(1) and μ(−d) = f(d + 1). A non-decreasing f gives a
    /// monotone LSD instance.
    /// </remarks>
    /// <param name="arms">k ≥ 1.</param>
    /// <param name="tauMax">τmax ≥ 1.</param>
    /// <param name="payoff">f(arm, δ) for δ ∈ [1, τmax + 1], non-decreasing in δ.</param>
    /// <returns>The instance.</returns>
    public static LsdInstance Recharging(int arms, int tauMax, Func<int, int, double> payoff)
    {
        ArgumentNullException.ThrowIfNull(payoff);
        return FromFunction(arms, tauMax, (i, tau) => tau > 0 ? payoff(i, 1) : payoff(i, 1 - tau));
    }

    /// <summary>
    /// The spec's satiation instance: k = 2, τmax = 3; arm 0 pays 1.0, 0.3, 0.1 on consecutive plays after a switch
    /// (μ(−d) = 1.0, μ(+1) = 0.3, μ(+2) = μ(+3) = 0.1) and arm 1 pays 0.5 in every state.
    /// </summary>
    /// <returns>The instance.</returns>
    public static LsdInstance SpecSatiation() => Create(
        [[1.0, 1.0, 1.0], [0.5, 0.5, 0.5]],
        [[0.3, 0.1, 0.1], [0.5, 0.5, 0.5]]);

    /// <summary>Draws a random monotone instance of a family.</summary>
    /// <param name="arms">k ≥ 1.</param>
    /// <param name="tauMax">τmax ≥ 1.</param>
    /// <param name="family">Satiation, deprivation (recharging) or both.</param>
    /// <param name="rng">The generator.</param>
    /// <returns>The instance.</returns>
    /// <remarks>
    /// Satiation: μ(−d) = b for all d and μ(+m) = b·u_(m), with b ~ U(0, 1) and u_(1) ≥ … ≥ u_(τmax) sorted uniforms.
    /// Deprivation: a recharging arm, f(δ) sorted ascending uniforms over δ = 1 … τmax + 1. Mixed: both sides random
    /// and sorted independently.
    /// </remarks>
    public static LsdInstance RandomMonotone(int arms, int tauMax, LsdFamily family, ref AgoraRandom rng)
    {
        if (arms < 1 || tauMax < 1)
        {
            throw new ArgumentException($"Need at least one arm and tau-max at least 1; got {arms} arms and tau-max {tauMax}.", nameof(arms));
        }

        var idle = new IReadOnlyList<double>[arms];
        var run = new IReadOnlyList<double>[arms];
        for (int i = 0; i < arms; i++)
        {
            switch (family)
            {
                case LsdFamily.Satiation:
                {
                    double b = rng.NextDouble();
                    idle[i] = Enumerable.Repeat(b, tauMax).ToArray();
                    run[i] = SortedUniforms(tauMax, ref rng).Reverse().Select(u => b * u).ToArray();
                    break;
                }

                case LsdFamily.Deprivation:
                {
                    double[] f = SortedUniforms(tauMax + 1, ref rng);
                    idle[i] = f.Skip(1).ToArray();
                    run[i] = Enumerable.Repeat(f[0], tauMax).ToArray();
                    break;
                }

                default:
                    idle[i] = SortedUniforms(tauMax, ref rng);
                    run[i] = SortedUniforms(tauMax, ref rng).Reverse().ToArray();
                    break;
            }
        }

        return Create(idle, run);
    }

    private static double[] SortedUniforms(int n, ref AgoraRandom rng)
    {
        var u = new double[n];
        for (int j = 0; j < n; j++)
        {
            u[j] = rng.NextDouble();
        }

        Array.Sort(u);
        return u;
    }

    private static void CheckMean(double value, int arm, int tau)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentException($"Arm {arm}'s mean payoff mu({(tau > 0 ? "+" : string.Empty)}{tau}) must lie in [0, 1]; got {value}.");
        }
    }
}

/// <summary>Families of random monotone LSD instances.</summary>
public enum LsdFamily
{
    /// <summary>Payoffs fall with consecutive plays; rest restores them at once.</summary>
    Satiation,

    /// <summary>Recharging arms: payoffs grow with the time since the last pull.</summary>
    Deprivation,

    /// <summary>Both effects, drawn independently.</summary>
    Mixed,
}
