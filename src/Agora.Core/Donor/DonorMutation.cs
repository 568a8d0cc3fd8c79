namespace Agora.Core.Donor;

/// <summary>
/// How numeric Donor-game agents are drawn and how newcomers vary the survivor they copy (cultural transmission).
/// </summary>
/// <remarks>
/// <para>Vallinder &amp; Hughes (2024) transmit strategy text through an LLM; the spec's numeric analogue copies a random
/// survivor's parameters plus Gaussian mutation. By default mutation is unbiased: every gene moves by N(0, σ²) and the
/// decision rule clips the resulting share to [0, 1], so a gene can wander past a bound (a base of −0.2 gives nothing,
/// like 0, until mutation brings it back).</para>
/// <para><see cref="ClampGenes"/> instead clamps each mutated gene to its range. That makes mutation biased near a bound:
/// a survivor with base 0 has children with mean base E[max(0, N(0, σ²))] = σ/√(2π) ≈ 0.04 at σ = 0.1, so a population
/// that has stopped giving keeps being re-seeded with small gifts by mutation alone (docs/donor-game.md measures it).</para>
/// </remarks>
public sealed record DonorMutation
{
    private readonly double _sigma = 0.1;
    private readonly double _reciprocityRange = DonorGenome.DefaultReciprocityRange;

    /// <summary>Standard deviation of the Gaussian mutation of each gene. Default: 0.1. Must not be negative.</summary>
    public double Sigma
    {
        get => _sigma;
        init => _sigma = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Sigma), value, $"mutation sigma must be a non-negative number; got {value}.");
    }

    /// <summary>Whether the reciprocity gene may be non-zero. Default: true (false freezes it at 0: unconditional givers).</summary>
    public bool ReciprocityEvolves { get; init; } = true;

    /// <summary>
    /// Initial reciprocity genes are uniform in [0, this]; with <see cref="ClampGenes"/> mutation also keeps them within
    /// ±this. Default: <see cref="DonorGenome.DefaultReciprocityRange"/> (2). Must be positive.
    /// </summary>
    public double ReciprocityRange
    {
        get => _reciprocityRange;
        init => _reciprocityRange = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(ReciprocityRange), value, $"the reciprocity range must be a positive number; got {value}.");
    }

    /// <summary>
    /// Clamp mutated genes to their ranges (base, threshold and punishment share to [0, 1], reciprocity to
    /// ±<see cref="ReciprocityRange"/>). Default: false (unbiased mutation; the decision rule clips the share).
    /// </summary>
    public bool ClampGenes { get; init; }
}
