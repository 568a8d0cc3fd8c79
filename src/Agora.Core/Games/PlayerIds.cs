namespace Agora.Core.Games;

/// <summary>Special values of <see cref="GameState.CurrentPlayer"/>; real players are 0, 1, 2, ….</summary>
/// <remarks>The numbering follows OpenSpiel's <c>spiel_globals.h</c> so that users can carry their intuitions over.</remarks>
public static class PlayerIds
{
    /// <summary>A chance node: see <see cref="GameState.ChanceOutcomes(Span{ChanceOutcome})"/>.</summary>
    public const int Chance = -1;

    /// <summary>A simultaneous node: every player acts, through <see cref="GameState.ApplyActions(ReadOnlySpan{int})"/>.</summary>
    public const int Simultaneous = -2;

    /// <summary>No valid player.</summary>
    public const int Invalid = -3;

    /// <summary>The game is over.</summary>
    public const int Terminal = -4;
}
