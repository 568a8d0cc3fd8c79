using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>
/// A rotting Bernoulli bandit: each pull of an arm multiplies that arm's mean by <see cref="Decay"/>, so arms wear out
/// with use (and unplayed arms keep their value).
/// </summary>
/// <remarks>
/// Levine, Crammer and Mannor, "Rotting bandits", NeurIPS 2017: rewards decay with the number of pulls of the arm.
/// Arm i's mean after n of its own pulls is <c>μi·ρ^n</c>. For rotting bandits the full-information optimum is the
/// greedy policy that always pulls the currently best arm, so the dynamic regret measured here (against the best current
/// arm each round) is the regret against that optimum. Sample-average methods over-trust stale samples; the discounted
/// and sliding-window estimators forget them.
/// </remarks>
public sealed class RottingBandit : IBandit
{
    private readonly double[] _initial;
    private readonly double[] _current;

    /// <summary>Creates the bandit.</summary>
    /// <param name="means">The initial means, each in [0, 1] (at least one arm).</param>
    /// <param name="decay">ρ in (0, 1]: the factor applied to an arm's mean each time it is pulled.</param>
    public RottingBandit(IReadOnlyList<double> means, double decay)
    {
        _initial = StationaryMeans.Check(means, unitInterval: true, nameof(means));
        if (!(decay > 0 && decay <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The decay factor must lie in (0, 1].");
        }

        Decay = decay;
        _current = (double[])_initial.Clone();
    }

    /// <summary>ρ, the factor applied to an arm's mean per pull.</summary>
    public double Decay { get; }

    /// <inheritdoc />
    public int Arms => _initial.Length;

    /// <inheritdoc />
    public bool RewardsInUnitInterval => true;

    /// <summary>The current mean of <paramref name="arm"/>.</summary>
    /// <param name="arm">The arm.</param>
    /// <returns>Its mean.</returns>
    public double CurrentMean(int arm) => _current[arm];

    /// <inheritdoc />
    public void Reset() => Array.Copy(_initial, _current, _initial.Length);

    /// <inheritdoc />
    public double Gap(int arm)
    {
        double best = 0;
        foreach (double m in _current)
        {
            best = Math.Max(best, m);
        }

        return best - _current[arm];
    }

    /// <inheritdoc />
    public double Pull(int arm, ref AgoraRandom rng)
    {
        double reward = rng.NextDouble() < _current[arm] ? 1.0 : 0.0;
        _current[arm] *= Decay;
        return reward;
    }
}
