namespace Agora.Neural.Rl;

/// <summary>Hyperparameters of <see cref="Dqn"/>; defaults are CleanRL's <c>dqn.py</c> (CartPole-v1).</summary>
public sealed record DqnOptions
{
    /// <summary>Total environment steps, which set the exploration schedule (default 500 000).</summary>
    public long TotalTimesteps { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TotalTimesteps), value, "TotalTimesteps must be positive."); } = 500_000;

    /// <summary>Adam's learning rate (default 2.5e-4).</summary>
    public float LearningRate { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 2.5e-4f;

    /// <summary>Parallel environments (default 1).</summary>
    public int NumEnvs { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumEnvs), value, "NumEnvs must be positive."); } = 1;

    /// <summary>Replay capacity in transitions (default 10 000).</summary>
    public int BufferSize { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BufferSize), value, "BufferSize must be positive."); } = 10_000;

    /// <summary>Discount γ (default 0.99).</summary>
    public float Gamma { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Gamma), value, "Gamma must be in [0, 1]."); } = 0.99f;

    /// <summary>Target update rate τ; 1 copies the network (default 1).</summary>
    public float Tau { get; init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Tau), value, "Tau must be in (0, 1]."); } = 1f;

    /// <summary>Steps between target updates (default 500).</summary>
    public int TargetNetworkFrequency { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TargetNetworkFrequency), value, "TargetNetworkFrequency must be positive."); } = 500;

    /// <summary>Replay minibatch (default 128).</summary>
    public int BatchSize { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "BatchSize must be positive."); } = 128;

    /// <summary>Initial ε (default 1).</summary>
    public float StartE { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(StartE), value, "StartE must be in [0, 1]."); } = 1f;

    /// <summary>Final ε (default 0.05).</summary>
    public float EndE { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(EndE), value, "EndE must be in [0, 1]."); } = 0.05f;

    /// <summary>Fraction of <see cref="TotalTimesteps"/> over which ε decays linearly (default 0.5).</summary>
    public float ExplorationFraction { get; init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ExplorationFraction), value, "ExplorationFraction must be in (0, 1]."); } = 0.5f;

    /// <summary>Steps before learning starts (default 10 000).</summary>
    public int LearningStarts { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(LearningStarts), value, "LearningStarts must be non-negative."); } = 10_000;

    /// <summary>Steps between gradient updates (default 10).</summary>
    public int TrainFrequency { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TrainFrequency), value, "TrainFrequency must be positive."); } = 10;

    /// <summary>Hidden widths of the Q-network (default 120, 84, ReLU).</summary>
    public IReadOnlyList<int> Hidden { get; init => field = value is { Count: > 0 } && value.All(v => v > 0) ? value : throw new ArgumentOutOfRangeException(nameof(Hidden), "Hidden must list positive widths."); } = [120, 84];

    /// <summary>Huber (smooth L1, δ = 1) instead of CleanRL's MSE TD loss (default false; the three-body paper uses Huber).</summary>
    public bool HuberLoss { get; init; }
}
