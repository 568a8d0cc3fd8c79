namespace Agora.Core.Donor;

/// <summary>
/// How numeric Donor-game agents are drawn and how newcomers vary the survivor they copy (cultural transmission).
/// </summary>
/// <remarks>
/// <para>Vallinder &amp; Hughes (2024) transmit strategy text through an LLM; the spec's numeric analogue copies a random
/// survivor's parameters plus Gaussian mutation. Every gene moves by N(0, σ²); <see cref="Bounds"/> says what happens
/// when that carries it out of range, and each choice puts a different boundary effect into the dynamics:</para>
/// <list type="bullet">
/// <item><see cref="DonorGeneBounds.Free"/> (default): the gene is unchanged and the decision rule clips the share to
/// [0, 1]. Mutation of the gene is mean-zero, but below 0 a base has no visible effect, so it can drift further down
/// unseen and not giving becomes sticky.</item>
/// <item><see cref="DonorGeneBounds.Clamp"/>: a survivor with base 0 has children with mean base
/// E[max(0, N(0, σ²))] = σ/√(2π) ≈ 0.04 at σ = 0.1, so mutation alone keeps re-seeding small gifts.</item>
/// <item><see cref="DonorGeneBounds.Reflect"/>: the same children have mean base E|N(0, σ²)| = σ√(2/π) ≈ 0.08.</item>
/// </list>
/// <para>docs/donor-game.md measures how much the Mann–Whitney result depends on this choice.</para>
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
    /// Initial reciprocity genes are uniform in [0, this]; with bounded mutation the gene stays within ±this.
    /// Default: <see cref="DonorGenome.DefaultReciprocityRange"/> (2). Must be positive.
    /// </summary>
    public double ReciprocityRange
    {
        get => _reciprocityRange;
        init => _reciprocityRange = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(ReciprocityRange), value, $"the reciprocity range must be a positive number; got {value}.");
    }

    /// <summary>
    /// What mutation does at a gene's bounds (base, threshold and punishment share in [0, 1], reciprocity within
    /// ±<see cref="ReciprocityRange"/>). Default: <see cref="DonorGeneBounds.Free"/>.
    /// </summary>
    public DonorGeneBounds Bounds { get; init; } = DonorGeneBounds.Free;

    /// <summary>Applies <see cref="Bounds"/> to a mutated gene whose range is [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="gene">The mutated value.</param>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound (greater than <paramref name="low"/>).</param>
    /// <returns>The gene as kept.</returns>
    public double Bound(double gene, double low, double high)
    {
        switch (Bounds)
        {
            case DonorGeneBounds.Clamp:
                return Math.Clamp(gene, low, high);
            case DonorGeneBounds.Reflect:
                // Fold onto a period of twice the width: a mirror at each bound, however far the step went.
                double width = high - low;
                double folded = (gene - low) % (2 * width);
                folded = folded < 0 ? folded + (2 * width) : folded;
                return low + (folded <= width ? folded : (2 * width) - folded);
            default:
                return gene;
        }
    }
}
