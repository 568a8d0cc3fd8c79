namespace Agora.Core.Tests.Fingerprints;

/// <summary>The exact two-sided binomial test, for cooperation rates whose expected value can be tiny (pᵗ), where a
/// normal approximation calls a single success among 200 trials at p = 1e-4 a six-sigma event.</summary>
internal static class BinomialTest
{
    /// <summary>2·min(P(X ≤ k), P(X ≥ k)) for X ~ Binomial(n, p), capped at 1.</summary>
    public static double TwoSidedPValue(int k, int n, double p)
    {
        if (p <= 0)
        {
            return k == 0 ? 1 : 0;
        }

        if (p >= 1)
        {
            return k == n ? 1 : 0;
        }

        if (p > 0.5)
        {
            return TwoSidedPValue(n - k, n, 1 - p); // keeps (1 − p)^n away from underflow
        }

        var pmf = new double[n + 1];
        pmf[0] = Math.Pow(1 - p, n);
        for (int i = 0; i < n; i++)
        {
            pmf[i + 1] = pmf[i] * (n - i) / (i + 1) * p / (1 - p);
        }

        double lower = pmf[..(k + 1)].Sum();
        double upper = pmf[k..].Sum();
        return Math.Min(1, 2 * Math.Min(lower, upper));
    }
}
