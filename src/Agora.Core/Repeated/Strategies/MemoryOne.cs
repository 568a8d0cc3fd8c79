using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>The general memory-one player: the probability of cooperating after CC, CD, DC and DD (own move first),
/// and a first move (Axelrod <c>MemoryOnePlayer</c>).</summary>
/// <remarks>Nowak and Sigmund (1993); Press and Dyson (2012). A probability of exactly 0 or 1 draws no random number.
/// Subclasses that derive the vector from the game set it in <see cref="OnReset"/> via <see cref="SetFourVector(double, double, double, double)"/>.</remarks>
public class MemoryOnePlayer : Strategy
{
    private readonly int _initial;
    private readonly double[] _fixed;
    private double _pCC;
    private double _pCD;
    private double _pDC;
    private double _pDD;

    /// <summary>Creates a memory-one player.</summary>
    /// <param name="fourVector">P(C) after CC, CD, DC, DD; each in [0, 1].</param>
    /// <param name="initial">The first move; C by default.</param>
    /// <param name="name">The display name; by default <c>Generic Memory One Player: (p1, p2, p3, p4), C</c>.</param>
    /// <param name="uses">Whether the vector depends on the game.</param>
    /// <param name="references">Citation keys.</param>
    public MemoryOnePlayer(IReadOnlyList<double> fourVector, int initial = C, string? name = null, StrategyUses uses = StrategyUses.None, params string[] references)
        : base(Describe(fourVector, initial, name, uses, references))
    {
        _initial = initial;
        _fixed = [.. fourVector];
        SetFourVector(_fixed);
    }

    /// <summary>The current vector P(C | CC, CD, DC, DD).</summary>
    public IReadOnlyList<double> FourVector => [_pCC, _pCD, _pDC, _pDD];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn == 0)
        {
            return _initial;
        }

        double p = history.OwnLast == C ? (history.OpponentLast == C ? _pCC : _pCD) : (history.OpponentLast == C ? _pDC : _pDD);
        return RandomChoice(ref random, p);
    }

    /// <summary>Replaces the vector (for strategies that derive it from the game).</summary>
    /// <param name="fourVector">P(C) after CC, CD, DC, DD.</param>
    /// <exception cref="ArgumentException">A probability outside [0, 1].</exception>
    protected void SetFourVector(IReadOnlyList<double> fourVector)
    {
        Validate(fourVector);
        (_pCC, _pCD, _pDC, _pDD) = (fourVector[0], fourVector[1], fourVector[2], fourVector[3]);
    }

    /// <summary>Replaces the vector without allocating (for strategies that derive it from the game at every reset).</summary>
    /// <param name="pCC">P(C) after CC.</param>
    /// <param name="pCD">P(C) after CD.</param>
    /// <param name="pDC">P(C) after DC.</param>
    /// <param name="pDD">P(C) after DD.</param>
    /// <exception cref="ArgumentException">A probability outside [0, 1].</exception>
    protected void SetFourVector(double pCC, double pCD, double pDC, double pDD)
    {
        foreach (double p in (ReadOnlySpan<double>)[pCC, pCD, pDC, pDD])
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"A memory-one vector needs four probabilities in [0, 1], got ({pCC}, {pCD}, {pDC}, {pDD}).", nameof(pCC));
            }
        }

        (_pCC, _pCD, _pDC, _pDD) = (pCC, pCD, pDC, pDD);
    }

    /// <inheritdoc />
    protected override void OnReset() => SetFourVector(_fixed[0], _fixed[1], _fixed[2], _fixed[3]);

    private static StrategyInfo Describe(IReadOnlyList<double> v, int initial, string? name, StrategyUses uses, string[] references)
    {
        Validate(v);
        bool stochastic = v.Any(p => p is > 0 and < 1);
        bool constant = v.All(p => p == 0) || v.All(p => p == 1);
        name ??= $"Generic Memory One Player: ({string.Join(", ", v.Select(Moves.PyFloat))}), {(initial == C ? 'C' : 'D')}";
        return new StrategyInfo(name, constant ? 0 : 1, stochastic, uses, references);
    }

    private static void Validate(IReadOnlyList<double> v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Count != 4 || v.Any(p => !(p >= 0 && p <= 1)))
        {
            throw new ArgumentException($"A memory-one vector needs four probabilities in [0, 1], got ({string.Join(", ", v)}).", nameof(v));
        }
    }
}

/// <summary>Win-Stay Lose-Shift (Pavlov): C after CC or DD, else D (Axelrod <c>Win-Stay Lose-Shift</c>).</summary>
public sealed class WinStayLoseShift() : MemoryOnePlayer([1, 0, 0, 1], C, "Win-Stay Lose-Shift", StrategyUses.None, "Nowak1993");

