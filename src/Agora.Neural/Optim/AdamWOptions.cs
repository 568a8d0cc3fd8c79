namespace Agora.Neural.Optim;

/// <summary>AdamW settings; the defaults are PyTorch's <c>torch.optim.AdamW</c> defaults.</summary>
public sealed record AdamWOptions
{
    /// <summary>Learning rate. The default value is 1e-3.</summary>
    public float LearningRate { get; init => field = value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 1e-3f;

    /// <summary>β₁. The default value is 0.9.</summary>
    public float Beta1 { get; init => field = value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Beta1), value, "Beta1 must be in [0, 1)."); } = 0.9f;

    /// <summary>β₂. The default value is 0.999.</summary>
    public float Beta2 { get; init => field = value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Beta2), value, "Beta2 must be in [0, 1)."); } = 0.999f;

    /// <summary>ε added to the denominator. The default value is 1e-8.</summary>
    public float Epsilon { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Epsilon), value, "Epsilon must be positive."); } = 1e-8f;

    /// <summary>Decoupled weight decay λ. The default value is 0.01.</summary>
    public float WeightDecay { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(WeightDecay), value, "WeightDecay must be non-negative."); } = 0.01f;
}
