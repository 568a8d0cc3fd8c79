using System.Globalization;
using System.Text.Json;
using Agora.Cli.Plotting;
using Agora.Cli.Running;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary>Turns a run's stored scalars into plot series: one per metric key and grid point, mean over trials by step.</summary>
internal static class PlotWriter
{
    public static void Write(RunStore store, RunRecord run, string? metric, string path)
    {
        try
        {
            PlotFileFormats.FromPath(path);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        var keys = store.MetricKeys(run.Id);
        if (keys.Count == 0)
        {
            throw new CliException($"Run {run.Id} has no stored scalar metrics to plot.");
        }

        bool prefix = metric is not null && metric.EndsWith('/');
        if (metric is not null && (prefix ? !keys.Any(k => k.StartsWith(metric, StringComparison.Ordinal)) : !keys.Contains(metric)))
        {
            throw new CliException($"Run {run.Id} has no metric '{metric}'; it has {string.Join(", ", keys)}.");
        }

        var series = BuildSeries(store, run, metric);
        var options = new RunPlotOptions
        {
            Title = $"run {run.Id}: {run.Experiment}",
            XLabel = "step",
            YLabel = prefix ? metric!.TrimEnd('/') : metric ?? (keys.Select(k => k.Split('/')[0]).Distinct().Count() == 1 ? keys[0].Split('/')[0] : "value"),
        };
        new RunPlotter(options).Save(series, path);
    }

    internal static IReadOnlyList<MetricSeries> BuildSeries(RunStore store, RunRecord run, string? metric)
    {
        var swept = SummaryTable.SweptKeys(run.ParametersJson);
        var trials = store.ReadTrials(run.Id).Where(t => t.Error is null).ToDictionary(t => t.Index);
        var series = new List<MetricSeries>();
        bool prefix = metric is not null && metric.EndsWith('/');
        foreach (var group in store.ReadMetrics(run.Id, prefix ? null : metric)
                     .Where(m => trials.ContainsKey(m.TrialIndex) && (!prefix || m.Key.StartsWith(metric!, StringComparison.Ordinal)))
                     .GroupBy(m => (trials[m.TrialIndex].GridPoint, m.Key))
                     .OrderBy(g => g.Key.GridPoint)
                     .ThenBy(g => g.Key.Key, StringComparer.Ordinal))
        {
            // Trials can stop at different steps (early termination); each step averages the trials that reached it.
            var points = group
                .GroupBy(m => m.Step)
                .OrderBy(s => s.Key)
                .Select(s => ConfidenceBand.At(s.Key, s.Select(m => m.Value).ToArray()))
                .ToList();
            series.Add(new MetricSeries(Label(group.Key.Key, trials[group.First().TrialIndex], swept, metric is not null && !prefix), points));
        }

        return series;
    }

    private static string Label(string key, TrialRecord trial, IReadOnlyList<string> swept, bool singleMetric)
    {
        if (swept.Count == 0)
        {
            return key;
        }

        var parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(trial.ParametersJson, StoreJson.Options)!;
        string point = string.Join(", ", swept.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}={parameters[k].GetRawText()}")));
        return singleMetric ? point : $"{key} ({point})";
    }
}
