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
/// <param name="Base">Donated share of own resources when the recipient has no history, in [0, 1].</param>
/// <param name="Reciprocity">Slope of the donated share on the recipient's last donated share minus 0.5, within ±<see cref="DefaultReciprocityRange"/> unless a run sets another range.</param>
/// <param name="PunishThreshold">Punish (or refuse) when the recipient's last donated share is below this, in [0, 1].</param>
/// <param name="PunishShare">Share of own resources spent on a punishment, in [0, 1].</param>
public readonly record struct DonorGenome(DonorStrategyKind Kind, double Base, double Reciprocity, double PunishThreshold, double PunishShare)
{
    /// <summary>Donated share below which an act counts as defection for the norms.</summary>
    public const double CooperationThreshold = 0.1;

    /// <summary>The share a norm agent donates to a recipient it judges good.</summary>
    public const double NormDonationShare = 0.5;

    /// <summary>
    /// The default bound on the reciprocity gene: initial values are uniform in [0, 2] and mutation clamps to [−2, 2].
    /// </summary>
    /// <remarks>
    /// 2 is the smallest slope with which an agent of any base in [0, 1] can answer a recipient who gave nothing with
    /// nothing and one who gave everything with everything (base + 2·(f − 0.5) spans [base − 1, base + 1] ⊇ [0, 1]);
    /// steeper slopes only make the response more step-like, which the spec's linear agent does not ask for.
    /// </remarks>
    public const double DefaultReciprocityRange = 2;

    /// <summary>Whether this agent conditions its giving on the recipient's behaviour.</summary>
    public bool IsConditional => Kind != DonorStrategyKind.Parametric || Math.Abs(Reciprocity) > 0.1;

    /// <summary>
    /// A random parametric genome: base uniform in [0, 1], threshold and punishment share uniform in [0, 0.5],
    /// reciprocity uniform in [0, <paramref name="reciprocityRange"/>] (or 0 when frozen).
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="reciprocity">Whether the reciprocity gene may be non-zero.</param>
    /// <param name="reciprocityRange">The bound on the reciprocity gene (default <see cref="DefaultReciprocityRange"/>).</param>
    /// <returns>The genome.</returns>
    public static DonorGenome RandomParametric(ref AgoraRandom rng, bool reciprocity, double reciprocityRange = DefaultReciprocityRange) =>
        new(DonorStrategyKind.Parametric, rng.NextDouble(), reciprocity ? reciprocityRange * rng.NextDouble() : 0, 0.5 * rng.NextDouble(), 0.5 * rng.NextDouble());

    /// <summary>A norm agent.</summary>
    /// <param name="kind">The norm.</param>
    /// <returns>The genome.</returns>
    public static DonorGenome Norm(DonorStrategyKind kind) => new(kind, NormDonationShare, 0, 0, 0);

    /// <summary>A newcomer's genome: a copy of this one with Gaussian mutation of every gene (norms are copied unchanged).</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="sigma">The mutation standard deviation.</param>
    /// <param name="reciprocity">Whether the reciprocity gene may move away from 0.</param>
    /// <param name="reciprocityRange">The reciprocity gene is clamped to ±this (default <see cref="DefaultReciprocityRange"/>).</param>
    /// <returns>The mutated copy, genes clamped to their ranges.</returns>
    public DonorGenome Mutate(ref AgoraRandom rng, double sigma, bool reciprocity, double reciprocityRange = DefaultReciprocityRange)
    {
        if (Kind != DonorStrategyKind.Parametric || sigma == 0)
        {
            return this;
        }

        return this with
        {
            Base = Math.Clamp(Base + rng.NextGaussian(0, sigma), 0, 1),
            Reciprocity = reciprocity ? Math.Clamp(Reciprocity + rng.NextGaussian(0, sigma), -reciprocityRange, reciprocityRange) : 0,
            PunishThreshold = Math.Clamp(PunishThreshold + rng.NextGaussian(0, sigma), 0, 1),
            PunishShare = Math.Clamp(PunishShare + rng.NextGaussian(0, sigma), 0, 1),
        };
    }
}
