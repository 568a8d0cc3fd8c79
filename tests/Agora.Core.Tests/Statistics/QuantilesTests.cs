using Agora.Core.Statistics;
using CsCheck;

namespace Agora.Core.Tests.Statistics;

public sealed class QuantilesTests
{
    [Theory]
    // numpy.quantile([1, 2, 4, 8, 16], q) with the default 'linear' method
    [InlineData(0.0, 1.0)]
    [InlineData(0.1, 1.4)]
    [InlineData(0.25, 2.0)]
    [InlineData(0.5, 4.0)]
    [InlineData(0.75, 8.0)]
    [InlineData(0.9, 12.8)]
    [InlineData(1.0, 16.0)]
    public void Matches_numpys_linear_interpolation(double q, double expected) =>
        Assert.Equal(expected, Quantiles.OfSorted([1, 2, 4, 8, 16], q), 12);

    [Fact]
    public void The_median_of_an_even_sample_is_the_mean_of_the_middle_pair_and_bad_input_is_refused()
    {
        Assert.Equal(2.5, Quantiles.OfSorted([1, 2, 3, 10], 0.5));
        Assert.Equal(7, Quantiles.OfSorted([7], 0.3));
        Assert.Throws<ArgumentException>(() => Quantiles.OfSorted([], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.OfSorted([1, 2], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.OfSorted([1, 2], double.NaN));
    }

    [Fact]
    public void Quantiles_are_monotone_in_q_and_stay_within_the_sample() =>
        Gen.Double[-1e6, 1e6].Array[1, 40].Select(Gen.Double[0, 1], Gen.Double[0, 1]).Sample((values, a, b) =>
        {
            Array.Sort(values);
            double low = Quantiles.OfSorted(values, Math.Min(a, b)), high = Quantiles.OfSorted(values, Math.Max(a, b));
            double slack = 1e-9 * Math.Max(1, Math.Abs(values[0]) + Math.Abs(values[^1]));
            return low <= high + slack && low >= values[0] - slack && high <= values[^1] + slack;
        });
}
