using Agora.Core.Games;
using Agora.Core.Tests.Repeated;

namespace Agora.Core.Tests.Games;

public sealed class RobinsonGoforthTests
{
    private static readonly string[][] Rows = [.. File.ReadAllLines(SharedData.Path("akata", "144_games_info.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';'))];

    [Fact]
    public void Numbers_names_families_and_payoffs_equal_akatas_table()
    {
        Assert.Equal(144, Rows.Length);
        foreach (string[] row in Rows)
        {
            RobinsonGoforthGame game = RobinsonGoforth.All[int.Parse(row[0]) - 1];
            Assert.Equal(int.Parse(row[0]), game.Number);
            Assert.Equal(int.Parse(row[1]), game.Row);
            Assert.Equal(int.Parse(row[2]), game.Column);
            Assert.Equal(row[3], game.Name);
            Assert.Equal(row[4], game.Family);
            Assert.Equal(row[5..].Select(int.Parse), game.Payoffs);
        }
    }

    [Fact]
    public void The_registered_rg_games_carry_the_same_payoffs_and_ten_rounds()
    {
        foreach (string[] row in Rows)
        {
            Assert.True(GameRegistry.TryGet($"rg-{row[0]}", out IGame? found));
            var game = Assert.IsType<MatrixGame>(found);
            int[] p = [.. row[5..].Select(int.Parse)];
            Assert.Equal([p[0], p[2], p[4], p[6]], new[] { game.Payoff(0, 0, 0), game.Payoff(0, 0, 1), game.Payoff(0, 1, 0), game.Payoff(0, 1, 1) });
            Assert.Equal([p[1], p[3], p[5], p[7]], new[] { game.Payoff(1, 0, 0), game.Payoff(1, 0, 1), game.Payoff(1, 1, 0), game.Payoff(1, 1, 1) });
            Assert.Equal(10, game.Rounds);
        }
    }

    [Fact]
    public void Family_sizes_match_the_paper()
    {
        var families = RobinsonGoforth.All.GroupBy(g => g.Family).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(36, families["Win-win"]);
        Assert.Equal(44, families["Biased"]);
        Assert.Equal(18, families["Cyclic"]);
        Assert.Equal(7, families["PD Family"]);
        Assert.Equal(12, families["Second Best"]);
        Assert.Equal(19, families["Unfair"]);
        Assert.Equal(8, families["Tragic"]);
    }

    [Fact]
    public void The_strict_grid_has_every_rank_once_per_player_and_differs_from_the_table_only_in_the_errata()
    {
        foreach (RobinsonGoforthGame game in RobinsonGoforth.Strict)
        {
            Assert.Equal([1, 2, 3, 4], new[] { game.Payoffs[0], game.Payoffs[2], game.Payoffs[4], game.Payoffs[6] }.Order());
            Assert.Equal([1, 2, 3, 4], new[] { game.Payoffs[1], game.Payoffs[3], game.Payoffs[5], game.Payoffs[7] }.Order());
        }

        var differences = RobinsonGoforth.All.Zip(RobinsonGoforth.Strict)
            .SelectMany(pair => Enumerable.Range(0, 8).Where(i => pair.First.Payoffs[i] != pair.Second.Payoffs[i]).Select(i => (pair.First.Number, i)))
            .ToList();
        Assert.Equal(RobinsonGoforth.Errata.Select(e => (e.Number, e.Index)), differences);
    }

    [Theory]
    [InlineData(67, "Prisoners’ Dilemma", 3, 3, 1, 4, 4, 1, 2, 2)]
    [InlineData(78, "Stag Hunt", 4, 4, 1, 3, 3, 1, 2, 2)]
    [InlineData(12, "Chicken", 3, 3, 2, 4, 4, 2, 1, 1)]
    public void Landmark_games_have_their_textbook_payoffs(int number, string name, params int[] payoffs)
    {
        RobinsonGoforthGame game = RobinsonGoforth.All[number - 1];
        Assert.Equal(name, game.Name);
        Assert.Equal(payoffs, game.Payoffs);
    }
}
