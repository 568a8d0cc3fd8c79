namespace Agora.Neural.Rl;

/// <summary>Hyperparameters of <see cref="ContinuousPpo"/>; defaults are CleanRL's <c>ppo_continuous_action.py</c>.</summary>
/// <remarks>
/// CleanRL's environment wrappers (<c>NormalizeObservation</c>, observation clip ±10, <c>NormalizeReward</c>, reward
/// clip ±10) are options here, applied inside the learner, so the runner still records raw returns.
/// </remarks>
public sealed record ContinuousPpoOptions
{
    /// <summary>Total environment steps, used for learning-rate annealing (default 1 000 000).</summary>
    public long TotalTimesteps { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TotalTimesteps), value, "TotalTimesteps must be positive."); } = 1_000_000;

    /// <summary>Adam's learning rate (default 3e-4).</summary>
    public float LearningRate { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "LearningRate must be positive."); } = 3e-4f;

    /// <summary>Parallel environments (default 1).</summary>
    public int NumEnvs { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumEnvs), value, "NumEnvs must be positive."); } = 1;

    /// <summary>Steps per environment per rollout (default 2048).</summary>
    public int NumSteps { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumSteps), value, "NumSteps must be positive."); } = 2048;

    /// <summary>Whether the learning rate decays linearly to 0 over the run (default true).</summary>
    public bool AnnealLr { get; init; } = true;

    /// <summary>Discount γ, also used by the reward normalisation (default 0.99).</summary>
    public float Gamma { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Gamma), value, "Gamma must be in [0, 1]."); } = 0.99f;

    /// <summary>GAE λ (default 0.95).</summary>
    public float GaeLambda { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(GaeLambda), value, "GaeLambda must be in [0, 1]."); } = 0.95f;

    /// <summary>Minibatches per epoch (default 32); must divide the batch.</summary>
    public int NumMinibatches { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(NumMinibatches), value, "NumMinibatches must be positive."); } = 32;

    /// <summary>Epochs over each rollout (default 10).</summary>
    public int UpdateEpochs { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(UpdateEpochs), value, "UpdateEpochs must be positive."); } = 10;

    /// <summary>Whether advantages are normalised per minibatch (default true).</summary>
    public bool NormAdv { get; init; } = true;

    /// <summary>The surrogate clipping ε, also the value clip (default 0.2).</summary>
    public float ClipCoef { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ClipCoef), value, "ClipCoef must be positive."); } = 0.2f;

    /// <summary>Whether the value loss is clipped around the old values (default true).</summary>
    public bool ClipVloss { get; init; } = true;

    /// <summary>Entropy bonus coefficient (default 0).</summary>
    public float EntCoef { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(EntCoef), value, "EntCoef must be non-negative."); } = 0f;

    /// <summary>Value loss coefficient (default 0.5).</summary>
    public float VfCoef { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(VfCoef), value, "VfCoef must be non-negative."); } = 0.5f;

    /// <summary>Global gradient-norm clip (default 0.5).</summary>
    public float MaxGradNorm { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxGradNorm), value, "MaxGradNorm must be positive."); } = 0.5f;

    /// <summary>Hidden width of actor mean and critic (default 64, two tanh layers).</summary>
    public int Hidden { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Hidden), value, "Hidden must be positive."); } = 64;

    /// <summary>Whether observations are normalised by running mean and variance (CleanRL's <c>NormalizeObservation</c>; default true).</summary>
    public bool NormalizeObservations { get; init; } = true;

    /// <summary>Whether rewards are scaled by the running std of the discounted return (CleanRL's <c>NormalizeReward</c>; default true).</summary>
    public bool NormalizeRewards { get; init; } = true;

    /// <summary>Normalised observations and rewards are clipped to ± this (default 10, CleanRL's <c>TransformObservation</c>/<c>TransformReward</c>).</summary>
    public float Clip { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Clip), value, "Clip must be positive."); } = 10f;

    /// <summary>Rollout size, NumEnvs × NumSteps.</summary>
    public int BatchSize => NumEnvs * NumSteps;

    /// <summary>Minibatch size, BatchSize / NumMinibatches.</summary>
    public int MinibatchSize => BatchSize / NumMinibatches;
}
