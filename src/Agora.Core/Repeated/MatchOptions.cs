namespace Agora.Core.Repeated;

/// <summary>How a match is played: its length, noise, probabilistic ending and discounting.</summary>
public sealed record MatchOptions
{
    private readonly int? _turns;
    private readonly double _noise;
    private readonly double? _probEnd;
    private readonly double _discount = 1;

    /// <summary>The number of turns; with <see cref="ProbEnd"/>, the cap on the sampled length.</summary>
    /// <remarks>The default value is <see langword="null"/>: the game's default length (<see cref="Games.MatrixGame.Rounds"/>),
    /// or no cap under a probabilistic ending. At least 1 when given.</remarks>
    public int? Turns
    {
        get => _turns;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(Turns), value, "Turns must be at least 1.");
            }

            _turns = value;
        }
    }

    /// <summary>The probability that each intended action is flipped, in [0, 1].</summary>
    /// <remarks>The default value is 0.</remarks>
    public double Noise
    {
        get => _noise;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Noise), value, "Noise must be in [0, 1].");
            }

            _noise = value;
        }
    }

    /// <summary>The probability that the match ends after each turn, in (0, 1]; the length is then geometric.</summary>
    /// <remarks>The default value is <see langword="null"/> (a fixed length).</remarks>
    public double? ProbEnd
    {
        get => _probEnd;
        init
        {
            if (value is { } p && !(p > 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(ProbEnd), value, "The ending probability must be in (0, 1].");
            }

            _probEnd = value;
        }
    }

    /// <summary>The discount factor δ in (0, 1] applied to turn t's payoff as δ^t (t from 0) in the discounted totals.</summary>
    /// <remarks>The default value is 1 (no discounting).</remarks>
    public double Discount
    {
        get => _discount;
        init
        {
            if (!(value > 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Discount), value, "The discount must be in (0, 1].");
            }

            _discount = value;
        }
    }
}
