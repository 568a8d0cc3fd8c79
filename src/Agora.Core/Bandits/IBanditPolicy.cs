using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>A multi-armed bandit algorithm: pick an arm, then learn from the reward it paid.</summary>
/// <threadsafety>Stateful and not thread-safe; one instance per trial.</threadsafety>
public interface IBanditPolicy
{
    /// <summary>The stable name used in metric keys, e.g. <c>ucb1</c>.</summary>
    string Name { get; }

    /// <summary>Forgets everything and prepares for <paramref name="arms"/> arms.</summary>
    /// <param name="arms">The number of arms (at least 1).</param>
    void Reset(int arms);

    /// <summary>Chooses the next arm to pull.</summary>
    /// <param name="rng">The policy's own generator, for exploration and tie-breaking.</param>
    /// <returns>An arm index.</returns>
    int SelectArm(ref AgoraRandom rng);

    /// <summary>Learns from the reward of the arm just pulled.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="reward">Its reward.</param>
    void Update(int arm, double reward);
}
