namespace Agora.Core.Repeated;

/// <summary>The play so far, as a strategy sees it: its own moves, the opponent's moves (both as recorded, that is
/// after noise) and running cooperation counts.</summary>
/// <remarks>A view into the match's buffers: valid only during the call that receives it.</remarks>
public readonly ref struct PlayHistory
{
    /// <summary>Creates a view.</summary>
    /// <param name="own">Own recorded moves, oldest first.</param>
    /// <param name="opponent">The opponent's recorded moves, same length.</param>
    /// <param name="ownCooperations">How many of <paramref name="own"/> are 0.</param>
    /// <param name="opponentCooperations">How many of <paramref name="opponent"/> are 0.</param>
    public PlayHistory(ReadOnlySpan<int> own, ReadOnlySpan<int> opponent, int ownCooperations, int opponentCooperations)
    {
        Own = own;
        Opponent = opponent;
        OwnCooperations = ownCooperations;
        OpponentCooperations = opponentCooperations;
    }

    /// <summary>Own recorded moves, oldest first.</summary>
    public ReadOnlySpan<int> Own { get; }

    /// <summary>The opponent's recorded moves, oldest first.</summary>
    public ReadOnlySpan<int> Opponent { get; }

    /// <summary>How many times this player played action 0.</summary>
    public int OwnCooperations { get; }

    /// <summary>How many times the opponent played action 0.</summary>
    public int OpponentCooperations { get; }

    /// <summary>How many turns have been played (0 on the first move).</summary>
    public int Turn => Own.Length;

    /// <summary>How many times this player played something other than action 0.</summary>
    public int OwnDefections => Own.Length - OwnCooperations;

    /// <summary>How many times the opponent played something other than action 0.</summary>
    public int OpponentDefections => Opponent.Length - OpponentCooperations;

    /// <summary>The opponent's last move; only when <see cref="Turn"/> &gt; 0.</summary>
    public int OpponentLast => Opponent[^1];

    /// <summary>Own last move; only when <see cref="Turn"/> &gt; 0.</summary>
    public int OwnLast => Own[^1];

    /// <summary>The same play seen from the other seat.</summary>
    /// <returns>The swapped view.</returns>
    public PlayHistory Swap() => new(Opponent, Own, OpponentCooperations, OwnCooperations);
}
