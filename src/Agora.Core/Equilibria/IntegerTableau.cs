using System.Numerics;

namespace Agora.Core.Equilibria;

/// <summary>A simplex tableau in integers, pivoted without fractions, with the lexicographic minimum-ratio rule.</summary>
/// <remarks>
/// Integer pivoting (von Stengel, "Computing equilibria for two-person games", Handbook of Game Theory vol. 3, 2002):
/// the stored tableau is the true tableau times the current determinant D. Pivoting on (r, s) replaces every
/// entry outside row r by (t_ij·t_rs − t_is·t_rj) / D, which divides exactly, and sets D to t_rs. The lexicographic
/// rule breaks ties in the ratio test by the columns of the initial basis, so pivoting terminates on degenerate games.
/// </remarks>
internal sealed class IntegerTableau
{
    private readonly BigInteger[,] _t;
    private readonly int[] _basis;
    private readonly int[] _initialBasis;
    private BigInteger _determinant = BigInteger.One;

    /// <summary>Creates a tableau whose last column is the right-hand side.</summary>
    /// <param name="tableau">Rows × (variables + 1) integers; the initial basic columns must be unit columns.</param>
    /// <param name="basis">The basic variable of each row.</param>
    public IntegerTableau(BigInteger[,] tableau, int[] basis)
    {
        _t = tableau;
        _basis = basis;
        _initialBasis = [.. basis];
    }

    /// <summary>Whether <paramref name="variable"/> is basic.</summary>
    /// <param name="variable">A variable index.</param>
    /// <returns>True when some row has it as its basic variable.</returns>
    public bool IsBasic(int variable) => Array.IndexOf(_basis, variable) >= 0;

    /// <summary>Brings <paramref name="entering"/> into the basis by the lexicographic ratio test.</summary>
    /// <param name="entering">A non-basic variable.</param>
    /// <returns>The variable that left the basis.</returns>
    /// <exception cref="InvalidOperationException">The column has no positive entry (an unbounded ray).</exception>
    public int Pivot(int entering)
    {
        int row = LeavingRow(entering);
        int leaving = _basis[row];
        int rows = _t.GetLength(0);
        int width = _t.GetLength(1);
        BigInteger pivot = _t[row, entering];
        for (int i = 0; i < rows; i++)
        {
            if (i == row)
            {
                continue;
            }

            BigInteger factor = _t[i, entering];
            for (int j = 0; j < width; j++)
            {
                BigInteger numerator = (_t[i, j] * pivot) - (factor * _t[row, j]);
                BigInteger quotient = BigInteger.DivRem(numerator, _determinant, out BigInteger remainder);
                if (!remainder.IsZero)
                {
                    throw new InvalidOperationException("Integer pivoting lost exactness; this is a bug.");
                }

                _t[i, j] = quotient;
            }
        }

        _determinant = pivot;
        _basis[row] = entering;
        return leaving;
    }

    /// <summary>The value of each basic variable times the determinant (so ratios between them are exact).</summary>
    /// <param name="variable">A variable.</param>
    /// <returns>D times its value; zero when non-basic.</returns>
    public BigInteger ScaledValue(int variable)
    {
        int row = Array.IndexOf(_basis, variable);
        return row < 0 ? BigInteger.Zero : _t[row, _t.GetLength(1) - 1];
    }

    private int LeavingRow(int entering)
    {
        int best = -1;
        for (int i = 0; i < _t.GetLength(0); i++)
        {
            if (_t[i, entering].Sign > 0 && (best < 0 || LexicographicallySmaller(i, best, entering)))
            {
                best = i;
            }
        }

        return best >= 0 ? best : throw new InvalidOperationException($"Variable {entering} can increase without bound; the payoffs must be positive.");
    }

    // Compares (rhs_a, t_a,B0...) / t_a,s with the same for row b, by cross-multiplying (both divisors are positive).
    private bool LexicographicallySmaller(int a, int b, int entering)
    {
        BigInteger da = _t[a, entering];
        BigInteger db = _t[b, entering];
        int rhs = _t.GetLength(1) - 1;
        int compare = (_t[a, rhs] * db).CompareTo(_t[b, rhs] * da);
        for (int k = 0; compare == 0 && k < _initialBasis.Length; k++)
        {
            int column = _initialBasis[k];
            compare = (_t[a, column] * db).CompareTo(_t[b, column] * da);
        }

        return compare < 0;
    }
}
