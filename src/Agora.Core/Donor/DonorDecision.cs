namespace Agora.Core.Donor;

/// <summary>A donor's choice: donate, punish or refuse, and how many units.</summary>
/// <param name="Kind">What the donor does.</param>
/// <param name="Amount">Units given up (clamped by the game to [0, the donor's resources]).</param>
public readonly record struct DonorAction(DonorActionKind Kind, double Amount)
{
    /// <summary>Donate <paramref name="amount"/> units.</summary>
    /// <param name="amount">The units.</param>
    /// <returns>The action.</returns>
    public static DonorAction Donate(double amount) => new(DonorActionKind.Donate, amount);
}

/// <summary>Everything a donor sees when it decides.</summary>
/// <param name="Donor">The donor's index.</param>
/// <param name="Recipient">The recipient's index.</param>
/// <param name="DonorResources">The donor's units now.</param>
/// <param name="RecipientResources">The recipient's units now.</param>
/// <param name="RecipientTrace">The recipient's latest trace (up to three hops, newest first).</param>
/// <param name="Generation">The generation, 1-based.</param>
/// <param name="Game">The game within the generation, 1 or 2.</param>
/// <param name="Round">The round within the game, 1-based.</param>
/// <param name="Variant">Which actions are allowed.</param>
public readonly record struct DonorDecisionContext(
    int Donor,
    int Recipient,
    double DonorResources,
    double RecipientResources,
    DonorTrace RecipientTrace,
    int Generation,
    int Game,
    int Round,
    DonorVariant Variant);

/// <summary>Decides for every agent of a population; a struct implementation keeps the game loop allocation-free.</summary>
public interface IDonorDecider
{
    /// <summary>The donor's action.</summary>
    /// <param name="context">What the donor sees.</param>
    /// <param name="rng">The trial's generator.</param>
    /// <returns>The action.</returns>
    DonorAction Decide(in DonorDecisionContext context, ref Randomness.AgoraRandom rng);
}

/// <summary>
/// A decider that can take a whole round at once, for deciders whose decisions are slow and independent (an LLM asked
/// several questions concurrently). The game then builds every context of the round first and applies the actions in
/// schedule order afterwards.
/// </summary>
/// <remarks>
/// This changes nothing in the game's outcome: the schedule pairs every agent at most once per round, so no decision in
/// a round can see another one's effect (a donor's resources and a recipient's trace change only through that pair).
/// </remarks>
public interface IDonorRoundDecider : IDonorDecider
{
    /// <summary>Fills <paramref name="actions"/>[i] with the action for <paramref name="contexts"/>[i].</summary>
    /// <param name="contexts">The round's decisions in schedule order.</param>
    /// <param name="actions">Where the actions go (same length).</param>
    /// <param name="rng">The trial's generator.</param>
    void DecideRound(ReadOnlySpan<DonorDecisionContext> contexts, Span<DonorAction> actions, ref Randomness.AgoraRandom rng);
}
