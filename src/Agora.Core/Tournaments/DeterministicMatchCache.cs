using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Tournaments;

/// <summary>What identifies a deterministic match: both players' full parameterised names (Axelrod's <c>repr</c>, e.g.
/// <c>Cycler: CCD</c>), in seat order, the game's payoffs and the match length.</summary>
/// <param name="Player0">Seat 0's <see cref="Strategy.Name"/>.</param>
/// <param name="Player1">Seat 1's <see cref="Strategy.Name"/>.</param>
/// <param name="Game">The game's identity: its short name and every payoff.</param>
/// <param name="Turns">The match length.</param>
/// <remarks>Axelrod keys its cache on the bare class name and the pair only, so <c>Cycler('CCD')</c> and
/// <c>Cycler('DDC')</c> share an entry there (spec §5, item 1); this key cannot collide that way.</remarks>
public readonly record struct DeterministicMatchKey(string Player0, string Player1, string Game, int Turns)
{
    /// <summary>The key of a match between two strategies in a game over a number of turns.</summary>
    /// <param name="player0">Seat 0.</param>
    /// <param name="player1">Seat 1.</param>
    /// <param name="game">The stage game.</param>
    /// <param name="turns">The length.</param>
    /// <returns>The key.</returns>
    public static DeterministicMatchKey For(Strategy player0, Strategy player1, MatrixGame game, int turns)
    {
        ArgumentNullException.ThrowIfNull(player0);
        ArgumentNullException.ThrowIfNull(player1);
        return new(player0.Name, player1.Name, GameIdentity(game), turns);
    }

    /// <summary>A game's identity for caching: its short name and all payoffs, so two games with the same name and
    /// different payoffs do not share results.</summary>
    /// <param name="game">The game.</param>
    /// <returns>The identity text.</returns>
    public static string GameIdentity(MatrixGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var text = new StringBuilder(game.Type.ShortName);
        for (int player = 0; player < 2; player++)
        {
            for (int r = 0; r < game.Rows; r++)
            {
                for (int c = 0; c < game.Columns; c++)
                {
                    text.Append(player == 0 && r == 0 && c == 0 ? ':' : ',').Append(game.Payoff(player, r, c).ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>A played deterministic match: its outcome, counts and moves, reused instead of replaying.</summary>
/// <param name="Outcome">Length, totals and cooperation counts.</param>
/// <param name="Moves0">Seat 0's moves as game labels.</param>
/// <param name="Moves1">Seat 1's moves as game labels.</param>
public sealed record DeterministicMatch(MatchOutcome Outcome, string Moves0, string Moves1)
{
    internal long[] Counters { get; init; } = [];
}

/// <summary>Deterministic matches played once and reused: a match is cached only when both strategies are
/// deterministic, there is no noise and no probabilistic ending.</summary>
/// <threadsafety>Safe for concurrent use; two threads may both play the same new match, with identical results.</threadsafety>
public sealed class DeterministicMatchCache
{
    private readonly ConcurrentDictionary<DeterministicMatchKey, DeterministicMatch> _matches = new();

    /// <summary>How many matches are cached.</summary>
    public int Count => _matches.Count;

    /// <summary>Looks a match up.</summary>
    /// <param name="key">The key.</param>
    /// <param name="match">The cached match, when present.</param>
    /// <returns>Whether it was present.</returns>
    public bool TryGet(DeterministicMatchKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeterministicMatch? match) =>
        _matches.TryGetValue(key, out match);

    /// <summary>Stores a match (the first stored for a key wins).</summary>
    /// <param name="key">The key.</param>
    /// <param name="match">The match.</param>
    /// <returns>The match now cached under the key.</returns>
    public DeterministicMatch Add(DeterministicMatchKey key, DeterministicMatch match) => _matches.GetOrAdd(key, match);
}
