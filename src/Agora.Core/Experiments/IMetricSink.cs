namespace Agora.Core.Experiments;

/// <summary>
/// Where a trial reports what it measures: step-indexed scalars while it runs and a final summary when it ends.
/// </summary>
/// <remarks>
/// The library never prints; everything an experiment wants to say goes through a sink. Keys follow CleanRL's
/// slash-separated scheme (<c>regret/ucb1</c>, <c>charts/episodic_return</c>).
/// <threadsafety>A sink is handed to one trial and called from that trial's thread only.</threadsafety>
/// </remarks>
public interface IMetricSink
{
    /// <summary>Records a scalar at a step.</summary>
    /// <param name="key">The metric key.</param>
    /// <param name="step">The step (environment step, round, generation…).</param>
    /// <param name="value">The value.</param>
    void Scalar(string key, long step, double value);

    /// <summary>Records a final summary value of the trial.</summary>
    /// <param name="key">The summary key.</param>
    /// <param name="value">The value.</param>
    void Summary(string key, double value);

    /// <summary>Records a named blob (survivors' strategies, a config, a table) stored with the trial.</summary>
    /// <param name="name">The artifact name, unique within the trial.</param>
    /// <param name="mediaType">Its media type, e.g. <c>application/json</c>.</param>
    /// <param name="content">Its bytes.</param>
    /// <remarks>Sinks that keep no artifacts ignore them.</remarks>
    void Artifact(string name, string mediaType, byte[] content)
    {
    }
}
