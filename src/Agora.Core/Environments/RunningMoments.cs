namespace Agora.Core.Environments;

/// <summary>Running mean and variance of a stream of values, per feature.</summary>
/// <remarks>
/// Welford's online algorithm (B. P. Welford, "Note on a method for calculating corrected sums of squares and
/// products", Technometrics 4(3), 1962): for each new x, <c>n += 1; δ = x − mean; mean += δ/n; M2 += δ·(x − mean)</c>;
/// the (population) variance is <c>M2 / n</c>. It is numerically stable where the naive sum-of-squares is not.
/// Accumulates in double even though observations are float.
/// </remarks>
public sealed class RunningMoments
{
    private readonly double[] _mean;
    private readonly double[] _m2;

    /// <summary>Creates empty statistics.</summary>
    /// <param name="features">The number of features tracked; non-negative.</param>
    public RunningMoments(int features)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(features);
        _mean = new double[features];
        _m2 = new double[features];
    }

    /// <summary>The number of samples seen.</summary>
    public long Count { get; private set; }

    /// <summary>The running means.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>The population variance of feature <paramref name="feature"/> (1 before any sample).</summary>
    /// <param name="feature">The feature index.</param>
    /// <returns>The variance.</returns>
    public double Variance(int feature) => Count == 0 ? 1.0 : _m2[feature] / Count;

    /// <summary>Adds one sample of every feature.</summary>
    /// <param name="sample">One value per feature.</param>
    public void Add(ReadOnlySpan<float> sample)
    {
        Count++;
        for (int i = 0; i < _mean.Length; i++)
        {
            double delta = sample[i] - _mean[i];
            _mean[i] += delta / Count;
            _m2[i] += delta * (sample[i] - _mean[i]);
        }
    }

    /// <summary>Adds one sample of a single-feature stream.</summary>
    /// <param name="value">The value.</param>
    public void Add(double value)
    {
        Count++;
        double delta = value - _mean[0];
        _mean[0] += delta / Count;
        _m2[0] += delta * (value - _mean[0]);
    }

    /// <summary>Forgets every sample.</summary>
    public void Clear()
    {
        Count = 0;
        _mean.AsSpan().Clear();
        _m2.AsSpan().Clear();
    }
}
