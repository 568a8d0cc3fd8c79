using Agora.Core.Statistics;

namespace Agora.Core.Tests.Statistics;

public sealed class BinomialConfidenceTests
{
    [Theory]
    // Reference values: scipy.stats.beta.ppf(α/2, k, n − k + 1) and beta.ppf(1 − α/2, k + 1, n − k), as R's binom.test.
    [InlineData(5, 10, 0.95, 0.1870860, 0.8129140)]
    [InlineData(0, 10, 0.95, 0.0, 0.3084971)]
    [InlineData(10, 10, 0.95, 0.6915029, 1.0)]
    [InlineData(1, 20, 0.99, 0.0002506, 0.3171417)]
    [InlineData(25, 100, 0.95, 0.1687797, 0.3465525)]
    public void Limits_match_r_binom_test(int k, int n, double level, double lower, double upper)
    {
        (double lo, double hi) = BinomialConfidence.ClopperPearson(k, n, level);
        Assert.Equal(lower, lo, 6);
        Assert.Equal(upper, hi, 6);
    }

    [Fact]
    public void The_incomplete_beta_matches_closed_forms()
    {
        // I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a.
        Assert.Equal(1 - Math.Pow(0.7, 5), BinomialConfidence.RegularizedBeta(0.3, 1, 5), 13);
        Assert.Equal(Math.Pow(0.6, 4), BinomialConfidence.RegularizedBeta(0.6, 4, 1), 13);
        Assert.Equal(0.5, BinomialConfidence.RegularizedBeta(0.5, 7, 7), 13);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialConfidence.ClopperPearson(3, 2, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialConfidence.ClopperPearson(1, 2, 1));
    }
}
