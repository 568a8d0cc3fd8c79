using System.Globalization;
using System.Text.Json;
using Agora.Cli.Store;
using Agora.Cli.Commands;
using Agora.Core.Experiments;

namespace Agora.Cli.Export;

/// <summary>
/// A run flattened to one long table: one row per scalar and per summary value, with the trial's parameters as typed
/// columns. CSV and Parquet exports both write this table, so they always agree.
/// </summary>
internal sealed class ExportTable
{
    private ExportTable(IReadOnlyList<ExportColumn> columns, int rows)
    {
        Columns = columns;
        RowCount = rows;
    }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public int RowCount { get; }

    public static ExportTable Build(RunStore store, RunRecord run)
    {
        ExperimentCatalog.TryGet(run.Experiment, out var experiment);
        var trials = store.ReadTrials(run.Id).ToDictionary(t => t.Index);
        var parameterNames = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(run.ParametersJson, StoreJson.Options)!.Keys.ToList();
        var parameters = trials.ToDictionary(t => t.Key, t => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(t.Value.ParametersJson, StoreJson.Options)!);

        var rows = new List<(TrialRecord Trial, string Kind, string Key, long? Step, double Value)>();
        foreach (var metric in store.ReadMetrics(run.Id))
        {
            rows.Add((trials[metric.TrialIndex], "scalar", metric.Key, metric.Step, metric.Value));
        }

        foreach (var trial in trials.Values.OrderBy(t => t.Index))
        {
            var summary = JsonSerializer.Deserialize<Dictionary<string, double>>(trial.SummaryJson, StoreJson.Options)!;
            foreach (var (key, value) in summary.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                rows.Add((trial, "summary", key, null, value));
            }
        }

        var columns = new List<ExportColumn>
        {
            ExportColumn.Of("run", rows.Select(_ => (object?)run.Id)),
            ExportColumn.Of("trial", rows.Select(r => (object?)(long)r.Trial.Index)),
            ExportColumn.Of("grid_point", rows.Select(r => (object?)(long)r.Trial.GridPoint)),
            ExportColumn.Of("replicate", rows.Select(r => (object?)(long)r.Trial.Replicate)),
            ExportColumn.Of("seed", rows.Select(r => (object?)r.Trial.Seed.ToString(CultureInfo.InvariantCulture)), typeof(string)),
        };
        foreach (string name in parameterNames)
        {
            var kind = experiment?.Parameters.FirstOrDefault(p => p.Name == name)?.Kind;
            columns.Add(ExportColumn.Of(name, rows.Select(r => ParameterValue(parameters[r.Trial.Index][name], kind)), TypeOf(kind)));
        }

        columns.Add(ExportColumn.Of("kind", rows.Select(r => (object?)r.Kind), typeof(string)));
        columns.Add(ExportColumn.Of("key", rows.Select(r => (object?)r.Key), typeof(string)));
        columns.Add(ExportColumn.Of("step", rows.Select(r => (object?)r.Step), typeof(long)));
        columns.Add(ExportColumn.Of("value", rows.Select(r => (object?)r.Value), typeof(double)));
        return new ExportTable(columns, rows.Count);
    }

    private static Type TypeOf(ParameterKind? kind) => kind switch
    {
        ParameterKind.Integer => typeof(long),
        ParameterKind.Real => typeof(double),
        ParameterKind.Boolean => typeof(bool),
        _ => typeof(string),
    };

    private static object? ParameterValue(JsonElement element, ParameterKind? kind) => kind switch
    {
        ParameterKind.Integer => element.GetInt64(),
        ParameterKind.Real => element.ValueKind == JsonValueKind.String ? double.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDouble(),
        ParameterKind.Boolean => element.GetBoolean(),
        _ => element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText(),
    };
}

/// <summary>One typed column of an <see cref="ExportTable"/>.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">long, double, bool or string.</param>
/// <param name="Values">The cells; null only in the step column of summary rows.</param>
internal sealed record ExportColumn(string Name, Type Type, IReadOnlyList<object?> Values)
{
    public static ExportColumn Of(string name, IEnumerable<object?> values, Type? type = null) =>
        new(name, type ?? typeof(long), values.ToList());
}
