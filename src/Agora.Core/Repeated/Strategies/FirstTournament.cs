using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Cooperates for the first n turns, then plays Grudger (Axelrod <c>First by Davis</c>).</summary>
/// <param name="roundsToCooperate">n; 10 by default.</param>
public sealed class FirstByDavis(int roundsToCooperate = 10) : Strategy(StrategyInfo.Of($"First by Davis: {roundsToCooperate}", null, false, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn < roundsToCooperate ? C : history.OpponentDefections > 0 ? D : C;
}

/// <summary>Downing's outcome maximiser: estimates P(opponent C | own last C) and P(opponent C | own last D) and
/// plays whichever action has the higher expected payoff; alternates on ties (Axelrod <c>First by Downing</c>).</summary>
/// <remarks>Downing (1975); opens D, D as the revised reading in Axelrod's source explains. α counts the opponent's
/// first C as an answer to a phantom C before the match; β divides by max(own defections, 2).</remarks>
public sealed class FirstByDowning() : Strategy(StrategyInfo.Of("First by Downing", null, false, StrategyUses.Game, "Axelrod1980"))
{
    private int _cooperationsAfterC;
    private int _cooperationsAfterD;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int round = history.Turn + 1;
        if (round == 1)
        {
            return D;
        }

        if (round == 2)
        {
            _cooperationsAfterC += history.OpponentLast == C ? 1 : 0;
            return D;
        }

        if (history.OpponentLast == C)
        {
            if (history.Own[^2] == C)
            {
                _cooperationsAfterC++;
            }
            else
            {
                _cooperationsAfterD++;
            }
        }

        double alpha = _cooperationsAfterC / (double)(history.OwnCooperations + 1);
        double beta = _cooperationsAfterD / (double)Math.Max(history.OwnDefections, 2);
        double valueC = (alpha * Match.R) + ((1 - alpha) * Match.S);
        double valueD = (beta * Match.T) + ((1 - beta) * Match.P);
        return valueC > valueD ? C : valueC < valueD ? D : Flip(history.OwnLast);
    }

    /// <inheritdoc />
    protected override void OnReset() => (_cooperationsAfterC, _cooperationsAfterD) = (0, 0);
}

/// <summary>TFT whose cooperation after a C decays linearly from 1 to 0.5 over 200 turns (Axelrod <c>First by Feld</c>).</summary>
/// <param name="startCoopProb">1.0 by default.</param>
/// <param name="endCoopProb">0.5 by default.</param>
/// <param name="roundsOfDecay">200 by default.</param>
public sealed class FirstByFeld(double startCoopProb = 1.0, double endCoopProb = 0.5, int roundsOfDecay = 200)
    : Strategy(StrategyInfo.Of($"First by Feld: {Moves.PyFloat(startCoopProb)}, {Moves.PyFloat(endCoopProb)}, {roundsOfDecay}", 200, true, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (history.OpponentLast == D)
        {
            return D;
        }

        double slope = (endCoopProb - startCoopProb) / roundsOfDecay;
        return RandomChoice(ref random, Math.Max(startCoopProb + (slope * history.Turn), endCoopProb));
    }
}

/// <summary>TFT for 50 turns, D on turn 51, TFT for 5 more; then defects for ever against an opponent that looks
/// random (χ² test), plays TFT against TFT-like or identical opponents, and otherwise cooperates with a random
/// defection every 5 to 14 turns (Axelrod <c>First by Graaskamp</c>).</summary>
/// <param name="alpha">The test's significance level; 0.05 by default.</param>
public sealed class FirstByGraaskamp(double alpha = 0.05) : Strategy(StrategyInfo.Of($"First by Graaskamp: {Moves.PyFloat(alpha)}", null, true, references: "Axelrod1980"))
{
    private bool _opponentIsRandom;
    private int _nextRandomDefectionTurn = -1;

    // Histories only grow, so the "copies my previous move" and "same history" checks extend from where they stopped
    // instead of rescanning both histories every turn.
    private int _copiesCheckedTo = 1;
    private bool _copiesBroken;
    private int _twinCheckedTo;
    private bool _twinBroken;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int turn = history.Turn;
        if (turn == 0)
        {
            return C;
        }

        if (turn < 56)
        {
            return history.OpponentLast == D || turn == 50 ? D : C;
        }

        // Once the opponent looks random the answer is D for ever, so the test (which draws no random number) is
        // skipped from then on.
        if (_opponentIsRandom || ChiSquare.PValue(history.OpponentCooperations, history.OpponentDefections) >= alpha)
        {
            _opponentIsRandom = true;
            return D;
        }

        if (IsTitForTatOrTwin(history))
        {
            return history.OpponentLast;
        }

