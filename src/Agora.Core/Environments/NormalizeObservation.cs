using Agora.Core.Spaces;

namespace Agora.Core.Environments;

/// <summary>Standardises observations per feature with running statistics, like Gymnasium's <c>NormalizeObservation</c>.</summary>
/// <remarks>
/// Each observation the inner environment produces (after every reset and step) updates a <see cref="RunningMoments"/>
/// per feature, shared by all agents because they share the observation layout; every agent's row counts as one
/// sample. The wrapper then reports <c>(x − mean) / sqrt(var + ε)</c>. Statistics update once per reset or step, not per
/// <see cref="WriteObservations"/> call, so reading twice does not double-count. Set <see cref="UpdateStatistics"/> to
/// false to freeze them for evaluation.
/// </remarks>
public sealed class NormalizeObservation : ParallelEnvWrapper
{
    private readonly float[] _raw;
    private readonly Box _space;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment.</param>
    /// <param name="epsilon">Added to the variance before the square root; 1e-8 by default, as in Gymnasium.</param>
    public NormalizeObservation(IParallelEnv inner, double epsilon = 1e-8)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        Epsilon = epsilon;
        Statistics = new RunningMoments(inner.ObservationSize);
        _raw = new float[inner.NumAgents * inner.ObservationSize];
        _space = Box.Unbounded(inner.ObservationSize);
    }

    /// <summary>The ε added to the variance.</summary>
    public double Epsilon { get; }

    /// <summary>Whether new observations update the statistics (true by default).</summary>
    public bool UpdateStatistics { get; set; } = true;

    /// <summary>The running statistics per feature.</summary>
    public RunningMoments Statistics { get; }

    /// <inheritdoc />
    public override Box ObservationSpace => _space;

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        Capture();
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.Step(actions, rewards, terminated, truncated);
        Capture();
    }

    /// <inheritdoc />
    public override void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.StepContinuous(actions, rewards, terminated, truncated);
        Capture();
    }

    /// <inheritdoc />
    public override void WriteObservations(Span<float> destination)
    {
        int size = ObservationSize;
        ReadOnlySpan<double> mean = Statistics.Mean;
        for (int i = 0; i < _raw.Length; i++)
        {
            int feature = i % size;
            destination[i] = (float)((_raw[i] - mean[feature]) / Math.Sqrt(Statistics.Variance(feature) + Epsilon));
        }
    }

    private void Capture()
    {
        Inner.WriteObservations(_raw);
        if (!UpdateStatistics)
        {
            return;
        }

        int size = ObservationSize;
        for (int a = 0; a < NumAgents; a++)
        {
            Statistics.Add(_raw.AsSpan(a * size, size));
        }
    }
}
