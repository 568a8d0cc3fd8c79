namespace Agora.Core.Games;

/// <summary>
/// The immutable rules of a game: its metadata and a factory for initial states. Shared freely between threads.
/// </summary>
/// <remarks>
/// Modelled on OpenSpiel's <c>Game</c> (spiel.h): actions are integers in [0, <see cref="NumDistinctActions"/>),
/// players are integers in [0, <see cref="NumPlayers"/>), and all mutable play lives in <see cref="GameState"/>.
/// <threadsafety>Implementations must be immutable and therefore thread-safe.</threadsafety>
/// </remarks>
public interface IGame
{
    /// <summary>The declarative type of this game.</summary>
    GameType Type { get; }

    /// <summary>The number of players.</summary>
    int NumPlayers { get; }

    /// <summary>The number of distinct player actions; every legal action lies in [0, NumDistinctActions).</summary>
    int NumDistinctActions { get; }

    /// <summary>The largest number of outcomes at any chance node (0 when deterministic).</summary>
    int MaxChanceOutcomes { get; }

    /// <summary>The smallest return any player can get.</summary>
    double MinUtility { get; }

    /// <summary>The largest return any player can get.</summary>
    double MaxUtility { get; }

    /// <summary>The most player decisions (moves) a game can last.</summary>
    int MaxGameLength { get; }

    /// <summary>The length of <see cref="GameState.ObservationTensor"/>.</summary>
    int ObservationTensorSize { get; }

    /// <summary>The length of <see cref="GameState.InformationStateTensor"/>.</summary>
    int InformationStateTensorSize { get; }

    /// <summary>Creates the root of the game tree.</summary>
    /// <returns>A fresh initial state.</returns>
    GameState NewInitialState();

    /// <summary>Restores a state written by <see cref="GameState.Serialize"/>.</summary>
    /// <param name="serialized">The serialised state.</param>
    /// <returns>An equal state.</returns>
    /// <exception cref="FormatException">The text is not a valid state of this game.</exception>
    GameState DeserializeState(string serialized);

    /// <summary>A readable name for <paramref name="action"/>.</summary>
    /// <param name="player">The acting player (or <see cref="PlayerIds.Chance"/>).</param>
    /// <param name="action">The action.</param>
    /// <returns>A label such as "C" or "Bet".</returns>
    string ActionToString(int player, int action);
}