        if (_nextRandomDefectionTurn < 0)
        {
            _nextRandomDefectionTurn = random.NextInt(5, 15) + turn;
        }

        if (turn == _nextRandomDefectionTurn)
        {
            _nextRandomDefectionTurn = random.NextInt(5, 15) + turn;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        (_opponentIsRandom, _nextRandomDefectionTurn) = (false, -1);
        (_copiesCheckedTo, _copiesBroken, _twinCheckedTo, _twinBroken) = (1, false, 0, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    private bool IsTitForTatOrTwin(in PlayHistory history)
    {
        ReadOnlySpan<int> own = history.Own;
        ReadOnlySpan<int> opponent = history.Opponent;
        for (; _copiesCheckedTo < history.Turn && !_copiesBroken; _copiesCheckedTo++)
        {
            _copiesBroken = opponent[_copiesCheckedTo] != own[_copiesCheckedTo - 1];
        }

        for (; _twinCheckedTo < history.Turn && !_twinBroken; _twinCheckedTo++)
        {
            _twinBroken = opponent[_twinCheckedTo] != own[_twinCheckedTo];
        }

        return !_copiesBroken || !_twinBroken;
    }
}

/// <summary>Cooperates when both played the same last turn, otherwise with probability 2/7
/// (Axelrod <c>First by Grofman</c>).</summary>
public sealed class FirstByGrofman() : Strategy(StrategyInfo.Of("First by Grofman", 1, true, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn == 0 || history.OwnLast == history.OpponentLast ? C : RandomChoice(ref random, 2.0 / 7);
}

/// <summary>Nydegger's rule: TFT for three turns (defecting on turn 3 after D, C), then defects exactly when the
/// weighted score of the last three outcomes is in a fixed list (Axelrod <c>First by Nydegger</c>).</summary>
public sealed class FirstByNydegger() : Strategy(StrategyInfo.Of("First by Nydegger", 3, false, references: "Axelrod1980"))
{
    // Bit a is set for each a in {1, 6, 7, 17, 22, 23, 26, 29, 30, 31, 33, 38, 39, 45, 49, 54, 55, 58, 61}: one shift
    // per turn instead of a search through the list.
    private const ulong DefectOn =
        (1UL << 1) | (1UL << 6) | (1UL << 7) | (1UL << 17) | (1UL << 22) | (1UL << 23) | (1UL << 26) | (1UL << 29) |
        (1UL << 30) | (1UL << 31) | (1UL << 33) | (1UL << 38) | (1UL << 39) | (1UL << 45) | (1UL << 49) | (1UL << 54) |
        (1UL << 55) | (1UL << 58) | (1UL << 61);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        switch (history.Turn)
        {
            case 0:
                return C;
            case 1:
                return history.OpponentLast;
            case 2:
                return history.Opponent[0] == D && history.Opponent[1] == C ? D : history.OpponentLast;
        }

        int a = (16 * Outcome(history.Own[^1], history.Opponent[^1])) + (4 * Outcome(history.Own[^2], history.Opponent[^2])) + Outcome(history.Own[^3], history.Opponent[^3]);
        return ((DefectOn >> a) & 1) != 0 ? D : C;
    }

    // CC 0, CD 2, DC 1, DD 3 (own move first).
    private static int Outcome(int own, int opponent) => (opponent == D ? 2 : 0) + (own == D ? 1 : 0);
}

/// <summary>Retaliates for k turns after the opponent's k-th unprovoked defection (Axelrod <c>First by Shubik</c>).</summary>
public sealed class FirstByShubik() : Strategy(StrategyInfo.Of("First by Shubik", null, false, references: "Axelrod1980"))
{
    private Retaliation _retaliation;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (_retaliation.Active)
        {
            _retaliation.Step();
            return D;
        }

        if (history.OpponentLast == D && history.OwnLast == C)
        {
            _retaliation.Start();
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => _retaliation = default;
}

/// <summary>Retaliation counters shared by Shubik and Tideman–Chieruzzi: each new retaliation lasts one turn longer.</summary>
internal struct Retaliation
{
    public bool Active;
    public int Length;
    public int Remaining;

    public void Start()
    {
        Active = true;
        Length++;
        Remaining = Length;
        Step();
    }

    public void Step()
    {
        if (Active && --Remaining == 0)
        {
            Active = false;
        }
    }
}

/// <summary>Cooperates for 4 turns, TFT until turn 15, then every 15 turns tests the opponent for randomness (χ²) and
/// defects against a random one; defects on the last two turns (Axelrod <c>First by Stein and Rapoport</c>).</summary>
/// <param name="alpha">The significance level; 0.05 by default.</param>
public sealed class FirstBySteinAndRapoport(double alpha = 0.05)
    : Strategy(StrategyInfo.Of($"First by Stein and Rapoport: {Moves.PyFloat(alpha)}: (D, D)", null, false, StrategyUses.Length, "Axelrod1980"))
{
    private bool _opponentIsRandom;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner(history);
        return Match.Length is { } length && history.Turn >= length - 2 ? D : action;
    }

    /// <inheritdoc />
    protected override void OnReset() => _opponentIsRandom = false;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    private int Inner(in PlayHistory history)
    {
        int round = history.Turn + 1;
        if (round < 5)
        {
            return C;
        }

        if (round < 15)
        {
            return history.OpponentLast;
        }

        if (round % 15 == 0)
        {
            _opponentIsRandom = ChiSquare.PValue(history.OpponentCooperations, history.OpponentDefections) >= alpha;
        }

        return _opponentIsRandom ? D : history.OpponentLast;
    }
}

/// <summary>Tideman and Chieruzzi: TFT with growing retaliations, and a "fresh start" (two C's, counters cleared)
/// when it leads by 10 points, at least 10 turns remain, the opponent just cooperated and its defections are more
/// than 3 standard deviations from half its moves; defects on the last two turns
/// (Axelrod <c>First by Tideman and Chieruzzi</c>).</summary>
public sealed class FirstByTidemanAndChieruzzi()
    : Strategy(StrategyInfo.Of("First by Tideman and Chieruzzi: (D, D)", null, false, StrategyUses.Game | StrategyUses.Length, "Axelrod1980"))
{
    private Retaliation _retaliation;
    private double _ownScore;
    private double _opponentScore;
    private int _lastFreshStart;
    private bool _freshStart;
    private int _rememberedDefections;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner(history);
        return Match.Length is { } length && history.Turn >= length - 2 ? D : action;
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _retaliation = default;
        (_ownScore, _opponentScore, _lastFreshStart, _freshStart, _rememberedDefections) = (0, 0, 0, false, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    private int Inner(in PlayHistory history)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (history.OpponentLast == D)
        {
            _rememberedDefections++;
        }

        _ownScore += Match.Payoff(history.OwnLast, history.OpponentLast);
        _opponentScore += Match.OpponentPayoff(history.OwnLast, history.OpponentLast);
        if (_freshStart)
        {
            _freshStart = false;
            return C;
        }

        int round = history.Turn + 1;
        bool validFreshStart = _lastFreshStart == 0 || round - _lastFreshStart >= 20;

        // Axelrod compares length − round with 10; an unknown length (inf) always passes.
        bool roundsLeft = Match.Length is not { } length || length - round >= 10;
        if (validFreshStart && _ownScore - _opponentScore >= 10 && roundsLeft && history.OpponentLast == C)
        {
            int n = history.Turn;
            double sd = Math.Sqrt(n) / 2;
            double lower = (n / 2.0) - (3 * sd);
            double upper = (n / 2.0) + (3 * sd);
            if (_rememberedDefections <= lower || _rememberedDefections >= upper)
            {
                _lastFreshStart = round;
                _retaliation = default;
                _rememberedDefections = 0;
                _freshStart = true;
                return C;
            }
        }

        if (_retaliation.Active)
        {
            _retaliation.Step();
            return D;
        }

        if (history.OpponentLast == D)
        {
            _retaliation.Start();
            return D;
        }

        return C;
    }
}

/// <summary>Cooperates for 11 turns, then with probability (opponent's C rate over the last 10 turns − 0.1)
/// (Axelrod <c>First by Tullock</c>).</summary>
public sealed class FirstByTullock() : Strategy(StrategyInfo.Of("First by Tullock", 11, true, references: "Axelrod1980"))
{
    // The opponent's D count over its last ten moves, slid by one move per turn rather than recounted.
    private int _recentDefections;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int turn = history.Turn;
        if (turn > 0)
        {
            _recentDefections += history.OpponentLast == D ? 1 : 0;
            _recentDefections -= turn > 10 && history.Opponent[turn - 11] == D ? 1 : 0;
        }

        if (turn < 11)
        {
            return C;
        }

        int cooperations = 10 - _recentDefections;
        return RandomChoice(ref random, Math.Max(0, (cooperations / 10.0) - 0.1));
    }

    /// <inheritdoc />
    protected override void OnReset() => _recentDefections = 0;
}

/// <summary>Cooperates each turn with a probability drawn uniformly from [0.3, 0.7] (Axelrod <c>First by Anonymous</c>).</summary>
public sealed class FirstByAnonymous() : Strategy(StrategyInfo.Of("First by Anonymous", 0, true, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        RandomChoice(ref random, (3 + (4 * random.NextDouble())) / 10);
}
