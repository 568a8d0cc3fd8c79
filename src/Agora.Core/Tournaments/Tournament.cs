using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Core.Tournaments;

/// <summary>A round-robin (or spatial) tournament of repeated-game strategies, as Axelrod's <c>Tournament</c>, with
/// the results computed in memory as a <see cref="ResultSet"/>.</summary>
/// <remarks>
/// <para>
/// Pairs are (i, j) with i ≤ j in the order (0,0), (0,1) … (0,n−1), (1,1) …, or the given edges; every pair plays
/// <see cref="TournamentOptions.Repetitions"/> matches between fresh clones of its two players (seat 0 = i). Self-play
/// stays in the payoff matrix and is excluded from scores, wins and the ranking.
/// </para>
/// <para>
/// Seeding: the match of pair k in repetition r gets the seed <c>AgoraRandom(seed).Fork(k).Fork(r).NextUInt64()</c>,
/// a fixed function of the tournament seed, k and r, never of the schedule; pairs run in parallel on
/// <see cref="TournamentOptions.Jobs"/> threads and write into fixed slots, so any jobs count gives bit-identical
/// results. This differs from Axelrod's stream of bulk seeds, so stochastic players do not replay Axelrod's numbers.
/// </para>
/// <para>
/// A match between two deterministic strategies without noise or probabilistic ending is played once and reused for
/// every repetition (and for any other pair with the same key), cached by <see cref="DeterministicMatchKey"/>: both
/// full parameterised names, the game's payoffs and the length (Axelrod keys on bare names, spec §5 item 1). A match
/// with a stochastic player whose first repetition drew no random number (e.g. First by Grofman against Tit For Tat:
/// it only draws after a disagreement) never read its seed, so its first play stands for every repetition too.
/// </para>
/// </remarks>
public sealed class Tournament
{
    private readonly Strategy[] _players;
    private readonly (int First, int Second)[] _pairs;
    private readonly MatchOptions _matchOptions;

    /// <summary>Creates a tournament.</summary>
    /// <param name="game">A 2×2 stage game (C = action 0, D = action 1).</param>
    /// <param name="players">Prototype strategies, at least two; each match plays clones of them.</param>
    /// <param name="options">Length, repetitions, noise, ending, edges and jobs; defaults when <see langword="null"/>.</param>
    /// <param name="cache">A deterministic-match cache to share between tournaments; a fresh one when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The game is not 2×2, fewer than two players, or bad edges (message names them).</exception>
    public Tournament(MatrixGame game, IReadOnlyList<Strategy> players, TournamentOptions? options = null, DeterministicMatchCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(players);
        if (game.Rows != 2 || game.Columns != 2)
        {
            throw new ArgumentException($"game: a tournament needs a 2×2 game; '{game.Type.ShortName}' is {game.Rows}×{game.Columns}.", nameof(game));
        }

        if (players.Count < 2)
        {
            throw new ArgumentException($"players: a tournament needs at least two players; got {players.Count}.", nameof(players));
        }

        Game = game;
        Options = options ?? new TournamentOptions();
        _players = [.. players];
        foreach (Strategy player in _players)
        {
            ArgumentNullException.ThrowIfNull(player, nameof(players));
        }

        _pairs = TournamentPairs.Build(_players.Length, Options.Edges);
        _matchOptions = new MatchOptions { Turns = Options.Turns, Noise = Options.Noise, ProbEnd = Options.ProbEnd };
        Cache = cache ?? new DeterministicMatchCache();
    }

    /// <summary>The stage game.</summary>
    public MatrixGame Game { get; }

    /// <summary>The options.</summary>
    public TournamentOptions Options { get; }

    /// <summary>The deterministic-match cache this tournament reads and fills.</summary>
    public DeterministicMatchCache Cache { get; }

    /// <summary>The players' names in input order.</summary>
    public IReadOnlyList<string> PlayerNames => [.. _players.Select(p => p.Name)];

    /// <summary>The pairs that play, in play order.</summary>
    public IReadOnlyList<(int First, int Second)> Pairs => _pairs;

    /// <summary>The seed of pair <paramref name="pairIndex"/>'s match in repetition <paramref name="repetition"/>.</summary>
    /// <param name="seed">The tournament seed.</param>
    /// <param name="pairIndex">The pair's index in <see cref="Pairs"/>.</param>
    /// <param name="repetition">The repetition, from 0.</param>
    /// <returns>The match seed.</returns>
    public static ulong MatchSeed(ulong seed, int pairIndex, int repetition) =>
        new AgoraRandom(seed).Fork((ulong)pairIndex).Fork((ulong)repetition).NextUInt64();

