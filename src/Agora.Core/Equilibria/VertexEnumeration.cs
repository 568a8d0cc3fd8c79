using System.Numerics;
using Agora.Core.Games;

namespace Agora.Core.Equilibria;

/// <summary>Finds every extreme Nash equilibrium of a two-player normal-form game, degenerate or not, by enumerating
/// the vertices of the two best-response polytopes, in exact arithmetic.</summary>
/// <remarks>
/// <para>
/// With payoffs shifted to be positive, P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1}. A point of P carries label i
/// when x_i = 0 and label m+j when (Bᵀx)_j = 1; a point of Q carries label i when (Ay)_i = 1 and label m+j when
/// y_j = 0. A pair of non-zero vertices that together carry all m+n labels, rescaled to probabilities, is an
/// equilibrium, and every equilibrium is a convex combination of such extreme ones (Avis, Rosenberg, Savani and
/// von Stengel, "Enumeration of Nash equilibria for two-player games", Economic Theory 42, 2010; Mangasarian 1964).
/// </para>
/// <para>
/// This is the method to use for degenerate games, where <see cref="SupportEnumeration"/> can miss the end points of
/// a continuum of equilibria: the set reported here always contains support enumeration's, and equals it for
/// nondegenerate games. Vertices are found by solving every choice of m (respectively n) tight constraints, so the
/// cost grows as C(m+n, m). The order is <see cref="SupportEnumeration"/>'s. Thread-safe.
/// </para>
/// </remarks>
public static class VertexEnumeration
{
    /// <summary>Every extreme equilibrium.</summary>
    /// <param name="game">The stage game; its number of rounds is ignored.</param>
    /// <returns>The extreme equilibria, ordered by total support size, row support size, then supports as bit masks.</returns>
    /// <exception cref="ArgumentException">m + n exceeds 30.</exception>
    public static IReadOnlyList<NashEquilibrium> Solve(MatrixGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.Rows + game.Columns > 30)
        {
            throw new ArgumentException($"Vertex enumeration is limited to m + n <= 30; game '{game.Type.ShortName}' is {game.Rows}x{game.Columns}.", nameof(game));
        }

        var exact = ExactBimatrix.From(game);
        (BigInteger[,] a, BigInteger[,] b) = exact.PositiveIntegerPayoffs();
        int m = game.Rows, n = game.Columns;
        uint all = (1u << (m + n)) - 1;
        var rowVertices = Vertices(m, n, rowPolytope: true, a, b);
        var columnVertices = Vertices(m, n, rowPolytope: false, a, b);
        var found = new List<NashEquilibrium>();
        foreach ((BigInteger[] u, uint uLabels) in rowVertices)
        {
            foreach ((BigInteger[] v, uint vLabels) in columnVertices)
            {
                if ((uLabels | vLabels) == all)
                {
                    Rational[] x = Normalise(u);
                    Rational[] y = Normalise(v);
                    (Rational rowPayoff, Rational columnPayoff) = exact.ExpectedPayoffs(x, y);
                    found.Add(new NashEquilibrium(x, y, rowPayoff, columnPayoff));
                }
            }
        }

        return [.. found.OrderBy(e => e.RowSupport.Count + e.ColumnSupport.Count).ThenBy(e => e.RowSupport.Count).ThenBy(e => Mask(e.RowSupport)).ThenBy(e => Mask(e.ColumnSupport))];
    }

    /// <summary>The non-zero vertices of P (row polytope) or Q, each with the full set of labels it carries.</summary>
    /// <remarks>A vertex is kept as integer numerators over one positive denominator, which normalising to
    /// probabilities cancels; only the numerators' ratios matter.</remarks>
    private static List<(BigInteger[] Point, uint Labels)> Vertices(int m, int n, bool rowPolytope, BigInteger[,] a, BigInteger[,] b)
    {
        int dimension = rowPolytope ? m : n;
        int labels = m + n;
        var vertices = new List<(BigInteger[], uint)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (uint tight = 1; tight < (1u << labels); tight++)
        {
            if (BitOperations.PopCount(tight) != dimension)
            {
                continue;
            }

            var matrix = new BigInteger[dimension, dimension];
            var rhs = new BigInteger[dimension];
            int e = 0;
            for (int label = 0; label < labels; label++)
            {
                if ((tight & (1u << label)) != 0)
                {
                    Constraint(label, m, rowPolytope, a, b, matrix, rhs, e++);
                }
            }

            if (ExactLinearSystem.SolveUnique(matrix, rhs) is not ({ } numerators, BigInteger denominator))
            {
                continue;
            }

            if (denominator.Sign < 0)
            {
                denominator = -denominator;
                numerators = [.. numerators.Select(v => -v)];
            }

            if (numerators.All(v => v.IsZero) || LabelsIfFeasible(numerators, denominator, m, rowPolytope, a, b) is not { } carried)
            {
                continue;
            }

            // A degenerate vertex is reached from several sets of tight constraints; keep it once.
            if (seen.Add(string.Join(',', numerators.Select(v => new Rational(v, denominator)))))
            {
                vertices.Add((numerators, carried));
            }
        }

        return vertices;
    }

    /// <summary>Writes the equation "constraint <paramref name="label"/> is tight" into row <paramref name="e"/>.</summary>
    private static void Constraint(int label, int m, bool rowPolytope, BigInteger[,] a, BigInteger[,] b, BigInteger[,] matrix, BigInteger[] rhs, int e)
    {
        int dimension = matrix.GetLength(1);
        bool isNonNegativity = rowPolytope ? label < m : label >= m;
        if (isNonNegativity)
        {
            matrix[e, rowPolytope ? label : label - m] = BigInteger.One;
            rhs[e] = BigInteger.Zero;
            return;
        }

        for (int k = 0; k < dimension; k++)
        {
            matrix[e, k] = rowPolytope ? b[k, label - m] : a[label, k];
        }

        rhs[e] = BigInteger.One;
    }

    /// <summary>The labels the point numerators/denominator carries, or <see langword="null"/> when it lies outside the polytope.</summary>
    private static uint? LabelsIfFeasible(BigInteger[] numerators, BigInteger denominator, int m, bool rowPolytope, BigInteger[,] a, BigInteger[,] b)
    {
        uint carried = 0;
        for (int k = 0; k < numerators.Length; k++)
        {
            if (numerators[k].Sign < 0)
            {
                return null;
            }

            if (numerators[k].IsZero)
            {
                carried |= 1u << (rowPolytope ? k : m + k);
            }
        }

        int constraints = rowPolytope ? b.GetLength(1) : a.GetLength(0);
        for (int c = 0; c < constraints; c++)
        {
            BigInteger sum = BigInteger.Zero;
            for (int k = 0; k < numerators.Length; k++)
            {
                sum += (rowPolytope ? b[k, c] : a[c, k]) * numerators[k];
            }

            int comparison = sum.CompareTo(denominator); // the constraint is (row of the matrix)·point ≤ 1
            if (comparison > 0)
            {
                return null;
            }

            if (comparison == 0)
            {
                carried |= 1u << (rowPolytope ? m + c : c);
            }
        }

        return carried;
    }

    private static Rational[] Normalise(BigInteger[] point)
    {
        BigInteger total = point.Aggregate(BigInteger.Zero, (s, p) => s + p);
        return [.. point.Select(p => new Rational(p, total))];
    }

    private static uint Mask(IReadOnlyList<int> support) => support.Aggregate(0u, (mask, i) => mask | (1u << i));
}
