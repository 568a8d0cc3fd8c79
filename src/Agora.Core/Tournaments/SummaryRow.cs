namespace Agora.Core.Tournaments;

/// <summary>One row of Axelrod's <c>summarise()</c> table.</summary>
/// <param name="Rank">The rank, from 0.</param>
/// <param name="Player">The player's index in the input list.</param>
/// <param name="Name">The player's name.</param>
/// <param name="MedianScore">Median over repetitions of the normalised score.</param>
/// <param name="CooperationRating">The cooperating rating.</param>
/// <param name="Wins">Median over repetitions of the win count.</param>
/// <param name="InitialCooperationRate">The initial cooperation rate.</param>
/// <param name="StateRates">CC, CD, DC, DD rates: the per-opponent normalised state distributions summed over
/// opponents (excluding self) and renormalised.</param>
/// <param name="StateToCooperationRates">CC_to_C … DD_to_C: the mean over opponents with a non-zero P(C | state) only
/// (Axelrod's definition; 0 when none).</param>
public sealed record SummaryRow(
    int Rank,
    int Player,
    string Name,
    double MedianScore,
    double CooperationRating,
    double Wins,
    double InitialCooperationRate,
    IReadOnlyList<double> StateRates,
    IReadOnlyList<double> StateToCooperationRates);
