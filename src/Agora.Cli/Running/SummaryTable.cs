using System.Globalization;
using System.Text.Json;
using Agora.Cli.Plotting;
using Agora.Cli.Store;
using Spectre.Console;

namespace Agora.Cli.Running;

/// <summary>The per-grid-point summary of a run: mean, standard deviation and a 95% interval of each summary value.</summary>
internal static class SummaryTable
{
    public static Table Build(RunStore store, RunRecord run)
    {
        var trials = store.ReadTrials(run.Id);
        var swept = SweptKeys(run.ParametersJson);
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("point");
        foreach (string key in swept)
        {
            table.AddColumn(key);
        }

        table.AddColumn("summary");
        table.AddColumn(new TableColumn("mean").RightAligned());
        table.AddColumn(new TableColumn("sd").RightAligned());
        table.AddColumn(new TableColumn("95% CI").RightAligned());
        table.AddColumn(new TableColumn("n").RightAligned());

        foreach (var point in trials.Where(t => t.Error is null).GroupBy(t => t.GridPoint).OrderBy(g => g.Key))
        {
            var parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(point.First().ParametersJson, StoreJson.Options)!;
            var summaries = point.Select(t => JsonSerializer.Deserialize<Dictionary<string, double>>(t.SummaryJson, StoreJson.Options)!).ToList();
            foreach (string key in summaries.SelectMany(s => s.Keys).Distinct())
            {
                var values = summaries.Where(s => s.ContainsKey(key)).Select(s => s[key]).ToArray();
                var (mean, sd, half) = ConfidenceBand.Describe(values);
                var cells = new List<string> { point.Key.ToString(CultureInfo.InvariantCulture) };
                cells.AddRange(swept.Select(k => parameters[k].GetRawText()));
                cells.Add(key);
                cells.Add(Format(mean));
                cells.Add(Format(sd));
                cells.Add("±" + Format(half));
                cells.Add(values.Length.ToString(CultureInfo.InvariantCulture));
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
        }

        return table;
    }

    public static IReadOnlyList<string> SweptKeys(string parametersJson)
    {
        var given = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(parametersJson, StoreJson.Options)!;
        return given.Where(p => p.Value.GetArrayLength() > 1).Select(p => p.Key).ToList();
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
