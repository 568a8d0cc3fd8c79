using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Axelrod-style versus tests: play a strategy against a script and compare both move strings.</summary>
internal static class Versus
{
    public static MatchResult Play(Strategy player, Strategy opponent, int turns, MatrixGame? game = null, ulong seed = 0, double noise = 0) =>
        new Match(game ?? NormalFormGames.PrisonersDilemma(), player, opponent, new MatchOptions { Turns = turns, Noise = noise }).Play(seed);

    /// <summary>Asserts the player's moves against a cycling opponent script, e.g. Check(new TitForTat(), "CD", "CCDCD").</summary>
    public static void Check(Strategy player, string opponentScript, string expected, MatrixGame? game = null, ulong seed = 0)
    {
        MatchResult result = Play(player, ScriptedStrategy.Of(opponentScript), expected.Length, game, seed);
        string moves = game is null ? result.Moves[0] : Moves.ToString(Moves0(result, game));
        Assert.Equal(expected, moves);
    }

    private static int[] Moves0(MatchResult result, MatrixGame game) =>
        [.. result.Moves[0].Select(c => Enumerable.Range(0, game.Rows).First(a => game.ActionToString(0, a) == c.ToString()))];
}
