using Agora.Cli.Plotting;

namespace Agora.Cli.Tests.Plotting;

public sealed class ConfidenceBandTests
{
    private const int Digits = 12;

    [Fact]
    public void Known_values_give_known_mean_and_half_width()
    {
        // 1..5: mean 3, sample variance 2.5, so half-width 1.96 * sqrt(2.5) / sqrt(5) = 1.96 * sqrt(0.5).
        (double mean, double half) = ConfidenceBand.MeanAndHalfWidth([1, 2, 3, 4, 5]);
        Assert.Equal(3, mean, Digits);
        Assert.Equal(1.96 * Math.Sqrt(0.5), half, Digits);
    }

    [Fact]
    public void Point_band_is_symmetric_about_the_mean()
    {
        // 2, 4: mean 3, sample sd sqrt(2), half-width 1.96 * sqrt(2) / sqrt(2) = 1.96.
        AssertClose(new MetricPoint(7, 3, 3 - 1.96, 3 + 1.96), ConfidenceBand.At(7, [2, 4]));
    }

    [Fact]
    public void One_trial_gives_a_zero_width_band()
    {
        MetricPoint p = ConfidenceBand.At(0, [0.25]);
        Assert.Equal(new MetricPoint(0, 0.25, 0.25, 0.25), p);
    }

    [Fact]
    public void Identical_values_give_a_zero_width_band()
    {
        (double mean, double half) = ConfidenceBand.MeanAndHalfWidth([0.1, 0.1, 0.1]);
        Assert.Equal(0.1, mean, Digits);
        Assert.Equal(0, half, Digits);
    }

    [Fact]
    public void No_values_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfidenceBand.MeanAndHalfWidth([]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void Per_step_summarises_each_column_of_the_trials()
    {
        IReadOnlyList<double> steps = [10, 20, 30];
        IReadOnlyList<IReadOnlyList<double>> trials = [[1, 2, 5], [3, 2, 5]];

        IReadOnlyList<MetricPoint> points = ConfidenceBand.PerStep(steps, trials);

        Assert.Equal(3, points.Count);
        AssertClose(new MetricPoint(10, 2, 2 - 1.96, 2 + 1.96), points[0]);
        AssertClose(new MetricPoint(20, 2, 2, 2), points[1]);
        AssertClose(new MetricPoint(30, 5, 5, 5), points[2]);
    }

    [Fact]
    public void Per_step_refuses_a_trial_of_the_wrong_length_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfidenceBand.PerStep([1, 2], [[1, 2], [1]]));
        Assert.Contains("trials[1]", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(MetricPoint expected, MetricPoint actual)
    {
        Assert.Equal(expected.Step, actual.Step);
        Assert.Equal(expected.Mean, actual.Mean, Digits);
        Assert.Equal(expected.Lower95, actual.Lower95, Digits);
        Assert.Equal(expected.Upper95, actual.Upper95, Digits);
    }
}
