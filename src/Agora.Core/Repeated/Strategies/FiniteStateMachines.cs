using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>A finite-state-machine player: a first move, then (state, opponent's last move) → (next state, move)
/// (Axelrod <c>FSMPlayer</c>; Ashlock and Kim 2008 for the evolved machines).</summary>
public sealed class FsmPlayer : Strategy
{
    private readonly int[] _next;
    private readonly int[] _action;
    private readonly int _initialState;
    private readonly int _initialAction;
    private int _state;

    /// <summary>Creates a machine.</summary>
    /// <param name="name">The display name.</param>
    /// <param name="transitions">Rows (state, opponent move, next state, own move), states any non-negative ids.</param>
    /// <param name="initialState">The starting state.</param>
    /// <param name="initialAction">The first move.</param>
    public FsmPlayer(string name, (int State, int Opponent, int Next, int Action)[] transitions, int initialState, int initialAction)
        : base(StrategyInfo.Of(name, null, false, references: "Ashlock2008"))
    {
        ArgumentNullException.ThrowIfNull(transitions);
        int states = transitions.Max(t => Math.Max(t.State, t.Next)) + 1;
        _next = new int[states * 2];
        _action = new int[states * 2];
        Array.Fill(_next, -1);
        foreach (var (state, opponent, next, action) in transitions)
        {
            _next[(state * 2) + opponent] = next;
            _action[(state * 2) + opponent] = action;
        }

        foreach (var (_, _, next, _) in transitions)
        {
            if (_next[next * 2] < 0 || _next[(next * 2) + 1] < 0)
            {
                throw new ArgumentException($"State {next} of {name} lacks a transition.", nameof(transitions));
            }
        }

        (_initialState, _initialAction, _state) = (initialState, initialAction, initialState);
    }

    /// <summary>The machines in Axelrod's library that Agora ships, in Axelrod's notation.</summary>
    /// <returns>Fresh instances.</returns>
    public static IEnumerable<Func<FsmPlayer>> Library() =>
    [
        () => new("Fortress3", [(1, C, 1, D), (1, D, 2, D), (2, C, 1, D), (2, D, 3, C), (3, C, 3, C), (3, D, 1, D)], 1, D),
        () => new("Fortress4", [(1, C, 1, D), (1, D, 2, D), (2, C, 1, D), (2, D, 3, D), (3, C, 1, D), (3, D, 4, C), (4, C, 4, C), (4, D, 1, D)], 1, D),
        () => new("Predator", [(0, C, 0, D), (0, D, 1, D), (1, C, 2, D), (1, D, 3, D), (2, C, 4, C), (2, D, 3, D), (3, C, 5, D), (3, D, 4, C), (4, C, 2, C), (4, D, 6, D), (5, C, 7, D), (5, D, 3, D), (6, C, 7, C), (6, D, 7, D), (7, C, 8, D), (7, D, 7, D), (8, C, 8, D), (8, D, 6, D)], 0, C),
        () => new("Pun1", [(1, C, 2, C), (1, D, 2, C), (2, C, 1, C), (2, D, 1, D)], 1, D),
        () => new("Raider", [(0, C, 2, D), (0, D, 2, D), (1, C, 1, C), (1, D, 1, D), (2, C, 0, D), (2, D, 3, C), (3, C, 0, D), (3, D, 1, C)], 0, D),
        () => new("Ripoff", [(1, C, 2, C), (1, D, 3, C), (2, C, 1, D), (2, D, 3, C), (3, C, 3, C), (3, D, 3, D)], 1, D),
        () => new("UsuallyCooperates", [(1, C, 1, C), (1, D, 2, C), (2, C, 1, D), (2, D, 1, C)], 1, C),
        () => new("UsuallyDefects", [(1, C, 2, D), (1, D, 1, D), (2, C, 1, D), (2, D, 1, C)], 1, D),
        () => new("SolutionB1", [(1, C, 2, D), (1, D, 1, D), (2, C, 2, C), (2, D, 3, C), (3, C, 3, C), (3, D, 3, C)], 1, D),
        () => new("SolutionB5", [(1, C, 2, C), (1, D, 6, D), (2, C, 2, C), (2, D, 3, D), (3, C, 6, C), (3, D, 1, D), (4, C, 3, C), (4, D, 6, D), (5, C, 5, D), (5, D, 4, D), (6, C, 3, C), (6, D, 5, D)], 1, D),
        () => new("Thumper", [(1, C, 1, C), (1, D, 2, D), (2, C, 1, D), (2, D, 1, D)], 1, C),
        () => new("Evolved FSM 4", [(0, C, 0, C), (0, D, 2, D), (1, C, 3, D), (1, D, 0, C), (2, C, 2, D), (2, D, 1, C), (3, C, 3, D), (3, D, 1, D)], 0, C),
        () => new("Evolved FSM 6", [(2, C, 2, D), (2, D, 7, D), (3, C, 6, D), (3, D, 4, C), (4, C, 4, C), (4, D, 6, D), (5, C, 2, D), (5, D, 7, D), (6, C, 3, C), (6, D, 5, D), (7, C, 2, C), (7, D, 3, D)], 4, C),
        () => new("TF1", [(0, C, 7, C), (0, D, 1, C), (1, C, 11, D), (1, D, 11, D), (2, C, 8, D), (2, D, 8, C), (3, C, 3, C), (3, D, 12, D), (4, C, 6, C), (4, D, 3, C), (5, C, 11, C), (5, D, 8, D), (6, C, 13, D), (6, D, 14, C), (7, C, 4, D), (7, D, 2, D), (8, C, 14, D), (8, D, 8, D), (9, C, 0, C), (9, D, 10, D), (10, C, 8, C), (10, D, 15, C), (11, C, 6, D), (11, D, 5, D), (12, C, 6, D), (12, D, 9, D), (13, C, 9, D), (13, D, 8, D), (14, C, 8, D), (14, D, 13, D), (15, C, 4, C), (15, D, 5, C)], 0, C),
        () => new("TF2", [(0, C, 13, D), (0, D, 12, D), (1, C, 3, D), (1, D, 4, D), (2, C, 14, D), (2, D, 9, D), (3, C, 0, C), (3, D, 1, D), (4, C, 1, D), (4, D, 2, D), (7, C, 12, D), (7, D, 2, D), (8, C, 7, D), (8, D, 9, D), (9, C, 8, D), (9, D, 0, D), (10, C, 2, C), (10, D, 15, C), (11, C, 7, D), (11, D, 13, D), (12, C, 3, C), (12, D, 8, D), (13, C, 7, C), (13, D, 10, D), (14, C, 10, D), (14, D, 7, D), (15, C, 15, C), (15, D, 11, D)], 0, C),
        () => new("TF3", [(0, C, 0, C), (0, D, 3, C), (1, C, 5, D), (1, D, 0, C), (2, C, 3, C), (2, D, 2, D), (3, C, 4, D), (3, D, 6, D), (4, C, 3, C), (4, D, 1, D), (5, C, 6, C), (5, D, 3, D), (6, C, 6, D), (6, D, 6, D), (7, C, 7, D), (7, D, 5, C)], 0, C),
    ];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return _initialAction;
        }

        int cell = (_state * 2) + history.OpponentLast;
        _state = _next[cell];
        return _action[cell];
    }

    /// <inheritdoc />
    protected override void OnReset() => _state = _initialState;
}

