namespace Agora.Core.Repeated.Strategies;

/// <summary>A zero-determinant (linear-relation) memory-one player (Axelrod <c>LRPlayer</c> and its ZD family).</summary>
/// <remarks>
/// Press and Dyson (2012); Stewart and Plotkin (2012). With baseline l, slope s and scale φ the vector is
/// p1 = 1 − φ(1 − s)(R − l), p2 = 1 − φ(s(l − S) + (T − l)), p3 = φ(l − S + s(T − l)), p4 = φ(1 − s)(l − P), which
/// enforces s_Y − l = s(s_X − l) on the long-run scores. Computed from the game when the match starts.
/// </remarks>
public sealed class ZeroDeterminantPlayer : MemoryOnePlayer
{
    private readonly double _phi;
    private readonly double _s;
    private readonly double? _l;
    private readonly bool _lIsR;
    private MatchInfo? _derivedFor;

    /// <summary>Creates a ZD player.</summary>
    /// <param name="name">The display name (e.g. <c>ZD-Extort-2: 0.1111111111111111, 0.5</c>).</param>
    /// <param name="phi">Scale φ.</param>
    /// <param name="s">Slope s.</param>
    /// <param name="l">Baseline l; <see langword="null"/> takes P (extortion) or R (generosity) from the game.</param>
    /// <param name="lIsR">With <paramref name="l"/> null: use R (true) or P (false).</param>
    public ZeroDeterminantPlayer(string name, double phi, double s, double? l, bool lIsR = false)
        : base([0.5, 0.5, 0.5, 0.5], Moves.C, name, StrategyUses.Game, "Press2012", "Stewart2012")
    {
        (_phi, _s, _l, _lIsR) = (phi, s, l, lIsR);
        OnReset();
    }

    /// <summary>ZD-Extort-2: φ = 1/9, s = 1/2, l = P.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Extort2() => new($"ZD-Extort-2: {Moves.PyFloat(1.0 / 9)}, 0.5", 1.0 / 9, 0.5, null);

    /// <summary>ZD-GTFT-2: φ = 1/4, s = 1/2, l = R.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Gtft2() => new("ZD-GTFT-2: 0.25, 0.5", 0.25, 0.5, null, lIsR: true);

    /// <summary>ZD-Extortion: φ = 0.2, s = 0.1, l = 1.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Extortion() => new("ZD-Extortion: 0.2, 0.1, 1", 0.2, 0.1, 1);

    /// <summary>ZD-Extort-2 v2: φ = 1/8, s = 1/2, l = 1.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Extort2V2() => new("ZD-Extort-2 v2: 0.125, 0.5, 1", 1.0 / 8, 0.5, 1);

    /// <summary>ZD-Extort3: φ = 3/26, s = 1/3, l = 1.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Extort3() => new($"ZD-Extort3: {Moves.PyFloat(3.0 / 26)}, {Moves.PyFloat(1.0 / 3)}, 1", 3.0 / 26, 1.0 / 3, 1);

    /// <summary>ZD-Extort-4: φ = 4/17, s = 1/4, l = 1.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Extort4() => new($"ZD-Extort-4: {Moves.PyFloat(4.0 / 17)}, 0.25, 1", 4.0 / 17, 0.25, 1);

    /// <summary>ZD-GEN-2: φ = 1/8, s = 1/2, l = 3.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Gen2() => new("ZD-GEN-2: 0.125, 0.5, 3", 1.0 / 8, 0.5, 3);

    /// <summary>ZD-Mischief: φ = 0.1, s = 0, l = 1.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Mischief() => new("ZD-Mischief: 0.1, 0.0, 1", 0.1, 0.0, 1);

    /// <summary>ZD-SET-2: φ = 1/4, s = 0, l = 2.</summary>
    /// <returns>The strategy.</returns>
    public static ZeroDeterminantPlayer Set2() => new("ZD-SET-2: 0.25, 0.0, 2", 0.25, 0.0, 2);

    /// <inheritdoc />
    protected override void OnReset()
    {
        if (_phi == 0 && _s == 0 && _l is null && !_lIsR)
        {
            return; // called from the base constructor before the fields are set
        }

        MatchInfo m = Match;
        if (ReferenceEquals(m, _derivedFor))
        {
            return; // same game and seat as the last match (a match reuses its MatchInfo): the vector is already set
        }

        _derivedFor = m;
        double l = _l ?? (_lIsR ? m.R : m.P);
        double p1 = 1 - (_phi * (1 - _s) * (m.R - l));
        double p2 = 1 - (_phi * ((_s * (l - m.S)) + (m.T - l)));
        double p3 = _phi * (l - m.S + (_s * (m.T - l)));
        double p4 = _phi * (1 - _s) * (l - m.P);
        SetFourVector(Clamp(p1), Clamp(p2), Clamp(p3), Clamp(p4));
    }

    // Floating-point rounding can leave a probability a hair outside [0, 1] (e.g. 1 + 1e-16).
    private static double Clamp(double p) => Math.Clamp(p, 0, 1);
}
