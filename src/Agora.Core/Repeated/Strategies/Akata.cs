using System.Runtime.CompilerServices;
using Agora.Core.Randomness;
using static Agora.Core.Repeated.Moves;

namespace Agora.Core.Repeated.Strategies;

/// <summary>The hand-coded opponents of Akata et al. (2025), "Playing repeated games with large language models",
/// with J = action 0 and F = action 1 (code: <c>eliaka/repeatedgames</c>).</summary>
public static class AkataOpponents
{
    /// <summary>Always J (<c>AlwaysJ</c>).</summary>
    /// <returns>The strategy.</returns>
    public static Strategy AlwaysJ() => new Cycler("C", "AlwaysJ");

    /// <summary>Always F (<c>AlwaysF</c>).</summary>
    /// <returns>The strategy.</returns>
    public static Strategy AlwaysF() => new Cycler("D", "AlwaysF");

    /// <summary>F once, then J for ever: the "false defector" (<c>DefectOnce</c>).</summary>
    /// <returns>The strategy.</returns>
    public static Strategy DefectOnce() => new InitialTransformer(new Cooperator(), [D], "DefectOnce");
}

/// <summary>Alternates J and F (<c>act_jf</c> / <c>act_fj</c>); the courteous form starts with the option the other
/// player prefers, as Akata et al.'s BoS alternator does.</summary>
public sealed class AkataAlternator : Strategy
{
    private readonly int _first;
    private readonly bool _courteous;
    private int _start;

    /// <summary>Creates an alternator.</summary>
    /// <param name="first">The first option (0 = J) when not courteous.</param>
    /// <param name="courteous">Start with the option whose coordinated outcome the opponent likes best (ties: J).</param>
    public AkataAlternator(int first, bool courteous = false)
        : base(StrategyInfo.Of(courteous ? "Alternating Courteous" : first == C ? "Alternating JF" : "Alternating FJ", null, false, courteous ? StrategyUses.Game : StrategyUses.None, "Akata2025"))
    {
        (_first, _courteous) = (first, courteous);
        _start = first;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random) => history.Turn % 2 == 0 ? _start : Flip(_start);

    /// <inheritdoc />
    protected override void OnReset() =>
        _start = _courteous ? (Match.OpponentPayoff(D, D) > Match.OpponentPayoff(C, C) ? D : C) : _first;
}

/// <summary>Akata et al.'s tit-for-tat family: TFT, TFTT, STFT, RTFT, HTFT, NP10/NP20 and GrimTrigger.</summary>
public sealed class AkataTitForTat : Strategy
{
    private readonly Kind _kind;
    private readonly double _defectProbability;

    private AkataTitForTat(Kind kind, string name, bool stochastic = false, double defectProbability = 0)
        : base(StrategyInfo.Of(name, kind is Kind.Grim or Kind.Np ? (kind == Kind.Np ? 1 : null) : kind is Kind.Htft or Kind.HtftFriendly ? 3 : kind == Kind.Tftt ? 2 : 1, stochastic, references: "Akata2025"))
    {
        (_kind, _defectProbability) = (kind, defectProbability);
    }

    private enum Kind
    {
        Tft,
        Tftt,
        Stft,
        Rtft,
        Htft,
        HtftFriendly,
        Np,
        Grim,
    }

    /// <summary>J first, then copies the opponent (<c>act_tft</c>).</summary>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat Tft() => new(Kind.Tft, "TFT");

    /// <summary>J first; F only if the opponent's last two moves were both F (<c>act_tftt</c>).</summary>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat Tftt() => new(Kind.Tftt, "TFTT");

    /// <summary>F first, then copies (<c>act_stft</c>).</summary>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat Stft() => new(Kind.Stft, "STFT");

    /// <summary>F first, then the reverse of the opponent's last move (<c>act_rtft</c>).</summary>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat Rtft() => new(Kind.Rtft, "RTFT");

    /// <summary>F if any of the opponent's last three moves was F, else J (<c>act_htft</c>).</summary>
    /// <param name="roundOneQuirk">Open with F as the released code does (the default), although its comment says it
    /// starts friendly; false opens with J. Akata et al.'s 20-round logs (<c>pd_base_gpt4_tfts.csv</c>) show the quirk
    /// covers rounds 1 and 2: HTFT answers GPT-4's opening J with F in round 2, so the quirk plays F while fewer than
    /// two opponent moves are known.</param>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat Htft(bool roundOneQuirk = true) => roundOneQuirk ? new(Kind.Htft, "HTFT") : new(Kind.HtftFriendly, "HTFT Friendly");

    /// <summary>TFT that plays F with probability p each round instead (<c>act_np10</c>, <c>act_np20</c>).</summary>
    /// <param name="percent">10 or 20 (any 0 … 100).</param>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat NoisyTft(int percent) => new(Kind.Np, $"NP{percent}", percent is > 0 and < 100, percent / 100.0);

    /// <summary>J until the opponent has ever played F (<c>act_grim</c>).</summary>
    /// <returns>The strategy.</returns>
    public static AkataTitForTat GrimTrigger() => new(Kind.Grim, "GrimTrigger");

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int turn = history.Turn;
        switch (_kind)
        {
            case Kind.Tft:
                return turn == 0 ? C : history.OpponentLast;
            case Kind.Tftt:
                return turn >= 2 && history.Opponent[^1] == D && history.Opponent[^2] == D ? D : C;
            case Kind.Stft:
                return turn == 0 ? D : history.OpponentLast;
            case Kind.Rtft:
                return turn == 0 ? D : Flip(history.OpponentLast);
            case Kind.Htft:
            case Kind.HtftFriendly:
                if (turn < 2 && _kind == Kind.Htft)
                {
                    return D;
                }

                return history.Opponent[Math.Max(0, turn - 3)..].Contains(D) ? D : C;
            case Kind.Np:
                int tft = turn == 0 ? C : history.OpponentLast;
                return _defectProbability > 0 && random.NextDouble() < _defectProbability ? D : tft;
            default:
                return history.OpponentDefections > 0 ? D : C;
        }
    }
}
