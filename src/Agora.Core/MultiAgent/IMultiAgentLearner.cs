using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent;

/// <summary>
/// A value-based learner that controls all agents of an <see cref="Environments.IParallelEnv"/>: it picks a joint action
/// from the agent-major observations and masks, and learns from transitions.
/// </summary>
/// <remarks>Observations are <c>[NumAgents × ObservationSize]</c>, masks <c>[NumAgents × NumActions]</c>, as the environment writes them.</remarks>
public interface IMultiAgentLearner
{
    /// <summary>Picks one action per agent, ε-greedily.</summary>
    /// <param name="observations">The agents' observations.</param>
    /// <param name="masks">The agents' legal actions (empty = all legal).</param>
    /// <param name="epsilon">The exploration probability (0 = greedy).</param>
    /// <param name="rng">The generator.</param>
    /// <param name="actions">Receives one action per agent.</param>
    void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions);

    /// <summary>One Q-learning update from a transition.</summary>
    /// <param name="observations">The observations before the step.</param>
    /// <param name="actions">The joint action taken.</param>
    /// <param name="rewards">Each agent's reward.</param>
    /// <param name="next">The observations after the step.</param>
    /// <param name="nextMasks">The legal actions after the step (empty = all legal).</param>
    /// <param name="terminal">Whether the step ended the process (no bootstrapping).</param>
    void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal);
}

/// <summary>Step size and discount shared by the value-based learners.</summary>
public sealed record QLearningOptions
{
    private readonly double _alpha = 0.1;
    private readonly double _gamma = 0.99;

    /// <summary>The step size α in (0, 1]; default 0.1.</summary>
    public double Alpha { get => _alpha; init => _alpha = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Alpha), value, "Alpha must be in (0, 1]."); }

    /// <summary>The discount γ in [0, 1]; default 0.99.</summary>
    public double Gamma { get => _gamma; init => _gamma = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Gamma), value, "Gamma must be in [0, 1]."); }

    /// <summary>Whether every agent learns from the sum of all rewards (cooperative) instead of its own; default true.</summary>
    public bool TeamReward { get; init; } = true;
}
