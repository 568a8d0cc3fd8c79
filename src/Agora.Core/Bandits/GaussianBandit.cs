using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>A stochastic bandit whose arm i pays N(μi, σ²).</summary>
/// <remarks>
/// <see cref="CreateTestbed"/> draws the means from N(0, 1): the 10-armed testbed of Sutton and Barto (2018), §2.3.
/// </remarks>
public sealed class GaussianBandit : IBandit
{
    private readonly double[] _means;

    /// <summary>Creates a bandit with the given arm means.</summary>
    /// <param name="means">The mean of each arm (at least one).</param>
    /// <param name="noiseStandardDeviation">σ, the reward noise (positive).</param>
    public GaussianBandit(IReadOnlyList<double> means, double noiseStandardDeviation = 1)
    {
        ArgumentNullException.ThrowIfNull(means);
        if (means.Count == 0)
        {
            throw new ArgumentException("A bandit needs at least one arm.", nameof(means));
        }

        if (!(noiseStandardDeviation > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseStandardDeviation), noiseStandardDeviation, "σ must be positive.");
        }

        _means = means.ToArray();
        NoiseStandardDeviation = noiseStandardDeviation;
        BestMean = _means.Max();
    }

    /// <summary>The arm means.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <inheritdoc />
    public int Arms => _means.Length;

    /// <inheritdoc />
    public bool RewardsInUnitInterval => false;

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <summary>σ, the reward noise.</summary>
    public double NoiseStandardDeviation { get; }

    /// <summary>The largest arm mean, μ*.</summary>
    public double BestMean { get; }

    /// <summary>Draws a testbed instance with means from N(0, 1).</summary>
    /// <param name="arms">The number of arms.</param>
    /// <param name="noiseStandardDeviation">σ, the reward noise.</param>
    /// <param name="rng">The generator for the means.</param>
    /// <returns>The instance.</returns>
    public static GaussianBandit CreateTestbed(int arms, double noiseStandardDeviation, ref AgoraRandom rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        var means = new double[arms];
        for (int i = 0; i < arms; i++)
        {
            means[i] = rng.NextGaussian();
        }

        return new GaussianBandit(means, noiseStandardDeviation);
    }

    /// <summary>Pulls <paramref name="arm"/>: a reward drawn from N(μ_arm, σ²).</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="rng">The reward noise generator.</param>
    /// <returns>The reward.</returns>
    public double Pull(int arm, ref AgoraRandom rng) => rng.NextGaussian(_means[arm], NoiseStandardDeviation);

    /// <inheritdoc />
    public double Gap(int arm) => BestMean - _means[arm];
}
