using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Cooperates until the opponent defects once, then defects for ever (Axelrod <c>Grudger</c>; Friedman's entry).</summary>
public sealed class Grudger() : Strategy(StrategyInfo.Of("Grudger", null, false, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.OpponentDefections > 0 ? D : C;
}

/// <summary>Defects until the opponent cooperates once, then cooperates for ever (Axelrod <c>Opposite Grudger</c>).</summary>
public sealed class OppositeGrudger() : Strategy(StrategyInfo.Of("Opposite Grudger", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.OpponentCooperations > 0 ? C : D;
}

/// <summary>Defects for three turns, then plays Grudger (Axelrod <c>Aggravater</c>).</summary>
public sealed class Aggravater() : Strategy(StrategyInfo.Of("Aggravater", null, false))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn < 3 || history.OpponentDefections > 0 ? D : C;
}

/// <summary>Grudges for ten turns after a defection, then forgets (Axelrod <c>Forgetful Grudger</c>).</summary>
public sealed class ForgetfulGrudger() : Strategy(StrategyInfo.Of("Forgetful Grudger", 10, false))
{
    private bool _grudged;
    private int _grudgeMemory;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (_grudgeMemory == 10)
        {
            _grudgeMemory = 0;
            _grudged = false;
        }

        _grudged |= history.Turn > 0 && history.OpponentLast == D;
        if (_grudged)
        {
            _grudgeMemory++;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_grudged, _grudgeMemory) = (false, 0);
}

/// <summary>Answers a defection with D, D, D, D, C, C, then looks again (Axelrod <c>Soft Grudger</c>).</summary>
public sealed class SoftGrudger() : Strategy(StrategyInfo.Of("Soft Grudger", 6, false, references: "Li2011"))
{
    private bool _grudged;
    private int _grudgeMemory;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (_grudged)
        {
            int action = _grudgeMemory < 3 ? D : C;
            _grudgeMemory++;
            if (_grudgeMemory == 5)
            {
                _grudgeMemory = 0;
                _grudged = false;
            }

            return action;
        }

        if (history.Turn > 0 && history.OpponentLast == D)
        {
            _grudged = true;
            return D;
        }

        return C;
    }

    /// <inheritdoc />
    protected override void OnReset() => (_grudged, _grudgeMemory) = (false, 0);
}
