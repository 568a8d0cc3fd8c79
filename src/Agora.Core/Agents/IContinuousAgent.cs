namespace Agora.Core.Agents;

/// <summary>
/// The counterpart of <see cref="IAgent"/> for continuous actions: one row of floats per agent slot, for environments
/// whose <see cref="Environments.IParallelEnv.ContinuousActionSpace"/> is set.
/// </summary>
/// <remarks>
/// Rows follow <see cref="IAgent"/>: row i of every span belongs to agent slot i. Actions may lie outside the
/// environment's box; the caller clips them (as Gymnasium's <c>ClipAction</c>), and the transition reports the actions
/// the agent chose. Implementations should not allocate in <see cref="Act"/> or <see cref="Observe"/>.
/// </remarks>
public interface IContinuousAgent
{
    /// <summary>A short name for logs and tables.</summary>
    string Name { get; }

    /// <summary>Re-seeds the agent's randomness and clears any per-run state.</summary>
    /// <param name="seed">The seed.</param>
    void Reset(ulong seed);

    /// <summary>Chooses one action vector per row.</summary>
    /// <param name="observations">The observations, <c>[rows × observationSize]</c>.</param>
    /// <param name="actions">Receives the actions, <c>[rows × actionSize]</c>.</param>
    void Act(ReadOnlySpan<float> observations, Span<float> actions);

    /// <summary>Receives the outcome of the last step; learners update here.</summary>
    /// <param name="transition">The step, as views into the caller's buffers.</param>
    void Observe(in ContinuousTransition transition);
}

/// <summary>One step of experience with continuous actions, as views into the caller's buffers (see <see cref="Transition"/>).</summary>
public readonly ref struct ContinuousTransition
{
    /// <summary>Creates a transition over the given buffers.</summary>
    /// <param name="observations">Observations before the step, <c>[rows × observationSize]</c>.</param>
    /// <param name="actions">The actions chosen, <c>[rows × actionSize]</c> (before any clipping by the caller).</param>
    /// <param name="rewards">The rewards received, one per row.</param>
    /// <param name="nextObservations">Observations after the step (the real final ones where an episode ended).</param>
    /// <param name="terminated">Whether each row reached a terminal state (do not bootstrap).</param>
    /// <param name="truncated">Whether each row was cut off (bootstrap from <paramref name="nextObservations"/>).</param>
    public ContinuousTransition(
        ReadOnlySpan<float> observations,
        ReadOnlySpan<float> actions,
        ReadOnlySpan<float> rewards,
        ReadOnlySpan<float> nextObservations,
        ReadOnlySpan<bool> terminated,
        ReadOnlySpan<bool> truncated)
    {
        Observations = observations;
        Actions = actions;
        Rewards = rewards;
        NextObservations = nextObservations;
        Terminated = terminated;
        Truncated = truncated;
    }

    /// <summary>Observations before the step.</summary>
    public ReadOnlySpan<float> Observations { get; }

    /// <summary>The actions chosen.</summary>
    public ReadOnlySpan<float> Actions { get; }

    /// <summary>The rewards received.</summary>
    public ReadOnlySpan<float> Rewards { get; }

    /// <summary>Observations after the step.</summary>
    public ReadOnlySpan<float> NextObservations { get; }

    /// <summary>Terminated flags.</summary>
    public ReadOnlySpan<bool> Terminated { get; }

    /// <summary>Truncated flags.</summary>
    public ReadOnlySpan<bool> Truncated { get; }

    /// <summary>The number of rows (agent slots).</summary>
    public int Rows => Rewards.Length;
}