    /// <summary>Plays every pair and builds the results.</summary>
    /// <param name="seed">The tournament seed.</param>
    /// <param name="cancellationToken">Stops between pairs.</param>
    /// <returns>The results.</returns>
    public ResultSet Play(ulong seed, CancellationToken cancellationToken = default)
    {
        int repetitions = Options.Repetitions;
        var outcomes = new MatchOutcome[_pairs.Length * repetitions];
        var counters = new long[_pairs.Length][];
        TournamentInteraction[]? interactions = Options.KeepInteractions ? new TournamentInteraction[outcomes.Length] : null;
        if (Options.Jobs == 1)
        {
            for (int k = 0; k < _pairs.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                counters[k] = PlayPair(k, seed, outcomes, interactions);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Jobs, CancellationToken = cancellationToken };
            Parallel.For(0, _pairs.Length, parallel, k => counters[k] = PlayPair(k, seed, outcomes, interactions));
        }

        return ResultSetBuilder.Build([.. _players.Select(p => p.Name)], _pairs, repetitions, outcomes, counters, interactions, Options);
    }

    private long[] PlayPair(int k, ulong seed, MatchOutcome[] outcomes, TournamentInteraction[]? interactions)
    {
        var (i, j) = _pairs[k];
        var match = new Match(Game, _players[i].Clone(), _players[j].Clone(), _matchOptions);
        int repetitions = Options.Repetitions;
        var totals = new long[MatchCounters.Size];
        AgoraRandom pairSeeds = new AgoraRandom(seed).Fork((ulong)k); // MatchSeed's stream for this pair, derived once
        bool deterministic = !match.Player0.Info.Stochastic && !match.Player1.Info.Stochastic && Options.Noise == 0 && Options.ProbEnd is null;
        if (deterministic)
        {
            var key = DeterministicMatchKey.For(match.Player0, match.Player1, Game, Options.Turns ?? Game.Rounds);
            if (!Cache.TryGet(key, out DeterministicMatch? cached))
            {
                cached = Cache.Add(key, PlayOnce(match, pairSeeds.Fork(0).NextUInt64()));
            }

            MatchCounters.Add(totals, cached.Counters, repetitions);
            for (int r = 0; r < repetitions; r++)
            {
                outcomes[(k * repetitions) + r] = cached.Outcome;
                if (interactions is not null)
                {
                    interactions[(k * repetitions) + r] = new TournamentInteraction(i, j, r, pairSeeds.Fork((ulong)r).NextUInt64(), cached.Moves0, cached.Moves1, cached.Outcome.Score0, cached.Outcome.Score1);
                }
            }

            return totals;
        }

        Span<long> counts = stackalloc long[MatchCounters.Size];
        for (int r = 0; r < repetitions; r++)
        {
            ulong matchSeed = pairSeeds.Fork((ulong)r).NextUInt64();
            MatchSummary summary = match.PlayInPlace(matchSeed);
            MatchCounters.Count(match.Moves0, match.Moves1, counts);
            MatchCounters.Add(totals, counts, 1);
            var outcome = new MatchOutcome(summary.Turns, summary.Score0, summary.Score1, summary.Cooperations0, summary.Cooperations1);
            outcomes[(k * repetitions) + r] = outcome;
            string? moves0 = null, moves1 = null;
            if (interactions is not null)
            {
                (moves0, moves1) = (Label(0, match.Moves0), Label(1, match.Moves1));
                interactions[(k * repetitions) + r] = new TournamentInteraction(i, j, r, matchSeed, moves0, moves1, outcome.Score0, outcome.Score1);
            }

            if (r == 0 && !match.LastPlayDrewRandomness)
            {
                // The first play drew no random number, so it never read its seed: every repetition plays the same.
                MatchCounters.Add(totals, counts, repetitions - 1);
                for (int rest = 1; rest < repetitions; rest++)
                {
                    outcomes[(k * repetitions) + rest] = outcome;
                    if (interactions is not null)
                    {
                        interactions[(k * repetitions) + rest] = new TournamentInteraction(i, j, rest, pairSeeds.Fork((ulong)rest).NextUInt64(), moves0!, moves1!, outcome.Score0, outcome.Score1);
                    }
                }

                break;
            }
        }

        return totals;
    }

    private DeterministicMatch PlayOnce(Match match, ulong matchSeed)
    {
        MatchSummary summary = match.PlayInPlace(matchSeed);
        var counts = new long[MatchCounters.Size];
        MatchCounters.Count(match.Moves0, match.Moves1, counts);
        var outcome = new MatchOutcome(summary.Turns, summary.Score0, summary.Score1, summary.Cooperations0, summary.Cooperations1);
        return new DeterministicMatch(outcome, Label(0, match.Moves0), Label(1, match.Moves1)) { Counters = counts };
    }

    private string Label(int seat, ReadOnlySpan<int> moves)
    {
        var text = new char[moves.Length];
        string zero = Game.ActionToString(seat, 0);
        string one = Game.ActionToString(seat, 1);
        bool single = zero.Length == 1 && one.Length == 1;
        if (!single)
        {
            return string.Join(string.Empty, moves.ToArray().Select(m => Game.ActionToString(seat, m)));
        }

        for (int t = 0; t < moves.Length; t++)
        {
            text[t] = moves[t] == 0 ? zero[0] : one[0];
        }

        return new string(text);
    }
}
