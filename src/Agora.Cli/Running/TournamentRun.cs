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
    public static TournamentRunReport Execute(CliContext context, RunStore store, RunPlan plan, TournamentServices services)
    {
        TrialSpec trial = plan.Expand()[0];
        long runId = store.CreateRun(plan.Experiment.Name, PlanCodec.ToJson(plan), plan.Seed, 1, 1, BuildInfo.Version, BuildInfo.GitCommit);
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

    /// <summary>Reads what the report needs from the ResultSet JSON, skipping the per-repetition arrays (megabytes
    /// for thousands of repetitions) instead of building a document of them.</summary>
    private static TournamentRunReport Report(long runId, byte[] json)
    {
        int players = 0, repetitions = 0;
        JsonElement? summary = null;
        var reader = new Utf8JsonReader(json);
        reader.Read(); // the root object
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "players":
                    using (var list = JsonDocument.ParseValue(ref reader))
                    {
                        players = list.RootElement.GetArrayLength();
                    }

                    break;
                case "repetitions":
                    repetitions = reader.GetInt32();
                    break;
                case "summary":
                    using (var rows = JsonDocument.ParseValue(ref reader))
                    {
                        summary = rows.RootElement.Clone();
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new TournamentRunReport(runId, players, repetitions, summary ?? throw new InvalidOperationException("The stored ResultSet has no summary."));
    }

    private sealed class TournamentServiceProvider(TournamentServices services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TournamentServices) ? services : null;
    }
}
