using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Agora.Cli.Store;
using Parquet;
using Parquet.Schema;

namespace Agora.Cli.Export;

/// <summary>Writes a stored run as CSV, JSON or Parquet.</summary>
/// <remarks>
/// CSV and Parquet hold the long table of <see cref="ExportTable"/> (one row per scalar or summary value, parameters
/// as columns), the shape pandas and polars read straight into a tidy frame. JSON holds the run record and each
/// trial with its parameters, summary and metric series; a tournament trial also carries its whole ResultSet under
/// <c>tournament</c> (Axelrod's attribute names, with the per-match interactions when they were kept).
/// </remarks>
internal static class RunExporter
{
    public static readonly string[] Formats = ["csv", "json", "parquet"];

    public static void Write(RunStore store, RunRecord run, string format, Stream output)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(ExportTable.Build(store, run), output);
                break;
            case "json":
                WriteJson(store, run, output);
                break;
            case "parquet":
                WriteParquetAsync(ExportTable.Build(store, run), output).GetAwaiter().GetResult();
                break;
            default:
                throw new CliException($"Unknown export format '{format}'; use one of {string.Join(", ", Formats)}.");
        }
    }

    private static void WriteCsv(ExportTable table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(",", table.Columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder();
        for (int row = 0; row < table.RowCount; row++)
        {
            line.Clear();
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                line.Append(Cell(table.Columns[c].Values[row]));
            }

            writer.WriteLine(line);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Quote(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteJson(RunStore store, RunRecord run, Stream output)
    {
        var metrics = store.ReadMetrics(run.Id).GroupBy(m => m.TrialIndex).ToDictionary(g => g.Key, g => g.ToList());
        var document = new
        {
            run = new
            {
                id = run.Id,
                experiment = run.Experiment,
                parameters = JsonSerializer.Deserialize<JsonElement>(run.ParametersJson),
                seed = run.Seed,
                trials_per_point = run.TrialsPerPoint,
                total_trials = run.TotalTrials,
                agora_version = run.AgoraVersion,
                rng_version = run.RngVersion,
                git_commit = run.GitCommit,
                started_at = run.StartedAt,
                ended_at = run.EndedAt,
                status = run.Status,
            },
            trials = store.ReadTrials(run.Id).Select(t => new
            {
                index = t.Index,
                grid_point = t.GridPoint,
                replicate = t.Replicate,
                key = t.Key,
                seed = t.Seed,
                parameters = JsonSerializer.Deserialize<JsonElement>(t.ParametersJson),
                summary = JsonSerializer.Deserialize<JsonElement>(t.SummaryJson),
                error = t.Error,
                tournament = TournamentArtifact(store, run.Id, t.Index),
                metrics = (metrics.TryGetValue(t.Index, out var rows) ? rows : [])
                    .GroupBy(m => m.Key)
                    .ToDictionary(g => g.Key, g => g.Select(m => new[] { m.Step, m.Value }).ToList()),
            }).ToList(),
        };

        // Only tournament trials carry a ResultSet; other trials leave the key out rather than write "tournament": null.
        JsonNode root = JsonSerializer.SerializeToNode(document, StoreJson.Indented)!;
        foreach (JsonNode? trial in root["trials"]!.AsArray())
        {
            if (trial!["tournament"] is null)
            {
                trial.AsObject().Remove("tournament");
            }
        }

        JsonSerializer.Serialize(output, root, StoreJson.Indented);
    }

    /// <summary>A tournament trial's whole ResultSet (interactions included when kept), or null for other trials.</summary>
    private static JsonElement? TournamentArtifact(RunStore store, long runId, int trial) =>
        store.ReadArtifact(runId, $"trial-{trial.ToString(CultureInfo.InvariantCulture)}/resultset.json") is { } bytes
            ? JsonDocument.Parse(bytes).RootElement.Clone()
            : null;

    private static async Task WriteParquetAsync(ExportTable table, Stream output)
    {
        var fields = table.Columns.Select(c => (DataField)(c.Type == typeof(long)
            ? new DataField<long?>(c.Name)
            : c.Type == typeof(double)
                ? new DataField<double>(c.Name)
                : c.Type == typeof(bool)
                    ? new DataField<bool>(c.Name)
                    : new DataField<string>(c.Name))).ToArray();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, output).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < fields.Length; i++)
        {
            var column = table.Columns[i];
            if (column.Type == typeof(long))
            {
                await group.WriteAsync<long>(fields[i], new ReadOnlyMemory<long?>(column.Values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray())).ConfigureAwait(false);
            }
            else if (column.Type == typeof(double))
            {
                await group.WriteAsync<double>(fields[i], new ReadOnlyMemory<double>(column.Values.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray())).ConfigureAwait(false);
            }
            else if (column.Type == typeof(bool))
            {
                await group.WriteAsync<bool>(fields[i], new ReadOnlyMemory<bool>(column.Values.Select(v => (bool)v!).ToArray())).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync(fields[i], column.Values.Select(v => (string?)v ?? string.Empty).ToArray()).ConfigureAwait(false);
            }
        }
    }
}
