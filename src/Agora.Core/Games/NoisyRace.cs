namespace Agora.Core.Games;

/// <summary>
/// A two-player dice race with sampled chance: on each turn a runner either steps one square or dashes by a die roll.
/// </summary>
/// <remarks>
/// <para>
/// Players alternate; action 0 (Step) advances the mover one square, action 1 (Dash) hands over to a chance node that
/// rolls a six-sided die: a 1 sends the mover back to square 0, any other face advances the mover that many squares.
/// The first runner to reach <see cref="Target"/> wins (+1, the other −1); after <see cref="MaxPlayerMoves"/> player
/// moves without a winner the race is a draw (0, 0).
/// </para>
/// <para>
/// The die is declared <see cref="ChanceMode.SampledStochastic"/> on purpose: it stands in for games whose chance
/// support is too large to list, so that <c>SampleChance</c> and the environments' automatic chance are exercised.
/// The rolled face is still applied as a chance action (0..5 for faces 1..6), so the default history
/// serialisation replays it exactly.
/// </para>
/// <para>
/// Observation (4 floats, from the observer's side): own square / target, opponent's square / target (both capped
/// at 1), 1 when it is the observer's turn, and the fraction of player moves used. The game is perfect-information,
/// so the information state equals the observation.
/// </para>
/// </remarks>
public sealed class NoisyRace : IGame
{
    /// <summary>The action that advances one square.</summary>
    public const int Step = 0;

    /// <summary>The action that rolls the die.</summary>
    public const int Dash = 1;

    /// <summary>The number of die faces.</summary>
    public const int DieFaces = 6;

    /// <summary>Creates the race.</summary>
    /// <param name="target">The square that wins; at least 1 (default 10).</param>
    /// <param name="maxPlayerMoves">Player moves before a draw is declared; at least 1 (default 40).</param>
    public NoisyRace(int target = 10, int maxPlayerMoves = 40)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(target, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPlayerMoves, 1);
        Target = target;
        MaxPlayerMoves = maxPlayerMoves;
        Type = new GameType(
            "noisy-race", $"Noisy race to {target}", Dynamics.Sequential, ChanceMode.SampledStochastic, Information.PerfectInformation,
            Utility.ZeroSum, RewardModel.Terminal, MinPlayers: 2, MaxPlayers: 2);
    }

    /// <summary>The square a runner must reach to win.</summary>
    public int Target { get; }

    /// <summary>The number of player moves after which the race is drawn.</summary>
    public int MaxPlayerMoves { get; }

    /// <inheritdoc />
    public GameType Type { get; }

    /// <inheritdoc />
    public int NumPlayers => 2;

    /// <inheritdoc />
    public int NumDistinctActions => 2;

    /// <inheritdoc />
    public int MaxChanceOutcomes => DieFaces;

    /// <inheritdoc />
    public double MinUtility => -1;

    /// <inheritdoc />
    public double MaxUtility => 1;

    /// <inheritdoc />
    public int MaxGameLength => MaxPlayerMoves;

    /// <inheritdoc />
    public int ObservationTensorSize => 4;

    /// <inheritdoc />
    public int InformationStateTensorSize => 4;

    /// <inheritdoc />
    public GameState NewInitialState() => new NoisyRaceState(this);

    /// <inheritdoc />
    public GameState DeserializeState(string serialized) => GameState.ReplayHistory(this, serialized);

    /// <inheritdoc />
    public string ActionToString(int player, int action) => player == PlayerIds.Chance
        ? $"roll {action + 1}"
        : action switch { Step => "Step", Dash => "Dash", _ => $"?{action}" };
}
