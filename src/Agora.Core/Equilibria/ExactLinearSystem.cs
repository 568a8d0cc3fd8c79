using System.Numerics;

namespace Agora.Core.Equilibria;

/// <summary>Solves small integer linear systems exactly, without fractions.</summary>
internal static class ExactLinearSystem
{
    /// <summary>Solves M·z = b for integer M and b when it has exactly one solution, without fractions.</summary>
    /// <param name="matrix">Equations × unknowns (more equations than unknowns is allowed); overwritten.</param>
    /// <param name="rhs">One per equation; overwritten.</param>
    /// <returns>Numerators and one common non-zero denominator (z_k = numerators[k] / denominator), or
    /// <see langword="null"/> when the system is inconsistent or under-determined.</returns>
    /// <remarks>Integer Gauss–Jordan pivoting (Bareiss 1968; Edmonds 1967): every row but the pivot row becomes
    /// (t_ij·t_rc − t_ic·t_rj) / previous pivot, which divides exactly, so entries stay integers (minors of the input)
    /// and no gcd is ever taken. At the end every pivot row reads D·z_k = rhs_k with D the last pivot.</remarks>
    public static (BigInteger[] Numerators, BigInteger Denominator)? SolveUnique(BigInteger[,] matrix, BigInteger[] rhs)
    {
        int equations = matrix.GetLength(0);
        int unknowns = matrix.GetLength(1);
        if (equations < unknowns)
        {
            return null;
        }

        BigInteger previous = BigInteger.One;
        for (int column = 0; column < unknowns; column++)
        {
            int pivot = column;
            while (pivot < equations && matrix[pivot, column].IsZero)
            {
                pivot++;
            }

            if (pivot == equations)
            {
                return null;
            }

            if (pivot != column)
            {
                SwapRows(matrix, rhs, pivot, column);
            }

            BigInteger p = matrix[column, column];
            for (int row = 0; row < equations; row++)
            {
                if (row == column)
                {
                    continue;
                }

                BigInteger factor = matrix[row, column];
                for (int k = 0; k < unknowns; k++)
                {
                    matrix[row, k] = ((matrix[row, k] * p) - (factor * matrix[column, k])) / previous;
                }

                rhs[row] = ((rhs[row] * p) - (factor * rhs[column])) / previous;
            }

            previous = p;
        }

        for (int row = unknowns; row < equations; row++)
        {
            if (!rhs[row].IsZero)
            {
                return null;
            }
        }

        return (rhs[..unknowns], previous);
    }

    private static void SwapRows(BigInteger[,] matrix, BigInteger[] rhs, int a, int b)
    {
        for (int k = 0; k < matrix.GetLength(1); k++)
        {
            (matrix[a, k], matrix[b, k]) = (matrix[b, k], matrix[a, k]);
        }

        (rhs[a], rhs[b]) = (rhs[b], rhs[a]);
    }
}
