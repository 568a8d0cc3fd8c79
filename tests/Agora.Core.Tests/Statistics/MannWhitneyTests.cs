using Agora.Core.Statistics;

namespace Agora.Core.Tests.Statistics;

public sealed class MannWhitneyTests
{
    [Fact]
    public void U_counts_pairs_where_the_first_sample_wins_with_ties_as_halves()
    {
        var result = MannWhitney.Greater([3, 4, 5], [1, 2, 3]);
        Assert.Equal(8.5, result.U); // 3>1,3>2,3=3(½),4>1,4>2,4>3,5>1,5>2,5>3
    }

    [Fact]
    public void Completely_separated_samples_of_twenty_give_a_tiny_p_value()
    {
        var high = Enumerable.Range(100, 20).Select(i => (double)i).ToArray();
        var low = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var result = MannWhitney.Greater(high, low);
        Assert.Equal(400, result.U);
        // z = (400 − 200 − 0.5)/√(400·41/12) = 199.5/36.968 ≈ 5.3965; P(Z > 5.3965) ≈ 3.4e-8.
        Assert.Equal(5.3965, result.Z, 3);
        Assert.InRange(result.PValue, 2e-8, 5e-8);
        Assert.True(MannWhitney.Greater(low, high).PValue > 0.999);
    }

    [Fact]
    public void The_normal_tail_matches_known_quantiles()
    {
        Assert.Equal(0.5, NormalDistribution.UpperTail(0), 7);
        Assert.Equal(0.025, NormalDistribution.UpperTail(1.959964), 6);
        Assert.Equal(0.01, NormalDistribution.UpperTail(2.326348), 6);
        Assert.Equal(0.975, NormalDistribution.UpperTail(-1.959964), 6);
    }
}
