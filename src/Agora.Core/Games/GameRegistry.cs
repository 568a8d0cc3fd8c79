namespace Agora.Core.Games;

/// <summary>One built-in game: its stable name, a one-line description and the game itself.</summary>
/// <param name="Name">The stable short name used on the command line, e.g. <c>kuhn-poker</c>.</param>
/// <param name="Description">One line for <c>agora list games</c>.</param>
/// <param name="Game">The (immutable, shareable) game.</param>
public sealed record GameRegistration(string Name, string Description, IGame Game);

/// <summary>The built-in games, listed explicitly so names are stable and nothing depends on reflection.</summary>
/// <remarks>Names never change meaning; a game whose rules change gets a new name.</remarks>
public static class GameRegistry
{
    /// <summary>Every built-in game, in listing order.</summary>
    public static IReadOnlyList<GameRegistration> All { get; } =
    [
        new("kuhn-poker", "Kuhn poker: 3-card, 2-player zero-sum poker with explicit chance dealing.", new KuhnPoker()),
        new("matrix-pd", "One-shot prisoner's dilemma (R,P,S,T = 3,1,0,5; actions C/D), simultaneous.", MatrixGame.PrisonersDilemma()),
        new("matching-pennies", "One-shot matching pennies, zero-sum, simultaneous (actions H/T).", MatrixGame.MatchingPennies()),
        new("noisy-race", "Two-runner race to 10 where a dash rolls a sampled die (a 1 sends you back to 0).", new NoisyRace()),
    ];

    /// <summary>Looks a game up by its registered name (case-sensitive).</summary>
    /// <param name="name">The short name.</param>
    /// <param name="game">The game when found.</param>
    /// <returns>Whether the name is registered.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IGame? game)
    {
        foreach (GameRegistration registration in All)
        {
            if (string.Equals(registration.Name, name, StringComparison.Ordinal))
            {
                game = registration.Game;
                return true;
            }
        }

        game = null;
        return false;
    }
}
