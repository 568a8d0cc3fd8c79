using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>A strategy wrapped by one of Axelrod's transformers: the inner strategy is always asked first (so its state
/// advances), then the wrapper may override the move.</summary>
/// <remarks>Names follow Axelrod's prefixes (<c>Flipped</c>, <c>Dual</c>, <c>Noisy</c>, <c>Forgiving</c>,
/// <c>Initial</c>, <c>Final</c>, <c>Joss-Ann</c>, <c>Grudging</c>, <c>Apologizing</c>) before the inner name, with the
/// transformer's arguments after a colon.</remarks>
public abstract class TransformedStrategy : Strategy
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    /// <param name="info">The transformed metadata.</param>
    protected TransformedStrategy(Strategy inner, StrategyInfo info)
        : base(info)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The wrapped strategy.</summary>
    protected Strategy Inner { get; private set; }

    /// <inheritdoc />
    protected override void OnCloned() => Inner = Inner.Clone();

    /// <inheritdoc />
    protected override void OnReset() => Inner.Reset(Match);

    /// <summary>Metadata for a wrapper.</summary>
    /// <param name="prefix">Axelrod's name prefix.</param>
    /// <param name="inner">The inner strategy.</param>
    /// <param name="arguments">Arguments shown after the name, or null.</param>
    /// <param name="stochastic">Whether the wrapper adds randomness.</param>
    /// <param name="memoryDepth">The memory depth after wrapping.</param>
    /// <param name="uses">Extra uses.</param>
    /// <returns>The metadata.</returns>
    protected static StrategyInfo Wrap(string prefix, Strategy inner, string? arguments, bool stochastic, int? memoryDepth, StrategyUses uses = StrategyUses.None)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner.Info with
        {
            Name = $"{prefix} {inner.Name}{(arguments is null ? string.Empty : $": {arguments}")}",
            Stochastic = inner.Info.Stochastic || stochastic,
            MemoryDepth = memoryDepth,
            Uses = inner.Info.Uses | uses,
        };
    }

    /// <summary>The larger of two memory depths, null meaning unbounded.</summary>
    /// <param name="a">One depth.</param>
    /// <param name="b">The other.</param>
    /// <returns>max(a, b).</returns>
    protected static int? MaxDepth(int? a, int b) => a is { } d ? Math.Max(d, b) : null;
}

/// <summary>Plays the opposite of the inner strategy's move (Axelrod <c>FlipTransformer</c>).</summary>
/// <param name="inner">The wrapped strategy.</param>
public sealed class FlipTransformer(Strategy inner) : TransformedStrategy(inner, Wrap("Flipped", inner, null, false, inner.Info.MemoryDepth))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => Flip(Inner.Move(history, ref random));
}

/// <summary>The dual: shows the inner strategy its own history flipped and flips its answer, so it plays the exact
/// opposite of the original facing the same history (Axelrod <c>DualTransformer</c>; Ashlock et al. 2015).</summary>
public sealed class DualTransformer : TransformedStrategy
{
    private int[] _flipped = new int[16];

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    public DualTransformer(Strategy inner)
        : base(inner, Wrap("Dual", inner, null, false, inner.Info.MemoryDepth))
    {
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int turn = history.Turn;
        if (turn > 0)
        {
            if (turn > _flipped.Length)
            {
                Array.Resize(ref _flipped, Math.Max(turn, _flipped.Length * 2));
            }

            _flipped[turn - 1] = Flip(history.OwnLast);
        }

        var dual = new PlayHistory(_flipped.AsSpan(0, turn), history.Opponent, history.OwnDefections, history.OpponentCooperations);
        return Flip(Inner.Move(dual, ref random));
    }

    /// <inheritdoc />
    protected override void OnCloned()
    {
        base.OnCloned();
        _flipped = new int[_flipped.Length];
    }
}

/// <summary>Flips the inner move with probability p (Axelrod <c>NoisyTransformer</c>, default 0.05).</summary>
/// <param name="inner">The wrapped strategy.</param>
/// <param name="noise">The flip probability.</param>
public sealed class NoisyTransformer(Strategy inner, double noise = 0.05)
    : TransformedStrategy(inner, Wrap("Noisy", inner, Moves.PyFloat(noise), noise is > 0 and < 1, inner.Info.MemoryDepth))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        return noise <= 0 ? action : noise >= 1 ? Flip(action) : random.NextDouble() < noise ? Flip(action) : action;
    }
}

/// <summary>Replaces the inner strategy's D by C with probability p (Axelrod <c>ForgiverTransformer</c>).</summary>
/// <param name="inner">The wrapped strategy.</param>
/// <param name="p">The forgiveness probability.</param>
public sealed class ForgiverTransformer(Strategy inner, double p)
    : TransformedStrategy(inner, Wrap("Forgiving", inner, Moves.PyFloat(p), p is > 0 and < 1, inner.Info.MemoryDepth))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) =>
        Inner.Move(history, ref random) == D ? RandomChoice(ref random, p) : C;
}

