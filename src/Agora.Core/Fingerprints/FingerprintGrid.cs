namespace Agora.Core.Fingerprints;

/// <summary>The coordinates of a fingerprint grid over [0, 1], as Axelrod builds them.</summary>
public static class FingerprintGrid
{
    /// <summary>⌊1/step⌋ + 1 evenly spaced values from 0 to 1 inclusive (NumPy's <c>linspace</c>, as Axelrod's
    /// <c>_create_points</c>), so a step that does not divide 1 is rounded to the spacing 1/⌊1/step⌋.</summary>
    /// <param name="step">The requested spacing, in (0, 1].</param>
    /// <returns>The coordinates, first 0 and last 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The step is not in (0, 1].</exception>
    public static double[] Coordinates(double step)
    {
        if (!(step > 0 && step <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The fingerprint step must be in (0, 1].");
        }

        int count = (int)Math.Floor(1 / step) + 1;
        return Linspace(count);
    }

    /// <summary><paramref name="count"/> evenly spaced values from 0 to 1 (0 alone when count is 1).</summary>
    /// <param name="count">At least 1.</param>
    /// <returns>The values; computed as i/(count − 1) so that the ends are exact.</returns>
    public static double[] Linspace(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return count == 1 ? [0.0] : [.. Enumerable.Range(0, count).Select(i => (double)i / (count - 1))];
    }
}
