namespace Agora.Core.Statistics;

/// <summary>Exact (Clopper–Pearson) confidence intervals for a binomial proportion.</summary>
/// <remarks>
/// Clopper &amp; Pearson, "The use of confidence or fiducial limits illustrated in the case of the binomial",
/// Biometrika 26 (1934). For k successes in n trials at level 1 − α the lower limit is the α/2 quantile of
/// Beta(k, n − k + 1) (0 when k = 0) and the upper limit the 1 − α/2 quantile of Beta(k + 1, n − k) (1 when k = n).
/// The interval is conservative: its coverage is at least 1 − α for every true p. Quantiles are found by bisection on
/// the regularised incomplete beta function I_x(a, b), evaluated with Lentz's continued fraction and a Lanczos
/// log-gamma (Numerical Recipes, 3rd ed., §6.1 and §6.4), to about 1e-12.
/// </remarks>
public static class BinomialConfidence
{
    /// <summary>The Clopper–Pearson interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">k, from 0 to n.</param>
    /// <param name="trials">n, at least 1.</param>
    /// <param name="confidence">1 − α, in (0, 1); e.g. 0.95.</param>
    /// <returns>The lower and upper limits.</returns>
    public static (double Lower, double Upper) ClopperPearson(long successes, long trials, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be in (0, 1).");
        }

        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0 : BetaQuantile(alpha / 2, successes, trials - successes + 1);
        double upper = successes == trials ? 1 : BetaQuantile(1 - (alpha / 2), successes + 1, trials - successes);
        return (lower, upper);
    }

    /// <summary>The regularised incomplete beta function I_x(a, b), the CDF of Beta(a, b) at x.</summary>
    /// <param name="x">In [0, 1].</param>
    /// <param name="a">Positive.</param>
    /// <param name="b">Positive.</param>
    /// <returns>I_x(a, b).</returns>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        double logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        // The continued fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(x, a, b) / a
            : 1 - (Math.Exp(logFront) * ContinuedFraction(1 - x, b, a) / b);
    }

    private static double BetaQuantile(double p, double a, double b)
    {
        double lo = 0, hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (RegularizedBeta(mid, a, b) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9; relative error about 1e-15).</summary>
    private static double LogGamma(double x)
    {
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        double sum = c[0];
        for (int i = 1; i < c.Length; i++)
        {
            sum += c[i] / (x + i);
        }

        double t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
