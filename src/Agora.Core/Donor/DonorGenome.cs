using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>The kind of a numeric Donor-game agent.</summary>
public enum DonorStrategyKind
{
    /// <summary>Base donation plus reciprocity on the observed fraction, with a punishment threshold.</summary>
    Parametric,

    /// <summary>First-order norm: good iff the recipient's last act cooperated (Nowak &amp; Sigmund 1998).</summary>
    ImageScoring,

    /// <summary>Good if it cooperated, or defected against a bad partner (Sugden 1986; Leimar &amp; Hammerstein 2001).</summary>
    Standing,

    /// <summary>Good iff it cooperated with a good partner or defected against a bad one (Kandori 1992).</summary>
    SternJudging,

    /// <summary>Good iff it cooperated with a good partner (Ohtsuki &amp; Iwasa 2004).</summary>
    Shunning,
}

/// <summary>
/// A numeric agent: its kind and, for parametric agents, four genes. Plain data, so a population is an array and a
/// generation allocates nothing.
/// </summary>
/// <param name="Kind">Parametric or one of the classic norms.</param>
/// <param name="Base">Donated share of own resources when the recipient has no history (clipped to [0, 1] when used; mutation may carry the gene outside).</param>
/// <param name="Reciprocity">Slope of the donated share on the recipient's last donated share minus 0.5.</param>
/// <param name="PunishThreshold">Punish (or refuse) when the recipient's last donated share is below this (at or below 0: never; above 1: every recipient with a history).</param>
/// <param name="PunishShare">Share of own resources spent on a punishment (clipped to [0, 1] when used).</param>
public readonly record struct DonorGenome(DonorStrategyKind Kind, double Base, double Reciprocity, double PunishThreshold, double PunishShare)
{
    /// <summary>Donated share below which an act counts as defection for the norms.</summary>
    public const double CooperationThreshold = 0.1;

    /// <summary>The share a norm agent donates to a recipient it judges good.</summary>
    public const double NormDonationShare = 0.5;

    /// <summary>
    /// The default range of the initial reciprocity gene: uniform in [0, 2] (and the mutation bound when genes are bounded).
    /// </summary>
    /// <remarks>
    /// 2 is the smallest slope with which an agent of any base in [0, 1] can answer a recipient who gave nothing with
    /// nothing and one who gave everything with everything (base + 2·(f − 0.5) spans [base − 1, base + 1] ⊇ [0, 1]);
    /// steeper slopes only make the response more step-like, which the spec's linear agent does not ask for.
    /// </remarks>
    public const double DefaultReciprocityRange = 2;

    /// <summary>
    /// Whether this agent conditions its giving on the recipient's behaviour: a norm, or a parametric agent whose clipped
    /// donated share differs by more than 0.1 between a recipient who gave nothing and one who gave everything.
    /// </summary>
    public bool IsConditional =>
        Kind != DonorStrategyKind.Parametric
        || Math.Abs(Math.Clamp(Base + (0.5 * Reciprocity), 0, 1) - Math.Clamp(Base - (0.5 * Reciprocity), 0, 1)) > 0.1;

    /// <summary>
    /// A random parametric genome: base uniform in [0, 1], threshold and punishment share uniform in [0, 0.5],
    /// reciprocity uniform in [0, <see cref="DonorMutation.ReciprocityRange"/>] (or 0 when it does not evolve).
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mutation">The reciprocity switch and range.</param>
    /// <returns>The genome.</returns>
    public static DonorGenome RandomParametric(ref AgoraRandom rng, DonorMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        return new(DonorStrategyKind.Parametric, rng.NextDouble(), mutation.ReciprocityEvolves ? mutation.ReciprocityRange * rng.NextDouble() : 0, 0.5 * rng.NextDouble(), 0.5 * rng.NextDouble());
    }

    /// <summary>A norm agent.</summary>
    /// <param name="kind">The norm.</param>
    /// <returns>The genome.</returns>
    public static DonorGenome Norm(DonorStrategyKind kind) => new(kind, NormDonationShare, 0, 0, 0);

    /// <summary>A newcomer's genome: a copy of this one with Gaussian mutation of every gene (norms are copied unchanged).</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mutation">σ, whether reciprocity evolves, and what happens at a gene's bounds.</param>
    /// <returns>The mutated copy.</returns>
    public DonorGenome Mutate(ref AgoraRandom rng, DonorMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        double sigma = mutation.Sigma;
        if (Kind != DonorStrategyKind.Parametric || sigma == 0)
        {
            return this;
        }

        double baseShare = Base + rng.NextGaussian(0, sigma);
        double reciprocity = mutation.ReciprocityEvolves ? Reciprocity + rng.NextGaussian(0, sigma) : 0;
        double threshold = PunishThreshold + rng.NextGaussian(0, sigma);
        double punishShare = PunishShare + rng.NextGaussian(0, sigma);
        if (mutation.Bounds != DonorGeneBounds.Free)
        {
            baseShare = mutation.Bound(baseShare, 0, 1);
            reciprocity = mutation.Bound(reciprocity, -mutation.ReciprocityRange, mutation.ReciprocityRange);
            threshold = mutation.Bound(threshold, 0, 1);
            punishShare = mutation.Bound(punishShare, 0, 1);
        }

        return this with { Base = baseShare, Reciprocity = reciprocity, PunishThreshold = threshold, PunishShare = punishShare };
    }
}
