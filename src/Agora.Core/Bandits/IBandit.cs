using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>A multi-armed bandit environment: pull an arm, get a reward; it also knows each arm's current expected loss.</summary>
/// <remarks>
/// Regret is pseudo-regret: <see cref="Gap"/> is read before <see cref="Pull"/> and is the gap between the best arm's
/// mean and the pulled arm's mean at that moment. For stationary bandits the gaps never change; for non-stationary ones
/// (<see cref="SwitchingBernoulliBandit"/>, <see cref="RottingBandit"/>) <see cref="Pull"/> advances the environment and
/// the regret measured is the dynamic regret against the best arm of each round.
/// <threadsafety>Stateful and not thread-safe; one instance per trial.</threadsafety>
/// </remarks>
public interface IBandit
{
    /// <summary>The number of arms.</summary>
    int Arms { get; }

    /// <summary>Whether every reward lies in [0, 1] (bounded-reward algorithms such as KL-UCB, EXP3 need it).</summary>
    bool RewardsInUnitInterval { get; }

    /// <summary>Returns the environment to its initial state (a no-op for stationary bandits).</summary>
    void Reset();

    /// <summary>The expected loss of pulling <paramref name="arm"/> now instead of the best arm: μ*(t) − μ_arm(t) ≥ 0.</summary>
    /// <param name="arm">The arm.</param>
    /// <returns>The gap.</returns>
    double Gap(int arm);

    /// <summary>Pulls <paramref name="arm"/> and advances the environment by one round.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="rng">The reward generator.</param>
    /// <returns>The reward.</returns>
    double Pull(int arm, ref AgoraRandom rng);
}
