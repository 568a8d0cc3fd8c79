using Agora.Core.Randomness;

namespace Agora.Neural.Modules;

/// <summary>Parameter initialisation matching PyTorch's defaults.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>nn.Linear</c>: weight and bias ~ U(−1/√fan_in, 1/√fan_in) (kaiming_uniform with a = √5 gives exactly this bound).</item>
/// <item><c>nn.Embedding</c>: N(0, 1).</item>
/// <item><c>nn.LayerNorm</c>: γ = 1, β = 0.</item>
/// </list>
/// The values come from <see cref="AgoraRandom"/> (each parameter from its own fork keyed by the parameter name), so they
/// match PyTorch in distribution, not in value.
/// </remarks>
public static class Init
{
    /// <summary>Fills with U(−bound, bound).</summary>
    /// <param name="values">The values.</param>
    /// <param name="bound">The bound.</param>
    /// <param name="rng">The generator.</param>
    public static void Uniform(Span<float> values, float bound, ref AgoraRandom rng)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(((2 * rng.NextDouble()) - 1) * bound);
        }
    }

    /// <summary>Fills with N(0, sd²).</summary>
    /// <param name="values">The values.</param>
    /// <param name="sd">The standard deviation.</param>
    /// <param name="rng">The generator.</param>
    public static void Normal(Span<float> values, float sd, ref AgoraRandom rng)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(rng.NextGaussian() * sd);
        }
    }
}
