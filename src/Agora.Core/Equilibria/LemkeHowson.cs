using System.Numerics;
using Agora.Core.Games;

namespace Agora.Core.Equilibria;

/// <summary>The Lemke–Howson algorithm: follows a path of almost-complementary vertices from the artificial
/// equilibrium to a Nash equilibrium, in exact integer arithmetic.</summary>
/// <remarks>
/// <para>
/// Lemke and Howson, "Equilibrium points of bimatrix games", SIAM J. Appl. Math. 12 (1964); the tableau form follows
/// von Stengel (2002) and nashpy's <c>lemke_howson</c>. Payoffs are made integer (every double is a dyadic rational,
/// so one power of two suffices) and positive by adding a constant, which changes no equilibrium. The polytopes are
/// P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1}; labels 0..m−1 are the row actions and m..m+n−1 the column
/// actions. Dropping label k from the artificial vertex (0, 0) and pivoting alternately in the two tableaux until
/// label k is picked up again ends at an equilibrium; different labels can end at different equilibria.
/// </para>
/// <para>Ties in the ratio test are broken lexicographically, so degenerate games terminate too. Thread-safe.</para>
/// </remarks>
public static class LemkeHowson
{
    /// <summary>Runs Lemke–Howson from the artificial equilibrium, dropping one label.</summary>
    /// <param name="game">The stage game; its number of rounds is ignored.</param>
    /// <param name="droppedLabel">The label to drop first: 0..m−1 is a row action, m..m+n−1 a column action. The default value is 0.</param>
    /// <returns>The equilibrium at the end of the path.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The label is outside 0..m+n−1.</exception>
    public static NashEquilibrium Solve(MatrixGame game, int droppedLabel = 0)
    {
        ArgumentNullException.ThrowIfNull(game);
        int m = game.Rows;
        int n = game.Columns;
        if (droppedLabel < 0 || droppedLabel >= m + n)
        {
            throw new ArgumentOutOfRangeException(nameof(droppedLabel), droppedLabel, $"The dropped label must be in 0..{m + n - 1} for a {m}x{n} game.");
        }

        var exact = ExactBimatrix.From(game);
        (BigInteger[,] a, BigInteger[,] b) = exact.PositiveIntegerPayoffs();

        // Row tableau (polytope P): variables x_0..x_{m-1} then slacks s_0..s_{n-1}; row j is Σ_i b_ij x_i + s_j = 1.
        var rowTableau = new BigInteger[n, m + n + 1];
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < m; i++)
            {
                rowTableau[j, i] = b[i, j];
            }

            rowTableau[j, m + j] = BigInteger.One;
            rowTableau[j, m + n] = BigInteger.One;
        }

        // Column tableau (polytope Q): slacks r_0..r_{m-1} then y_0..y_{n-1}; row i is r_i + Σ_j a_ij y_j = 1.
        var columnTableau = new BigInteger[m, m + n + 1];
        for (int i = 0; i < m; i++)
        {
            columnTableau[i, i] = BigInteger.One;
            for (int j = 0; j < n; j++)
            {
                columnTableau[i, m + j] = a[i, j];
            }

            columnTableau[i, m + n] = BigInteger.One;
        }

        var p = new IntegerTableau(rowTableau, [.. Enumerable.Range(m, n)]);
        var q = new IntegerTableau(columnTableau, [.. Enumerable.Range(0, m)]);

        // The variable carrying label k is non-basic in exactly one tableau at the start: x_k in P, or y_{k-m} in Q.
        bool inRowTableau = droppedLabel < m;
        int entering = droppedLabel;
        while (true)
        {
            int leaving = (inRowTableau ? p : q).Pivot(entering);
            if (leaving == droppedLabel)
            {
                break;
            }

            entering = leaving;
            inRowTableau = !inRowTableau;
        }

        Rational[] x = Normalise(p, 0, m);
        Rational[] y = Normalise(q, m, n);
        (Rational rowPayoff, Rational columnPayoff) = exact.ExpectedPayoffs(x, y);
        return new NashEquilibrium(x, y, rowPayoff, columnPayoff);
    }

    /// <summary>Runs <see cref="Solve"/> for every label and returns the distinct equilibria reached, in order of the
    /// first label that reached each.</summary>
    /// <param name="game">The stage game.</param>
    /// <returns>One to m+n distinct equilibria.</returns>
    public static IReadOnlyList<NashEquilibrium> SolveFromAllLabels(MatrixGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return [.. Enumerable.Range(0, game.Rows + game.Columns).Select(label => Solve(game, label)).Distinct()];
    }

    private static Rational[] Normalise(IntegerTableau tableau, int first, int count)
    {
        var scaled = new BigInteger[count];
        BigInteger total = BigInteger.Zero;
        for (int k = 0; k < count; k++)
        {
            scaled[k] = tableau.ScaledValue(first + k);
            total += scaled[k];
        }

        return [.. scaled.Select(v => new Rational(v, total))];
    }
}
