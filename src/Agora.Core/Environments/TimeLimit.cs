namespace Agora.Core.Environments;

/// <summary>Truncates every episode after a fixed number of steps, like Gymnasium's <c>TimeLimit</c>.</summary>
/// <remarks>
/// On the <see cref="MaxSteps"/>-th step every agent that is not terminated is marked truncated. An agent that
/// terminates on that very step stays terminated and not truncated: it reached a real terminal state, so a learner
/// must not bootstrap its value (Gymnasium would set both flags; we keep them exclusive so that "truncated" always means
/// "bootstrap"). Stepping after the limit throws until <see cref="IParallelEnv.Reset"/>.
/// </remarks>
public sealed class TimeLimit : ParallelEnvWrapper
{
    private int _elapsed;
    private bool _over;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment.</param>
    /// <param name="maxSteps">The number of steps after which episodes are truncated; positive.</param>
    public TimeLimit(IParallelEnv inner, int maxSteps)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        MaxSteps = maxSteps;
    }

    /// <summary>The step limit.</summary>
    public int MaxSteps { get; }

    /// <summary>Steps taken in the current episode.</summary>
    public int ElapsedSteps => _elapsed;

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        _elapsed = 0;
        _over = false;
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        ThrowIfOver();
        Inner.Step(actions, rewards, terminated, truncated);
        Count(terminated, truncated);
    }

    /// <inheritdoc />
    public override void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        ThrowIfOver();
        Inner.StepContinuous(actions, rewards, terminated, truncated);
        Count(terminated, truncated);
    }

    private void ThrowIfOver()
    {
        if (_over)
        {
            throw new InvalidOperationException("The episode was truncated by the time limit; call Reset.");
        }
    }

    private void Count(ReadOnlySpan<bool> terminated, Span<bool> truncated)
    {
        _elapsed++;
        if (_elapsed >= MaxSteps)
        {
            for (int a = 0; a < NumAgents; a++)
            {
                truncated[a] |= !terminated[a];
            }

            _over = true;
        }
    }
}
