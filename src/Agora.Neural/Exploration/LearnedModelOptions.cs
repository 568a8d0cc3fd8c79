namespace Agora.Neural.Exploration;

/// <summary>Sizes and training schedule of the small networks behind E3B's embedding and RND.</summary>
public sealed record LearnedModelOptions
{
    /// <summary>Hidden width of every MLP (default 64; the paper's code uses 1024 on NetHack).</summary>
    public int Hidden { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Hidden), value, "Hidden must be positive."); } = 64;

    /// <summary>Size of the learned embedding φ or of the RND output (default 32).</summary>
    public int OutputSize { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(OutputSize), value, "OutputSize must be positive."); } = 32;

    /// <summary>Adam's learning rate (default 1e-3).</summary>
    public float LearningRate { get; init => field = value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 1e-3f;

    /// <summary>Transitions collected before each round of training; also the minibatch size (default 128).</summary>
    public int BatchSize { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "BatchSize must be positive."); } = 128;

    /// <summary>Gradient steps on each collected batch (default 1).</summary>
    public int StepsPerBatch { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(StepsPerBatch), value, "StepsPerBatch must be positive."); } = 1;

    /// <summary>Multiplies every observation entry before it enters a network (default 1; 0.1 suits the gridworld's integer codes).</summary>
    public float InputScale { get; init => field = value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(InputScale), value, "InputScale must be positive."); } = 1f;
}
