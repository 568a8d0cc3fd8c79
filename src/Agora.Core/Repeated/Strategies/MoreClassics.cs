using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>C first; switches its own move whenever the opponent defects (Axelrod <c>Appeaser</c>).</summary>
public sealed class Appeaser() : Strategy(StrategyInfo.Of("Appeaser", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn == 0 ? C : history.OpponentLast == D ? Flip(history.OwnLast) : history.OwnLast;
}

/// <summary>Defects while more than 10% of the opponent's moves were defections (Axelrod <c>Forgiver</c>).</summary>
public sealed class Forgiver() : Strategy(StrategyInfo.Of("Forgiver", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.OpponentDefections > history.Turn / 10.0 ? D : C;
}

/// <summary>TFT while more than 10% of the opponent's moves were defections, else C (Axelrod <c>Forgiving Tit For Tat</c>).</summary>
public sealed class ForgivingTitForTat() : Strategy(StrategyInfo.Of("Forgiving Tit For Tat", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.OpponentDefections > history.Turn / 10.0 ? history.OpponentLast : C;
}

/// <summary>TFT that keeps defecting after five own defections in a row (Axelrod <c>Resurrection</c>).</summary>
public sealed class Resurrection() : Strategy(StrategyInfo.Of("Resurrection", 5, false, references: "Eckhart2015"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn == 0 ? C : history.Turn >= 5 && !history.Own[^5..].Contains(C) ? D : history.OpponentLast;
}

/// <summary>TFT that defects after five own C's in a row and cooperates after five D's (Axelrod <c>DoubleResurrection</c>).</summary>
public sealed class DoubleResurrection() : Strategy(StrategyInfo.Of("DoubleResurrection", 5, false, references: "Eckhart2015"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (history.Turn >= 5 && !history.Own[^5..].Contains(D))
        {
            return D;
        }

        return history.Turn >= 5 && !history.Own[^5..].Contains(C) ? C : history.OpponentLast;
    }
}

/// <summary>Defects after an opponent D when the opponent's C's are at most twice its D's (Axelrod <c>Doubler</c>).</summary>
public sealed class Doubler() : Strategy(StrategyInfo.Of("Doubler", null, false, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn > 0 && history.OpponentLast == D && history.OpponentCooperations <= history.OpponentDefections * 2 ? D : C;
}

/// <summary>C for three turns, then the opponent's majority move, copying its last move on a tie (Axelrod <c>VeryBad</c>).</summary>
public sealed class VeryBad() : Strategy(StrategyInfo.Of("VeryBad", null, false, references: "Andre2013"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn < 3)
        {
            return C;
        }

        int c = history.OpponentCooperations;
        int d = history.OpponentDefections;
        return c > d ? C : c < d ? D : history.OpponentLast;
    }
}

/// <summary>After ten turns, cooperates or defects when the opponent's last ten moves lean that way by at least three,
/// else copies its last move (Axelrod <c>ShortMem</c>).</summary>
public sealed class ShortMem() : Strategy(StrategyInfo.Of("ShortMem", 10, false, references: "Andre2013"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn <= 10)
        {
            return C;
        }

        int d = history.Opponent[^10..].Count(D);
        int c = 10 - d;
        return c - d >= 3 ? C : d - c >= 3 ? D : history.OpponentLast;
    }
}

/// <summary>TFT with deadlock and randomness detection (Axelrod <c>Omega TFT</c>; Slany and Kienreich 2007).</summary>
/// <param name="deadlockThreshold">3 by default.</param>
/// <param name="randomnessThreshold">8 by default.</param>
public sealed class OmegaTitForTat(int deadlockThreshold = 3, int randomnessThreshold = 8)
    : Strategy(StrategyInfo.Of($"Omega TFT: {deadlockThreshold}, {randomnessThreshold}", null, false, references: "Slany2007"))
{
    private int _randomnessCounter;
    private int _deadlockCounter;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (history.Turn == 1)
        {
            return history.OpponentLast;
        }

        if (_deadlockCounter >= deadlockThreshold)
        {
            _deadlockCounter = _deadlockCounter == deadlockThreshold ? deadlockThreshold + 1 : 0;
            return C;
        }

        ReadOnlySpan<int> opponent = history.Opponent;
        if (opponent[^2] == C && opponent[^1] == C)
        {
            _randomnessCounter--;
        }

        if (opponent[^2] != opponent[^1])
        {
            _randomnessCounter++;
        }

        if (history.OwnLast != opponent[^1])
        {
            _randomnessCounter++;
        }

        if (_randomnessCounter >= randomnessThreshold)
        {
            return D;
        }

        _deadlockCounter = opponent[^2] != opponent[^1] ? _deadlockCounter + 1 : 0;
        return opponent[^1];
    }

    /// <inheritdoc />
    protected override void OnReset() => (_randomnessCounter, _deadlockCounter) = (0, 0);
}

/// <summary>Cooperates, but after three turns defects while the opponent has not defected in its last ten moves
/// (Axelrod <c>Tricky Cooperator</c>).</summary>
public sealed class TrickyCooperator() : Strategy(StrategyInfo.Of("Tricky Cooperator", 10, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn >= 3 && !history.Opponent[Math.Max(0, history.Turn - 10)..].Contains(D) ? D : C;
}

/// <summary>Defects, but cooperates when an opponent that has cooperated before defected three times in a row
/// (Axelrod <c>Tricky Defector</c>).</summary>
public sealed class TrickyDefector() : Strategy(StrategyInfo.Of("Tricky Defector", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.OpponentCooperations > 0 && history.Turn >= 3 && !history.Opponent[^3..].Contains(C) ? C : D;
}

/// <summary>Plays the Thue–Morse sequence t(n) = popcount(n) mod 2, with 0 as D (Axelrod <c>ThueMorse</c>) or, inverted,
/// 0 as C (<c>ThueMorseInverse</c>).</summary>
/// <param name="inverse">Whether 0 maps to C.</param>
public sealed class ThueMorse(bool inverse = false) : Strategy(StrategyInfo.Of(inverse ? "ThueMorseInverse" : "ThueMorse", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int value = System.Numerics.BitOperations.PopCount((uint)history.Turn) & 1;
        return (value == 0) != inverse ? D : C;
    }
}

/// <summary>After n opponent defections in a row, defects d times then cooperates c times (Axelrod
/// <c>General Soft Grudger: n=1,d=4,c=2</c>).</summary>
/// <param name="n">Consecutive defections that trigger the grudge; 1 by default.</param>
/// <param name="d">Defections in the grudge, the triggering one included; 4 by default.</param>
/// <param name="c">Cooperations that close it; 2 by default.</param>
public sealed class GeneralSoftGrudger(int n = 1, int d = 4, int c = 2) : Strategy(StrategyInfo.Of($"General Soft Grudger: n={n},d={d},c={c}", null, false))
{
    private bool _grudged;
    private int _grudgeMemory;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (_grudged)
        {
            int action = _grudgeMemory < d - 1 ? D : C;
            if (++_grudgeMemory == d - 1 + c)
            {
                (_grudged, _grudgeMemory) = (false, 0);
            }

            return action;
        }

        if (history.Turn >= n && !history.Opponent[^n..].Contains(C))
        {
            _grudged = true;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_grudged, _grudgeMemory) = (false, 0);
}

/// <summary>Downing's rule as revised for Axelrod's second tournament: estimates P(opponent C | own C two turns ago)
/// and P(opponent C | own D two turns ago), opens with C, and picks C, alternation or D by comparing 6g − 8b − 2 with
/// 4g − 5b − 1 (Axelrod <c>Revised Downing</c>).</summary>
public sealed class RevisedDowning() : Strategy(StrategyInfo.Of("Revised Downing", null, false, references: "Axelrod1980b"))
{
    private double _good;
    private double _bad;
    private int _nice1;
    private int _nice2;
    private int _totalC;
    private int _totalD;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int round = history.Turn + 1;
        if (round == 1)
        {
            return C;
        }

        if (round > 2)
        {
            bool cooperated = history.OpponentLast == C;
            if (history.Own[^2] == D)
            {
                _nice2 += cooperated ? 1 : 0;
                _totalD++;
                _bad = _nice2 / (double)_totalD;
            }
            else
            {
                _nice1 += cooperated ? 1 : 0;
                _totalC++;
                _good = _nice1 / (double)_totalC;
            }
        }

        double c = (6.0 * _good) - (8.0 * _bad) - 2;
        double alternate = (4.0 * _good) - (5.0 * _bad) - 1;
        if (c >= 0 && c >= alternate)
        {
            return C;
        }

        return (c >= 0 && c < alternate) || alternate >= 0 ? Flip(history.OwnLast) : D;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_good, _bad, _nice1, _nice2, _totalC, _totalD) = (1.0, 0.0, 0, 0, 0, 0);
}
