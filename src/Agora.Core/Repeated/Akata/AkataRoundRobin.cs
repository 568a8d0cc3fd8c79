using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Akata;

/// <summary>Plays every ordered pair of a list of players, self-play included, in one repeated game: Akata et al.'s
/// design, where every model meets every model (itself too) as player 1 and as player 2.</summary>
/// <remarks>
/// Each match gets its own seed derived from the trial seed and the game and both players' names, so a match's result
/// does not depend on which other players take part or in what order. Players are cloned for every match, so the
/// prototypes are never mutated and self-play uses two distinct objects.
/// </remarks>
public static class AkataRoundRobin
{
    /// <summary>Plays the round robin.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="players">Prototype players (cloned per match); names must be distinct.</param>
    /// <param name="rounds">Rounds per match.</param>
    /// <param name="seed">The seed from which every match seed derives.</param>
    /// <param name="cancellationToken">Checked between matches.</param>
    /// <returns>n² outcomes, seat-0 player major.</returns>
    public static IReadOnlyList<PairOutcome> Play(MatrixGame game, IReadOnlyList<Strategy> players, int rounds, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(players);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        if (players.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != players.Count)
        {
            throw new ArgumentException("Round-robin players must have distinct names.", nameof(players));
        }

        var options = new MatchOptions { Turns = rounds };
        var outcomes = new List<PairOutcome>(players.Count * players.Count);
        for (int i = 0; i < players.Count; i++)
        {
            for (int j = 0; j < players.Count; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var match = new Match(game, players[i].Clone(), players[j].Clone(), options);
                var result = match.Play(AgoraRandom.DeriveSeed(seed, $"{game.Type.ShortName}/{players[i].Name}/{players[j].Name}"));
                int columns = game.Columns;
                int same = 0;
                for (int a = 0; a < Math.Min(game.Rows, columns); a++)
                {
                    same += result.StateCounts[(a * columns) + a];
                }

                outcomes.Add(new PairOutcome(i, j, result.Scores[0], result.Scores[1], result.Turns, result.StateCounts[0], same, result.Moves[0], result.Moves[1]));
            }
        }

        return outcomes;
    }
}
