using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Mansa;

/// <summary>
/// The MANSA spec's multi-state coordination game: K contexts drawn uniformly each step, two agents with three actions;
/// "solo" contexts pay the number of agents that hit their own target, "coordination" contexts are the climbing game.
/// </summary>
/// <remarks>
/// Spec (d) of mansa.md (our reading; the paper's own toy is not public). Climbing game (Claus &amp; Boutilier 1998):
/// <c>[[11, −30, 0], [−30, 7, 6], [0, 0, 5]]</c>, optimum 11 at (0, 0); independent learners are drawn to (1, 1) or
/// (2, 2) by relative overgeneralisation. Solo targets are drawn from the instance generator. Each agent observes the
/// context index as one float.
/// </remarks>
public sealed class ClimbingContextGame
{
    private static readonly double[] Climbing = [11, -30, 0, -30, 7, 6, 0, 0, 5];
    private readonly int[] _targets;

    /// <summary>Draws the solo targets.</summary>
    /// <param name="contexts">K, the number of contexts; default 20.</param>
    /// <param name="coordination">How many of them are climbing games (the last ones); default 4.</param>
    /// <param name="rng">Draws each solo context's two targets.</param>
    public ClimbingContextGame(int contexts, int coordination, ref AgoraRandom rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contexts);
        ArgumentOutOfRangeException.ThrowIfNegative(coordination);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coordination, contexts);
        Contexts = contexts;
        Coordination = coordination;
        _targets = new int[2 * contexts];
        for (int i = 0; i < _targets.Length; i++)
        {
            _targets[i] = rng.NextInt(3);
        }
    }

    /// <summary>K.</summary>
    public int Contexts { get; }

    /// <summary>The number of climbing-game contexts.</summary>
    public int Coordination { get; }

    /// <summary>Whether context <paramref name="s"/> is a climbing game.</summary>
    /// <param name="s">The context.</param>
    /// <returns>True for the last <see cref="Coordination"/> contexts.</returns>
    public bool IsCoordination(int s) => s >= Contexts - Coordination;

    /// <summary>The shared reward.</summary>
    /// <param name="s">The context.</param>
    /// <param name="a0">Agent 0's action, 0..2.</param>
    /// <param name="a1">Agent 1's action, 0..2.</param>
    /// <returns>The reward both agents get.</returns>
    public double Reward(int s, int a0, int a1) =>
        IsCoordination(s) ? Climbing[(a0 * 3) + a1] : (a0 == _targets[2 * s] ? 1 : 0) + (a1 == _targets[(2 * s) + 1] ? 1 : 0);

    /// <summary>The best reward in context <paramref name="s"/>: 11 or 2.</summary>
    /// <param name="s">The context.</param>
    /// <returns>The optimum.</returns>
    public double Optimum(int s) => IsCoordination(s) ? 11 : 2;
}
