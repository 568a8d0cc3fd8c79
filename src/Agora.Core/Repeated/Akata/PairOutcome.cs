namespace Agora.Core.Repeated.Akata;

/// <summary>One match of a round robin: who sat where, both totals, and the joint outcomes counted.</summary>
/// <param name="Player0">Index of the seat-0 (row, "player 1") player in the round robin's list.</param>
/// <param name="Player1">Index of the seat-1 (column) player.</param>
/// <param name="Score0">Seat 0's total.</param>
/// <param name="Score1">Seat 1's total.</param>
/// <param name="Rounds">Rounds played.</param>
/// <param name="BothFirstAction">Rounds in which both played action 0 (J): joint cooperation in the PD.</param>
/// <param name="SameAction">Rounds in which both played the same action: coordination in the battle of the sexes.</param>
/// <param name="Moves0">Seat 0's moves in the game's labels.</param>
/// <param name="Moves1">Seat 1's moves in the game's labels.</param>
public sealed record PairOutcome(int Player0, int Player1, double Score0, double Score1, int Rounds, int BothFirstAction, int SameAction, string Moves0, string Moves1);
