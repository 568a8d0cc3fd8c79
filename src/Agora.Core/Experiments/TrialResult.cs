namespace Agora.Core.Experiments;

/// <summary>What a finished trial produced.</summary>
/// <param name="Trial">The trial.</param>
/// <param name="Scalars">The step-indexed scalars, in the order reported.</param>
/// <param name="Summary">The final summary values.</param>
/// <param name="Error">Null on success; otherwise a one-line description of the failure.</param>
public sealed record TrialResult(
    TrialSpec Trial,
    IReadOnlyList<MetricPoint> Scalars,
    IReadOnlyList<KeyValuePair<string, double>> Summary,
    string? Error)
{
    /// <summary>Named blobs the trial stored (empty by default).</summary>
    public IReadOnlyList<TrialArtifact> Artifacts { get; init; } = [];

    /// <summary>Whether the trial completed without error.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>A named blob produced by a trial.</summary>
/// <param name="Name">The name, unique within the trial.</param>
/// <param name="MediaType">The media type.</param>
/// <param name="Content">The bytes.</param>
public sealed record TrialArtifact(string Name, string MediaType, byte[] Content);
