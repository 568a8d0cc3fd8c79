using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated;

/// <summary>A repeated-game strategy in Axelrod's sense: a small object with metadata that picks the next move from
/// both histories.</summary>
/// <remarks>
/// <para>
/// A match calls <see cref="Reset"/> once (telling the player the game, length and noise), then <see cref="Move"/>
/// once per turn, always in order, with the history grown by exactly one turn each call. Strategies may therefore keep
/// incremental state. Randomness comes only from the generator passed by reference, which the match owns, so a match
/// is reproducible from its seed; using it means drawing from it (or <see cref="AgoraRandom.Split"/>ting it), never
/// only <see cref="AgoraRandom.Fork(ulong)"/>ing it, because a match that leaves every generator untouched is taken to
/// play the same for every seed.
/// </para>
/// <para>Implementations must not allocate in <see cref="Move"/>; buffers are allocated in <see cref="OnReset"/>.</para>
/// <para>Agora's strategies mark <see cref="Move"/> (and any helper it calls every turn) with
/// <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>: it runs millions of times in a tournament, and a
/// command that lasts a second would otherwise spend much of it in unoptimised tier-0 code, because tiered compilation
/// only promotes methods 100 ms after the last new method was compiled.</para>
/// </remarks>
public abstract class Strategy
{
    /// <summary>Creates a strategy with its metadata.</summary>
    /// <param name="info">The metadata.</param>
    protected Strategy(StrategyInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Info = info;
    }

    /// <summary>The metadata, including the display name.</summary>
    public StrategyInfo Info { get; protected set; }

    /// <summary>The display name in Axelrod's <c>repr</c> form.</summary>
    public string Name => Info.Name;

    /// <summary>What the player was told at the start of the current match.</summary>
    protected MatchInfo Match { get; private set; } = MatchInfo.Default;

    /// <summary>Starts a new match: stores what the player is told and clears all per-match state.</summary>
    /// <param name="info">The game, length and noise from this player's seat.</param>
    public void Reset(MatchInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Match = info;
        OnReset();
    }

    /// <summary>Chooses the next action.</summary>
    /// <param name="history">Both recorded histories so far.</param>
    /// <param name="random">The player's own generator.</param>
    /// <returns>The intended action (before noise).</returns>
    public abstract int Move(in PlayHistory history, ref AgoraRandom random);

    /// <summary>A fresh copy with the same parameters and no match state (call <see cref="Reset"/> before use).</summary>
    /// <returns>The copy.</returns>
    public Strategy Clone()
    {
        var copy = (Strategy)MemberwiseClone();
        copy.OnCloned();
        copy.Match = MatchInfo.Default;
        copy.OnReset();
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Called on a fresh shallow copy made by <see cref="Clone"/>: replace any shared mutable references
    /// (buffers, wrapped strategies) with copies of your own.</summary>
    protected virtual void OnCloned()
    {
    }

    /// <summary>Clears per-match state; called by <see cref="Reset"/> after <see cref="Match"/> is set.</summary>
    protected virtual void OnReset()
    {
    }

    /// <summary>Axelrod's <c>random_choice(p)</c>: C with probability <paramref name="p"/>, without a draw when p is 0 or 1.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="p">The probability of cooperating.</param>
    /// <returns>C or D.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static int RandomChoice(ref AgoraRandom random, double p) =>
        p <= 0 ? Moves.D : p >= 1 ? Moves.C : random.NextDouble() < p ? Moves.C : Moves.D;
}
