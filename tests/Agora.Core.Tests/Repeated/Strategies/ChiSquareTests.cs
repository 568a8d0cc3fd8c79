using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated.Strategies;

public sealed class ChiSquareTests
{
    [Theory]
    [InlineData(10, 5, 0.1967056024589432)]
    [InlineData(0, 1, 0.31731050786291115)]
    [InlineData(300, 211, 8.246255682976106e-05)]
    [InlineData(256, 256, 1.0)]
    [InlineData(400, 111, 1.998697804888688e-37)]
    public void Matches_scipy_chisquare(int cooperations, int defections, double scipy)
    {
        // scipy.stats.chisquare([c, d]).pvalue (scipy 1.10, Debian 12); 300 + 211 = 511 is the last memoised total.
        Assert.Equal(scipy, ChiSquare.PValue(cooperations, defections), 1e-12 * Math.Max(scipy, 1e-30));
    }

    [Fact]
    public void Memoised_values_equal_fresh_ones_on_both_sides_of_the_memo_limit()
    {
        // The memo holds totals 1..511; every lookup must return the bits a fresh computation gives.
        foreach ((int c, int d) in (ReadOnlySpan<(int, int)>)[(1, 0), (7, 8), (0, 200), (255, 256), (511, 0), (256, 256), (300, 300), (600, 5)])
        {
            double half = (c + d) / 2.0;
            double statistic = (((c - half) * (c - half)) + ((d - half) * (d - half))) / half;
            double fresh = ChiSquare.Erfc(Math.Sqrt(statistic / 2));
            Assert.Equal(BitConverter.DoubleToInt64Bits(fresh), BitConverter.DoubleToInt64Bits(ChiSquare.PValue(c, d)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(fresh), BitConverter.DoubleToInt64Bits(ChiSquare.PValue(c, d)));
        }
    }
}
