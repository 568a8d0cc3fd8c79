namespace Agora.Core.Experiments;

/// <summary>A sink that keeps everything in memory, in the order reported.</summary>
/// <threadsafety>Not thread-safe; one per trial.</threadsafety>
public sealed class RecordingSink : IMetricSink
{
    private readonly List<MetricPoint> _scalars = [];
    private readonly List<KeyValuePair<string, double>> _summary = [];
    private readonly List<TrialArtifact> _artifacts = [];

    /// <summary>The scalars in the order reported.</summary>
    public IReadOnlyList<MetricPoint> Scalars => _scalars;

    /// <summary>The summary values in the order reported (a later value for the same key replaces the earlier one).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> SummaryValues => _summary;

    /// <summary>The artifacts in the order reported.</summary>
    public IReadOnlyList<TrialArtifact> Artifacts => _artifacts;

    /// <inheritdoc />
    public void Artifact(string name, string mediaType, byte[] content) => _artifacts.Add(new TrialArtifact(name, mediaType, content));

    /// <inheritdoc />
    public void Scalar(string key, long step, double value) => _scalars.Add(new MetricPoint(key, step, value));

    /// <inheritdoc />
    public void Summary(string key, double value)
    {
        int existing = _summary.FindIndex(p => p.Key == key);
        if (existing >= 0)
        {
            _summary[existing] = new(key, value);
        }
        else
        {
            _summary.Add(new(key, value));
        }
    }
}
