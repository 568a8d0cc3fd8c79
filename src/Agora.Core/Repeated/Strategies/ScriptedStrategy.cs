using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Plays a fixed script of actions, cycling when it runs out: Axelrod's <c>MockPlayer</c>, for versus tests
/// and replays of logged games.</summary>
/// <param name="actions">The script; at least one action.</param>
/// <param name="name">The display name; <c>Scripted</c> by default.</param>
public sealed class ScriptedStrategy(int[] actions, string name = "Scripted") : Strategy(StrategyInfo.Of(name, 0, false))
{
    private readonly int[] _actions = actions is { Length: > 0 } ? [.. actions] : throw new ArgumentException("A script needs at least one action.", nameof(actions));

    /// <summary>A script from C/D letters.</summary>
    /// <param name="moves">e.g. <c>"CDDC"</c>.</param>
    /// <returns>The strategy.</returns>
    public static ScriptedStrategy Of(string moves) => new(Moves.Parse(moves));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => _actions[history.Turn % _actions.Length];
}
