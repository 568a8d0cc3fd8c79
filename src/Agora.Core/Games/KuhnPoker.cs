namespace Agora.Core.Games;

/// <summary>Kuhn poker: two players, a three-card deck (J, Q, K), one ante each, one betting round.</summary>
/// <remarks>
/// <para>
/// H. W. Kuhn, "A simplified two-person poker", Contributions to the Theory of Games I (1950). Chance deals one card
/// to player 0 (three outcomes, 1/3 each) and then one to player 1 (two outcomes, 1/2 each), so each of the six deals
/// has probability 1/6. Player actions are 0 = Pass (check or fold) and 1 = Bet (bet or call). The betting lines are
/// pp, bp, bb, pbp and pbb; a fold pays the other player the folder's stake, a showdown pays the higher card the loser's
/// stake (1 after pp, 2 after a call).
/// </para>
/// <para>
/// Tensors follow OpenSpiel's <c>kuhn_poker</c> layout. Information state (11 floats): player one-hot (2), own card
/// one-hot (3), then for each of the three betting moves a [pass, bet] pair. Observation (7 floats): player one-hot (2),
/// own card one-hot (3), each player's stake (2). Information-state strings read like OpenSpiel's: the own card index
/// followed by the betting letters, e.g. <c>"0pb"</c>.
/// </para>
/// </remarks>
public sealed class KuhnPoker : IGame
{
    /// <summary>The number of cards in the deck.</summary>
    public const int DeckSize = 3;

    /// <summary>The action that checks or folds.</summary>
    public const int Pass = 0;

    /// <summary>The action that bets or calls.</summary>
    public const int Bet = 1;

    private static readonly GameType KuhnType = new(
        "kuhn-poker", "Kuhn poker", Dynamics.Sequential, ChanceMode.ExplicitStochastic, Information.ImperfectInformation,
        Utility.ZeroSum, RewardModel.Terminal, MinPlayers: 2, MaxPlayers: 2);

    /// <inheritdoc />
    public GameType Type => KuhnType;

    /// <inheritdoc />
    public int NumPlayers => 2;

    /// <inheritdoc />
    public int NumDistinctActions => 2;

    /// <inheritdoc />
    public int MaxChanceOutcomes => DeckSize;

    /// <inheritdoc />
    public double MinUtility => -2;

    /// <inheritdoc />
    public double MaxUtility => 2;

    /// <inheritdoc />
    public int MaxGameLength => 3;

    /// <inheritdoc />
    public int ObservationTensorSize => 7;

    /// <inheritdoc />
    public int InformationStateTensorSize => 11;

    /// <inheritdoc />
    public GameState NewInitialState() => new KuhnPokerState(this);

    /// <inheritdoc />
    public GameState DeserializeState(string serialized) => GameState.ReplayHistory(this, serialized);

    /// <inheritdoc />
    public string ActionToString(int player, int action) => player == PlayerIds.Chance
        ? CardName(action)
        : action switch { Pass => "Pass", Bet => "Bet", _ => $"?{action}" };

    /// <summary>The name of card <paramref name="card"/> (0 = J, 1 = Q, 2 = K).</summary>
    /// <param name="card">The card index.</param>
    /// <returns>"J", "Q" or "K".</returns>
    public static string CardName(int card) => card switch { 0 => "J", 1 => "Q", 2 => "K", _ => $"?{card}" };
}
