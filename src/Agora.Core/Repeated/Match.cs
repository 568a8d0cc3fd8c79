using System.Numerics;
using System.Runtime.CompilerServices;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated;

/// <summary>Plays two strategies against each other in a repeated <see cref="MatrixGame"/>, as Axelrod's <c>Match</c>.</summary>
/// <remarks>
/// <para>
/// Per play, with generator G = <c>AgoraRandom(seed)</c>: under a probabilistic ending one uniform U is drawn from G
/// and the length is ⌈log(1−U)/log(1−p)⌉ (geometric, at least 1), capped by <see cref="MatchOptions.Turns"/> when
/// given; then each player is reset with what it is told (game, length or unknown, noise) and gets its own generator
/// <c>G.Split()</c>, seat 0 first. Each turn both players choose on the same pre-turn history; then noise flips each
/// intended action with probability p (seat 0's draw first, from G; no draw when p is 0 or 1), and both histories
/// record the flipped actions. In games with more than two actions a flip picks one of the other actions uniformly.
/// </para>
/// <para>
/// A match owns its buffers and reuses them, so after the first play <see cref="PlayInPlace"/> allocates nothing (unless
/// a strategy allocates on reset or a longer probabilistic length needs larger buffers). Not thread-safe: use one
/// match per thread.
/// </para>
/// </remarks>
public sealed class Match
{
    private readonly double[] _payoff0;
    private readonly double[] _payoff1;
    private readonly int _columns;
    private readonly MatchInfo _info0;
    private readonly MatchInfo _info1;
    private readonly bool _twoByTwoIntegerPayoffs;
    private int[] _moves0 = [];
    private int[] _moves1 = [];
    private int _played;
    private bool _drewRandomness;

    /// <summary>Creates a match.</summary>
    /// <param name="game">The stage game; its <see cref="MatrixGame.Rounds"/> is the default length.</param>
    /// <param name="player0">The row player.</param>
    /// <param name="player1">The column player (must not be the same object as <paramref name="player0"/>; clone it for self-play).</param>
    /// <param name="options">Length, noise, ending and discount; defaults when <see langword="null"/>.</param>
    public Match(MatrixGame game, Strategy player0, Strategy player1, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(player0);
        ArgumentNullException.ThrowIfNull(player1);
        if (ReferenceEquals(player0, player1))
        {
            throw new ArgumentException("The two players must be distinct objects; clone a strategy to play it against itself.", nameof(player1));
        }

        Game = game;
        Player0 = player0;
        Player1 = player1;
        Options = options ?? new MatchOptions();
        _columns = game.Columns;
        _payoff0 = new double[game.Rows * game.Columns];
        _payoff1 = new double[game.Rows * game.Columns];
        for (int r = 0; r < game.Rows; r++)
        {
            for (int c = 0; c < game.Columns; c++)
            {
                _payoff0[(r * _columns) + c] = game.Payoff(0, r, c);
                _payoff1[(r * _columns) + c] = game.Payoff(1, r, c);
            }
        }

        _twoByTwoIntegerPayoffs = game.Rows == 2 && game.Columns == 2 && IsSmallInteger(_payoff0) && IsSmallInteger(_payoff1);
        int? announced = Options.ProbEnd is null ? Options.Turns ?? game.Rounds : null;
        _info0 = new MatchInfo(game, 0, announced, Options.Noise);
        _info1 = new MatchInfo(game, 1, announced, Options.Noise);
        if (announced is { } fixedLength)
        {
            EnsureCapacity(fixedLength);
        }
    }

    /// <summary>The stage game.</summary>
    public MatrixGame Game { get; }

    /// <summary>The row player.</summary>
    public Strategy Player0 { get; }

    /// <summary>The column player.</summary>
    public Strategy Player1 { get; }

    /// <summary>The options.</summary>
    public MatchOptions Options { get; }

    /// <summary>Seat 0's recorded moves in the last play.</summary>
    public ReadOnlySpan<int> Moves0 => _moves0.AsSpan(0, _played);

    /// <summary>Seat 1's recorded moves in the last play.</summary>
    public ReadOnlySpan<int> Moves1 => _moves1.AsSpan(0, _played);

    /// <summary>Whether the last play drew any random number: for the length, for noise, or by either player.</summary>
    /// <remarks>When it did not, the play never read its seed, so (players being reset at the start of every match and
    /// taking randomness only from their generators, as <see cref="Strategy"/> requires) every seed gives the same
    /// moves: a tournament may reuse the play for its other repetitions.</remarks>
    internal bool LastPlayDrewRandomness => _drewRandomness;