/// <summary>A lookup-table player keyed by its own last k moves, the opponent's last m moves and the opponent's first j
/// moves (Axelrod <c>LookerUp</c>).</summary>
/// <remarks>The pattern lists the responses for keys in Axelrod's order: all (own, opponent, openings) tuples with C
/// before D, own moves most significant, each tuple oldest move first. Before the table applies, it plays its initial
/// moves (padded with C to max(k, m, j)).</remarks>
public sealed class LookerUp : Strategy
{
    private readonly int _ownDepth;
    private readonly int _opponentDepth;
    private readonly int _openingsDepth;
    private readonly int[] _pattern;
    private readonly int[] _initial;

    /// <summary>Creates a table player.</summary>
    /// <param name="name">The display name.</param>
    /// <param name="ownDepth">k.</param>
    /// <param name="opponentDepth">m.</param>
    /// <param name="openingsDepth">j.</param>
    /// <param name="pattern">2^(k+m+j) responses as C/D letters.</param>
    /// <param name="initial">Opening moves as C/D letters.</param>
    public LookerUp(string name, int ownDepth, int opponentDepth, int openingsDepth, string pattern, string initial)
        : base(StrategyInfo.Of(name, openingsDepth > 0 ? null : Math.Max(ownDepth, opponentDepth), false, references: "Axelrod1984"))
    {
        (_ownDepth, _opponentDepth, _openingsDepth) = (ownDepth, opponentDepth, openingsDepth);
        _pattern = Moves.Parse(pattern);
        if (_pattern.Length != 1 << (ownDepth + opponentDepth + openingsDepth))
        {
            throw new ArgumentException($"Pattern must have {1 << (ownDepth + opponentDepth + openingsDepth)} moves, got {_pattern.Length}.", nameof(pattern));
        }

        int depth = Math.Max(ownDepth, Math.Max(opponentDepth, openingsDepth));
        int[] given = Moves.Parse(initial);
        _initial = [.. given.Take(depth), .. Enumerable.Repeat(C, Math.Max(0, depth - given.Length))];
    }

    /// <summary>k: how many of its own last moves the key holds.</summary>
    public int OwnDepth => _ownDepth;

    /// <summary>m: how many of the opponent's last moves the key holds.</summary>
    public int OpponentDepth => _opponentDepth;

    /// <summary>j: how many of the opponent's first moves the key holds.</summary>
    public int OpeningsDepth => _openingsDepth;

    /// <summary>The responses as C/D letters, in key order (the genome that evolution mutates).</summary>
    public string Pattern => Moves.ToString(_pattern);

    /// <summary>The opening moves as C/D letters (padded to max(k, m, j)).</summary>
    public string Initial => Moves.ToString(_initial);

    /// <summary>The tables in Axelrod's library that Agora ships.</summary>
    /// <returns>Fresh instances.</returns>
    public static IEnumerable<Func<LookerUp>> Library() =>
    [
        () => new("LookerUp", 0, 1, 0, "CD", "C"),
        () => new("Winner12", 1, 2, 0, "CDCDDCDD", "CC"),
        () => new("Winner21", 1, 2, 0, "CDCDCDDD", "DC"),
        () => new("EvolvedLookerUp1_1_1", 1, 1, 1, "CDDDDCDD", "C"),
        () => new("EvolvedLookerUp2_2_2", 2, 2, 2, "CDDCDCDDCDDDCDDDDDCDCDCCCDDCCDCDDDCCCCCDDDCDDDDDDDDDCCDDCDDDCCCD", "CC"),
    ];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn < _initial.Length)
        {
            return _initial[history.Turn];
        }

        int key = 0;
        foreach (int move in history.Own[^_ownDepth..])
        {
            key = (key << 1) | move;
        }

        foreach (int move in history.Opponent[^_opponentDepth..])
        {
            key = (key << 1) | move;
        }

        foreach (int move in history.Opponent[.._openingsDepth])
        {
            key = (key << 1) | move;
        }

        return _pattern[key];
    }
}
