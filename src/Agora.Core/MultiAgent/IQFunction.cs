namespace Agora.Core.MultiAgent;

/// <summary>An action-value function over a float feature vector and a fixed set of actions.</summary>
/// <remarks>Implementations: <see cref="TabularQ"/> (the features are hashed to a table row) and <see cref="LinearQ"/>.</remarks>
public interface IQFunction
{
    /// <summary>The number of actions.</summary>
    int NumActions { get; }

    /// <summary>Writes Q(features, a) for every action.</summary>
    /// <param name="features">The input (e.g. an observation).</param>
    /// <param name="values">A buffer of <see cref="NumActions"/> entries.</param>
    void Values(ReadOnlySpan<float> features, Span<double> values);

    /// <summary>Moves Q(features, action) by <c>alpha · error</c> (a semi-gradient step for function approximation).</summary>
    /// <param name="features">The input.</param>
    /// <param name="action">The action.</param>
    /// <param name="error">The TD error (target − current value).</param>
    /// <param name="alpha">The step size.</param>
    void Update(ReadOnlySpan<float> features, int action, double error, double alpha);
}

/// <summary>Greedy and ε-greedy choices over action values, with uniform tie-breaking and an optional legality mask.</summary>
public static class QPolicy
{
    /// <summary>The legal action with the highest value, ties broken uniformly at random.</summary>
    /// <param name="values">The action values.</param>
    /// <param name="mask">Legal actions, or empty for all.</param>
    /// <param name="rng">The generator (used only on ties).</param>
    /// <returns>The action.</returns>
    public static int Greedy(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask, ref Randomness.AgoraRandom rng)
    {
        int best = -1;
        int ties = 0;
        for (int a = 0; a < values.Length; a++)
        {
            if (!mask.IsEmpty && !mask[a])
            {
                continue;
            }

            if (best < 0 || values[a] > values[best])
            {
                best = a;
                ties = 1;
            }
            else if (values[a] == values[best] && rng.NextInt(++ties) == 0)
            {
                best = a;
            }
        }

        return Math.Max(best, 0);
    }

    /// <summary>With probability ε a uniform legal action, otherwise <see cref="Greedy"/>.</summary>
    /// <param name="values">The action values.</param>
    /// <param name="mask">Legal actions, or empty for all.</param>
    /// <param name="epsilon">The exploration probability.</param>
    /// <param name="rng">The generator.</param>
    /// <returns>The action.</returns>
    public static int EpsilonGreedy(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask, double epsilon, ref Randomness.AgoraRandom rng)
    {
        if (epsilon > 0 && rng.NextDouble() < epsilon)
        {
            return mask.IsEmpty ? rng.NextInt(values.Length) : Math.Max(0, Spaces.MaskSampling.Pick(ref rng, mask));
        }

        return Greedy(values, mask, ref rng);
    }

    /// <summary>The largest legal value (0 when none is legal).</summary>
    /// <param name="values">The action values.</param>
    /// <param name="mask">Legal actions, or empty for all.</param>
    /// <returns>The maximum.</returns>
    public static double Max(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask)
    {
        double max = double.NegativeInfinity;
        for (int a = 0; a < values.Length; a++)
        {
            if (mask.IsEmpty || mask[a])
            {
                max = Math.Max(max, values[a]);
            }
        }

        return double.IsNegativeInfinity(max) ? 0 : max;
    }
}
