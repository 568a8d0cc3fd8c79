namespace Agora.Cli.Plotting;

/// <summary>Turns per-trial metric values into plot points: the mean and a normal-approximation 95% confidence band.</summary>
/// <remarks>
/// The half-width is <c>1.96 · s / √n</c>, where <c>s</c> is the sample standard deviation
/// (Bessel-corrected, divisor <c>n − 1</c>) of the <c>n</c> trial values. With one trial there is no
/// spread to estimate, so the band collapses onto the mean rather than being undefined.
/// </remarks>
public static class ConfidenceBand
{
    /// <summary>The two-sided 95% quantile of the standard normal distribution.</summary>
    public const double Z95 = 1.96;

    /// <summary>Computes the mean and the 95% confidence half-width of some trial values.</summary>
    /// <param name="values">One value per trial (at least one).</param>
    /// <returns>The mean and 1.96·sd/√n, with the sample standard deviation; a single trial has a zero band.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    public static (double Mean, double HalfWidth) MeanAndHalfWidth(ReadOnlySpan<double> values)
    {
        var (mean, _, half) = Describe(values);
        return (mean, half);
    }

    /// <summary>Computes the mean, the sample standard deviation and the 95% half-width 1.96·sd/√n.</summary>
    /// <param name="values">One value per trial (at least one).</param>
    /// <returns>The mean, the standard deviation (0 for one trial) and the half-width.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    public static (double Mean, double Sd, double HalfWidth) Describe(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("values: at least one trial value is needed.", nameof(values));
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        double mean = sum / values.Length;
        if (values.Length == 1)
        {
            return (mean, 0, 0);
        }

        // Two passes (mean, then squared deviations) rather than a running sum of squares, which cancels badly when the spread is small next to the mean.
        double squares = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
        }

        double sd = Math.Sqrt(squares / (values.Length - 1));
        return (mean, sd, Z95 * sd / Math.Sqrt(values.Length));
    }

    /// <summary>Summarises the trial values at one step as a plot point.</summary>
    /// <param name="step">The step the values were measured at.</param>
    /// <param name="values">One value per trial; at least one.</param>
    /// <returns>The point with its mean and band edges.</returns>
    /// <exception cref="ArgumentException">No values were given.</exception>
    public static MetricPoint At(double step, ReadOnlySpan<double> values)
    {
        (double mean, double half) = MeanAndHalfWidth(values);
        return new MetricPoint(step, mean, mean - half, mean + half);
    }

    /// <summary>Summarises a whole curve: every trial measured at the same steps.</summary>
    /// <param name="steps">The steps, one per column.</param>
    /// <param name="trials">One row per trial, each with one value per step.</param>
    /// <returns>One point per step.</returns>
    /// <exception cref="ArgumentException">There are no trials, or a trial's length differs from the number of steps.</exception>
    public static IReadOnlyList<MetricPoint> PerStep(IReadOnlyList<double> steps, IReadOnlyList<IReadOnlyList<double>> trials)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(trials);
        if (trials.Count == 0)
        {
            throw new ArgumentException("trials: at least one trial is needed.", nameof(trials));
        }

        for (int t = 0; t < trials.Count; t++)
        {
            if (trials[t].Count != steps.Count)
            {
                throw new ArgumentException($"trials[{t}] has {trials[t].Count} values but there are {steps.Count} steps.", nameof(trials));
            }
        }

        var points = new MetricPoint[steps.Count];
        var column = new double[trials.Count];
        for (int i = 0; i < steps.Count; i++)
        {
            for (int t = 0; t < trials.Count; t++)
            {
                column[t] = trials[t][i];
            }

            points[i] = At(steps[i], column);
        }

        return points;
    }
}
