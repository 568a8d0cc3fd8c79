using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Gamma and Beta draws for posterior sampling.</summary>
/// <remarks>
/// Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26 (2000), for shape a ≥ 1; shapes
/// below 1 use the boost Gamma(a) = Gamma(a + 1)·U^(1/a). Beta(a, b) = X / (X + Y) for X ~ Gamma(a), Y ~ Gamma(b).
/// </remarks>
public static class GammaSampler
{
    /// <summary>A draw from Gamma(shape, 1).</summary>
    /// <param name="shape">The shape a &gt; 0.</param>
    /// <param name="rng">The generator.</param>
    /// <returns>The draw.</returns>
    public static double NextGamma(double shape, ref AgoraRandom rng)
    {
        if (!(shape > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape must be positive.");
        }

        if (shape < 1)
        {
            double boost = Math.Pow(1.0 - rng.NextDouble(), 1.0 / shape);
            return NextGamma(shape + 1, ref rng) * boost;
        }

        double d = shape - (1.0 / 3.0);
        double c = 1.0 / Math.Sqrt(9 * d);
        while (true)
        {
            double x = rng.NextGaussian();
            double v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = 1.0 - rng.NextDouble();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>A draw from Beta(a, b).</summary>
    /// <param name="a">The first shape, positive.</param>
    /// <param name="b">The second shape, positive.</param>
    /// <param name="rng">The generator.</param>
    /// <returns>The draw in [0, 1].</returns>
    public static double NextBeta(double a, double b, ref AgoraRandom rng)
    {
        double x = NextGamma(a, ref rng);
        double y = NextGamma(b, ref rng);
        return x / (x + y);
    }
}
