using System.Globalization;
using System.Text;
using System.Text.Json;
using Agora.Core.Fingerprints;

namespace Agora.Cli.Commands;

/// <summary>Prints fingerprints: a short summary table as text, or every point as JSON.</summary>
internal static class FingerprintWriter
{
    private static readonly double[] Marks = [0, 0.25, 0.5, 0.75, 1];
    private static readonly int[] TurnMarks = [1, 2, 5, 10, 25, 50, 100, 200];

    public static string Text(AshlockFingerprint f)
    {
        var output = new StringBuilder();
        output.Append(Invariant($"Ashlock fingerprint of {f.Strategy}: probe {f.Probe}, game {f.Game}, {f.Size}x{f.Size} points, {f.Turns} turns, {f.Repetitions} repetitions, seed {f.Seed}\n"));
        output.Append("mean score per turn (rows y = P(forced D) from 1 down to 0, columns x = P(forced C)):\n");
        int[] xs = [.. Marks.Select(m => Nearest(f.Coordinates, m)).Distinct()];
        output.Append("  y \\ x").Append(string.Concat(xs.Select(i => Cell(f.Coordinates[i], "0.##")))).Append('\n');
        foreach (int yi in xs.Reverse())
        {
            output.Append(Cell(f.Coordinates[yi], "0.##", 7)).Append(string.Concat(xs.Select(xi => Cell(f.Mean(xi, yi), "0.000")))).Append('\n');
        }

        output.Append(Invariant($"over all points: min {f.Means.Min():0.000}, mean {f.Means.Average():0.000}, max {f.Means.Max():0.000}\n"));
        return output.ToString();
    }

    public static string Text(TransitiveFingerprint f)
    {
        var output = new StringBuilder();
        output.Append(Invariant($"Transitive fingerprint of {f.Strategy}: game {f.Game}, {f.Opponents.Count} opponents, {f.Turns} turns, {f.Repetitions} repetitions, noise {f.Noise}, seed {f.Seed}\n"));
        int[] turns = [.. TurnMarks.Where(t => t <= f.Turns)];
        int width = Math.Max(8, f.Opponents.Max(o => o.Length));
        output.Append("cooperation rate by turn:\n");
        output.Append("  ").Append("opponent".PadRight(width)).Append(string.Concat(turns.Select(t => $"t={t}".PadLeft(8)))).Append("    mean\n");
        int rows = f.Opponents.Count;
        foreach (int o in Enumerable.Range(0, Math.Min(rows, 11)).Select(k => rows <= 11 ? k : (int)Math.Round(k * (rows - 1) / 10.0)).Distinct())
        {
            double mean = Enumerable.Range(0, f.Turns).Average(t => f.CooperationRate(o, t));
            output.Append("  ").Append(f.Opponents[o].PadRight(width)).Append(string.Concat(turns.Select(t => Cell(f.CooperationRate(o, t - 1), "0.000")))).Append(Cell(mean, "0.000")).Append('\n');
        }

        return output.ToString();
    }

    public static string Json(AshlockFingerprint f)
    {
        return JsonLine.Object(writer =>
        {
            writer.WriteString("kind", "ashlock");
            writer.WriteString("strategy", f.Strategy);
            writer.WriteString("probe", f.Probe);
            writer.WriteString("game", f.Game);
            writer.WriteNumber("turns", f.Turns);
            writer.WriteNumber("repetitions", f.Repetitions);
            writer.WriteNumber("seed", f.Seed);
            writer.WriteStartArray("points");
            for (int k = 0; k < f.Means.Count; k++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("x", f.Coordinates[k / f.Size]);
                writer.WriteNumber("y", f.Coordinates[k % f.Size]);
                writer.WriteNumber("mean", f.Means[k]);
                writer.WriteNumber("sd", f.StandardDeviations[k]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    public static string Json(TransitiveFingerprint f)
    {
        return JsonLine.Object(writer =>
        {
            writer.WriteString("kind", "transitive");
            writer.WriteString("strategy", f.Strategy);
            writer.WriteString("game", f.Game);
            writer.WriteNumber("turns", f.Turns);
            writer.WriteNumber("repetitions", f.Repetitions);
            writer.WriteNumber("noise", f.Noise);
            writer.WriteNumber("seed", f.Seed);
            writer.WriteStartArray("opponents");
            for (int o = 0; o < f.Opponents.Count; o++)
            {
                writer.WriteStartObject();
                writer.WriteString("name", f.Opponents[o]);
                writer.WriteStartArray("cooperation");
                for (int t = 0; t < f.Turns; t++)
                {
                    writer.WriteNumberValue(f.CooperationRate(o, t));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static int Nearest(IReadOnlyList<double> values, double target) =>
        Enumerable.Range(0, values.Count).MinBy(i => Math.Abs(values[i] - target));

    private static string Cell(double value, string format, int width = 8) => value.ToString(format, CultureInfo.InvariantCulture).PadLeft(width);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
