namespace Agora.Neural.Rl;

/// <summary>
/// Hyperparameters of <see cref="Ippo"/> and <see cref="Mappo"/>; defaults are CleanRL's <c>ppo.py</c> (the same as
/// <see cref="PpoOptions"/>), counted per environment copy.
/// </summary>
/// <remarks>
/// A rollout holds <see cref="NumSteps"/> steps of <see cref="NumEnvs"/> copies of every agent, so one update sees
/// <c>NumEnvs × NumSteps × agents</c> samples; <see cref="NumMinibatches"/> splits that.
/// </remarks>
public sealed record MultiAgentPpoOptions
{
    /// <summary>Total copy steps (summed over copies, not agents), used for learning-rate annealing (default 500 000).</summary>
    public long TotalTimesteps { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TotalTimesteps), value, "TotalTimesteps must be positive."); } = 500_000;

    /// <summary>Adam's learning rate (default 2.5e-4).</summary>
    public float LearningRate { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 2.5e-4f;

    /// <summary>Parallel environment copies (default 4).</summary>
    public int NumEnvs { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumEnvs), value, "NumEnvs must be positive."); } = 4;

    /// <summary>Steps per copy per rollout (default 128).</summary>
    public int NumSteps { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumSteps), value, "NumSteps must be positive."); } = 128;

    /// <summary>Whether the learning rate decays linearly to 0 over the run (default true).</summary>
    public bool AnnealLr { get; init; } = true;

    /// <summary>Discount γ (default 0.99).</summary>
    public float Gamma { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Gamma), value, "Gamma must be in [0, 1]."); } = 0.99f;

    /// <summary>GAE λ (default 0.95).</summary>
    public float GaeLambda { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(GaeLambda), value, "GaeLambda must be in [0, 1]."); } = 0.95f;

    /// <summary>Minibatches per epoch (default 4).</summary>
    public int NumMinibatches { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumMinibatches), value, "NumMinibatches must be positive."); } = 4;

    /// <summary>Epochs over each rollout (default 4).</summary>
    public int UpdateEpochs { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(UpdateEpochs), value, "UpdateEpochs must be positive."); } = 4;

    /// <summary>Whether advantages are normalised per minibatch (default true).</summary>
    public bool NormAdv { get; init; } = true;

    /// <summary>The surrogate clipping ε (default 0.2).</summary>
    public float ClipCoef { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ClipCoef), value, "ClipCoef must be positive."); } = 0.2f;

    /// <summary>Whether the value loss is clipped around the old values (default true).</summary>
    public bool ClipVloss { get; init; } = true;

    /// <summary>Entropy bonus coefficient (default 0.01).</summary>
    public float EntCoef { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(EntCoef), value, "EntCoef must be non-negative."); } = 0.01f;

    /// <summary>Value loss coefficient (default 0.5).</summary>
    public float VfCoef { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(VfCoef), value, "VfCoef must be non-negative."); } = 0.5f;

    /// <summary>Global gradient-norm clip (default 0.5).</summary>
    public float MaxGradNorm { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxGradNorm), value, "MaxGradNorm must be positive."); } = 0.5f;

    /// <summary>
    /// Whether each observation or state row is standardised over its features before the networks (a LayerNorm
    /// without affine, the <c>use_feature_normalization</c> default of the MAPPO authors' <c>on-policy</c> code; not in
    /// CleanRL). Default true: LBF's global state mixes cell food levels with an unscaled step counter.
    /// </summary>
    public bool FeatureNorm { get; init; } = true;

    /// <summary>Hidden width of actor and critic (default 64, two tanh layers).</summary>
    public int Hidden { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Hidden), value, "Hidden must be positive."); } = 64;
}
