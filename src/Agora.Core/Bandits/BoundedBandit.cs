using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>A stochastic bandit with bounded, continuous rewards: arm i pays a uniform draw on [μi − hi, μi + hi] ⊂ [0, 1].</summary>
/// <remarks>
/// The half-width is <c>hi = min(μi, 1 − μi)</c>, the widest interval around μi that stays in [0, 1], so the arm has
/// mean μi, variance hi²/3 (smaller than a Bernoulli arm's μi(1 − μi)), and the variance-aware UCB-V can exploit that.
/// </remarks>
public sealed class BoundedBandit : IBandit
{
    private readonly double[] _means;
    private readonly double[] _gaps;

    /// <summary>Creates the bandit.</summary>
    /// <param name="means">The mean of each arm, each in [0, 1] (at least one arm).</param>
    public BoundedBandit(IReadOnlyList<double> means)
    {
        _means = StationaryMeans.Check(means, unitInterval: true, nameof(means));
        _gaps = StationaryMeans.Gaps(_means);
    }

    /// <summary>The arm means.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <inheritdoc />
    public int Arms => _means.Length;

    /// <inheritdoc />
    public bool RewardsInUnitInterval => true;

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <inheritdoc />
    public double Gap(int arm) => _gaps[arm];

    /// <inheritdoc />
    public double Pull(int arm, ref AgoraRandom rng)
    {
        double m = _means[arm];
        double h = Math.Min(m, 1 - m);
        return m + (h * ((2 * rng.NextDouble()) - 1));
    }
}
