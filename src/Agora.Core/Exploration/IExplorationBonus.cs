namespace Agora.Core.Exploration;

/// <summary>An intrinsic reward computed from counts of visited states, updated as states are visited.</summary>
/// <remarks>Implementations are stateful and single-threaded; combine them with <see cref="ProductBonus"/>.</remarks>
public interface IExplorationBonus
{
    /// <summary>A short name for tables and metric keys, e.g. <c>global</c>.</summary>
    string Name { get; }

    /// <summary>Called when a new episode starts; episodic bonuses forget their counts here.</summary>
    void BeginEpisode();

    /// <summary>Records a visit to the state with key <paramref name="stateKey"/> and returns the bonus for it.</summary>
    /// <param name="stateKey">The state's key.</param>
    /// <returns>The bonus, counting this visit.</returns>
    double Visit(ulong stateKey);
}
