namespace Agora.Core.Bandits;

/// <summary>Validated arm means of a stationary bandit, with the best mean and the gaps precomputed.</summary>
internal static class StationaryMeans
{
    public static double[] Check(IReadOnlyList<double> means, bool unitInterval, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(means);
        if (means.Count == 0)
        {
            throw new ArgumentException("A bandit needs at least one arm.", parameterName);
        }

        for (int i = 0; i < means.Count; i++)
        {
            double m = means[i];
            if (!double.IsFinite(m) || (unitInterval && (m < 0 || m > 1)))
            {
                throw new ArgumentOutOfRangeException(parameterName, m, $"Arm {i}'s mean must be {(unitInterval ? "in [0, 1]" : "finite")}; got {m}.");
            }
        }

        return means.ToArray();
    }

    public static double[] Gaps(double[] means)
    {
        double best = means.Max();
        return means.Select(m => best - m).ToArray();
    }
}
