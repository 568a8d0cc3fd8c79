using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>D, C, C, then defects for ever if the opponent cooperated on turns 2 and 3, else plays TFT
/// (Axelrod <c>Prober</c>).</summary>
public sealed class Prober() : Strategy(StrategyInfo.Of("Prober", null, false, references: "Li2011"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 => D,
        1 or 2 => C,
        _ => history.Opponent[1] == C && history.Opponent[2] == C ? D : history.OpponentLast,
    };
}

/// <summary>D, C, C, then cooperates for ever if the opponent answered D then C, else TFT (Axelrod <c>Prober 2</c>).</summary>
public sealed class Prober2() : Strategy(StrategyInfo.Of("Prober 2", null, false, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 => D,
        1 or 2 => C,
        _ => history.Opponent[1] == D && history.Opponent[2] == C ? C : history.OpponentLast,
    };
}

/// <summary>D, C, then defects for ever if the opponent cooperated on turn 2, else TFT (Axelrod <c>Prober 3</c>).</summary>
public sealed class Prober3() : Strategy(StrategyInfo.Of("Prober 3", null, false, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 => D,
        1 => C,
        _ => history.Opponent[1] == C ? D : history.OpponentLast,
    };
}

/// <summary>D, D, C, C, then defects for ever if the opponent cooperated on turns 2 and 3, else TFT
/// (Axelrod <c>Hard Prober</c>).</summary>
public sealed class HardProber() : Strategy(StrategyInfo.Of("Hard Prober", null, false, references: "Prison1998"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 or 1 => D,
        2 or 3 => C,
        _ => history.Opponent[1] == C && history.Opponent[2] == C ? D : history.OpponentLast,
    };
}

/// <summary>C, D, then defects if the opponent defected more than once, cooperates if it answered C, D, else defects
/// (Axelrod <c>CollectiveStrategy</c>).</summary>
public sealed class CollectiveStrategy() : Strategy(StrategyInfo.Of("CollectiveStrategy", null, false, references: "Li2009"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 => C,
        1 => D,
        _ => history.OpponentDefections > 1 ? D : history.Opponent[0] == C && history.Opponent[1] == D ? C : D,
    };
}

/// <summary>Opens C, D, C, C; defects for ever if the opponent never defected in those turns, else TFT
/// (Axelrod <c>Detective</c>).</summary>
public sealed class Detective() : Strategy(StrategyInfo.Of("Detective", null, false, references: "NC2019"))
{
    private static readonly int[] Opening = [C, D, C, C];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn < Opening.Length ? Opening[history.Turn] : !history.Opponent[..Opening.Length].Contains(D) ? D : history.OpponentLast;
}

/// <summary>TFT that after an opponent C defects with probability p (Axelrod <c>Naive Prober</c>).</summary>
/// <param name="p">0.1 by default.</param>
public sealed class NaiveProber(double p = 0.1) : Strategy(StrategyInfo.Of($"Naive Prober: {Moves.PyFloat(p)}", 1, p is > 0 and < 1, references: "Li2011"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        history.Turn == 0 ? C : history.OpponentLast == D ? D : RandomChoice(ref random, 1 - p);
}

/// <summary>Naive Prober that does not retaliate against the retaliation its own probe provoked
/// (Axelrod <c>Remorseful Prober</c>).</summary>
/// <param name="p">0.1 by default.</param>
public sealed class RemorsefulProber(double p = 0.1) : Strategy(StrategyInfo.Of($"Remorseful Prober: {Moves.PyFloat(p)}", 2, p is > 0 and < 1, references: "Li2011"))
{
    private bool _probing;

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
            if (_probing)
            {
                _probing = false;
                return C;
            }

            return D;
        }

        if (p >= 1)
        {
            _probing = true;
            return D;
        }

        if (p <= 0 || random.NextDouble() < 1 - p)
        {
            _probing = false;
            return C;
        }

        _probing = true;
        return D;
    }

    /// <inheritdoc />
    protected override void OnReset() => _probing = false;
}
