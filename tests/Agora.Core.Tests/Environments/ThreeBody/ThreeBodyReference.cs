using System.Globalization;

namespace Agora.Core.Tests.Environments.ThreeBody;

/// <summary>Reads shared/data/three-body/reference-energy-errors.txt (copied into the test output).</summary>
internal static class ThreeBodyReference
{
    public sealed record Run(uint Seed, double Mu, int StepsDone, double FinalError, long ForceEvaluations);

    private static string[] Lines() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Environments", "ThreeBody", "reference-energy-errors.txt"));

    public static IReadOnlyList<(uint Seed, double[] Values)> InitialConditions() =>
        Lines().Where(l => l.Contains('['))
            .Select(l =>
            {
                string[] parts = l.Split(' ', 2);
                double[] values = parts[1].Trim('[', ']').Split(',').Select(v => double.Parse(v.Trim().Trim('\''), CultureInfo.InvariantCulture)).ToArray();
                return (uint.Parse(parts[0], CultureInfo.InvariantCulture), values);
            })
            .ToList();

    public static IReadOnlyList<Run> Runs() =>
        Lines().Where(l => l.StartsWith("seed ", StringComparison.Ordinal))
            .Distinct()
            .Select(l =>
            {
                string[] t = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return new Run(
                    uint.Parse(t[1], CultureInfo.InvariantCulture),
                    double.Parse(t[2]["mu=".Length..], CultureInfo.InvariantCulture),
                    int.Parse(t[4], CultureInfo.InvariantCulture),
                    double.Parse(t[5]["final|dE|=".Length..], CultureInfo.InvariantCulture),
                    long.Parse(t[8], CultureInfo.InvariantCulture));
            })
            .ToList();
}
