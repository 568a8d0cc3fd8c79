namespace Agora.Core.Games;

/// <summary>One outcome of an explicit chance node.</summary>
/// <param name="Action">The action that applies this outcome.</param>
/// <param name="Probability">Its probability; the outcomes of a node sum to 1.</param>
public readonly record struct ChanceOutcome(int Action, double Probability);
