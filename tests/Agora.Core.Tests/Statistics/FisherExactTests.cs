using Agora.Core.Statistics;
using CsCheck;

namespace Agora.Core.Tests.Statistics;

public sealed class FisherExactTests
{
    [Theory]
    // Exact hypergeometric tails, Σ C(K,k)·C(N−K,n₁−k)/C(N,n₁) in integer arithmetic (Python's math.comb); scipy's
    // fisher_exact(…, alternative="greater") gives the same values.
    [InlineData(3, 4, 0, 4, 0.07142857142857142)] // 1/14: the lady tasting tea, all four cups right
    [InlineData(1, 2, 1, 2, 0.8333333333333334)]
    [InlineData(5, 10, 5, 10, 0.6718591006516703)]
    [InlineData(0, 5, 3, 5, 1.0)]
    [InlineData(7, 12, 2, 12, 0.04468972943868623)]
    [InlineData(15, 100, 4, 100, 0.006994732492725373)]
    [InlineData(22, 100, 0, 100, 6.515537657080278e-08)]
    [InlineData(217, 1000, 0, 1000, 9.027465292227279e-72)]
    public void Matches_the_exact_hypergeometric_tail(int a, int n1, int b, int n2, double expected) =>
        Assert.Equal(expected, FisherExact.Greater(a, n1, b, n2), expected * 1e-9);

    [Fact]
    public void Bad_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.Greater(3, 2, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.Greater(0, 0, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExact.Greater(0, 2, -1, 2));
    }

    [Fact]
    public void More_successes_in_the_first_group_never_raise_the_p_value() =>
        Gen.Int[1, 60].SelectMany(n1 => Gen.Int[1, 60].SelectMany(n2 => Gen.Int[0, n1 - 1].SelectMany(a => Gen.Int[0, n2].Select(b => (n1, n2, a, b)))))
            .Sample(t =>
            {
                double p = FisherExact.Greater(t.a, t.n1, t.b, t.n2), more = FisherExact.Greater(t.a + 1, t.n1, t.b, t.n2);
                return more <= p + 1e-12 && p is >= 0 and <= 1;
            });
}
