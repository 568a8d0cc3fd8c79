using System.Text.Json;
using Agora.Cli.Store;
using Agora.Core.Experiments;
using Agora.Core.Tournaments;

namespace Agora.Cli.Running;

/// <summary>What <c>agora tournament</c> prints: the stored run and the ranked summary rows.</summary>
/// <param name="RunId">The run id in the store.</param>
/// <param name="Players">How many players.</param>
/// <param name="Repetitions">Repetitions per pair.</param>
/// <param name="ResultSet">The stored result set (Axelrod's attribute names).</param>
internal sealed record TournamentRunReport(long RunId, int Players, int Repetitions, JsonElement ResultSet);

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
        JsonElement set = JsonDocument.Parse(json).RootElement;
        return new TournamentRunReport(runId, set.GetProperty("players").GetArrayLength(), set.GetProperty("repetitions").GetInt32(), set);
    }

    private sealed class TournamentServiceProvider(TournamentServices services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TournamentServices) ? services : null;
    }
}
