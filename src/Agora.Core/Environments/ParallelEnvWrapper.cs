using Agora.Core.Spaces;

namespace Agora.Core.Environments;

/// <summary>A decorator that forwards every member to an inner <see cref="IParallelEnv"/>; wrappers override what they change.</summary>
/// <remarks>Unlike Gymnasium 1.x, nothing is forwarded implicitly: a wrapper's surface is exactly <see cref="IParallelEnv"/> plus <see cref="Inner"/>.</remarks>
public abstract class ParallelEnvWrapper : IParallelEnv
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment to decorate.</param>
    protected ParallelEnvWrapper(IParallelEnv inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The decorated environment.</summary>
    public IParallelEnv Inner { get; }

    /// <inheritdoc />
    public virtual int NumAgents => Inner.NumAgents;

    /// <inheritdoc />
    public virtual int ObservationSize => Inner.ObservationSize;

    /// <inheritdoc />
    public virtual int NumActions => Inner.NumActions;

    /// <inheritdoc />
    public virtual int StateSize => Inner.StateSize;

    /// <inheritdoc />
    public virtual Box ObservationSpace => Inner.ObservationSpace;

    /// <inheritdoc />
    public virtual Discrete ActionSpace => Inner.ActionSpace;

    /// <inheritdoc />
    public virtual void Reset(ulong seed) => Inner.Reset(seed);

    /// <inheritdoc />
    public virtual void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated) =>
        Inner.Step(actions, rewards, terminated, truncated);

    /// <inheritdoc />
    public virtual Box? ContinuousActionSpace => Inner.ContinuousActionSpace;

    /// <inheritdoc />
    /// <remarks>Forwards to the inner environment; a wrapper that changes <see cref="Step"/> overrides this too.</remarks>
    public virtual void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated) =>
        Inner.StepContinuous(actions, rewards, terminated, truncated);

    /// <inheritdoc />
    public virtual void WriteObservations(Span<float> destination) => Inner.WriteObservations(destination);

    /// <inheritdoc />
    public virtual void WriteActionMasks(Span<bool> destination) => Inner.WriteActionMasks(destination);

    /// <inheritdoc />
    public virtual void WriteActingAgents(Span<bool> destination) => Inner.WriteActingAgents(destination);

    /// <inheritdoc />
    public virtual void WriteState(Span<float> destination) => Inner.WriteState(destination);

    /// <summary>Whether every agent is terminated or truncated, i.e. the episode is over.</summary>
    /// <param name="terminated">Per-agent terminated flags.</param>
    /// <param name="truncated">Per-agent truncated flags.</param>
    /// <returns>True when no agent is still running.</returns>
    protected static bool EpisodeOver(ReadOnlySpan<bool> terminated, ReadOnlySpan<bool> truncated)
    {
        for (int a = 0; a < terminated.Length; a++)
        {
            if (!terminated[a] && !truncated[a])
            {
                return false;
            }
        }

        return true;
    }
}
