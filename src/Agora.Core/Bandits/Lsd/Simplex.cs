namespace Agora.Core.Bandits.Lsd;

/// <summary>A dense tableau simplex for small linear programs max cᵀx subject to Ax ≤ b, x ≥ 0, with b ≥ 0.</summary>
/// <remarks>
/// With b ≥ 0 the origin is feasible, so no phase one is needed. Bland's rule (lowest-index entering and leaving
/// variables) guarantees termination. Meant for the tens-of-rows programs of <see cref="LsdRelaxation"/>.
/// </remarks>
public static class Simplex
{
    /// <summary>Solves the program.</summary>
    /// <param name="a">The m×n constraint matrix.</param>
    /// <param name="b">The m right-hand sides, each ≥ 0.</param>
    /// <param name="c">The n objective coefficients.</param>
    /// <returns>The optimal x and objective value.</returns>
    /// <exception cref="ArgumentException">Mismatched sizes or a negative right-hand side.</exception>
    /// <exception cref="InvalidOperationException">The program is unbounded.</exception>
    public static (double[] X, double Value) Maximise(double[,] a, double[] b, double[] c)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        int m = a.GetLength(0), n = a.GetLength(1);
        if (b.Length != m || c.Length != n)
        {
            throw new ArgumentException("The sizes of A, b and c do not match.", nameof(a));
        }

        if (b.Any(v => !(v >= 0)))
        {
            throw new ArgumentException("Every right-hand side must be non-negative.", nameof(b));
        }

        const double eps = 1e-12;
        int width = n + m + 1;
        var t = new double[m + 1, width];
        var basis = new int[m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                t[i, j] = a[i, j];
            }

            t[i, n + i] = 1;
            t[i, width - 1] = b[i];
            basis[i] = n + i;
        }

        for (int j = 0; j < n; j++)
        {
            t[m, j] = -c[j];
        }

        while (true)
        {
            int enter = -1;
            for (int j = 0; j < n + m; j++)
            {
                if (t[m, j] < -eps)
                {
                    enter = j;
                    break;
                }
            }

            if (enter < 0)
            {
                break;
            }

            int leave = -1;
            double bestRatio = double.PositiveInfinity;
            for (int i = 0; i < m; i++)
            {
                if (t[i, enter] > eps)
                {
                    double ratio = t[i, width - 1] / t[i, enter];
                    if (ratio < bestRatio - eps || (Math.Abs(ratio - bestRatio) <= eps && basis[i] < basis[leave]))
                    {
                        bestRatio = ratio;
                        leave = i;
                    }
                }
            }

            if (leave < 0)
            {
                throw new InvalidOperationException("The linear program is unbounded.");
            }

            double pivot = t[leave, enter];
            for (int j = 0; j < width; j++)
            {
                t[leave, j] /= pivot;
            }

            for (int i = 0; i <= m; i++)
            {
                if (i != leave && t[i, enter] != 0)
                {
                    double f = t[i, enter];
                    for (int j = 0; j < width; j++)
                    {
                        t[i, j] -= f * t[leave, j];
                    }
                }
            }

            basis[leave] = enter;
        }

        var x = new double[n];
        for (int i = 0; i < m; i++)
        {
            if (basis[i] < n)
            {
                x[basis[i]] = t[i, width - 1];
            }
        }

        return (x, t[m, width - 1]);
    }
}
