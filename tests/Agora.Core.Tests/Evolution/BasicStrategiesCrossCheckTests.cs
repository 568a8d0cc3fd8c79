using System.Text.Json;
using Agora.Core.Evolution;
using Agora.Core.Repeated;
using Agora.Core.Statistics;

namespace Agora.Core.Tests.Evolution;

/// <summary>Axelrod's Moran process on its 10 basic strategies, seeds 0..99 (Data/axelrod-moran-basic-bd.json, made
/// by tools/axelrod-reference/moran_basic.py), against Agora's over many seeds. The generators differ, so only the
/// distributions are compared.</summary>
public sealed class BasicStrategiesCrossCheckTests
{
    internal static readonly string[] BasicNames =
    [
        "Alternator", "Anti Tit For Tat", "Bully", "Cooperator", "Cycler DC", "Defector", "Suspicious Tit For Tat",
        "Tit For Tat", "Win-Shift Lose-Stay: D", "Win-Stay Lose-Shift",
    ];

    [Fact]
    public void Axelrods_winner_counts_are_consistent_with_agoras_winner_probabilities()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evolution", "Data", "axelrod-moran-basic-bd.json")));
        var axelrod = json.RootElement.GetProperty("winners").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        int axelrodRuns = json.RootElement.GetProperty("seeds").GetInt32();
        Assert.Equal(100, axelrodRuns);
        Assert.Equal(25, axelrod["Defector"]); // spec §4

        Strategy[] players = [.. BasicNames.Select(StrategyRegistry.Create)];
        var agora = FixationProbability.Estimate(players, new MoranOptions(), runs: 1500, seed: 1, jobs: 2);
        Assert.Equal(0, agora.Unfixed);

        // For each of the 10 types, Agora's probability (standard error at most 0.013 over 1500 runs) must lie inside Axelrod's exact interval for 100 runs,
        // at a Bonferroni-corrected level: the chance of a false alarm if both tools sample one law is about 1%.
        foreach (string name in BasicNames)
        {
            int count = axelrod.GetValueOrDefault(name);
            (double lower, double upper) = BinomialConfidence.ClopperPearson(count, axelrodRuns, 1 - (0.01 / BasicNames.Length));
            Assert.InRange(agora[name].Probability, lower, upper);
        }

        // Mean generations to fixation: Axelrod 83.28 over 100 runs; the per-run spread is wide, so only the scale is checked.
        double axelrodMean = json.RootElement.GetProperty("total_generations").GetInt32() / (double)axelrodRuns;
        Assert.InRange(agora.MeanGenerations, axelrodMean * 0.7, axelrodMean * 1.3);
    }
}
