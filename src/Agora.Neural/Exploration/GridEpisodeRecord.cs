namespace Agora.Neural.Exploration;

/// <summary>One finished training episode on a gridworld, scored without the bonus.</summary>
/// <param name="GlobalStep">Total environment steps (over all copies) when it ended.</param>
/// <param name="Success">Whether it terminated with a positive extrinsic reward (reached the goal).</param>
/// <param name="ExtrinsicReturn">The undiscounted return without the bonus.</param>
/// <param name="Length">Its number of steps.</param>
public sealed record GridEpisodeRecord(long GlobalStep, bool Success, double ExtrinsicReturn, int Length);
