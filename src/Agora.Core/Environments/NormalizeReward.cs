namespace Agora.Core.Environments;

/// <summary>Scales rewards by the running standard deviation of the discounted return, like Gymnasium's <c>NormalizeReward</c>.</summary>
/// <remarks>
/// For each agent the wrapper keeps the discounted return <c>G ← γ·G + r</c> (reset to 0 at every reset and after an
/// agent's episode ends), feeds every G into one shared running variance σ², and reports <c>r / sqrt(σ² + ε)</c>. Rewards
/// are not centred, so their sign is preserved. This is the scaling of Engstrom et al., "Implementation Matters in Deep
/// Policy Gradients" (ICLR 2020), which Gymnasium implements; it makes the return's scale, not each reward's, about 1.
/// </remarks>
public sealed class NormalizeReward : ParallelEnvWrapper
{
    private readonly double[] _discountedReturns;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment.</param>
    /// <param name="gamma">The discount γ in [0, 1]; 0.99 by default.</param>
    /// <param name="epsilon">Added to the variance before the square root; 1e-8 by default.</param>
    public NormalizeReward(IParallelEnv inner, double gamma = 0.99, double epsilon = 1e-8)
        : base(inner)
    {
        if (!(gamma >= 0 && gamma <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "gamma must lie in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        Gamma = gamma;
        Epsilon = epsilon;
        _discountedReturns = new double[inner.NumAgents];
    }

    /// <summary>The discount γ.</summary>
    public double Gamma { get; }

    /// <summary>The ε added to the variance.</summary>
    public double Epsilon { get; }

    /// <summary>Whether new rewards update the statistics (true by default).</summary>
    public bool UpdateStatistics { get; set; } = true;

    /// <summary>The running statistics of the discounted return (one feature).</summary>
    public RunningMoments Statistics { get; } = new(1);

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        _discountedReturns.AsSpan().Clear();
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.Step(actions, rewards, terminated, truncated);
        Scale(rewards, terminated, truncated);
    }

    /// <inheritdoc />
    public override void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.StepContinuous(actions, rewards, terminated, truncated);
        Scale(rewards, terminated, truncated);
    }

    private void Scale(Span<float> rewards, ReadOnlySpan<bool> terminated, ReadOnlySpan<bool> truncated)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            _discountedReturns[a] = (Gamma * _discountedReturns[a]) + rewards[a];
            if (UpdateStatistics)
            {
                Statistics.Add(_discountedReturns[a]);
            }
        }

        double scale = 1.0 / Math.Sqrt(Statistics.Variance(0) + Epsilon);
        for (int a = 0; a < NumAgents; a++)
        {
            rewards[a] = (float)(rewards[a] * scale);
            if (terminated[a] || truncated[a])
            {
                _discountedReturns[a] = 0;
            }
        }
    }
}
