using System.Collections.Concurrent;

namespace Agora.Core.Experiments;

/// <summary>Runs the trials of a run in parallel and hands each result to the caller as it finishes.</summary>
/// <remarks>
/// Each trial gets its own sink and its own generator built from its seed, so results are bit-identical for any
/// number of jobs; only the order in which results arrive varies. The callback is serialised (never called
/// concurrently), so a store behind it needs no locking of its own.
/// </remarks>
public static class ExperimentRunner
{
    /// <summary>Runs <paramref name="trials"/> of <paramref name="experiment"/>.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="trials">The trials to run (a resumed run passes only the missing ones).</param>
    /// <param name="options">Scheduling options.</param>
    /// <param name="onCompleted">Called once per finished trial, never concurrently.</param>
    /// <param name="cancellationToken">Stops scheduling new trials; trials in flight are asked to stop and are not reported.</param>
    /// <exception cref="OperationCanceledException">The run was cancelled; every trial reported before that is complete.</exception>
    public static void Run(
        IExperiment experiment,
        IReadOnlyList<TrialSpec> trials,
        RunnerOptions options,
        Action<TrialResult> onCompleted,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onCompleted);
        var gate = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner(trials), parallel, trial =>
        {
            TrialResult? result = RunOne(experiment, trial, cancellationToken, options.Services);
            if (result is null)
            {
                return;
            }

            lock (gate)
            {
                onCompleted(result);
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Runs a single trial and captures its metrics.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="trial">The trial.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="services">Services the host offers trials, or null.</param>
    /// <returns>The result, or null when the trial was cancelled.</returns>
    public static TrialResult? RunOne(IExperiment experiment, TrialSpec trial, CancellationToken cancellationToken = default, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(trial);
        var sink = new RecordingSink();
        try
        {
            experiment.RunTrial(new TrialContext(trial.Parameters, trial.Seed, sink, cancellationToken) { Services = services });
            return new TrialResult(trial, sink.Scalars, sink.SummaryValues, null) { Artifacts = sink.Artifacts };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // A failing trial is data about the run, not a crash of the runner.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new TrialResult(trial, [], [], $"{e.GetType().Name}: {e.Message}");
        }
    }

    // Hand out trials one at a time in index order, so workers start the earliest missing trials first.
    private static OrderablePartitioner<TrialSpec> Partitioner(IReadOnlyList<TrialSpec> trials) =>
        System.Collections.Concurrent.Partitioner.Create(trials, EnumerablePartitionerOptions.NoBuffering);
}
