using Agora.Core.Randomness;

namespace Agora.Core.Spaces;

/// <summary>A vector of floats, each between its own lower and upper bound (bounds may be infinite).</summary>
/// <remarks>
/// Mirrors Gymnasium's <c>Box</c> restricted to one dimension: the shape is just <see cref="Length"/>; a flattened
/// multi-dimensional tensor is documented by the environment that produces it. Sampling follows Gymnasium: uniform on
/// a bounded coordinate, shifted exponential on a half-bounded one, standard normal on an unbounded one.
/// </remarks>
public sealed class Box
{
    private readonly float[] _low;
    private readonly float[] _high;

    /// <summary>Creates a box with per-coordinate bounds.</summary>
    /// <param name="low">The lower bounds (may be negative infinity).</param>
    /// <param name="high">The upper bounds (may be positive infinity); same length as <paramref name="low"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ, a bound is NaN, or a lower bound exceeds its upper bound.</exception>
    public Box(ReadOnlySpan<float> low, ReadOnlySpan<float> high)
    {
        if (low.Length != high.Length)
        {
            throw new ArgumentException($"low has {low.Length} entries but high has {high.Length}.", nameof(high));
        }

        for (int i = 0; i < low.Length; i++)
        {
            if (float.IsNaN(low[i]) || float.IsNaN(high[i]) || low[i] > high[i])
            {
                throw new ArgumentException($"Bounds at index {i} are invalid: [{low[i]}, {high[i]}].", nameof(low));
            }
        }

        _low = low.ToArray();
        _high = high.ToArray();
    }

    /// <summary>Creates a box whose coordinates all share the same bounds.</summary>
    /// <param name="low">The common lower bound.</param>
    /// <param name="high">The common upper bound.</param>
    /// <param name="length">The number of coordinates; non-negative.</param>
    public Box(float low, float high, int length)
        : this(Filled(low, length), Filled(high, length))
    {
    }

    /// <summary>The number of coordinates (the flattened shape).</summary>
    public int Length => _low.Length;

    /// <summary>The lower bounds.</summary>
    public ReadOnlySpan<float> Low => _low;

    /// <summary>The upper bounds.</summary>
    public ReadOnlySpan<float> High => _high;

    /// <summary>A box of <paramref name="length"/> coordinates with no bounds.</summary>
    /// <param name="length">The number of coordinates.</param>
    /// <returns>The unbounded box.</returns>
    public static Box Unbounded(int length) => new(float.NegativeInfinity, float.PositiveInfinity, length);

    /// <summary>Whether <paramref name="value"/> has the right length and every coordinate lies within its bounds.</summary>
    /// <param name="value">The candidate vector.</param>
    /// <returns>True when it belongs to the box; NaN never does.</returns>
    public bool Contains(ReadOnlySpan<float> value)
    {
        if (value.Length != _low.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            // Written so that NaN fails both comparisons and is rejected.
            if (!(value[i] >= _low[i] && value[i] <= _high[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a random member of the box into <paramref name="destination"/>.</summary>
    /// <param name="rng">The generator; it advances.</param>
    /// <param name="destination">A buffer of <see cref="Length"/> entries.</param>
    public void Sample(ref AgoraRandom rng, Span<float> destination)
    {
        if (destination.Length != _low.Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} entries; the box has {_low.Length}.", nameof(destination));
        }

        for (int i = 0; i < destination.Length; i++)
        {
            bool lowFinite = float.IsFinite(_low[i]);
            bool highFinite = float.IsFinite(_high[i]);
            double exponential = lowFinite != highFinite ? -Math.Log(1.0 - rng.NextDouble()) : 0.0;
            destination[i] = (lowFinite, highFinite) switch
            {
                (true, true) => Math.Min(_high[i], _low[i] + (rng.NextSingle() * (_high[i] - _low[i]))),
                (true, false) => (float)(_low[i] + exponential),
                (false, true) => (float)(_high[i] - exponential),
                _ => (float)rng.NextGaussian(),
            };
        }
    }

    private static float[] Filled(float value, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var result = new float[length];
        Array.Fill(result, value);
        return result;
    }
}
