using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>Decides for a population of <see cref="DonorGenome"/>s: parametric reciprocity or one of the classic norms.</summary>
/// <remarks>
/// <para>Parametric (the spec's smallest faithful policy): with no trace, donate clamp(Base, 0, 1)·resources; otherwise
/// donate clamp(Base + Reciprocity·(f − 0.5), 0, 1)·resources where f is the recipient's last donated share (0 for a
/// punishment or refusal). In the punishment variant a recipient with f &lt; PunishThreshold is punished with
/// clamp(PunishShare, 0, 1)·resources; in the partner-choice variant it is refused.</para>
/// <para>Norms judge the recipient from its trace: an act cooperates when it donated at least
/// <see cref="DonorGenome.CooperationThreshold"/> of the actor's resources; the partner's reputation is judged the
/// same way one hop further back, and "no information" counts as good. Good recipients get
/// <see cref="DonorGenome.NormDonationShare"/>, bad ones nothing (Ohtsuki &amp; Iwasa 2004's leading-eight language).</para>
/// </remarks>
/// <param name="genomes">The population, indexed by agent.</param>
public readonly struct GenomeDecider(DonorGenome[] genomes) : IDonorDecider
{
    /// <inheritdoc />
    public DonorAction Decide(in DonorDecisionContext context, ref AgoraRandom rng)
    {
        var genome = genomes[context.Donor];
        double resources = context.DonorResources;
        if (genome.Kind != DonorStrategyKind.Parametric)
        {
            return DonorAction.Donate(IsGood(genome.Kind, context.RecipientTrace, 0) ? genome.Base * resources : 0);
        }

        if (context.RecipientTrace.Count == 0)
        {
            return DonorAction.Donate(Math.Clamp(genome.Base, 0, 1) * resources);
        }

        double observed = DonatedShare(context.RecipientTrace[0]);
        if (observed < genome.PunishThreshold)
        {
            if (context.Variant == DonorVariant.CostlyPunishment)
            {
                return new DonorAction(DonorActionKind.Punish, Math.Clamp(genome.PunishShare, 0, 1) * resources);
            }

            if (context.Variant == DonorVariant.PartnerChoice)
            {
                return new DonorAction(DonorActionKind.Refuse, 0);
            }
        }

        return DonorAction.Donate(Math.Clamp(genome.Base + (genome.Reciprocity * (observed - 0.5)), 0, 1) * resources);
    }

    /// <summary>The share of its resources an act gave away (0 for punishments and refusals).</summary>
    /// <param name="entry">The act.</param>
    /// <returns>The share.</returns>
    public static double DonatedShare(in DonorTraceEntry entry) => entry.Kind == DonorActionKind.Donate ? entry.Fraction : 0;

    /// <summary>Judges the actor of trace entry <paramref name="hop"/> under a norm.</summary>
    /// <param name="norm">The norm.</param>
    /// <param name="trace">The trace.</param>
    /// <param name="hop">Which entry's actor to judge.</param>
    /// <returns>Whether the actor is good.</returns>
    public static bool IsGood(DonorStrategyKind norm, in DonorTrace trace, int hop)
    {
        if (hop >= trace.Count)
        {
            return true;
        }

        bool cooperated = DonatedShare(trace[hop]) >= DonorGenome.CooperationThreshold;
        if (norm == DonorStrategyKind.ImageScoring)
        {
            return cooperated;
        }

        bool partnerGood = IsGood(norm, trace, hop + 1);
        return norm switch
        {
            DonorStrategyKind.Standing => cooperated || !partnerGood,
            DonorStrategyKind.SternJudging => cooperated == partnerGood,
            _ => cooperated && partnerGood,
        };
    }
}
