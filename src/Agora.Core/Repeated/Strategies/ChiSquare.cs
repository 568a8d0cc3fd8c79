using System.Runtime.CompilerServices;

namespace Agora.Core.Repeated.Strategies;

/// <summary>The one-degree-of-freedom chi-squared test that Axelrod's first-tournament strategies use to spot a
/// random opponent (scipy's <c>chisquare([cooperations, defections])</c> against equal expected counts).</summary>
internal static class ChiSquare
{
    /// <summary>The p-value of the counts (c, d) against c = d.</summary>
    /// <param name="cooperations">Observed C count.</param>
    /// <param name="defections">Observed D count.</param>
    /// <returns>P(χ²₁ ≥ statistic) = erfc(√(statistic/2)).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    public static double PValue(int cooperations, int defections)
    {
        // Strategies ask every turn with small counts; the series/continued fraction costs up to microseconds, so
        // values for counts below MemoLimit are computed once and kept (a benign race: every writer stores the same
        // bits, and 0 marks "not yet computed" because a p-value of counts this small is never 0).
        int n = cooperations + defections;
        if ((uint)cooperations < MemoLimit && (uint)defections < MemoLimit && (uint)(n - 1) < MemoLimit - 1)
        {
            // Triangular layout by n = c + d: a match asks for n, n + 1, … in turn, so its lookups stay close together
            // (a square c × d table put each turn's slot a row apart and was four times the size to zero and touch).
            ref double slot = ref Memo.Value[(n * (n + 1) / 2) + cooperations];
            if (slot == 0)
            {
                slot = Compute(cooperations, defections);
            }

            return slot;
        }

        return Compute(cooperations, defections);
    }

    private const int MemoLimit = 512;

    private static readonly Lazy<double[]> Memo = new(() => new double[MemoLimit * (MemoLimit + 1) / 2]);

    private static double Compute(int cooperations, int defections)
    {
        double expected = (cooperations + defections) / 2.0;
        if (expected == 0)
        {
            return double.NaN;
        }

        double statistic = (((cooperations - expected) * (cooperations - expected)) + ((defections - expected) * (defections - expected))) / expected;
        return Erfc(Math.Sqrt(statistic / 2));
    }

    /// <summary>The complementary error function for x ≥ 0, to about 1e-15 relative error.</summary>
    /// <param name="x">A non-negative argument.</param>
    /// <returns>erfc(x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a series of up to 200 terms, run on every memo miss
    internal static double Erfc(double x)
    {
        if (x < 2.5)
        {
            // Maclaurin series of erf: 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1)).
            double sum = 0;
            double term = x;
            for (int n = 0; n < 200; n++)
            {
                double contribution = term / ((2 * n) + 1);
                sum += contribution;
                if (Math.Abs(contribution) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }

                term *= -x * x / (n + 1);
            }

            return 1 - (2 / Math.Sqrt(Math.PI) * sum);
        }

        // Continued fraction erfc(x) = exp(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …)))), evaluated by Lentz's method.
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++)
        {
            double a = k / 2.0;
            d = x + (a * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = x + (a / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
