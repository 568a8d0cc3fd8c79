namespace Agora.Core.Repeated;

/// <summary>The outcome of one match.</summary>
/// <param name="Game">The game's short name.</param>
/// <param name="Players">The two players' names, seat 0 first.</param>
/// <param name="Moves">Each player's recorded moves (after noise) in the game's action labels.</param>
/// <param name="Payoffs">Each player's payoff per turn.</param>
/// <param name="Scores">Each player's undiscounted total.</param>
/// <param name="DiscountedScores">Each player's total with turn t weighted by δ^t.</param>
/// <param name="Cooperations">How many times each player played action 0 (C).</param>
/// <param name="StateCounts">Counts of joint actions from seat 0's view, indexed <c>row·columns + column</c>; for 2×2
/// games the order is CC, CD, DC, DD.</param>
/// <param name="Turns">The number of turns played.</param>
/// <param name="Seed">The match seed.</param>
public sealed record MatchResult(
    string Game,
    IReadOnlyList<string> Players,
    IReadOnlyList<string> Moves,
    IReadOnlyList<IReadOnlyList<double>> Payoffs,
    IReadOnlyList<double> Scores,
    IReadOnlyList<double> DiscountedScores,
    IReadOnlyList<int> Cooperations,
    IReadOnlyList<int> StateCounts,
    int Turns,
    ulong Seed)
{
    /// <summary>The winner's seat (strictly higher total), or <see langword="null"/> on a tie.</summary>
    public int? Winner => Scores[0] > Scores[1] ? 0 : Scores[1] > Scores[0] ? 1 : null;

    /// <summary>The state distribution divided by the number of turns.</summary>
    /// <returns>Fractions in the order of <see cref="StateCounts"/>.</returns>
    public double[] NormalisedStateDistribution() => [.. StateCounts.Select(c => Turns == 0 ? 0 : (double)c / Turns)];
}
