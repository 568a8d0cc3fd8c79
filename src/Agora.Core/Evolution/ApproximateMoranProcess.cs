using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>A Moran process whose games are not played but sampled from cached outcome distributions, as Axelrod's
/// <c>ApproximateMoranProcess</c>, with every draw covered by the process seed.</summary>
/// <remarks>
/// Each scheduled game of node i (seat 0) against node j samples (score_i, score_j) per turn from
/// <c>outcomes[(name_i, name_j)]</c>, or from <c>outcomes[(name_j, name_i)]</c> with the pair swapped, using a
/// generator seeded with that game's match seed. Unlike Axelrod (which ignores graphs and whose <c>Pdf</c> objects
/// own unseeded generators, spec §2.5 and §5.6), the modes and graphs of <see cref="MoranOptions"/> apply unchanged.
/// Build the table with <see cref="OutcomeTable.Estimate"/> or from recorded outcomes.
/// </remarks>
public static class ApproximateMoranProcess
{
    /// <summary>Creates the process.</summary>
    /// <param name="players">The initial population.</param>
    /// <param name="outcomes">Outcome distributions covering every pair of initial names.</param>
    /// <param name="options">Update rule, mutation and graphs (match settings are unused); defaults when null.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>A <see cref="MoranProcess"/> that samples instead of playing.</returns>
    public static MoranProcess Create(IReadOnlyList<Strategy> players, OutcomeTable outcomes, MoranOptions? options, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return new MoranProcess(players, (options ?? new MoranOptions()) with { ApproximateOutcomes = outcomes }, seed);
    }
}
