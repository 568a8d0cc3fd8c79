using System.Globalization;
using Agora.Core.Fingerprints;

namespace Agora.Cli.Plotting;

/// <summary>Turns fingerprints into heatmaps laid out as Axelrod's <c>plot()</c> methods draw them.</summary>
public static class FingerprintPlots
{
    /// <summary>The Ashlock fingerprint over the unit square: x (forced C) to the right, y (forced D) upwards.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <returns>The heatmap.</returns>
    public static HeatmapData Ashlock(AshlockFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        int size = fingerprint.Size;
        var values = new double[size, size];
        for (int xi = 0; xi < size; xi++)
        {
            for (int yi = 0; yi < size; yi++)
            {
                values[yi, xi] = fingerprint.Mean(xi, yi);
            }
        }

        string title = string.Create(CultureInfo.InvariantCulture, $"Ashlock fingerprint of {fingerprint.Strategy} (probe {fingerprint.Probe}, {fingerprint.Game}, {fingerprint.Turns} turns, {fingerprint.Repetitions} reps)");
        return new HeatmapData(values, 0, 1, 0, 1, title, "x = P(probe forced to C)", "y = P(probe forced to D)", "mean score per turn");
    }

    /// <summary>The transitive fingerprint: turns to the right, opponents upwards in their given order.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <returns>The heatmap.</returns>
    public static HeatmapData Transitive(TransitiveFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        int opponents = fingerprint.Opponents.Count;
        var values = new double[opponents, fingerprint.Turns];
        for (int o = 0; o < opponents; o++)
        {
            for (int t = 0; t < fingerprint.Turns; t++)
            {
                values[o, t] = fingerprint.CooperationRate(o, t);
            }
        }

        string title = string.Create(CultureInfo.InvariantCulture, $"Transitive fingerprint of {fingerprint.Strategy} ({fingerprint.Game}, {fingerprint.Repetitions} reps)");
        string yLabel = $"opponent: {fingerprint.Opponents[0]} (bottom) to {fingerprint.Opponents[^1]} (top)";
        return new HeatmapData(values, 1, fingerprint.Turns, 1, opponents, title, "turn", yLabel, "cooperation rate");
    }
}
