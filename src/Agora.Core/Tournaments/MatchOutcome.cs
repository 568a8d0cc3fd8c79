namespace Agora.Core.Tournaments;

/// <summary>What a tournament keeps of one match: its length, totals and cooperation counts, seat 0 being the pair's
/// first player.</summary>
/// <param name="Turns">Turns played.</param>
/// <param name="Score0">Seat 0's total.</param>
/// <param name="Score1">Seat 1's total.</param>
/// <param name="Cooperations0">How often seat 0 played C.</param>
/// <param name="Cooperations1">How often seat 1 played C.</param>
public readonly record struct MatchOutcome(int Turns, double Score0, double Score1, int Cooperations0, int Cooperations1);

/// <summary>One match's moves, kept when <see cref="TournamentOptions.KeepInteractions"/> is set.</summary>
/// <param name="Player0">Seat 0's player index.</param>
/// <param name="Player1">Seat 1's player index.</param>
/// <param name="Repetition">The repetition, from 0.</param>
/// <param name="Seed">The match seed (derived from the tournament seed, the pair index and the repetition).</param>
/// <param name="Moves0">Seat 0's recorded moves as game labels, e.g. <c>CCD</c>.</param>
/// <param name="Moves1">Seat 1's recorded moves.</param>
/// <param name="Score0">Seat 0's total.</param>
/// <param name="Score1">Seat 1's total.</param>
public sealed record TournamentInteraction(int Player0, int Player1, int Repetition, ulong Seed, string Moves0, string Moves1, double Score0, double Score1);
