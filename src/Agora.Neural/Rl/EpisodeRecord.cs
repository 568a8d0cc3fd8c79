namespace Agora.Neural.Rl;

/// <summary>One finished training episode.</summary>
/// <param name="GlobalStep">The total environment steps (over all copies) when it ended.</param>
/// <param name="Return">The undiscounted return.</param>
/// <param name="Length">The number of steps.</param>
public sealed record EpisodeRecord(long GlobalStep, double Return, int Length);
