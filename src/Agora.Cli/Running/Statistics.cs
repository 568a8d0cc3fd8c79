namespace Agora.Cli.Running;

/// <summary>Small descriptive statistics for summaries and plots.</summary>
internal static class Statistics
{
    /// <summary>Mean, sample standard deviation and the half-width of a normal 95% interval of the mean (1.96·sd/√n).</summary>
    public static (double Mean, double Sd, double HalfWidth) MeanSdHalfWidth(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        double mean = values.Average();
        if (n == 1)
        {
            return (mean, 0, 0);
        }

        double sumSquares = values.Sum(v => (v - mean) * (v - mean));
        double sd = Math.Sqrt(sumSquares / (n - 1));
        return (mean, sd, 1.96 * sd / Math.Sqrt(n));
    }
}
