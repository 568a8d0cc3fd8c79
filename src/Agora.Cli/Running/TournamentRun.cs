using System.Text.Json;
using Agora.Cli.Store;
using Agora.Core.Experiments;
using Agora.Core.Tournaments;

namespace Agora.Cli.Running;

/// <summary>What <c>agora tournament</c> prints: the stored run and the ranked summary rows.</summary>
/// <param name="RunId">The run id in the store.</param>
/// <param name="Players">How many players.</param>
/// <param name="Repetitions">Repetitions per pair.</param>
/// <param name="Summary">The stored result set's <c>summary</c> rows (Axelrod's column names), in rank order.</param>
internal sealed record TournamentRunReport(long RunId, int Players, int Repetitions, JsonElement Summary);

/// <summary>Runs a tournament plan's single trial in this process, with the tournament's own parallelism, and stores it.</summary>
internal static class TournamentRun
{
    public static TournamentRunReport Execute(CliContext context, RunStore store, RunPlan plan, TournamentServices services, Action<long>? created = null)
    {
        TrialSpec trial = plan.Expand()[0];
        long runId = store.CreateRun(plan.Experiment.Name, PlanCodec.ToJson(plan), plan.Seed, 1, 1, BuildInfo.Version, BuildInfo.GitCommit);
        created?.Invoke(runId); // before the trial, so a run that dies still holds what a resume needs
        store.MarkRunning(runId);
        TrialResult? result = ExperimentRunner.RunOne(plan.Experiment, trial, context.Cancellation, new TournamentServiceProvider(services));
        if (result is null)
        {
            store.FinishRun(runId, RunStatus.Interrupted);
            throw new OperationCanceledException(context.Cancellation);
        }

        store.WriteTrial(runId, result);
        store.FinishRun(runId, result.Succeeded ? RunStatus.Completed : RunStatus.Failed);
        if (!result.Succeeded)
        {
            throw new CliException($"run {runId} failed: {result.Error}", ExitCodes.RunFailed);
        }

        byte[] json = result.Artifacts.First(a => a.Name == "resultset.json").Content;
        return Report(runId, json);
    }

    /// <summary>Reads what the report needs from the ResultSet JSON: the player count and repetitions, which come
    /// first, and the summary rows, which come after the per-repetition arrays (megabytes for thousands of
    /// repetitions). Those are not read at all: the summary's property name is found by a byte search, which cannot
    /// match inside a string value because a quote within a JSON string is always escaped.</summary>
    private static TournamentRunReport Report(long runId, byte[] json)
    {
        int players = -1, repetitions = -1;
        var reader = new Utf8JsonReader(json);
        reader.Read(); // the root object
        while ((players < 0 || repetitions < 0) && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "players")
            {
                using var list = JsonDocument.ParseValue(ref reader);
                players = list.RootElement.GetArrayLength();
            }
            else if (name == "repetitions")
            {
                repetitions = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        int at = json.AsSpan().IndexOf(SummaryProperty);
        if (at < 0)
        {
            throw new InvalidOperationException("The stored ResultSet has no summary.");
        }

        var rows = new Utf8JsonReader(json.AsSpan(at + SummaryProperty.Length));
        rows.Read();
        using var summary = JsonDocument.ParseValue(ref rows);
        return new TournamentRunReport(runId, players, repetitions, summary.RootElement.Clone());
    }

    private static ReadOnlySpan<byte> SummaryProperty => "\"summary\":"u8;

    private sealed class TournamentServiceProvider(TournamentServices services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TournamentServices) ? services : null;
    }
}
