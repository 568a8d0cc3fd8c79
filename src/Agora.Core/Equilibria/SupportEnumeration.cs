using System.Numerics;
using Agora.Core.Games;

namespace Agora.Core.Equilibria;

/// <summary>Finds Nash equilibria of a two-player normal-form game by support enumeration, in exact arithmetic.</summary>
/// <remarks>
/// <para>
/// For each pair of supports (I, J) the row strategy x is solved from the column player's indifference over J
/// (Σ_{i∈I} B_ij x_i = v for j ∈ J, Σ x_i = 1) and y from the row player's indifference over I; the pair is kept when
/// both systems have a unique solution, every probability on the support is strictly positive, and no action outside a
/// support pays more than the support (Nisan et al., Algorithmic Game Theory, 2007, §3.4; nashpy's
/// <c>support_enumeration</c>). Each equilibrium is met at exactly its own supports, so none is reported twice.
/// </para>
/// <para>
/// Nondegenerate games (no mixed strategy with k actions in its support has more than k pure best responses) have
/// finitely many equilibria, all with supports of equal size, and all are found. Degenerate games can have continua
/// of equilibria; there the method reports every equilibrium whose strategies are each the unique solution of the
/// indifference equations on the two supports, which includes every pure equilibrium, and skips the points of a
/// continuum where the equations leave a free direction; <see cref="VertexEnumeration"/> finds all extreme
/// equilibria of such games.
/// </para>
/// <para>
/// Order: by total support size, then row support size, then row support and column support as bit masks (action 0
/// is the lowest bit). Cost: up to (2^m − 1)(2^n − 1) candidate pairs, each two small integer systems solved
/// fraction-free.
/// Thread-safe (no shared state).
/// </para>
/// </remarks>
public static class SupportEnumeration
{
    /// <summary>Every equilibrium found by support enumeration (see remarks for degenerate games).</summary>
    /// <param name="game">The stage game; its number of rounds is ignored.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The equilibria in the documented order.</returns>
    /// <exception cref="ArgumentException">A player has more than <see cref="SupportEnumerationOptions.MaxActions"/> actions.</exception>
    public static IReadOnlyList<NashEquilibrium> Solve(MatrixGame game, SupportEnumerationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        options ??= new SupportEnumerationOptions();
        if (game.Rows > options.MaxActions || game.Columns > options.MaxActions)
        {
            throw new ArgumentException($"Support enumeration is limited to {options.MaxActions} actions per player; game '{game.Type.ShortName}' is {game.Rows}x{game.Columns}.", nameof(game));
        }

        var exact = ExactBimatrix.From(game);
        (BigInteger[,] a, BigInteger[,] b) = exact.IntegerPayoffs();
        var found = new List<NashEquilibrium>();
        foreach ((uint rows, uint columns) in SupportPairs(game.Rows, game.Columns, options.EqualSupportSizesOnly))
        {
            if (TrySupports(exact, a, b, rows, columns) is { } equilibrium)
            {
                found.Add(equilibrium);
            }
        }

        return found;
    }

    /// <summary>Tests one support pair.</summary>
    /// <param name="game">The exact game.</param>
    /// <param name="a">The row player's payoffs as integers (scaled).</param>
    /// <param name="b">The column player's payoffs, scaled by the same factor.</param>
    /// <param name="rows">Row support as a bit mask.</param>
    /// <param name="columns">Column support as a bit mask.</param>
    /// <returns>The equilibrium with exactly these supports, or <see langword="null"/>.</returns>
    internal static NashEquilibrium? TrySupports(ExactBimatrix game, BigInteger[,] a, BigInteger[,] b, uint rows, uint columns)
    {
        int[] rowSupport = Members(rows);
        int[] columnSupport = Members(columns);

        // x makes the column player indifferent over J; y makes the row player indifferent over I.
        Rational[]? x = Indifference(b, rowSupport, columnSupport, transpose: true, game.Rows);
        if (x is null)
        {
            return null;
        }

        Rational[]? y = Indifference(a, columnSupport, rowSupport, transpose: false, game.Columns);
        if (y is null)
        {
            return null;
        }

        if (!IsBestResponseOnSupport(game.RowActionValues(y), rowSupport) || !IsBestResponseOnSupport(game.ColumnActionValues(x), columnSupport))
        {
            return null;
        }

        (Rational rowPayoff, Rational columnPayoff) = game.ExpectedPayoffs(x, y);
        return new NashEquilibrium(x, y, rowPayoff, columnPayoff);
    }

    /// <summary>Solves for the strategy on <paramref name="support"/> that makes the opponent indifferent over
    /// <paramref name="opponentSupport"/>; <see langword="null"/> unless unique and strictly positive on the support.</summary>
    private static Rational[]? Indifference(BigInteger[,] opponentPayoffs, int[] support, int[] opponentSupport, bool transpose, int actions)
    {
        int unknowns = support.Length + 1; // the probabilities, then the opponent's (scaled) value v
        var matrix = new BigInteger[opponentSupport.Length + 1, unknowns];
        var rhs = new BigInteger[opponentSupport.Length + 1];
        for (int e = 0; e < opponentSupport.Length; e++)
        {
            for (int k = 0; k < support.Length; k++)
            {
                matrix[e, k] = transpose ? opponentPayoffs[support[k], opponentSupport[e]] : opponentPayoffs[opponentSupport[e], support[k]];
            }

            matrix[e, support.Length] = BigInteger.MinusOne;
        }

        int last = opponentSupport.Length;
        for (int k = 0; k < support.Length; k++)
        {
            matrix[last, k] = BigInteger.One;
        }

        rhs[last] = BigInteger.One;

        if (ExactLinearSystem.SolveUnique(matrix, rhs) is not ({ } numerators, BigInteger denominator))
        {
            return null;
        }

        // Reject before building any fraction: most support pairs fail here.
        for (int k = 0; k < support.Length; k++)
        {
            if (numerators[k].Sign != denominator.Sign || numerators[k].IsZero)
            {
                return null;
            }
        }

        var strategy = new Rational[actions];
        Array.Fill(strategy, Rational.Zero);
        for (int k = 0; k < support.Length; k++)
        {
            strategy[support[k]] = new Rational(numerators[k], denominator);
        }

        return strategy;
    }

    private static bool IsBestResponseOnSupport(Rational[] values, int[] support)
    {
        Rational best = values[support[0]];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] > best)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<(uint Rows, uint Columns)> SupportPairs(int m, int n, bool equalSizesOnly)
    {
        for (int total = 2; total <= m + n; total++)
        {
            for (int rowSize = Math.Max(1, total - n); rowSize <= Math.Min(m, total - 1); rowSize++)
            {
                int columnSize = total - rowSize;
                if (equalSizesOnly && rowSize != columnSize)
                {
                    continue;
                }

                foreach (uint rows in MasksOfSize(m, rowSize))
                {
                    foreach (uint columns in MasksOfSize(n, columnSize))
                    {
                        yield return (rows, columns);
                    }
                }
            }
        }
    }

    private static IEnumerable<uint> MasksOfSize(int width, int size)
    {
        for (uint mask = 1; mask < (1u << width); mask++)
        {
            if (BitOperations.PopCount(mask) == size)
            {
                yield return mask;
            }
        }
    }

    private static int[] Members(uint mask)
    {
        var members = new int[BitOperations.PopCount(mask)];
        int k = 0;
        for (int i = 0; mask != 0; i++, mask >>= 1)
        {
            if ((mask & 1) != 0)
            {
                members[k++] = i;
            }
        }

        return members;
    }
}
