using Agora.Core.Equilibria;
using Agora.Core.Games;

namespace Agora.Core.Tests.Equilibria;

/// <summary>Equilibria of the classic 2×2 and 3×3 games, worked out by hand from the indifference conditions.</summary>
public sealed class KnownGamesTests
{
    [Fact]
    public void Prisoners_dilemma_has_only_mutual_defection()
    {
        var all = SupportEnumeration.Solve(NormalFormGames.PrisonersDilemma());
        NashEquilibrium only = Assert.Single(all);
        AssertStrategy(only.RowStrategy, "0", "1");
        AssertStrategy(only.ColumnStrategy, "0", "1");
        Assert.Equal((Rational)1, only.RowPayoff);
        Assert.Equal((Rational)1, only.ColumnPayoff);
        Assert.Equal(only, LemkeHowson.Solve(NormalFormGames.PrisonersDilemma()));
    }

    /// <summary>Akata's BoS (JJ 10/7, FF 7/10): x_J solves 7·x_J = 10·x_F, so x = (10/17, 7/17); y_J solves
    /// 10·y_J = 7·y_F, so y = (7/17, 10/17); each player then gets 70/17.</summary>
    [Fact]
    public void Akata_battle_of_the_sexes_has_two_pure_and_one_mixed_equilibrium()
    {
        var all = SupportEnumeration.Solve(NormalFormGames.AkataBattleOfTheSexes());
        Assert.Equal(3, all.Count);
        AssertEquilibrium(all[0], ["1", "0"], ["1", "0"], "10", "7");
        AssertEquilibrium(all[1], ["0", "1"], ["0", "1"], "7", "10");
        AssertEquilibrium(all[2], ["10/17", "7/17"], ["7/17", "10/17"], "70/17", "70/17");
    }

    [Fact]
    public void Matching_pennies_has_only_the_uniform_equilibrium()
    {
        NashEquilibrium only = Assert.Single(SupportEnumeration.Solve(NormalFormGames.MatchingPennies()));
        AssertEquilibrium(only, ["1/2", "1/2"], ["1/2", "1/2"], "0", "0");
        Assert.Equal(only, LemkeHowson.Solve(NormalFormGames.MatchingPennies(), droppedLabel: 3));
    }

    [Fact]
    public void Rock_paper_scissors_has_only_the_uniform_equilibrium()
    {
        MatrixGame rps = NormalFormGames.RockPaperScissors();
        NashEquilibrium only = Assert.Single(SupportEnumeration.Solve(rps));
        AssertEquilibrium(only, ["1/3", "1/3", "1/3"], ["1/3", "1/3", "1/3"], "0", "0");
        for (int label = 0; label < 6; label++)
        {
            Assert.Equal(only, LemkeHowson.Solve(rps, label));
        }
    }

    /// <summary>Stag hunt (CC 4, CD 1, DC 3, DD 2): C pays 3y+1 and D pays y+2 against y = P(C), equal at y = 1/2, worth 5/2.</summary>
    [Fact]
    public void Stag_hunt_has_both_conventions_and_a_half_half_mix()
    {
        var all = SupportEnumeration.Solve(NormalFormGames.StagHunt());
        Assert.Equal(3, all.Count);
        AssertEquilibrium(all[0], ["1", "0"], ["1", "0"], "4", "4");
        AssertEquilibrium(all[1], ["0", "1"], ["0", "1"], "2", "2");
        AssertEquilibrium(all[2], ["1/2", "1/2"], ["1/2", "1/2"], "5/2", "5/2");
    }

    /// <summary>Chicken (CC 3, CD 2, DC 4, DD 1): C pays y+2 and D pays 3y+1, equal at y = 1/2, worth 5/2.</summary>
    [Fact]
    public void Chicken_has_the_two_asymmetric_pure_equilibria_and_a_half_half_mix()
    {
        var all = SupportEnumeration.Solve(NormalFormGames.Chicken());
        Assert.Equal(3, all.Count);
        AssertEquilibrium(all[0], ["1", "0"], ["0", "1"], "2", "4");
        AssertEquilibrium(all[1], ["0", "1"], ["1", "0"], "4", "2");
        AssertEquilibrium(all[2], ["1/2", "1/2"], ["1/2", "1/2"], "5/2", "5/2");
    }

    /// <summary>Lemke–Howson only reaches equilibria of index +1 from the artificial one (Shapley 1974); in a 2×2
    /// coordination game those are the two pure equilibria, never the mixed one.</summary>
    [Fact]
    public void Lemke_howson_reaches_the_two_pure_equilibria_of_a_coordination_game_and_never_the_mixed_one()
    {
        MatrixGame bos = NormalFormGames.AkataBattleOfTheSexes();
        var fromLabels = LemkeHowson.SolveFromAllLabels(bos);
        var all = SupportEnumeration.Solve(bos);
        Assert.Equal(2, fromLabels.Count);
        Assert.All(fromLabels, e => Assert.True(e.IsPure));
        Assert.All(fromLabels, e => Assert.Contains(e, all));
        Assert.Throws<ArgumentOutOfRangeException>(() => LemkeHowson.Solve(bos, 4));
    }

    [Fact]
    public void Best_responses_to_the_mixed_equilibrium_are_every_action()
    {
        MatrixGame bos = NormalFormGames.AkataBattleOfTheSexes();
        NashEquilibrium mixed = SupportEnumeration.Solve(bos)[2];
        Assert.Equal([0, 1], BestResponses.Row(bos, mixed.ColumnStrategy));
        Assert.Equal([0, 1], BestResponses.Column(bos, mixed.RowStrategy));
        Assert.Equal([0], BestResponses.Row(bos, [new Rational(8, 17), new Rational(9, 17)]));
        Assert.Equal([1], BestResponses.Row(bos, [0.4, 0.6]));
        Assert.Equal([0, 1], BestResponses.Row(bos, [7.0 / 17, 10.0 / 17]));
        Assert.Equal([1], BestResponses.Column(NormalFormGames.PrisonersDilemma(), [1.0, 0.0]));
    }

    private static void AssertEquilibrium(NashEquilibrium e, string[] row, string[] column, string rowPayoff, string columnPayoff)
    {
        AssertStrategy(e.RowStrategy, row);
        AssertStrategy(e.ColumnStrategy, column);
        Assert.Equal(rowPayoff, e.RowPayoff.ToString());
        Assert.Equal(columnPayoff, e.ColumnPayoff.ToString());
    }

    private static void AssertStrategy(IReadOnlyList<Rational> strategy, params string[] expected) =>
        Assert.Equal(expected, strategy.Select(p => p.ToString()));
}