    /// <summary>Plays once and returns the full result (allocates the result, not per turn).</summary>
    /// <param name="seed">The match seed.</param>
    /// <returns>Move strings, per-turn payoffs, totals, cooperation counts and the state distribution.</returns>
    public MatchResult Play(ulong seed)
    {
        MatchSummary summary = PlayInPlace(seed);
        int n = summary.Turns;
        var states = new int[Game.Rows * _columns];
        var turnPayoff0 = new double[n];
        var turnPayoff1 = new double[n];
        for (int t = 0; t < n; t++)
        {
            int cell = (_moves0[t] * _columns) + _moves1[t];
            states[cell]++;
            turnPayoff0[t] = _payoff0[cell];
            turnPayoff1[t] = _payoff1[cell];
        }

        return new MatchResult(
            Game.Type.ShortName,
            [Player0.Name, Player1.Name],
            [Label(0, _moves0.AsSpan(0, n)), Label(1, _moves1.AsSpan(0, n))],
            [turnPayoff0, turnPayoff1],
            [summary.Score0, summary.Score1],
            [summary.Discounted0, summary.Discounted1],
            [summary.Cooperations0, summary.Cooperations1],
            states,
            n,
            seed);
    }

    /// <summary>Plays once into the match's own buffers; read the moves from <see cref="Moves0"/> and <see cref="Moves1"/>.</summary>
    /// <param name="seed">The match seed.</param>
    /// <returns>The totals.</returns>
    /// <remarks>Compiled optimised on first call: tournaments, Moran processes and fingerprints spend their time in
    /// this loop, and a short command would otherwise run much of it unoptimised while tiered compilation catches up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public MatchSummary PlayInPlace(ulong seed)
    {
        var random = new AgoraRandom(seed);
        int length = SampleLength(ref random);
        EnsureCapacity(length);
        Player0.Reset(_info0);
        Player1.Reset(_info1);
        AgoraRandom random0 = random.Split();
        AgoraRandom random1 = random.Split();
        AgoraRandom unused = random, unused0 = random0, unused1 = random1;
        (int cooperations0, int cooperations1) = Options.Noise > 0
            ? PlayTurns<WithNoise>(length, ref random, ref random0, ref random1)
            : PlayTurns<WithoutNoise>(length, ref random, ref random0, ref random1);
        (double score0, double score1) = Scores(length, cooperations0, cooperations1);

        // Discounting needs the turn order, so it is a second pass over the recorded moves, and only when asked for.
        (double discounted0, double discounted1) = Options.Discount == 1 ? (score0, score1) : Discounted(length);
        _played = length;
        _drewRandomness = Options.ProbEnd is not null || !random.HasSameState(unused) || !random0.HasSameState(unused0) || !random1.HasSameState(unused1);
        return new MatchSummary(length, score0, score1, discounted0, discounted1, cooperations0, cooperations1);
    }

    /// <summary>The turn loop: only what each turn needs (both moves, the noise, the cooperation counts), so that
    /// little stays live across the two virtual <see cref="Strategy.Move"/> calls; the scores are summed afterwards.</summary>
    /// <typeparam name="TNoise"><see cref="WithNoise"/> or <see cref="WithoutNoise"/>: a compile-time switch, so the
    /// noiseless loop carries no noise test.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Cooperations0, int Cooperations1) PlayTurns<TNoise>(int length, ref AgoraRandom random, ref AgoraRandom random0, ref AgoraRandom random1)
        where TNoise : struct
    {
        Strategy player0 = Player0;
        Strategy player1 = Player1;
        Span<int> moves0 = _moves0.AsSpan(0, length);
        Span<int> moves1 = _moves1.AsSpan(0, length);
        int actions0 = Game.Rows;
        int actions1 = _columns;
        int cooperations0 = 0;
        int cooperations1 = 0;
        for (int t = 0; t < moves0.Length; t++)
        {
            var view = new PlayHistory(moves0[..t], moves1[..t], cooperations0, cooperations1);
            int a0 = player0.Move(view, ref random0);
            int a1 = player1.Move(view.Swap(), ref random1);
            if (((uint)a0 >= (uint)actions0) | ((uint)a1 >= (uint)actions1))
            {
                ThrowOutsideTheGame(t, (uint)a0 >= (uint)actions0 ? player0 : player1, a0, a1);
            }

            if (typeof(TNoise) == typeof(WithNoise))
            {
                double noise = Options.Noise;
                a0 = ApplyNoise(a0, actions0, noise, ref random);
                a1 = ApplyNoise(a1, actions1, noise, ref random);
            }

            moves0[t] = a0;
            moves1[t] = a1;
            cooperations0 += a0 == 0 ? 1 : 0;
            cooperations1 += a1 == 0 ? 1 : 0;
        }

        return (cooperations0, cooperations1);
    }

