namespace Agora.Core.Equilibria;

/// <summary>Solves small linear systems exactly by Gaussian elimination over the rationals.</summary>
internal static class ExactLinearSystem
{
    /// <summary>Solves M·z = b when it has exactly one solution.</summary>
    /// <param name="matrix">The coefficients, equations × unknowns (more equations than unknowns is allowed); overwritten.</param>
    /// <param name="rhs">The right-hand side, one per equation; overwritten.</param>
    /// <returns>The unique solution, or <see langword="null"/> when the system is inconsistent or under-determined.</returns>
    public static Rational[]? SolveUnique(Rational[,] matrix, Rational[] rhs)
    {
        int equations = matrix.GetLength(0);
        int unknowns = matrix.GetLength(1);
        if (equations < unknowns)
        {
            return null;
        }

        for (int column = 0; column < unknowns; column++)
        {
            int pivot = column;
            while (pivot < equations && matrix[pivot, column].Sign == 0)
            {
                pivot++;
            }

            if (pivot == equations)
            {
                return null; // a free variable: infinitely many solutions (or none)
            }

            if (pivot != column)
            {
                SwapRows(matrix, rhs, pivot, column);
            }

            Rational inverse = Rational.One / matrix[column, column];
            for (int k = column; k < unknowns; k++)
            {
                matrix[column, k] *= inverse;
            }

            rhs[column] *= inverse;
            for (int row = 0; row < equations; row++)
            {
                Rational factor = matrix[row, column];
                if (row == column || factor.Sign == 0)
                {
                    continue;
                }

                for (int k = column; k < unknowns; k++)
                {
                    matrix[row, k] -= factor * matrix[column, k];
                }

                rhs[row] -= factor * rhs[column];
            }
        }

        // Rows beyond the unknowns are now 0 = rhs; any non-zero rhs means the equations contradict each other.
        for (int row = unknowns; row < equations; row++)
        {
            if (rhs[row].Sign != 0)
            {
                return null;
            }
        }

        return rhs[..unknowns];
    }

    private static void SwapRows(Rational[,] matrix, Rational[] rhs, int a, int b)
    {
        for (int k = 0; k < matrix.GetLength(1); k++)
        {
            (matrix[a, k], matrix[b, k]) = (matrix[b, k], matrix[a, k]);
        }

        (rhs[a], rhs[b]) = (rhs[b], rhs[a]);
    }
}
