using Agora.Core.Games;

namespace Agora.Core.Equilibria;

/// <summary>Pure best-response sets to a mixed strategy in a two-player normal-form game.</summary>
/// <remarks>
/// A best response of the row player to y is any row i maximising (A·y)_i; by linearity a mixed strategy is a best
/// response exactly when its support lies in this set, which is how equilibria are checked. The exact overloads
/// compare rationals; the double overloads accept ties within a tolerance. Thread-safe.
/// </remarks>
public static class BestResponses
{
    /// <summary>The row actions that maximise player 0's expected payoff against <paramref name="columnStrategy"/>, exactly.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="columnStrategy">Player 1's probabilities, one per column action.</param>
    /// <returns>The maximisers, ascending.</returns>
    public static IReadOnlyList<int> Row(MatrixGame game, IReadOnlyList<Rational> columnStrategy)
    {
        ArgumentNullException.ThrowIfNull(game);
        CheckStrategy(columnStrategy, game.Columns, nameof(columnStrategy));
        return Maximisers(ExactBimatrix.From(game).RowActionValues(columnStrategy));
    }

    /// <summary>The column actions that maximise player 1's expected payoff against <paramref name="rowStrategy"/>, exactly.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="rowStrategy">Player 0's probabilities, one per row action.</param>
    /// <returns>The maximisers, ascending.</returns>
    public static IReadOnlyList<int> Column(MatrixGame game, IReadOnlyList<Rational> rowStrategy)
    {
        ArgumentNullException.ThrowIfNull(game);
        CheckStrategy(rowStrategy, game.Rows, nameof(rowStrategy));
        return Maximisers(ExactBimatrix.From(game).ColumnActionValues(rowStrategy));
    }

    /// <summary>The row actions within <paramref name="tolerance"/> of the best expected payoff against a mixed strategy given in doubles.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="columnStrategy">Player 1's probabilities (non-negative; they are used as given, not renormalised).</param>
    /// <param name="tolerance">Absolute slack on payoffs; the default value is 1e-9.</param>
    /// <returns>The near-maximisers, ascending.</returns>
    public static IReadOnlyList<int> Row(MatrixGame game, ReadOnlySpan<double> columnStrategy, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(game);
        CheckStrategy(columnStrategy, game.Columns, nameof(columnStrategy));
        var values = new double[game.Rows];
        for (int i = 0; i < game.Rows; i++)
        {
            for (int j = 0; j < game.Columns; j++)
            {
                values[i] += game.Payoff(0, i, j) * columnStrategy[j];
            }
        }

        return NearMaximisers(values, tolerance);
    }

    /// <summary>The column actions within <paramref name="tolerance"/> of the best expected payoff against a mixed strategy given in doubles.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="rowStrategy">Player 0's probabilities (non-negative; used as given).</param>
    /// <param name="tolerance">Absolute slack on payoffs; the default value is 1e-9.</param>
    /// <returns>The near-maximisers, ascending.</returns>
    public static IReadOnlyList<int> Column(MatrixGame game, ReadOnlySpan<double> rowStrategy, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(game);
        CheckStrategy(rowStrategy, game.Rows, nameof(rowStrategy));
        var values = new double[game.Columns];
        for (int j = 0; j < game.Columns; j++)
        {
            for (int i = 0; i < game.Rows; i++)
            {
                values[j] += game.Payoff(1, i, j) * rowStrategy[i];
            }
        }

        return NearMaximisers(values, tolerance);
    }

    private static int[] Maximisers(Rational[] values)
    {
        Rational best = values.Max();
        return [.. Enumerable.Range(0, values.Length).Where(i => values[i] == best)];
    }

    private static int[] NearMaximisers(double[] values, double tolerance)
    {
        double best = values.Max();
        return [.. Enumerable.Range(0, values.Length).Where(i => values[i] >= best - tolerance)];
    }

    private static void CheckStrategy(IReadOnlyList<Rational> strategy, int actions, string name)
    {
        ArgumentNullException.ThrowIfNull(strategy, name);
        if (strategy.Count != actions)
        {
            throw new ArgumentException($"Expected {actions} probabilities, got {strategy.Count}.", name);
        }

        if (strategy.Any(p => p.Sign < 0))
        {
            throw new ArgumentException("Probabilities must be non-negative.", name);
        }
    }

    private static void CheckStrategy(ReadOnlySpan<double> strategy, int actions, string name)
    {
        if (strategy.Length != actions)
        {
            throw new ArgumentException($"Expected {actions} probabilities, got {strategy.Length}.", name);
        }

        foreach (double p in strategy)
        {
            if (!(p >= 0) || !double.IsFinite(p))
            {
                throw new ArgumentException($"Probability {p} is not a finite non-negative number.", name);
            }
        }
    }
}
