namespace Agora.Neural.Exploration;

/// <summary>An intrinsic reward computed from observations (s, a, s'), possibly learning a model as it goes.</summary>
/// <remarks>
/// The observation-based counterpart of <see cref="Agora.Core.Exploration.IExplorationBonus"/> (which keys states by
/// hashes): E3B, RND and NovelD need the observation itself. Implementations are stateful and single-threaded; several
/// bonuses (one per environment copy) may share one learned model.
/// </remarks>
public interface ITransitionBonus
{
    /// <summary>A short name for tables and metric keys, e.g. <c>e3b</c>.</summary>
    string Name { get; }

    /// <summary>Called when an episode starts, with its first observation (which earns no bonus).</summary>
    /// <param name="observation">s₀.</param>
    void BeginEpisode(ReadOnlySpan<float> observation);

    /// <summary>Records the transition s → s' under action a and returns the bonus for reaching s'.</summary>
    /// <param name="observation">s.</param>
    /// <param name="action">a.</param>
    /// <param name="nextObservation">s'.</param>
    /// <returns>The bonus.</returns>
    double Step(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation);
}
