using System.Text.Json;
using Agora.Cli.Plotting;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary>Stackplots of the example runs a <c>moran-fixation</c> run stores (one per scenario).</summary>
internal static class MoranStackplots
{
    private const string Prefix = "stackplot-";

    /// <summary>The plot kinds: one per scenario of the moran-fixation experiment.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["stackplot-neutral", "stackplot-tft-complete", "stackplot-tft-cycle"];

    public static void Write(RunStore store, RunRecord record, string kind, string path)
    {
        string scenario = kind[Prefix.Length..];
        byte[] json = store.ReadArtifact(record.Id, $"trial-0/populations-{scenario}.json")
            ?? throw new CliException($"--kind {kind} needs a moran-fixation run; run {record.Id} ({record.Experiment}) stored no populations for '{scenario}'.");
        using var document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        int population = root.GetProperty("population").GetInt32();
        string[] types = [.. root.GetProperty("types").EnumerateArray().Select(t => t.GetString()!)];
        var shares = root.GetProperty("counts").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(c => c.GetInt32() / (double)population).ToArray())
            .ToList();
        string winner = root.GetProperty("winner").ValueKind == JsonValueKind.String ? $": {root.GetProperty("winner").GetString()} fixes" : string.Empty;
        var options = new RunPlotOptions
        {
            Title = $"run {record.Id}: Moran example run, {scenario}{winner}",
            XLabel = "generation",
            YLabel = "population share",
        };
        StackPlotter.Save(types, shares, options, path);
    }
}
