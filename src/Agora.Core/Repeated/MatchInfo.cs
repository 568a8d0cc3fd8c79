using System.Runtime.CompilerServices;
using Agora.Core.Games;

namespace Agora.Core.Repeated;

/// <summary>What a player is told at the start of a match, as Axelrod's match attributes: the game, the length and
/// the noise, seen from the player's own seat.</summary>
/// <remarks>Under a probabilistic ending the length is unknown (<see langword="null"/>), as Axelrod passes
/// <c>length = inf</c>.</remarks>
public sealed class MatchInfo
{
    private readonly double[] _ownPayoffs;

    /// <summary>Creates the information for one seat.</summary>
    /// <param name="game">The stage game.</param>
    /// <param name="seat">0 (row player) or 1 (column player).</param>
    /// <param name="length">The announced number of turns; <see langword="null"/> when unknown.</param>
    /// <param name="noise">The probability that each intended action is flipped.</param>
    public MatchInfo(MatrixGame game, int seat, int? length, double noise)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seat, 1);
        Game = game;
        Seat = seat;
        Length = length;
        Noise = noise;
        OwnActions = game.NumActions(seat);
        OpponentActions = game.NumActions(1 - seat);
        _ownPayoffs = new double[OwnActions * OpponentActions];
        for (int own = 0; own < OwnActions; own++)
        {
            for (int opponent = 0; opponent < OpponentActions; opponent++)
            {
                _ownPayoffs[(own * OpponentActions) + opponent] = seat == 0 ? game.Payoff(0, own, opponent) : game.Payoff(1, opponent, own);
            }
        }
    }

    /// <summary>Axelrod's default attributes outside a match: the standard PD, unknown length, no noise.</summary>
    public static MatchInfo Default { get; } = new(MatrixGame.PrisonersDilemma(), 0, null, 0);

    /// <summary>The stage game.</summary>
    public MatrixGame Game { get; }

    /// <summary>This player's seat: 0 plays rows, 1 plays columns.</summary>
    public int Seat { get; }

    /// <summary>The announced number of turns, or <see langword="null"/> when unknown (probabilistic ending).</summary>
    public int? Length { get; }

    /// <summary>The noise level.</summary>
    public double Noise { get; }

    /// <summary>This player's number of actions.</summary>
    public int OwnActions { get; }

    /// <summary>The opponent's number of actions.</summary>
    public int OpponentActions { get; }

    /// <summary>Reward for mutual cooperation, from this seat (own 0, opponent 0).</summary>
    public double R => Payoff(0, 0);

    /// <summary>Sucker's payoff (own 0, opponent 1).</summary>
    public double S => Payoff(0, 1);

    /// <summary>Temptation (own 1, opponent 0).</summary>
    public double T => Payoff(1, 0);

    /// <summary>Punishment for mutual defection (own 1, opponent 1).</summary>
    public double P => Payoff(1, 1);

    /// <summary>This player's payoff when it plays <paramref name="own"/> and the opponent <paramref name="opponent"/>.</summary>
    /// <param name="own">Own action.</param>
    /// <param name="opponent">The opponent's action.</param>
    /// <returns>The stage payoff.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // read every turn by strategies that keep scores
    public double Payoff(int own, int opponent) => _ownPayoffs[(own * OpponentActions) + opponent];

    /// <summary>The opponent's payoff for the same joint action, from the opponent's seat.</summary>
    /// <param name="own">Own action.</param>
    /// <param name="opponent">The opponent's action.</param>
    /// <returns>The opponent's stage payoff.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // read every turn by strategies that keep scores
    public double OpponentPayoff(int own, int opponent) => Seat == 0 ? Game.Payoff(1, own, opponent) : Game.Payoff(0, opponent, own);
}
