using System.Text.Json;
using Agora.Cli.Store;

namespace Agora.Cli.Export;

/// <summary>The tables a tournament run stores as artifacts: Axelrod's summary rows and the per-match interactions.</summary>
internal static class TournamentTables
{
    public static readonly string[] Names = ["summary", "interactions"];

    /// <summary>The table as CSV (the stored artifact) or JSON (an array of rows from the stored ResultSet).</summary>
    public static byte[] Read(RunStore store, RunRecord run, string table, string format)
    {
        if (format is not ("csv" or "json"))
        {
            throw new CliException($"--table {table} is exported as csv or json, not {format}.");
        }

        if (format == "csv")
        {
            return store.ReadArtifact(run.Id, $"trial-0/{table}.csv")
                ?? throw new CliException(table == "interactions" && store.ReadArtifact(run.Id, "trial-0/resultset.json") is not null
                    ? $"Run {run.Id} kept no interactions; rerun with --interactions all."
                    : $"Run {run.Id} ({run.Experiment}) is not a tournament run; --table {table} needs one.");
        }

        byte[] json = store.ReadArtifact(run.Id, "trial-0/resultset.json")
            ?? throw new CliException($"Run {run.Id} ({run.Experiment}) is not a tournament run; --table {table} needs one.");
        using var document = JsonDocument.Parse(json);
        JsonElement rows = document.RootElement.GetProperty(table);
        if (table == "interactions" && rows.GetArrayLength() == 0)
        {
            throw new CliException($"Run {run.Id} kept no interactions; rerun with --interactions all.");
        }

        return JsonSerializer.SerializeToUtf8Bytes(rows, StoreJson.Indented);
    }
}
