using Agora.Core.Equilibria;
using Agora.Core.Games;
using CsCheck;

namespace Agora.Core.Tests.Equilibria;

/// <summary>Properties of the solvers on random bimatrix games.</summary>
public sealed class RandomGamesTests
{
    /// <summary>Small integer payoffs: ties are common, so these games are often degenerate.</summary>
    private static readonly Gen<MatrixGame> SmallIntegerGames = Games(Gen.Int[-3, 3]);

    /// <summary>Payoffs from a million values: ties (and so degeneracy) have negligible probability.</summary>
    private static readonly Gen<MatrixGame> GenericGames = Games(Gen.Int[-1_000_000, 1_000_000]);

    [Fact]
    public void Every_reported_equilibrium_has_no_profitable_deviation()
    {
        SmallIntegerGames.Sample(game =>
        {
            var extreme = VertexEnumeration.Solve(game);
            Assert.NotEmpty(extreme);
            foreach (NashEquilibrium e in extreme)
            {
                AssertIsEquilibrium(game, e);
            }

            // Support enumeration and Lemke–Howson only ever report extreme equilibria, even in degenerate games.
            Assert.Subset(extreme.ToHashSet(), SupportEnumeration.Solve(game).ToHashSet());
            Assert.Subset(extreme.ToHashSet(), LemkeHowson.SolveFromAllLabels(game).ToHashSet());
        }, iter: 150);
    }

    [Fact]
    public void Every_pure_equilibrium_is_found_even_in_degenerate_games()
    {
        SmallIntegerGames.Sample(game =>
        {
            var found = SupportEnumeration.Solve(game).Where(e => e.IsPure).Select(e => (e.RowSupport[0], e.ColumnSupport[0])).ToHashSet();
            for (int i = 0; i < game.Rows; i++)
            {
                for (int j = 0; j < game.Columns; j++)
                {
                    bool rowBest = Enumerable.Range(0, game.Rows).All(k => game.Payoff(0, k, j) <= game.Payoff(0, i, j));
                    bool columnBest = Enumerable.Range(0, game.Columns).All(k => game.Payoff(1, i, k) <= game.Payoff(1, i, j));
                    Assert.Equal(rowBest && columnBest, found.Contains((i, j)));
                }
            }
        }, iter: 150);
    }

    /// <summary>In a nondegenerate game the equilibria are finite and odd in number (Shapley 1974), all with equal
    /// support sizes, and every Lemke–Howson path ends at one of them.</summary>
    [Fact]
    public void On_generic_games_lemke_howson_lands_on_one_of_an_odd_number_of_equilibria()
    {
        GenericGames.Sample(game =>
        {
            var all = SupportEnumeration.Solve(game);
            Assert.Equal(1, all.Count % 2);
            Assert.All(all, e => Assert.Equal(e.RowSupport.Count, e.ColumnSupport.Count));
            Assert.Equal(all, SupportEnumeration.Solve(game, new SupportEnumerationOptions { EqualSupportSizesOnly = true }));
            Assert.Equal(all, VertexEnumeration.Solve(game));
            for (int label = 0; label < game.Rows + game.Columns; label++)
            {
                Assert.Contains(LemkeHowson.Solve(game, label), all);
            }
        }, iter: 60);
    }

    /// <summary>In a zero-sum game every equilibrium pays the row player the value of the game (von Neumann's minimax
    /// theorem), and equilibria are interchangeable.</summary>
    [Fact]
    public void Zero_sum_equilibria_share_one_value()
    {
        Gen.Select(Gen.Int[2, 4], Gen.Int[2, 4]).SelectMany((m, n) => Gen.Int[-5, 5].Array[m * n].Select(a => ZeroSum(m, n, a))).Sample(game =>
        {
            var all = VertexEnumeration.Solve(game);
            Assert.NotEmpty(all);
            Assert.All(all, e => Assert.Equal(all[0].RowPayoff, e.RowPayoff));
            Assert.Subset(all.ToHashSet(), SupportEnumeration.Solve(game).ToHashSet());
            Assert.Equal(all[0].RowPayoff, LemkeHowson.Solve(game).RowPayoff);
        }, iter: 100);
    }

    [Fact]
    public void Exact_arithmetic_survives_payoffs_that_are_not_integers()
    {
        var game = new MatrixGame("g", "fractional", new double[,] { { 0.1, 0 }, { 0, 0.2 } }, new double[,] { { 0.2, 0 }, { 0, 0.1 } }, ["a", "b"], ["a", "b"]);
        NashEquilibrium mixed = SupportEnumeration.Solve(game)[2];

        // x_a solves 0.2·x_a = 0.1·x_b with the doubles' exact values; 0.1 and 0.2 are not exactly 1/10 and 2/10.
        Rational a = Rational.FromDouble(0.2), b = Rational.FromDouble(0.1);
        Assert.Equal(b / (a + b), mixed.RowStrategy[0]);
        AssertIsEquilibrium(game, mixed);
        Assert.Contains(LemkeHowson.Solve(game, 0), SupportEnumeration.Solve(game));
    }

    internal static void AssertIsEquilibrium(MatrixGame game, NashEquilibrium e)
    {
        Assert.Equal(Rational.One, e.RowStrategy.Aggregate(Rational.Zero, (s, p) => s + p));
        Assert.Equal(Rational.One, e.ColumnStrategy.Aggregate(Rational.Zero, (s, p) => s + p));
        Assert.All(e.RowStrategy.Concat(e.ColumnStrategy), p => Assert.True(p.Sign >= 0));

        // No profitable deviation: every action a player uses is a pure best response to the other's strategy.
        Assert.Subset(BestResponses.Row(game, e.ColumnStrategy).ToHashSet(), e.RowSupport.ToHashSet());
        Assert.Subset(BestResponses.Column(game, e.RowStrategy).ToHashSet(), e.ColumnSupport.ToHashSet());
    }

    private static Gen<MatrixGame> Games(Gen<int> payoff) =>
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 4]).SelectMany((m, n) => Gen.Select(payoff.Array[m * n], payoff.Array[m * n]).Select((a, b) => Game(m, n, a, b)));

    private static MatrixGame Game(int m, int n, int[] a, int[] b)
    {
        var row = new double[m, n];
        var column = new double[m, n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                row[i, j] = a[(i * n) + j];
                column[i, j] = b[(i * n) + j];
            }
        }

        return new MatrixGame("random", "random", row, column, [.. Enumerable.Range(0, m).Select(i => $"r{i}")], [.. Enumerable.Range(0, n).Select(j => $"c{j}")]);
    }

    private static MatrixGame ZeroSum(int m, int n, int[] a) => Game(m, n, a, [.. a.Select(v => -v)]);
}
