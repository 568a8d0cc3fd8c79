using Agora.Cli.Store;
using Agora.Core.Experiments;
using Agora.Core.Tournaments;
using Spectre.Console;

namespace Agora.Cli.Running;

/// <summary>Runs the missing trials of a stored run, storing each as it finishes; shared by <c>run</c> and <c>resume</c>.</summary>
internal static class RunExecutor
{
    public static int Execute(CliContext context, RunStore store, long runId, RunPlan plan, int jobs, bool quiet, IReadOnlyList<StrategySource>? extraPlayers = null)
    {
        var all = plan.Expand();
        // A failed trial (say, an LLM endpoint that was down) is run again; its stored row is replaced.
        var stored = store.SucceededTrialIndices(runId);
        var missing = all.Where(t => !stored.Contains(t.Index)).ToList();
        var reporter = new ProgressReporter(context, $"run {runId}", stored.Count, all.Count);
        store.MarkRunning(runId);
        using var llmCache = new SqliteLlmResponseCache(store.Path, context.Time);
        var options = new RunnerOptions { Jobs = jobs, Services = new RunServices(llmCache, new TournamentServices(jobs, extraPlayers ?? [])) };
        try
        {
            reporter.Run(quiet, () => ExperimentRunner.Run(
                plan.Experiment,
                missing,
                options,
                result =>
                {
                    store.WriteTrial(runId, result);
                    reporter.TrialDone();
                },
                context.Cancellation));
        }
        catch (OperationCanceledException)
        {
            store.FinishRun(runId, RunStatus.Interrupted);
            context.Error.WriteLine($"run {runId} interrupted: {store.CountTrials(runId)}/{all.Count} trials stored; continue with 'agora resume {runId}'.");
            return ExitCodes.Interrupted;
        }

        var trials = store.ReadTrials(runId);
        var failed = trials.Where(t => t.Error is not null).ToList();
        string status = failed.Count > 0 ? RunStatus.Failed : RunStatus.Completed;
        store.FinishRun(runId, status);
        foreach (var trial in failed.Take(3))
        {
            context.Error.WriteLine($"trial {trial.Index} ({trial.Key}) failed: {trial.Error}");
        }

        context.Out.WriteLine($"run {runId} {status}: {trials.Count - failed.Count}/{all.Count} trials succeeded (store {store.Path})");
        if (!quiet)
        {
            context.CreateConsole().Write(SummaryTable.Build(store, store.GetRun(runId)!));
        }

        return failed.Count > 0 ? ExitCodes.RunFailed : ExitCodes.Success;
    }
}
