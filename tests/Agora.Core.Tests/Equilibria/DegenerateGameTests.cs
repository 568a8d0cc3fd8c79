using Agora.Core.Equilibria;
using Agora.Core.Games;

namespace Agora.Core.Tests.Equilibria;

/// <summary>A degenerate 3×2 game (von Stengel 2002's example with B's first row made a tie): against row 0 the
/// column player is indifferent, so the equilibria include a segment.</summary>
/// <remarks>
/// By hand, with y₁ = P(column 0): rows pay 3, 5 − 3y₁ and 6(1 − y₁), so row 0 is best for y₁ ≥ 2/3, row 1 for
/// 1/3 ≤ y₁ ≤ 2/3, row 2 for y₁ ≤ 1/3. Row 0 leaves the column player indifferent (3, 3), which gives the segment
/// x = (1, 0, 0), y₁ ∈ [2/3, 1]. Rows 1 and 2 mixed as (1/3, 2/3) make the columns pay 8/3 each, and y₁ = 1/3 makes
/// those rows tie at 4. No other profile works, so the extreme equilibria are the segment's two ends and that mix.
/// </remarks>
public sealed class DegenerateGameTests
{
    private static readonly MatrixGame Game = new(
        "degenerate", "degenerate 3x2",
        new double[,] { { 3, 3 }, { 2, 5 }, { 0, 6 } },
        new double[,] { { 3, 3 }, { 2, 6 }, { 3, 1 } },
        ["T", "M", "B"], ["L", "R"]);

    [Fact]
    public void Vertex_enumeration_finds_both_ends_of_the_segment_and_the_mixed_equilibrium()
    {
        var all = VertexEnumeration.Solve(Game);
        Assert.Equal(3, all.Count);
        AssertEquilibrium(all[0], "1 0 0", "1 0", "3", "3");
        AssertEquilibrium(all[1], "1 0 0", "2/3 1/3", "3", "3");
        AssertEquilibrium(all[2], "0 1/3 2/3", "1/3 2/3", "4", "8/3");
    }

    [Fact]
    public void Support_enumeration_skips_only_the_segment_end_that_the_supports_do_not_pin_down()
    {
        // y = (2/3, 1/3) has support {L, R} against x's support {T}: the row player's indifference over {T} is one
        // equation for two probabilities, so support enumeration cannot single it out (documented behaviour).
        var all = SupportEnumeration.Solve(Game);
        Assert.Equal(2, all.Count);
        Assert.Equal(VertexEnumeration.Solve(Game)[0], all[0]);
        Assert.Equal(VertexEnumeration.Solve(Game)[2], all[1]);
    }

    [Fact]
    public void Lemke_howson_terminates_on_the_degenerate_game_at_extreme_equilibria()
    {
        var extreme = VertexEnumeration.Solve(Game);
        Assert.All(LemkeHowson.SolveFromAllLabels(Game), e => Assert.Contains(e, extreme));
    }

    private static void AssertEquilibrium(NashEquilibrium e, string row, string column, string rowPayoff, string columnPayoff)
    {
        Assert.Equal(row, string.Join(' ', e.RowStrategy));
        Assert.Equal(column, string.Join(' ', e.ColumnStrategy));
        Assert.Equal(rowPayoff, e.RowPayoff.ToString());
        Assert.Equal(columnPayoff, e.ColumnPayoff.ToString());
    }
}
