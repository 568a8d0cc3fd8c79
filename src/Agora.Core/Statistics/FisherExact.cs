namespace Agora.Core.Statistics;

/// <summary>The one-sided Fisher exact test of "the first group has the larger share of successes".</summary>
/// <remarks>
/// Fisher (1922). Conditioning on both group sizes and the total number of successes K, the first group's successes
/// follow the hypergeometric law P(X = k) = C(K, k)·C(N − K, n₁ − k) / C(N, n₁) with N = n₁ + n₂; the p-value is
/// P(X ≥ observed), as scipy.stats.fisher_exact(…, alternative="greater") computes it. The terms are summed in log space
/// (log-factorials by running sums), which is exact enough for groups of up to a few hundred thousand.
/// </remarks>
public static class FisherExact
{
    /// <summary>P(X ≥ <paramref name="firstSuccesses"/>) for the first group's successes under the null hypothesis.</summary>
    /// <param name="firstSuccesses">Successes in the first group.</param>
    /// <param name="firstSize">Size of the first group (positive).</param>
    /// <param name="secondSuccesses">Successes in the second group.</param>
    /// <param name="secondSize">Size of the second group (positive).</param>
    /// <returns>The one-sided p-value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or exceeds its group's size.</exception>
    public static double Greater(int firstSuccesses, int firstSize, int secondSuccesses, int secondSize)
    {
        if (firstSize <= 0 || secondSize <= 0)
        {
            throw new ArgumentOutOfRangeException(firstSize <= 0 ? nameof(firstSize) : nameof(secondSize), "both groups need at least one member.");
        }

        if (firstSuccesses < 0 || firstSuccesses > firstSize)
        {
            throw new ArgumentOutOfRangeException(nameof(firstSuccesses), firstSuccesses, $"successes must lie in [0, {firstSize}].");
        }

        if (secondSuccesses < 0 || secondSuccesses > secondSize)
        {
            throw new ArgumentOutOfRangeException(nameof(secondSuccesses), secondSuccesses, $"successes must lie in [0, {secondSize}].");
        }

        int total = firstSize + secondSize, successes = firstSuccesses + secondSuccesses;
        var logFactorial = new double[total + 1];
        for (int i = 1; i <= total; i++)
        {
            logFactorial[i] = logFactorial[i - 1] + Math.Log(i);
        }

        double LogChoose(int n, int k) => logFactorial[n] - logFactorial[k] - logFactorial[n - k];
        double logDenominator = LogChoose(total, firstSize);
        double p = 0;
        for (int k = firstSuccesses; k <= Math.Min(successes, firstSize); k++)
        {
            if (firstSize - k <= total - successes)
            {
                p += Math.Exp(LogChoose(successes, k) + LogChoose(total - successes, firstSize - k) - logDenominator);
            }
        }

        return Math.Min(1, p);
    }
}
