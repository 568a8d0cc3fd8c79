namespace Agora.Neural.Optim;

/// <summary>SGD settings; the defaults are PyTorch's <c>torch.optim.SGD</c> defaults except the learning rate, which PyTorch requires.</summary>
public sealed record SgdOptions
{
    /// <summary>Learning rate. The default value is 0.01.</summary>
    public float LearningRate { get; init => field = value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 0.01f;

    /// <summary>Momentum μ. The default value is 0.</summary>
    public float Momentum { get; init => field = value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Momentum), value, "Momentum must be in [0, 1)."); }

    /// <summary>L2 weight decay λ (added to the gradient). The default value is 0.</summary>
    public float WeightDecay { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(WeightDecay), value, "WeightDecay must be non-negative."); }
}