/// <summary>Win-Shift Lose-Stay: the reverse of Pavlov, opening with D (Axelrod <c>Win-Shift Lose-Stay: D</c>).</summary>
public sealed class WinShiftLoseStay() : MemoryOnePlayer([0, 1, 1, 0], D, "Win-Shift Lose-Stay: D", StrategyUses.None, "Li2011");

/// <summary>Generous TFT: forgives a defection with probability p (Axelrod <c>GTFT</c>).</summary>
/// <remarks>Without p, p = min(1 − (T − R)/(R − S), (R − P)/(T − P)) from the game (Nowak and Sigmund 1992); the name
/// shows p rounded to 2 places as Axelrod does.</remarks>
public sealed class GenerousTitForTat : MemoryOnePlayer
{
    private readonly double? _p;

    /// <summary>Creates GTFT.</summary>
    /// <param name="p">The forgiveness probability; derived from the game when <see langword="null"/>.</param>
    public GenerousTitForTat(double? p = null)
        : base([1, p ?? 0.5, 1, p ?? 0.5], C, null, StrategyUses.Game, "Nowak1992")
    {
        _p = p;
        Info = Info with { Name = $"GTFT: {Moves.PyFloat(Math.Round(p ?? Derive(MatchInfo.Default), 2))}", Stochastic = true, MemoryDepth = 1 };
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        // Outside a PD the formula can leave [0, 1]; Agora clamps so GTFT plays any 2×2 game. Axelrod 4.13 differs here:
        // its GTFT stores p the first time it is told a game, at construction with the default PD, so it plays
        // p = 1/3 in every game (checked in stag hunt, chicken, harmony and deadlock). Agora derives p from the
        // match's game, as the formula intends.
        double p = Math.Clamp(_p ?? Derive(Match), 0, 1);
        SetFourVector(1, p, 1, p);
    }

    private static double Derive(MatchInfo m) => Math.Min(1 - ((m.T - m.R) / (m.R - m.S)), (m.R - m.P) / (m.T - m.P));
}

/// <summary>Cooperates after CC and DC, never after CD, with probability 2/3 after DD (Axelrod <c>Firm But Fair</c>).</summary>
public sealed class FirmButFair() : MemoryOnePlayer([1, 0, 1, 2.0 / 3], C, "Firm But Fair", StrategyUses.None, "Frean1994");

/// <summary>The evolved stochastic cooperator (0.935, 0.229, 0.266, 0.42) (Axelrod <c>Stochastic Cooperator</c>).</summary>
public sealed class StochasticCooperator() : MemoryOnePlayer([0.935, 0.229, 0.266, 0.42], C, "Stochastic Cooperator", StrategyUses.None, "Adami2013");

/// <summary>WSLS with error ε (Axelrod <c>Stochastic WSLS</c>).</summary>
/// <param name="ep">The error; 0.05 by default.</param>
public sealed class StochasticWinStayLoseShift(double ep = 0.05) : MemoryOnePlayer([1 - ep, ep, ep, 1 - ep], C, $"Stochastic WSLS: {Moves.PyFloat(ep)}", StrategyUses.None);

/// <summary>TFT that forgives with probability 1 − q (Axelrod <c>Soft Joss</c>).</summary>
/// <param name="q">0.9 by default.</param>
public sealed class SoftJoss(double q = 0.9) : MemoryOnePlayer([1, 1 - q, 1, 1 - q], C, $"Soft Joss: {Moves.PyFloat(Math.Round(q, 2))}", StrategyUses.None, "Prison1998");

/// <summary>Joss: TFT that cooperates after C only with probability p (Axelrod <c>First by Joss</c>).</summary>
/// <param name="p">0.9 by default.</param>
public sealed class FirstByJoss(double p = 0.9) : MemoryOnePlayer([p, 0, p, 0], C, $"First by Joss: {Moves.PyFloat(p)}", StrategyUses.None, "Axelrod1980");

/// <summary>A reactive player: P(C) after the opponent's C and after its D (Axelrod <c>Reactive Player</c>).</summary>
/// <param name="afterC">P(C) after the opponent cooperated.</param>
/// <param name="afterD">P(C) after the opponent defected.</param>
public sealed class ReactivePlayer(double afterC, double afterD)
    : MemoryOnePlayer([afterC, afterD, afterC, afterD], C, $"Reactive Player: ({Moves.PyFloat(afterC)}, {Moves.PyFloat(afterD)})", StrategyUses.None);

/// <summary>Opens C with probability 0.6, then repeats its own first move for ever (Axelrod <c>ALLCorALLD</c>).</summary>
public sealed class AllCOrAllD() : Strategy(StrategyInfo.Of("ALLCorALLD", 1, true))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn == 0 ? RandomChoice(ref random, 0.6) : history.OwnLast;
}
