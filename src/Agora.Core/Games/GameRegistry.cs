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
        new("pd", "Axelrod's prisoner's dilemma (R,P,S,T = 3,1,0,5; actions C/D), 200 turns.", NormalFormGames.PrisonersDilemma()),
        new("matching-pennies", "Matching pennies, zero-sum (actions H/T), 200 turns.", NormalFormGames.MatchingPennies()),
        new("noisy-race", "Two-runner race to 10 where a dash rolls a sampled die (a 1 sends you back to 0).", new NoisyRace()),
        new("akata-pd", "Akata et al.'s prisoner's dilemma (JJ 8/8, JF 0/10, FJ 10/0, FF 5/5; actions J/F), 10 rounds.", NormalFormGames.AkataPrisonersDilemma()),
        new("akata-bos", "Akata et al.'s battle of the sexes (JJ 10/7, FF 7/10, else 0/0; player 1 prefers J), 10 rounds.", NormalFormGames.AkataBattleOfTheSexes()),
        new("stag-hunt", "Stag hunt, ordinal (CC 4/4, CD 1/3, DC 3/1, DD 2/2), 200 turns.", NormalFormGames.StagHunt()),
        new("chicken", "Chicken, ordinal (CC 3/3, CD 2/4, DC 4/2, DD 1/1), 200 turns.", NormalFormGames.Chicken()),
        new("harmony", "Harmony, ordinal (CC 4/4, CD 3/2, DC 2/3, DD 1/1), 200 turns.", NormalFormGames.Harmony()),
        new("deadlock", "Deadlock, ordinal (CC 2/2, CD 1/4, DC 4/1, DD 3/3), 200 turns.", NormalFormGames.Deadlock()),
        new("rps", "Rock-paper-scissors, zero-sum (actions R/P/S), 200 turns.", NormalFormGames.RockPaperScissors()),
        .. RobinsonGoforth.All.Select(g => new GameRegistration(g.Id, $"Robinson-Goforth #{g.Number} {g.Name} ({g.Family}), ordinal payoffs, 10 rounds.", g.ToMatrixGame())),
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
