namespace Agora.Cli.Store;

/// <summary>Lifecycle states of a stored run.</summary>
public static class RunStatus
{
    /// <summary>Started and not finished (or killed before it could say otherwise); resumable.</summary>
    public const string Running = "running";

    /// <summary>Every trial is stored and succeeded.</summary>
    public const string Completed = "completed";

    /// <summary>Every trial ran but at least one failed.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped by the user (Ctrl-C); resumable.</summary>
    public const string Interrupted = "interrupted";
}

/// <summary>A run as stored.</summary>
/// <param name="Id">The run id.</param>
/// <param name="Experiment">The experiment name.</param>
/// <param name="ParametersJson">The parameter values the run was given, as a JSON object of key → array of values.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="TrialsPerPoint">Seeds per grid point.</param>
/// <param name="TotalTrials">The number of trials the run expands to.</param>
/// <param name="AgoraVersion">The Agora version that created the run.</param>
/// <param name="RngVersion">The <see cref="Core.Randomness.AgoraRandom.AlgorithmVersion"/> used.</param>
/// <param name="GitCommit">The source commit of the tool, when known.</param>
/// <param name="StartedAt">When the run started (UTC, ISO 8601).</param>
/// <param name="EndedAt">When the run last ended, if it has.</param>
/// <param name="Status">One of <see cref="RunStatus"/>.</param>
public sealed record RunRecord(
    long Id,
    string Experiment,
    string ParametersJson,
    ulong Seed,
    int TrialsPerPoint,
    int TotalTrials,
    string AgoraVersion,
    int RngVersion,
    string? GitCommit,
    string StartedAt,
    string? EndedAt,
    string Status);

/// <summary>A stored trial.</summary>
/// <param name="Index">The trial index within the run.</param>
/// <param name="GridPoint">The grid point.</param>
/// <param name="Replicate">The replicate.</param>
/// <param name="Key">The trial key.</param>
/// <param name="Seed">The trial seed.</param>
/// <param name="ParametersJson">The trial's parameter values as a JSON object.</param>
/// <param name="SummaryJson">The summary values as a JSON object.</param>
/// <param name="Error">The failure, or null.</param>
public sealed record TrialRecord(int Index, int GridPoint, int Replicate, string Key, ulong Seed, string ParametersJson, string SummaryJson, string? Error);

/// <summary>A stored step-indexed scalar.</summary>
/// <param name="TrialIndex">The trial.</param>
/// <param name="Key">The metric key.</param>
/// <param name="Step">The step.</param>
/// <param name="Value">The value.</param>
public readonly record struct MetricRow(int TrialIndex, string Key, long Step, double Value);
