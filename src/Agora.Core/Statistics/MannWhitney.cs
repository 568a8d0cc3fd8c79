namespace Agora.Core.Statistics;

/// <summary>The outcome of a one-sided Mann–Whitney U test.</summary>
/// <param name="U">U for the first sample: the number of pairs (x, y) with x &gt; y, ties counting one half.</param>
/// <param name="Z">The normal approximation's z, with tie and continuity corrections.</param>
/// <param name="PValue">P(U ≥ observed) under the null hypothesis that both samples come from one distribution.</param>
public readonly record struct MannWhitneyResult(double U, double Z, double PValue);

/// <summary>The Mann–Whitney U (Wilcoxon rank-sum) test of "the first sample tends to be larger".</summary>
/// <remarks>
/// Mann &amp; Whitney (1947). With n1·n2 pairs, E[U] = n1·n2/2 and Var[U] = n1·n2/12·((n+1) − Σ(t³−t)/(n(n−1))) over
/// tie groups of size t; z = (U − E[U] − ½)/√Var[U]. The normal approximation is accurate for n1, n2 ≥ 8, which the
/// donor experiments' societies per arm (100 by default) exceed.
/// </remarks>
public static class MannWhitney
{
    /// <summary>Tests whether <paramref name="first"/> is stochastically greater than <paramref name="second"/>.</summary>
    /// <param name="first">The first sample.</param>
    /// <param name="second">The second sample.</param>
    /// <returns>U, z and the one-sided p-value.</returns>
    /// <exception cref="ArgumentException">A sample is empty.</exception>
    public static MannWhitneyResult Greater(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count == 0 || second.Count == 0)
        {
            throw new ArgumentException("Both samples need at least one value.");
        }

        double u = 0;
        foreach (double x in first)
        {
            foreach (double y in second)
            {
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }

        int n1 = first.Count, n2 = second.Count, n = n1 + n2;
        double tieTerm = first.Concat(second).GroupBy(v => v).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
        double variance = n1 * n2 / 12.0 * ((n + 1) - (tieTerm / (n * (n - 1.0))));
        double mean = n1 * n2 / 2.0;
        if (variance <= 0)
        {
            return new MannWhitneyResult(u, 0, 0.5);
        }

        double z = (u - mean - 0.5) / Math.Sqrt(variance);
        return new MannWhitneyResult(u, z, NormalDistribution.UpperTail(z));
    }
}

/// <summary>The standard normal distribution's tail, for p-values.</summary>
public static class NormalDistribution
{
    /// <summary>P(Z &gt; z) for a standard normal Z.</summary>
    /// <param name="z">The point.</param>
    /// <returns>The upper-tail probability.</returns>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>The complementary error function, with relative error below 1.2·10⁻⁷ everywhere.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>erfc(x).</returns>
    /// <remarks>The Chebyshev-fitted form of Press et al., <i>Numerical Recipes</i> (3rd ed.), §6.2 (erfcc).</remarks>
    public static double Erfc(double x)
    {
        double z = Math.Abs(x);
        double t = 1 / (1 + (0.5 * z));
        ReadOnlySpan<double> c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        double poly = 0;
        for (int i = c.Length - 1; i >= 0; i--)
        {
            poly = c[i] + (t * poly);
        }

        double r = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? r : 2 - r;
    }
}
