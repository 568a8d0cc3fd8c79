using Agora.Core.Statistics;

namespace Agora.Core.Tests.Repeated;

/// <summary>Two-sample tests for comparing Agora's cooperation counts with Axelrod's recordings, and Holm's
/// step-down correction.</summary>
internal static class TwoSample
{
    /// <summary>Fisher's exact test, two-sided, of "x successes in n" against "y successes in n" (same n).</summary>
    /// <remarks>
    /// Conditional on the total K = x + y, x is hypergeometric (2n items, K marked, n drawn) under equal success
    /// probabilities. The two-sided p-value sums the probabilities of every outcome no more likely than the one seen
    /// (with a 10⁻⁷ relative tolerance for ties in floating point), as R's <c>fisher.test</c> does.
    /// </remarks>
    /// <param name="x">Successes in the first sample.</param>
    /// <param name="y">Successes in the second sample.</param>
    /// <param name="n">The size of each sample.</param>
    /// <param name="logFactorials">log k! for k = 0 … 2n.</param>
    /// <returns>The p-value.</returns>
    public static double FisherExact(int x, int y, int n, double[] logFactorials)
    {
        if (x == y)
        {
            return 1;
        }

        int total = x + y;
        int low = Math.Max(0, total - n);
        int high = Math.Min(n, total);
        double LogProbability(int k) =>
            logFactorials[n] - logFactorials[k] - logFactorials[n - k] + logFactorials[n] - logFactorials[total - k] - logFactorials[n - total + k]
            - (logFactorials[2 * n] - logFactorials[total] - logFactorials[(2 * n) - total]);
        double observed = LogProbability(x) + 1e-7; // log(1 + 1e-7) ≈ 1e-7
        double p = 0;
        for (int k = low; k <= high; k++)
        {
            double logP = LogProbability(k);
            if (logP <= observed)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Min(1, p);
    }

    /// <summary>Two-sided test of equal means from sums and sums of squares of two samples of size n (Welch's z).</summary>
    /// <remarks>The per-match totals are independent across matches, so with n ≥ 1,000 the difference of the means is
    /// normal to a good approximation (central limit theorem); variances are the unbiased sample variances. When both
    /// samples are constant the p-value is 1 if the constants agree and 0 otherwise.</remarks>
    /// <param name="sum1">Σ of the first sample.</param>
    /// <param name="squares1">Σ of squares of the first sample.</param>
    /// <param name="sum2">Σ of the second sample.</param>
    /// <param name="squares2">Σ of squares of the second sample.</param>
    /// <param name="n">The size of each sample.</param>
    /// <returns>The p-value.</returns>
    public static double WelchMeans(long sum1, long squares1, long sum2, long squares2, int n)
    {
        double mean1 = sum1 / (double)n, mean2 = sum2 / (double)n;
        double var1 = Math.Max(0, (squares1 - (n * mean1 * mean1)) / (n - 1));
        double var2 = Math.Max(0, (squares2 - (n * mean2 * mean2)) / (n - 1));
        double se = Math.Sqrt((var1 + var2) / n);
        if (se == 0)
        {
            return sum1 == sum2 ? 1 : 0;
        }

        return 2 * NormalDistribution.UpperTail(Math.Abs(mean1 - mean2) / se);
    }

    /// <summary>Holm's step-down procedure: which hypotheses are rejected at family-wise error rate alpha.</summary>
    /// <remarks>Holm (1979), "A simple sequentially rejective multiple test procedure". Sort the m p-values
    /// ascending; reject p₍ₖ₎ while p₍ₖ₎ ≤ alpha / (m − k + 1). Valid under any dependence between the tests.</remarks>
    /// <param name="pValues">The p-values.</param>
    /// <param name="alpha">The family-wise error rate.</param>
    /// <returns>For each p-value, whether it is rejected.</returns>
    public static bool[] Holm(IReadOnlyList<double> pValues, double alpha)
    {
        int m = pValues.Count;
        int[] order = [.. Enumerable.Range(0, m).OrderBy(i => pValues[i])];
        var rejected = new bool[m];
        for (int k = 0; k < m; k++)
        {
            if (pValues[order[k]] > alpha / (m - k))
            {
                break;
            }

            rejected[order[k]] = true;
        }

        return rejected;
    }

    /// <summary>log k! for k = 0 … max.</summary>
    /// <param name="max">The largest k.</param>
    /// <returns>The table.</returns>
    public static double[] LogFactorials(int max)
    {
        var table = new double[max + 1];
        for (int k = 1; k <= max; k++)
        {
            table[k] = table[k - 1] + Math.Log(k);
        }

        return table;
    }
}