    /// <summary>Both undiscounted totals of the last <paramref name="length"/> recorded turns.</summary>
    /// <remarks>
    /// In a 2×2 game whose payoffs are integers of magnitude at most 2^20, every partial sum is an integer below 2^53,
    /// so any order of summation gives the same double as the turn-by-turn running sum. The totals are then
    /// Σ_cells count · payoff, with the four counts from the cooperation counts and one vectorised pass for the number
    /// of (1, 1) turns (moves are 0 or 1, so that is Σ a0·a1). Otherwise the payoffs are added turn by turn in play order.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per match
    private (double Score0, double Score1) Scores(int length, int cooperations0, int cooperations1)
    {
        ReadOnlySpan<int> moves0 = _moves0.AsSpan(0, length);
        ReadOnlySpan<int> moves1 = _moves1.AsSpan(0, length);
        double score0 = 0, score1 = 0;
        if (_twoByTwoIntegerPayoffs)
        {
            int both1 = CountBothOne(moves0, moves1);
            int only0Plays1 = length - cooperations0 - both1;
            int only1Plays1 = length - cooperations1 - both1;
            int both0 = length - both1 - only0Plays1 - only1Plays1;
            // Starting from +0 as the running sum does keeps a total of −0 payoffs at +0.
            score0 = 0.0 + (both0 * _payoff0[0]) + (only1Plays1 * _payoff0[1]) + (only0Plays1 * _payoff0[2]) + (both1 * _payoff0[3]);
            score1 = 0.0 + (both0 * _payoff1[0]) + (only1Plays1 * _payoff1[1]) + (only0Plays1 * _payoff1[2]) + (both1 * _payoff1[3]);
            return (score0, score1);
        }

        for (int t = 0; t < moves0.Length; t++)
        {
            int cell = (moves0[t] * _columns) + moves1[t];
            score0 += _payoff0[cell];
            score1 += _payoff1[cell];
        }

        return (score0, score1);
    }

    private (double Discounted0, double Discounted1) Discounted(int length)
    {
        double discount = Options.Discount;
        double discounted0 = 0, discounted1 = 0, weight = 1;
        for (int t = 0; t < length; t++)
        {
            int cell = (_moves0[t] * _columns) + _moves1[t];
            discounted0 += weight * _payoff0[cell];
            discounted1 += weight * _payoff1[cell];
            weight *= discount;
        }

        return (discounted0, discounted1);
    }

    private static int ApplyNoise(int action, int actions, double noise, ref AgoraRandom random)
    {
        bool flip = noise >= 1 || random.NextDouble() < noise;
        if (!flip)
        {
            return action;
        }

        return actions == 2 ? 1 - action : (action + 1 + random.NextInt(actions - 1)) % actions;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per match
    private int SampleLength(ref AgoraRandom random)
    {
        if (Options.ProbEnd is not { } p)
        {
            return Options.Turns ?? Game.Rounds;
        }

        double u = random.NextDouble();
        double sampled = p >= 1 ? 1 : Math.Ceiling(Math.Log(1 - u) / Math.Log(1 - p));
        int length = sampled >= int.MaxValue / 2 ? int.MaxValue / 2 : Math.Max(1, (int)sampled);
        return Options.Turns is { } cap ? Math.Min(length, cap) : length;
    }

    private void EnsureCapacity(int length)
    {
        if (_moves0.Length >= length)
        {
            return;
        }

        _moves0 = new int[length];
        _moves1 = new int[length];
    }

    private string Label(int player, ReadOnlySpan<int> moves)
    {
        var builder = new System.Text.StringBuilder(moves.Length);
        foreach (int move in moves)
        {
            builder.Append(Game.ActionToString(player, move));
        }

        return builder.ToString();
    }

    /// <summary>How many turns both seats played action 1 (moves are 0 or 1): Σ a0 &amp; a1, a vector at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per match, and unoptimised Vector<T> code is slow
    private static int CountBothOne(ReadOnlySpan<int> moves0, ReadOnlySpan<int> moves1)
    {
        int t = 0;
        int count = 0;
        if (Vector.IsHardwareAccelerated && moves0.Length >= Vector<int>.Count)
        {
            var sum = Vector<int>.Zero;
            for (; t <= moves0.Length - Vector<int>.Count; t += Vector<int>.Count)
            {
                sum += new Vector<int>(moves0[t..]) & new Vector<int>(moves1[t..]);
            }

            count = Vector.Sum(sum);
        }

        for (; t < moves0.Length; t++)
        {
            count += moves0[t] & moves1[t];
        }

        return count;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowOutsideTheGame(int turn, Strategy player, int a0, int a1) =>
        throw new InvalidOperationException($"Turn {turn}: {player.Name} chose an action outside the game ({a0}, {a1}).");

    private static bool IsSmallInteger(double[] payoffs) => payoffs.All(p => p == Math.Round(p) && Math.Abs(p) <= 1 << 20);

    /// <summary>Selects the turn loop that applies noise.</summary>
    private struct WithNoise;

    /// <summary>Selects the turn loop without noise.</summary>
    private struct WithoutNoise;
}
