using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Plays C six times and D five times, then whichever action has earned it more so far
/// (Axelrod <c>Adaptive</c>).</summary>
public sealed class Adaptive() : Strategy(StrategyInfo.Of("Adaptive", null, false, StrategyUses.Game, "Li2011"))
{
    private double _scoreC;
    private double _scoreD;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn > 0)
        {
            double u = Match.Payoff(history.OwnLast, history.OpponentLast);
            if (history.OwnLast == C)
            {
                _scoreC += u;
            }
            else
            {
                _scoreD += u;
            }
        }

        if (history.Turn < 11)
        {
            return history.Turn < 6 ? C : D;
        }

        return _scoreC > _scoreD ? C : D;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_scoreC, _scoreD) = (0, 0);
}

/// <summary>Opens C, D and cooperates for ever if the opponent opened the same way, else defects for ever
/// (Axelrod <c>Handshake</c>).</summary>
public sealed class Handshake() : Strategy(StrategyInfo.Of("Handshake", null, false, references: "Robson1990"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn switch
    {
        0 => C,
        1 => D,
        _ => history.Opponent[0] == C && history.Opponent[1] == D ? C : D,
    };
}

/// <summary>Plays the opponent's majority move over the last n turns (or all turns); ties go to C when soft, D when
/// hard (Axelrod <c>Go By Majority</c> family).</summary>
public sealed class GoByMajority : Strategy
{
    private readonly int _memory;
    private readonly bool _soft;

    /// <summary>Creates the strategy.</summary>
    /// <param name="memory">How many recent opponent moves count; 0 for all (the default).</param>
    /// <param name="soft">Whether ties cooperate (soft, the default) or defect (hard).</param>
    public GoByMajority(int memory = 0, bool soft = true)
        : base(StrategyInfo.Of($"{(soft ? "Soft" : "Hard")} Go By Majority{(memory > 0 ? $": {memory}" : string.Empty)}", memory > 0 ? memory : null, false, references: "Mittal2009"))
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memory);
        (_memory, _soft) = (memory, soft);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int cooperations;
        int count;
        if (_memory == 0 || history.Turn <= _memory)
        {
            cooperations = history.OpponentCooperations;
            count = history.Turn;
        }
        else
        {
            ReadOnlySpan<int> window = history.Opponent[^_memory..];
            count = window.Length;
            cooperations = count - window.Count(D);
        }

        int defections = count - cooperations;
        return defections > cooperations ? D : defections == cooperations ? (_soft ? C : D) : C;
    }
}

/// <summary>Opens D; if the opponent ever defects, apologises with C and plays TFT from then on; otherwise cooperates
/// on turns 2 and 3 and then alternates (Axelrod <c>Second by Tester</c>).</summary>
public sealed class SecondByTester() : Strategy(StrategyInfo.Of("Second by Tester", null, false, references: "Axelrod1980b"))
{
    private bool _isTft;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return D;
        }

        if (_isTft)
        {
            return history.OpponentLast;
        }

        if (history.OpponentLast == D)
        {
            _isTft = true;
            return C;
        }

        return history.Turn is 1 or 2 ? C : Flip(history.OwnLast);
    }

    /// <inheritdoc />
    protected override void OnReset() => _isTft = false;
}
