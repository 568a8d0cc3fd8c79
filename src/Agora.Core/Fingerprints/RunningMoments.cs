namespace Agora.Core.Fingerprints;

/// <summary>Welford's running mean and variance, so a point's spread costs no storage per repetition.</summary>
internal struct RunningMoments
{
    private long _count;
    private double _mean;
    private double _m2;

    /// <summary>The mean of the values added (0 when none).</summary>
    public readonly double Mean => _mean;

    /// <summary>The sample standard deviation (n − 1 in the denominator; 0 for fewer than two values).</summary>
    public readonly double SampleStandardDeviation => _count < 2 ? 0 : Math.Sqrt(_m2 / (_count - 1));

    /// <summary>Adds one value.</summary>
    /// <param name="value">The value.</param>
    public void Add(double value)
    {
        _count++;
        double delta = value - _mean;
        _mean += delta / _count;
        _m2 += delta * (value - _mean);
    }
}
