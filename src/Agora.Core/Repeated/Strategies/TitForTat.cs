using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>C first, then copies the opponent's last move (Axelrod <c>Tit For Tat</c>; Rapoport's entry in 1980).</summary>
public sealed class TitForTat() : Strategy(StrategyInfo.Of("Tit For Tat", 1, false, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn == 0 ? C : history.OpponentLast == D ? D : C;
}

/// <summary>Defects only after two consecutive opponent defections (Axelrod <c>Tit For 2 Tats</c>).</summary>
public sealed class TitFor2Tats() : Strategy(StrategyInfo.Of("Tit For 2 Tats", 2, false, references: "Axelrod1984"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn >= 2 && history.Opponent[^1] == D && history.Opponent[^2] == D ? D : C;
}

/// <summary>Defects if the opponent defected in either of the last two turns (Axelrod <c>Two Tits For Tat</c>).</summary>
public sealed class TwoTitsForTat() : Strategy(StrategyInfo.Of("Two Tits For Tat", 2, false, references: "Axelrod1984"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        (history.Turn >= 1 && history.Opponent[^1] == D) || (history.Turn >= 2 && history.Opponent[^2] == D) ? D : C;
}

/// <summary>D first, then copies the opponent (Axelrod <c>Suspicious Tit For Tat</c>).</summary>
public sealed class SuspiciousTitForTat() : Strategy(StrategyInfo.Of("Suspicious Tit For Tat", 1, false, references: "Hilbe2013"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn > 0 && history.OpponentLast == C ? C : D;
}

/// <summary>D first, then the opposite of the opponent's last move (Axelrod <c>Bully</c>).</summary>
public sealed class Bully() : Strategy(StrategyInfo.Of("Bully", 1, false, references: "Nachbar1992"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn > 0 && history.OpponentLast == D ? C : D;
}

/// <summary>C first, then the opposite of the opponent's last move (Axelrod <c>Anti Tit For Tat</c>).</summary>
public sealed class AntiTitForTat() : Strategy(StrategyInfo.Of("Anti Tit For Tat", 1, false, references: "Hilbe2013"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn > 0 && history.OpponentLast == C ? D : C;
}

/// <summary>Defects if the opponent defected in any of the last three turns (Axelrod <c>Hard Tit For Tat</c>).</summary>
public sealed class HardTitForTat() : Strategy(StrategyInfo.Of("Hard Tit For Tat", 3, false, references: "PD2017"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Opponent[Math.Max(0, history.Turn - 3)..].Contains(D) ? D : C;
}

/// <summary>Defects if the opponent's last three moves contain two consecutive defections (Axelrod <c>Hard Tit For 2 Tats</c>).</summary>
public sealed class HardTitFor2Tats() : Strategy(StrategyInfo.Of("Hard Tit For 2 Tats", 3, false, references: "Stewart2012"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        ReadOnlySpan<int> last = history.Opponent[Math.Max(0, history.Turn - 3)..];
        for (int i = 1; i < last.Length; i++)
        {
            if (last[i] == D && last[i - 1] == D)
            {
                return D;
            }
        }

        return C;
    }
}

/// <summary>TFT that tests an opponent who never defected by defecting on turn 3 onwards until the opponent
/// defects (Axelrod <c>Sneaky Tit For Tat</c>).</summary>
public sealed class SneakyTitForTat() : Strategy(StrategyInfo.Of("Sneaky Tit For Tat", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn < 2)
        {
            return C;
        }

        if (history.OpponentDefections == 0)
        {
            return D;
        }

        return history.OpponentLast == D && history.Own[^2] == D ? C : history.OpponentLast;
    }
}

/// <summary>TFT until the opponent defects twice in a row, then defects for ever (Axelrod <c>Spiteful Tit For Tat</c>).</summary>
public sealed class SpitefulTitForTat() : Strategy(StrategyInfo.Of("Spiteful Tit For Tat", null, false, references: "Prison1998"))
{
    private bool _retaliating;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (history.Turn >= 2 && history.Opponent[^1] == D && history.Opponent[^2] == D)
        {
            _retaliating = true;
        }

        return _retaliating ? D : history.OpponentLast;
    }

    /// <inheritdoc />
    protected override void OnReset() => _retaliating = false;
}

/// <summary>C twice, then copies the opponent if its last two moves agree, else repeats itself
/// (Axelrod <c>Slow Tit For Two Tats 2</c>).</summary>
public sealed class SlowTitForTwoTats2() : Strategy(StrategyInfo.Of("Slow Tit For Two Tats 2", 2, false, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn < 2 ? C : history.Opponent[^2] == history.Opponent[^1] ? history.OpponentLast : history.OwnLast;
}

/// <summary>TFT whose willingness to cooperate tracks a moving estimate of the opponent's cooperation
/// (Axelrod <c>Adaptive Tit For Tat</c>).</summary>
/// <param name="rate">The adaptation rate; 0.5 by default.</param>
public sealed class AdaptiveTitForTat(double rate = 0.5) : Strategy(StrategyInfo.Of($"Adaptive Tit For Tat: {Moves.PyFloat(rate)}", null, false, references: "Tzafestas2000"))
{
    private double _world;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        _world = history.OpponentLast == C ? _world + (rate * (1.0 - _world)) : _world - (rate * _world);
        return _world >= 0.5 ? C : D;
    }

    /// <inheritdoc />
    protected override void OnReset() => _world = rate;
}

/// <summary>Defects N times whenever the opponent's last M moves were all defections
/// (Axelrod <c>N Tit(s) For M Tat(s)</c>).</summary>
/// <param name="n">Retaliations; 3 by default.</param>
/// <param name="m">Defections that trigger them; 2 by default.</param>
public sealed class NTitsForMTats(int n = 3, int m = 2) : Strategy(StrategyInfo.Of($"N Tit(s) For M Tat(s): {n}, {m}", Math.Max(n, m), false))
{
    private int _retaliateCount;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (m == 0 || (history.Turn >= m && !history.Opponent[^m..].Contains(C)))
        {
            _retaliateCount = n;
        }

        if (_retaliateCount > 0)
        {
            _retaliateCount--;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => _retaliateCount = 0;
}

/// <summary>Gradual (Beaufils et al. 1996): after the opponent's k-th defection it defects k − 1 more times, then
/// cooperates twice (Axelrod <c>Gradual</c>, the variant that counts all past defections).</summary>
public sealed class Gradual() : Strategy(StrategyInfo.Of("Gradual", null, false, references: "Beaufils1997"))
{
    private int _calmCount;
    private int _punishCount;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (_punishCount > 0)
        {
            _punishCount--;
            return D;
        }

        if (_calmCount > 0)
        {
            _calmCount--;
            return C;
        }

        if (history.OpponentLast == D)
        {
            _punishCount = history.OpponentDefections - 1;
            _calmCount = 2;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_calmCount, _punishCount) = (0, 0);
}

/// <summary>Gradual as first described: punishment length grows by one per punished defection
/// (Axelrod <c>Original Gradual</c>).</summary>
public sealed class OriginalGradual() : Strategy(StrategyInfo.Of("Original Gradual", null, false, references: "Beaufils1997"))
{
    private bool _calming;
    private bool _punishing;
    private int _punishmentCount;
    private int _punishmentLimit;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (_calming)
        {
            _calming = false;
            return C;
        }

        if (_punishing)
        {
            if (_punishmentCount < _punishmentLimit)
            {
                _punishmentCount++;
                return D;
            }

            _calming = true;
            _punishing = false;
            _punishmentCount = 0;
            return C;
        }

        if (history.Turn > 0 && history.OpponentLast == D)
        {
            _punishing = true;
            _punishmentCount++;
            _punishmentLimit++;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_calming, _punishing, _punishmentCount, _punishmentLimit) = (false, false, 0, 0);
}

/// <summary>TFT that, after copying, plays a random move with probability p every other turn
/// (Axelrod <c>Random Tit for Tat</c>).</summary>
/// <param name="p">The cooperation probability of the random turns; 0.5 by default.</param>
public sealed class RandomTitForTat(double p = 0.5) : Strategy(StrategyInfo.Of($"Random Tit for Tat: {Moves.PyFloat(p)}", 1, p is > 0 and < 1))
{
    private bool _actRandom;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (_actRandom)
        {
            _actRandom = false;
            return RandomChoice(ref random, p);
        }

        _actRandom = true;
        return history.OpponentLast;
    }

    /// <inheritdoc />
    protected override void OnReset() => _actRandom = false;
}

/// <summary>TFT that cooperates after C only with probability 0.9 (Axelrod <c>Burn Both Ends</c>).</summary>
public sealed class BurnBothEnds() : Strategy(StrategyInfo.Of("Burn Both Ends", 1, true, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn == 0 ? C : history.OpponentLast == C ? RandomChoice(ref random, 0.9) : D;
}

/// <summary>Two Tits For Tat that, when provoked, cooperates with the opponent's overall cooperation rate
/// (Axelrod <c>Dynamic Two Tits For Tat</c>).</summary>
public sealed class DynamicTwoTitsForTat() : Strategy(StrategyInfo.Of("Dynamic Two Tits For Tat", null, true))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        bool provoked = history.Opponent[^1] == D || (history.Turn >= 2 && history.Opponent[^2] == D);
        return provoked ? RandomChoice(ref random, (double)history.OpponentCooperations / history.Turn) : C;
    }
}

/// <summary>TFT that defects for good once the opponent has defected five times, and defects on the last turn
/// (Axelrod <c>EugineNier</c>).</summary>
public sealed class EugineNier() : Strategy(StrategyInfo.Of("EugineNier", null, false, StrategyUses.Length, "LessWrong2011"))
{
    private bool _isDefector;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (Match.Length is { } length && history.Turn == length - 1)
        {
            return D;
        }

        if (history.Turn == 0)
        {
            return C;
        }

        _isDefector |= history.OpponentDefections >= 5;
        return _isDefector ? D : history.OpponentLast;
    }

    /// <inheritdoc />
    protected override void OnReset() => _isDefector = false;
}

/// <summary>TFT that defects on the last turn (Axelrod <c>Alexei</c>).</summary>
public sealed class Alexei() : Strategy(StrategyInfo.Of("Alexei", null, false, StrategyUses.Length, "LessWrong2011"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        Match.Length is { } length && history.Turn == length - 1 ? D : history.Turn == 0 ? C : history.OpponentLast;
}

/// <summary>TFT that, after being exploited right after its own defection, turns defector for good with probability
/// 1/2; defects on the last turn (Axelrod <c>Michaelos</c>).</summary>
public sealed class Michaelos() : Strategy(StrategyInfo.Of("Michaelos", null, true, StrategyUses.Length, "LessWrong2011"))
{
    private bool _isDefector;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner(history, ref random);
        return Match.Length is { } length && history.Turn == length - 1 ? D : action;
    }

    /// <inheritdoc />
    protected override void OnReset() => _isDefector = false;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    private int Inner(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return C;
        }

        if (_isDefector)
        {
            return D;
        }

        if (history.OwnLast == D && history.OpponentLast == C)
        {
            if (RandomChoice(ref random, 0.5) == C)
            {
                return C;
            }

            _isDefector = true;
            return D;
        }

        return history.OpponentLast;
    }
}
