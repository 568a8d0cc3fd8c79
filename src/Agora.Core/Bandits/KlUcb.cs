using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>KL-UCB: the largest mean q still plausible under the Kullback–Leibler divergence, <c>n·kl(m, q) ≤ ln t</c>.</summary>
/// <remarks>
/// Garivier and Cappé, "The KL-UCB algorithm for bounded stochastic bandits and beyond", COLT 2011. With the Bernoulli
/// divergence <c>kl(p, q) = p ln(p/q) + (1−p) ln((1−p)/(1−q))</c> it is asymptotically optimal for Bernoulli arms
/// (it meets the Lai–Robbins bound) and valid for any rewards in [0, 1]; the upper bound is found by bisection to 1e-9.
/// With the Gaussian divergence <c>(p − q)²/(2σ²)</c> the bound has the closed form <c>m + σ·sqrt(2 ln t / n)</c>.
/// We use the exploration function ln t (their c = 0, which they recommend in practice).
/// </remarks>
public sealed class KlUcb : IBanditPolicy
{
    private readonly ArmStatistics _stats = new();
    private double[] _scores = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="gaussianNoise">Null for the Bernoulli divergence (rewards in [0, 1]); otherwise σ of Gaussian rewards.</param>
    public KlUcb(double? gaussianNoise = null)
    {
        if (gaussianNoise is double s && !(s > 0 && double.IsFinite(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(gaussianNoise), s, "σ must be positive and finite.");
        }

        GaussianNoise = gaussianNoise;
    }

    /// <summary>σ when the Gaussian divergence is used; null for the Bernoulli divergence.</summary>
    public double? GaussianNoise { get; }

    /// <inheritdoc />
    public string Name => "kl-ucb";

    /// <summary>The Bernoulli Kullback–Leibler divergence kl(p, q), with 0·ln 0 = 0.</summary>
    /// <param name="p">A mean in [0, 1].</param>
    /// <param name="q">A mean in [0, 1].</param>
    /// <returns>kl(p, q) ≥ 0 (infinite when q ∈ {0, 1} and p ≠ q).</returns>
    public static double BernoulliDivergence(double p, double q)
    {
        const double eps = 1e-15;
        p = Math.Clamp(p, eps, 1 - eps);
        q = Math.Clamp(q, eps, 1 - eps);
        return (p * Math.Log(p / q)) + ((1 - p) * Math.Log((1 - p) / (1 - q)));
    }

    /// <summary>The KL-UCB upper bound max{q ∈ [m, 1] : n·kl(m, q) ≤ budget} by bisection.</summary>
    /// <param name="mean">The sample mean m in [0, 1].</param>
    /// <param name="pulls">n, positive.</param>
    /// <param name="budget">The exploration budget, ln t.</param>
    /// <returns>The upper bound.</returns>
    public static double BernoulliUpperBound(double mean, int pulls, double budget)
    {
        double level = budget / pulls;
        double lo = Math.Clamp(mean, 0, 1);
        double hi = 1.0;
        if (BernoulliDivergence(lo, hi) <= level)
        {
            return 1.0;
        }

        while (hi - lo > 1e-9)
        {
            double mid = 0.5 * (lo + hi);
            if (BernoulliDivergence(mean, mid) > level)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return lo;
    }

    /// <inheritdoc />
    public void Reset(int arms)
    {
        _stats.Reset(arms);
        _scores = new double[arms];
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        int[] pulls = _stats.Pulls;
        int unpulled = Array.IndexOf(pulls, 0);
        if (unpulled >= 0)
        {
            return unpulled;
        }

        double budget = Math.Log(_stats.TotalPulls);
        for (int i = 0; i < pulls.Length; i++)
        {
            _scores[i] = GaussianNoise is double sigma
                ? _stats.Means[i] + (sigma * Math.Sqrt(2 * budget / pulls[i]))
                : BernoulliUpperBound(_stats.Means[i], pulls[i], budget);
        }

        return ArmStatistics.ArgMaxRandomTies(_scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward) => _stats.Update(arm, reward);
}
