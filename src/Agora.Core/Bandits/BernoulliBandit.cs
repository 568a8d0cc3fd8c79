using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>A stochastic bandit whose arm i pays 1 with probability μi and 0 otherwise.</summary>
/// <remarks>The reference instance of the bandit literature (Lai and Robbins 1985; Auer et al. 2002; Garivier and Cappé 2011).</remarks>
public sealed class BernoulliBandit : IBandit
{
    private readonly double[] _means;
    private readonly double[] _gaps;

    /// <summary>Creates the bandit.</summary>
    /// <param name="means">The success probability of each arm, each in [0, 1] (at least one arm).</param>
    public BernoulliBandit(IReadOnlyList<double> means)
    {
        _means = StationaryMeans.Check(means, unitInterval: true, nameof(means));
        _gaps = StationaryMeans.Gaps(_means);
        BestMean = _means.Max();
    }

    /// <summary>The arm means.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <summary>The largest mean μ*.</summary>
    public double BestMean { get; }

    /// <inheritdoc />
    public int Arms => _means.Length;

    /// <inheritdoc />
    public bool RewardsInUnitInterval => true;

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Gap(int arm) => _gaps[arm];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Pull(int arm, ref AgoraRandom rng) => rng.NextDouble() < _means[arm] ? 1.0 : 0.0;
}