/// <summary>Plays a fixed opening sequence, then the inner strategy (Axelrod <c>InitialTransformer</c>).</summary>
public sealed class InitialTransformer : TransformedStrategy
{
    private readonly int[] _sequence;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    /// <param name="sequence">The opening moves.</param>
    /// <param name="name">A fixed name instead of <c>Initial NAME: SEQ</c>.</param>
    public InitialTransformer(Strategy inner, int[] sequence, string? name = null)
        : base(inner, Named(Wrap("Initial", inner, Moves.ToString(sequence), false, MaxDepth(inner.Info.MemoryDepth, sequence.Length)), name))
    {
        _sequence = [.. sequence];
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        return history.Turn < _sequence.Length ? _sequence[history.Turn] : action;
    }

    private static StrategyInfo Named(StrategyInfo info, string? name) => name is null ? info : info with { Name = name };
}

/// <summary>Plays a fixed closing sequence over the last turns when the length is known (Axelrod <c>FinalTransformer</c>).</summary>
public sealed class FinalTransformer : TransformedStrategy
{
    private readonly int[] _sequence;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    /// <param name="sequence">The closing moves, last move last.</param>
    public FinalTransformer(Strategy inner, int[] sequence)
        : base(inner, Wrap("Final", inner, Moves.ToString(sequence), false, MaxDepth(inner.Info.MemoryDepth, sequence.Length), sequence.Length > 0 ? StrategyUses.Length : StrategyUses.None))
    {
        _sequence = [.. sequence];
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        if (Match.Length is not { } length || history.Turn >= length)
        {
            return action;
        }

        int remaining = length - history.Turn;
        return remaining <= _sequence.Length ? _sequence[^remaining] : action;
    }
}

/// <summary>Plays C with probability pC, D with probability pD, else the inner move (Axelrod <c>JossAnnTransformer</c>;
/// Ashlock et al. 2008).</summary>
public sealed class JossAnnTransformer : TransformedStrategy
{
    private readonly double _pC;
    private readonly double _pD;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    /// <param name="pC">Probability of a forced C.</param>
    /// <param name="pD">Probability of a forced D (the pair is normalised when it sums above 1).</param>
    public JossAnnTransformer(Strategy inner, double pC, double pD)
        : base(inner, Wrap("Joss-Ann", inner, $"({Moves.PyFloat(pC)}, {Moves.PyFloat(pD)})", !((pC == 1 && pD == 0) || (pC == 0 && pD == 1)), inner.Info.MemoryDepth))
    {
        double sum = pC + pD;
        (_pC, _pD) = sum > 1 ? (pC / sum, pD / sum) : (pC, pD);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        if (_pC >= 1)
        {
            return C;
        }

        if (_pD >= 1)
        {
            return D;
        }

        double u = random.NextDouble();
        return u < _pC ? C : u < _pC + _pD ? D : action;
    }
}

/// <summary>Defects for ever once the opponent has defected more than n times (Axelrod <c>GrudgeTransformer</c>).</summary>
/// <param name="inner">The wrapped strategy.</param>
/// <param name="grudges">n.</param>
public sealed class GrudgeTransformer(Strategy inner, int grudges)
    : TransformedStrategy(inner, Wrap("Grudging", inner, grudges.ToString(System.Globalization.CultureInfo.InvariantCulture), false, null))
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        return history.OpponentDefections > grudges ? D : action;
    }
}

/// <summary>Cooperates when the last turns match given own and opponent sequences (default: after own D against C),
/// as an apology (Axelrod <c>ApologyTransformer</c>).</summary>
public sealed class ApologyTransformer : TransformedStrategy
{
    private readonly int[] _own;
    private readonly int[] _opponent;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The wrapped strategy.</param>
    /// <param name="own">Own recent moves that trigger the apology (default D).</param>
    /// <param name="opponent">The opponent's recent moves, same length (default C).</param>
    public ApologyTransformer(Strategy inner, int[]? own = null, int[]? opponent = null)
        : base(inner, Wrap("Apologizing", inner, $"{Moves.ToString(own ?? [D])}, {Moves.ToString(opponent ?? [C])}", false, MaxDepth(inner.Info.MemoryDepth, (own ?? [D]).Length)))
    {
        _own = own ?? [D];
        _opponent = opponent ?? [C];
        if (_own.Length != _opponent.Length)
        {
            throw new ArgumentException("The own and opponent sequences must have the same length.", nameof(opponent));
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int action = Inner.Move(history, ref random);
        int n = _own.Length;
        return history.Turn >= n && history.Own[^n..].SequenceEqual(_own) && history.Opponent[^n..].SequenceEqual(_opponent) ? C : action;
    }
}
