namespace Agora.Core.Agents;

/// <summary>
/// Anything that chooses actions: fixed strategies, learners, neural and LLM players. One interface for all of them.
/// </summary>
/// <remarks>
/// Agents act on batches. A batch has one row per agent slot (an agent of one environment copy); the number of rows
/// is <c>actions.Length</c>, and each row of <c>observations</c> and <c>actionMasks</c> is that slice of the flat
/// buffer, so the layouts match <see cref="Environments.IParallelEnv"/> and <see cref="Environments.VectorEnv"/>.
/// A row whose mask is all false has no decision to make (it is not that agent's turn); write any action, it is ignored.
/// Implementations should not allocate in <see cref="Act"/> or <see cref="Observe"/>.
/// </remarks>
public interface IAgent
{
    /// <summary>A short name for logs and tables, e.g. <c>random</c>.</summary>
    string Name { get; }

    /// <summary>Re-seeds the agent's randomness and clears any per-run state.</summary>
    /// <param name="seed">The seed.</param>
    void Reset(ulong seed);

    /// <summary>Chooses one action per row.</summary>
    /// <param name="observations">The observations, <c>[rows × observationSize]</c>.</param>
    /// <param name="actionMasks">The legal-action masks, <c>[rows × numActions]</c>.</param>
    /// <param name="actions">Receives one action per row; its length is the number of rows.</param>
    void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions);

    /// <summary>Receives the outcome of the last step; learners update here, fixed strategies ignore it.</summary>
    /// <param name="transition">The step, as views into the caller's buffers.</param>
    void Observe(in Transition transition);
}
