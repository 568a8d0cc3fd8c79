namespace Agora.Core.Environments;

/// <summary>Records each episode's per-agent return, length and speed, like Gymnasium's <c>RecordEpisodeStatistics</c>.</summary>
/// <remarks>
/// An episode ends when every agent is terminated or truncated. Time is read from an injected
/// <see cref="TimeProvider"/> (the system clock by default) so tests can use a fake clock and library code never reads
/// the wall clock directly. Steps per second is the episode length over the time from its reset to its last step.
/// </remarks>
public sealed class EpisodeStatistics : ParallelEnvWrapper
{
    private readonly TimeProvider _time;
    private readonly double[] _returns;
    private readonly double[] _lastReturns;
    private long _startTimestamp;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public EpisodeStatistics(IParallelEnv inner, TimeProvider? timeProvider = null)
        : base(inner)
    {
        _time = timeProvider ?? TimeProvider.System;
        _returns = new double[inner.NumAgents];
        _lastReturns = new double[inner.NumAgents];
    }

    /// <summary>The number of episodes completed since construction.</summary>
    public long CompletedEpisodes { get; private set; }

    /// <summary>Each agent's undiscounted return in the current episode so far.</summary>
    public ReadOnlySpan<double> CurrentReturns => _returns;

    /// <summary>Steps taken in the current episode.</summary>
    public int CurrentLength { get; private set; }

    /// <summary>Each agent's return in the last completed episode (zeros before the first).</summary>
    public ReadOnlySpan<double> LastReturns => _lastReturns;

    /// <summary>The number of steps of the last completed episode.</summary>
    public int LastLength { get; private set; }

    /// <summary>The time from reset to the end of the last completed episode.</summary>
    public TimeSpan LastDuration { get; private set; }

    /// <summary>Steps per second over the last completed episode (0 when its duration was 0).</summary>
    public double LastStepsPerSecond => LastDuration > TimeSpan.Zero ? LastLength / LastDuration.TotalSeconds : 0;

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        _returns.AsSpan().Clear();
        CurrentLength = 0;
        _startTimestamp = _time.GetTimestamp();
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.Step(actions, rewards, terminated, truncated);
        Record(rewards, terminated, truncated);
    }

    /// <inheritdoc />
    public override void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.StepContinuous(actions, rewards, terminated, truncated);
        Record(rewards, terminated, truncated);
    }

    private void Record(ReadOnlySpan<float> rewards, ReadOnlySpan<bool> terminated, ReadOnlySpan<bool> truncated)
    {
        CurrentLength++;
        for (int a = 0; a < _returns.Length; a++)
        {
            _returns[a] += rewards[a];
        }

        if (EpisodeOver(terminated[..NumAgents], truncated[..NumAgents]))
        {
            _returns.CopyTo(_lastReturns, 0);
            LastLength = CurrentLength;
            LastDuration = _time.GetElapsedTime(_startTimestamp);
            CompletedEpisodes++;
        }
    }
}
