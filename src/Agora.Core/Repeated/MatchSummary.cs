namespace Agora.Core.Repeated;

/// <summary>The totals of a match played in place, without building a <see cref="MatchResult"/>.</summary>
/// <param name="Turns">Turns played.</param>
/// <param name="Score0">Seat 0's undiscounted total.</param>
/// <param name="Score1">Seat 1's undiscounted total.</param>
/// <param name="Discounted0">Seat 0's discounted total.</param>
/// <param name="Discounted1">Seat 1's discounted total.</param>
/// <param name="Cooperations0">How many times seat 0 played action 0.</param>
/// <param name="Cooperations1">How many times seat 1 played action 0.</param>
public readonly record struct MatchSummary(int Turns, double Score0, double Score1, double Discounted0, double Discounted1, int Cooperations0, int Cooperations1);
