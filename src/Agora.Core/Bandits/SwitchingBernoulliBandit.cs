using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>
/// A restless, piecewise-stationary Bernoulli bandit: every <see cref="Period"/> rounds the order of the arm means is
/// reversed, so the best arm becomes the worst (and the worst the best) whether or not it is played.
/// </summary>
/// <remarks>
/// The abruptly-changing setting of Garivier and Moulines, "On upper-confidence bound policies for switching bandit
/// problems", ALT 2011, where discounted and sliding-window UCB have regret Õ(√(Υ_T·T)) for Υ_T change points, while
/// UCB1 can lose linearly. In round t (0-based) arm i has mean <c>μ[i]</c> when ⌊t / period⌋ is even and
/// <c>μ[k − 1 − i]</c> when it is odd.
/// </remarks>
public sealed class SwitchingBernoulliBandit : IBandit
{
    private readonly double[] _means;
    private readonly double _best;
    private long _round;

    /// <summary>Creates the bandit.</summary>
    /// <param name="means">The means of the first phase, each in [0, 1] (at least one arm).</param>
    /// <param name="period">The number of rounds between changes (positive).</param>
    public SwitchingBernoulliBandit(IReadOnlyList<double> means, long period)
    {
        _means = StationaryMeans.Check(means, unitInterval: true, nameof(means));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        Period = period;
        _best = _means.Max();
    }

    /// <summary>The number of rounds between changes.</summary>
    public long Period { get; }

    /// <inheritdoc />
    public int Arms => _means.Length;

    /// <inheritdoc />
    public bool RewardsInUnitInterval => true;

    /// <summary>The mean of <paramref name="arm"/> in the current round.</summary>
    /// <param name="arm">The arm.</param>
    /// <returns>Its mean.</returns>
    public double CurrentMean(int arm) => _means[(_round / Period) % 2 == 0 ? arm : _means.Length - 1 - arm];

    /// <inheritdoc />
    public void Reset() => _round = 0;

    /// <inheritdoc />
    public double Gap(int arm) => _best - CurrentMean(arm);

    /// <inheritdoc />
    public double Pull(int arm, ref AgoraRandom rng)
    {
        double reward = rng.NextDouble() < CurrentMean(arm) ? 1.0 : 0.0;
        _round++;
        return reward;
    }
}
