namespace Agora.Core.Statistics;

/// <summary>Sample quantiles of sorted data.</summary>
/// <remarks>
/// Linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7; numpy's and R's default): for
/// n sorted values x₀ ≤ … ≤ xₙ₋₁ the q-quantile is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋) with h = (n − 1)q.
/// </remarks>
public static class Quantiles
{
    /// <summary>The <paramref name="q"/>-quantile of <paramref name="sorted"/>.</summary>
    /// <param name="sorted">Values in ascending order (not checked).</param>
    /// <param name="q">The probability, in [0, 1].</param>
    /// <returns>The interpolated quantile.</returns>
    /// <exception cref="ArgumentException"><paramref name="sorted"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> lies outside [0, 1].</exception>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "a quantile's probability must lie in [0, 1].");
        }

        double h = (sorted.Length - 1) * q;
        int low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }
}
