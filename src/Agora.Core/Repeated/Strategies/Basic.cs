using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Always cooperates (Axelrod <c>Cooperator</c>).</summary>
public sealed class Cooperator() : Strategy(StrategyInfo.Of("Cooperator", 0, false, references: "Axelrod1984"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => C;
}

/// <summary>Always defects (Axelrod <c>Defector</c>).</summary>
public sealed class Defector() : Strategy(StrategyInfo.Of("Defector", 0, false, references: "Axelrod1984"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => D;
}

/// <summary>Cooperates with probability p (Axelrod <c>Random</c>); p of 0 or 1 makes it deterministic.</summary>
/// <param name="p">The probability of cooperating; 0.5 by default.</param>
public sealed class RandomStrategy(double p = 0.5) : Strategy(StrategyInfo.Of($"Random: {Moves.PyFloat(p)}", 0, p is > 0 and < 1, references: "Axelrod1980"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => RandomChoice(ref random, p);
}

/// <summary>C, then alternates its own recorded last move (Axelrod <c>Alternator</c>).</summary>
public sealed class Alternator() : Strategy(StrategyInfo.Of("Alternator", 1, false, references: "Axelrod1984"))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn == 0 ? C : Flip(history.OwnLast);
}

/// <summary>Repeats a fixed sequence (Axelrod <c>Cycler</c>); memory depth is the cycle length − 1.</summary>
public sealed class Cycler : Strategy
{
    private readonly int[] _cycle;

    /// <summary>Creates a cycler.</summary>
    /// <param name="cycle">The cycle as C/D letters, e.g. <c>CCD</c> (the default).</param>
    /// <param name="name">A fixed name (Axelrod's named subclasses such as <c>Cycler DC</c>); otherwise <c>Cycler: SEQ</c>.</param>
    public Cycler(string cycle = "CCD", string? name = null)
        : base(StrategyInfo.Of(name ?? $"Cycler: {cycle}", cycle.Length - 1, false, references: "Mittal2009"))
    {
        _cycle = Moves.Parse(cycle);
        if (_cycle.Length == 0)
        {
            throw new ArgumentException("A cycle needs at least one move.", nameof(cycle));
        }

        Cycle = Moves.ToString(_cycle);
    }

    /// <summary>The cycle as C/D letters (upper case, no spaces), e.g. <c>CCD</c>; evolution mutates it.</summary>
    public string Cycle { get; }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => _cycle[history.Turn % _cycle.Length];
}

/// <summary>Plays C, D, D, then cycles of n C's then a D with n growing by one each time (Axelrod <c>AntiCycler</c>).</summary>
public sealed class AntiCycler() : Strategy(StrategyInfo.Of("AntiCycler", null, false))
{
    private int _cycleLength;
    private int _cycleCounter;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn < 3)
        {
            return history.Turn == 0 ? C : D;
        }

        if (_cycleCounter < _cycleLength)
        {
            _cycleCounter++;
            return C;
        }

        _cycleLength++;
        _cycleCounter = 0;
        return D;
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _cycleLength = 1;
        _cycleCounter = 0;
    }
}
