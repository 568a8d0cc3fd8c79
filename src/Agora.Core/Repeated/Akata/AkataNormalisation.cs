using Agora.Core.Games;

namespace Agora.Core.Repeated.Akata;

/// <summary>Akata et al.'s normalised score: what a player earned over a match divided by what it would have earned
/// had its best outcome occurred in every round.</summary>
/// <remarks>
/// Akata et al. (2025), Table 1: "for each game, their achieved score divided by the total score that could have been
/// achieved under ideal conditions, that is, if both players had played such that the player we are analysing would
/// have gained the maximum possible outcomes on every round." So score / (rounds · max over cells of own payoff), where
/// the maximum is taken from the player's own seat. In the 144 ordinal games the maximum is 4, in <c>akata-pd</c> 10 and
/// in <c>akata-bos</c> 10 for either seat.
/// </remarks>
public static class AkataNormalisation
{
    /// <summary>The largest payoff the player in <paramref name="seat"/> can get in one round.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="seat">0 (row) or 1 (column).</param>
    /// <returns>max over all cells of that seat's payoff.</returns>
    public static double MaxOwnPayoff(MatrixGame game, int seat)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seat, 1);
        double max = double.NegativeInfinity;
        for (int r = 0; r < game.Rows; r++)
        {
            for (int c = 0; c < game.Columns; c++)
            {
                max = Math.Max(max, game.Payoff(seat, r, c));
            }
        }

        return max;
    }

    /// <summary>Normalises a match total.</summary>
    /// <param name="total">The player's undiscounted total over the match.</param>
    /// <param name="rounds">The number of rounds played.</param>
    /// <param name="maxOwnPayoff">The player's best one-round payoff (<see cref="MaxOwnPayoff"/>); must be positive.</param>
    /// <returns>total / (rounds · maxOwnPayoff).</returns>
    public static double Normalise(double total, int rounds, double maxOwnPayoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        if (!(maxOwnPayoff > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxOwnPayoff), maxOwnPayoff, "The normalised score needs a positive best payoff.");
        }

        return total / (rounds * maxOwnPayoff);
    }
}
