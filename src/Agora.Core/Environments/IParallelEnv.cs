using Agora.Core.Spaces;

namespace Agora.Core.Environments;

/// <summary>
/// A multi-agent environment in PettingZoo's parallel style: every step takes one action per agent and reports a
/// reward and separate terminated/truncated flags per agent, all through caller-provided buffers.
/// </summary>
/// <remarks>
/// <para>
/// Agents are the indices 0 … <see cref="NumAgents"/> − 1 and never change; a single-agent environment has one.
/// Buffers are agent-major: observations are <c>[NumAgents × ObservationSize]</c>, masks
/// <c>[NumAgents × NumActions]</c>. Turn-based games report through <see cref="WriteActingAgents"/> who must act;
/// the actions of the others are ignored, and their mask rows are all false (there is no phantom "dead step").
/// </para>
/// <para>
/// Seeding happens only in <see cref="Reset"/>, as in Gymnasium. Implementations must not allocate in
/// <see cref="Step"/> or the <c>Write*</c> methods once constructed.
/// </para>
/// <para>
/// Continuous actions: an environment whose <see cref="ContinuousActionSpace"/> is not null takes
/// <see cref="StepContinuous"/> instead of <see cref="Step"/>, with <c>ContinuousActionSpace.Length</c> floats per
/// agent. Its discrete members keep their shapes with one placeholder choice: <see cref="NumActions"/> is 1,
/// <see cref="ActionSpace"/> is <c>Discrete(1)</c> and each agent's one-entry mask row says whether it acts, so code
/// that only reads masks and observations works unchanged. Discrete environments get the default members below.
/// </para>
/// </remarks>
public interface IParallelEnv
{
    /// <summary>The number of agents.</summary>
    int NumAgents { get; }

    /// <summary>The number of floats in one agent's observation.</summary>
    int ObservationSize { get; }

    /// <summary>The number of distinct actions of every agent.</summary>
    int NumActions { get; }

    /// <summary>The number of floats in the global state (for centralised critics).</summary>
    int StateSize { get; }

    /// <summary>The space one agent's observation lies in.</summary>
    Box ObservationSpace { get; }

    /// <summary>The space one agent's action lies in.</summary>
    Discrete ActionSpace { get; }

    /// <summary>Starts a new episode, seeding all of the environment's randomness from <paramref name="seed"/>.</summary>
    /// <param name="seed">The episode seed; the same seed gives the same episode for the same actions.</param>
    void Reset(ulong seed);

    /// <summary>Advances one step.</summary>
    /// <param name="actions">One action per agent; those of agents not acting now are ignored.</param>
    /// <param name="rewards">Receives each agent's reward for this step.</param>
    /// <param name="terminated">Receives whether each agent reached a terminal state of the underlying process.</param>
    /// <param name="truncated">Receives whether each agent's episode was cut off from outside (e.g. a time limit).</param>
    /// <exception cref="InvalidOperationException">The episode is over; call <see cref="Reset"/>.</exception>
    void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated);

    /// <summary>The space of one agent's continuous action, or null when actions are discrete (the default).</summary>
    Box? ContinuousActionSpace => null;

    /// <summary>Advances one step with continuous actions (only when <see cref="ContinuousActionSpace"/> is not null).</summary>
    /// <param name="actions">Agent-major actions, <c>[NumAgents × ContinuousActionSpace.Length]</c>.</param>
    /// <param name="rewards">Receives each agent's reward for this step.</param>
    /// <param name="terminated">Receives whether each agent reached a terminal state of the underlying process.</param>
    /// <param name="truncated">Receives whether each agent's episode was cut off from outside (e.g. a time limit).</param>
    /// <exception cref="NotSupportedException">The environment takes discrete actions.</exception>
    /// <exception cref="InvalidOperationException">The episode is over; call <see cref="Reset"/>.</exception>
    void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated) =>
        throw new NotSupportedException($"{GetType().Name} takes discrete actions; call Step.");

    /// <summary>Writes every agent's current observation, agent-major.</summary>
    /// <param name="destination">A buffer of <c>NumAgents × ObservationSize</c> floats.</param>
    void WriteObservations(Span<float> destination);

    /// <summary>Writes every agent's legal-action mask, agent-major; rows of agents not acting now are all false.</summary>
    /// <param name="destination">A buffer of <c>NumAgents × NumActions</c> entries.</param>
    void WriteActionMasks(Span<bool> destination);

    /// <summary>Writes which agents must act this step: all of them at a simultaneous node, one at a turn.</summary>
    /// <param name="destination">A buffer of <see cref="NumAgents"/> entries.</param>
    void WriteActingAgents(Span<bool> destination);

    /// <summary>Writes the global state.</summary>
    /// <param name="destination">A buffer of <see cref="StateSize"/> floats.</param>
    void WriteState(Span<float> destination);
}
