namespace Agora.Core.Agents;

/// <summary>One step of experience for a batch of agent slots, as views into the caller's buffers.</summary>
/// <remarks>
/// Rows follow <see cref="IAgent.Act"/>: row i of every span belongs to agent slot i. Being a ref struct, a transition
/// cannot be stored; an agent that learns from it copies what it needs (e.g. into a replay buffer) inside
/// <see cref="IAgent.Observe"/>.
/// </remarks>
public readonly ref struct Transition
{
    /// <summary>Creates a transition over the given buffers.</summary>
    /// <param name="observations">Observations before the step, <c>[rows × observationSize]</c>.</param>
    /// <param name="actionMasks">Masks before the step, <c>[rows × numActions]</c>.</param>
    /// <param name="actions">The actions taken, one per row.</param>
    /// <param name="rewards">The rewards received, one per row.</param>
    /// <param name="nextObservations">Observations after the step, same layout as <paramref name="observations"/>.</param>
    /// <param name="terminated">Whether each row reached a terminal state (do not bootstrap).</param>
    /// <param name="truncated">Whether each row was cut off (bootstrap from <paramref name="nextObservations"/>).</param>
    public Transition(
        ReadOnlySpan<float> observations,
        ReadOnlySpan<bool> actionMasks,
        ReadOnlySpan<int> actions,
        ReadOnlySpan<float> rewards,
        ReadOnlySpan<float> nextObservations,
        ReadOnlySpan<bool> terminated,
        ReadOnlySpan<bool> truncated)
    {
        Observations = observations;
        ActionMasks = actionMasks;
        Actions = actions;
        Rewards = rewards;
        NextObservations = nextObservations;
        Terminated = terminated;
        Truncated = truncated;
    }

    /// <summary>Observations before the step.</summary>
    public ReadOnlySpan<float> Observations { get; }

    /// <summary>Action masks before the step.</summary>
    public ReadOnlySpan<bool> ActionMasks { get; }

    /// <summary>The actions taken.</summary>
    public ReadOnlySpan<int> Actions { get; }

    /// <summary>The rewards received.</summary>
    public ReadOnlySpan<float> Rewards { get; }

    /// <summary>Observations after the step.</summary>
    public ReadOnlySpan<float> NextObservations { get; }

    /// <summary>Terminated flags.</summary>
    public ReadOnlySpan<bool> Terminated { get; }

    /// <summary>Truncated flags.</summary>
    public ReadOnlySpan<bool> Truncated { get; }

    /// <summary>The number of rows (agent slots).</summary>
    public int Rows => Actions.Length;
}
