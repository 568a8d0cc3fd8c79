using System.Globalization;
using System.Text;
using Agora.Core.Randomness;

namespace Agora.Core.Games;

/// <summary>
/// A node of a game tree: mutable, cloneable, and advanced in place by applying actions.
/// </summary>
/// <remarks>
/// <para>
/// Modelled on OpenSpiel's <c>State</c>. The node kind is given by <see cref="CurrentPlayer"/>: a real player, or
/// <see cref="PlayerIds.Chance"/>, <see cref="PlayerIds.Simultaneous"/> or <see cref="PlayerIds.Terminal"/>.
/// Sequential and chance nodes take one action through <see cref="ApplyAction"/>; simultaneous nodes take one action
/// per player through <see cref="ApplyActions"/>. Every applied action is recorded in <see cref="History"/>, which is
/// what <see cref="Serialize"/> writes by default.
/// </para>
/// <para>
/// Derived classes implement the <c>Do*</c> template methods; the public methods validate, record history and keep
/// per-step rewards, so a game is just its rules.
/// </para>
/// <threadsafety>Not thread-safe. Clone a state to explore it from another thread.</threadsafety>
/// </remarks>
public abstract class GameState
{
    private readonly List<int> _history;
    private readonly double[] _returnsBeforeLastMove;
    private readonly double[] _returnsNow;

    /// <summary>Creates an initial state of <paramref name="game"/>.</summary>
    /// <param name="game">The game these rules belong to.</param>
    protected GameState(IGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        Game = game;
        _history = new List<int>(Math.Max(4, game.MaxGameLength * Math.Max(1, game.NumPlayers)));
        _returnsBeforeLastMove = new double[game.NumPlayers];
        _returnsNow = new double[game.NumPlayers];
    }

    /// <summary>Copies the bookkeeping of <paramref name="other"/>; derived copy constructors call this.</summary>
    /// <param name="other">The state being cloned.</param>
    protected GameState(GameState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Game = other.Game;
        _history = new List<int>(other._history.Capacity);
        _history.AddRange(other._history);
        _returnsBeforeLastMove = (double[])other._returnsBeforeLastMove.Clone();
        _returnsNow = (double[])other._returnsNow.Clone();
        MoveNumber = other.MoveNumber;
    }

    /// <summary>The game whose rules this state follows.</summary>
    public IGame Game { get; }

    /// <summary>Who moves: a player index, or one of the <see cref="PlayerIds"/> values.</summary>
    public abstract int CurrentPlayer { get; }

    /// <summary>Whether the game is over.</summary>
    public bool IsTerminal => CurrentPlayer == PlayerIds.Terminal;

    /// <summary>Whether chance moves next.</summary>
    public bool IsChanceNode => CurrentPlayer == PlayerIds.Chance;

    /// <summary>Whether all players move together next.</summary>
    public bool IsSimultaneousNode => CurrentPlayer == PlayerIds.Simultaneous;

    /// <summary>Every action applied so far, in order; a simultaneous move contributes one action per player.</summary>
    public IReadOnlyList<int> History => _history;

    /// <summary>The number of moves (chance, sequential or joint) applied so far.</summary>
    public int MoveNumber { get; private set; }

    /// <summary>
    /// Writes the legal actions of <paramref name="player"/> at this node, in increasing order.
    /// </summary>
    /// <param name="player">A player index, or <see cref="PlayerIds.Chance"/> at a chance node.</param>
    /// <param name="destination">A buffer of at least <see cref="IGame.NumDistinctActions"/> (or <see cref="IGame.MaxChanceOutcomes"/>) entries.</param>
    /// <returns>The number of actions written; 0 when <paramref name="player"/> does not move here.</returns>
    public int LegalActions(int player, Span<int> destination)
    {
        int current = CurrentPlayer;
        if (current == PlayerIds.Terminal)
        {
            return 0;
        }

        if (current == PlayerIds.Chance)
        {
            if (player != PlayerIds.Chance)
            {
                return 0;
            }

            Span<ChanceOutcome> outcomes = Game.MaxChanceOutcomes <= 64 ? stackalloc ChanceOutcome[Game.MaxChanceOutcomes] : new ChanceOutcome[Game.MaxChanceOutcomes];
            int n = ChanceOutcomes(outcomes);
            for (int i = 0; i < n; i++)
            {
                destination[i] = outcomes[i].Action;
            }

            return n;
        }

        if (player < 0 || player >= Game.NumPlayers || (current >= 0 && current != player))
        {
            return 0;
        }

        return DoLegalActions(player, destination);
    }

    /// <summary>The legal actions of <paramref name="player"/> as a new array (a convenience off the hot path).</summary>
    /// <param name="player">A player index, or <see cref="PlayerIds.Chance"/>.</param>
    /// <returns>The legal actions in increasing order.</returns>
    public int[] LegalActions(int player)
    {
        int size = Math.Max(Game.NumDistinctActions, Game.MaxChanceOutcomes);
        Span<int> buffer = size <= 256 ? stackalloc int[size] : new int[size];
        return buffer[..LegalActions(player, buffer)].ToArray();
    }

    /// <summary>The legal actions of the player to move at a sequential or chance node.</summary>
    /// <returns>The legal actions in increasing order.</returns>
    public int[] LegalActions() => LegalActions(CurrentPlayer);

    /// <summary>Writes a 0/1 mask of the legal actions of <paramref name="player"/>.</summary>
    /// <param name="player">A player index.</param>
    /// <param name="mask">A buffer of <see cref="IGame.NumDistinctActions"/> entries.</param>
    public void LegalActionsMask(int player, Span<bool> mask)
    {
        mask.Clear();
        Span<int> buffer = Game.NumDistinctActions <= 256 ? stackalloc int[Game.NumDistinctActions] : new int[Game.NumDistinctActions];
        int n = LegalActions(player, buffer);
        for (int i = 0; i < n; i++)
        {
            mask[buffer[i]] = true;
        }
    }

    /// <summary>Writes the outcomes of this chance node with their probabilities.</summary>
    /// <param name="destination">A buffer of at least <see cref="IGame.MaxChanceOutcomes"/> entries.</param>
    /// <returns>The number of outcomes written.</returns>
    /// <exception cref="InvalidOperationException">This is not a chance node, or the game samples its chance (see <see cref="ChanceMode.SampledStochastic"/>).</exception>
    public int ChanceOutcomes(Span<ChanceOutcome> destination)
    {
        if (!IsChanceNode)
        {
            throw new InvalidOperationException($"Not a chance node (current player {CurrentPlayer}).");
        }

        return DoChanceOutcomes(destination);
    }

    /// <summary>The outcomes of this chance node as a new array.</summary>
    /// <returns>The outcomes, summing to probability 1.</returns>
    public ChanceOutcome[] ChanceOutcomes()
    {
        var buffer = new ChanceOutcome[Game.MaxChanceOutcomes];
        return buffer[..ChanceOutcomes(buffer)];
    }

    /// <summary>Resolves this chance node by sampling with <paramref name="rng"/>.</summary>
    /// <param name="rng">The generator to draw from; it advances.</param>
    /// <returns>The chance action that was applied.</returns>
    public int SampleChance(ref AgoraRandom rng)
    {
        if (!IsChanceNode)
        {
            throw new InvalidOperationException($"Not a chance node (current player {CurrentPlayer}).");
        }

        int action = DoSampleChance(ref rng);
        ApplyAction(action);
        return action;
    }

    /// <summary>Applies one action at a sequential or chance node.</summary>
    /// <param name="action">A legal action of the player to move.</param>
    /// <exception cref="InvalidOperationException">The node is terminal or simultaneous.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action is not legal here.</exception>
    public void ApplyAction(int action)
    {
        int current = CurrentPlayer;
        if (current == PlayerIds.Terminal || current == PlayerIds.Simultaneous)
        {
            throw new InvalidOperationException(current == PlayerIds.Terminal
                ? "Cannot apply an action to a terminal state."
                : "A simultaneous node takes one action per player: call ApplyActions.");
        }

        EnsureLegal(current, action);
        BeginMove();
        DoApplyAction(action);
        _history.Add(action);
        EndMove();
    }

    /// <summary>Applies one action per player at a simultaneous node.</summary>
    /// <param name="actions">One legal action for each player, indexed by player.</param>
    /// <exception cref="InvalidOperationException">The node is not simultaneous.</exception>
    /// <exception cref="ArgumentException">The wrong number of actions, or an illegal one.</exception>
    public void ApplyActions(ReadOnlySpan<int> actions)
    {
        if (!IsSimultaneousNode)
        {
            if (actions.Length == 1 && CurrentPlayer >= 0)
            {
                ApplyAction(actions[0]);
                return;
            }

            throw new InvalidOperationException($"Not a simultaneous node (current player {CurrentPlayer}).");
        }

        if (actions.Length != Game.NumPlayers)
        {
            throw new ArgumentException($"Expected {Game.NumPlayers} actions, got {actions.Length}.", nameof(actions));
        }

        for (int p = 0; p < actions.Length; p++)
        {
            EnsureLegal(p, actions[p]);
        }

        BeginMove();
        DoApplyActions(actions);
        foreach (int a in actions)
        {
            _history.Add(a);
        }

        EndMove();
    }

    /// <summary>Writes each player's cumulative return so far (final payoffs at a terminal state).</summary>
    /// <param name="destination">A buffer of <see cref="IGame.NumPlayers"/> entries.</param>
    public abstract void Returns(Span<double> destination);

    /// <summary>Each player's cumulative return as a new array.</summary>
    /// <returns>The returns, indexed by player.</returns>
    public double[] Returns()
    {
        var result = new double[Game.NumPlayers];
        Returns(result);
        return result;
    }

    /// <summary>Writes the rewards each player received from the most recent move.</summary>
    /// <param name="destination">A buffer of <see cref="IGame.NumPlayers"/> entries.</param>
    /// <remarks>Rewards are the change in <see cref="Returns(Span{double})"/> caused by the last move, so summing them gives the returns.</remarks>
    public void Rewards(Span<double> destination)
    {
        for (int p = 0; p < _returnsNow.Length; p++)
        {
            destination[p] = _returnsNow[p] - _returnsBeforeLastMove[p];
        }
    }

    /// <summary>A readable view of what <paramref name="player"/> observes now.</summary>
    /// <param name="player">The observing player.</param>
    /// <returns>The observation as text.</returns>
    public abstract string ObservationString(int player);

    /// <summary>Writes what <paramref name="player"/> observes now as numbers.</summary>
    /// <param name="player">The observing player.</param>
    /// <param name="destination">A buffer of <see cref="IGame.ObservationTensorSize"/> entries.</param>
    public abstract void ObservationTensor(int player, Span<float> destination);

    /// <summary>A readable view of everything <paramref name="player"/> has seen and done (perfect recall).</summary>
    /// <param name="player">The observing player.</param>
    /// <returns>The information state as text.</returns>
    public virtual string InformationStateString(int player) => ObservationString(player);

    /// <summary>Writes the information state of <paramref name="player"/> as numbers.</summary>
    /// <param name="player">The observing player.</param>
    /// <param name="destination">A buffer of <see cref="IGame.InformationStateTensorSize"/> entries.</param>
    public virtual void InformationStateTensor(int player, Span<float> destination) => ObservationTensor(player, destination);

    /// <summary>A deep, independent copy of this state.</summary>
    /// <returns>The copy.</returns>
    public abstract GameState Clone();

    /// <summary>Writes this state as text that <see cref="IGame.DeserializeState"/> restores.</summary>
    /// <returns>By default, the action history as space-separated integers.</returns>
    public virtual string Serialize()
    {
        var builder = new StringBuilder(_history.Count * 3);
        for (int i = 0; i < _history.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(_history[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Replays a history written by the default <see cref="Serialize"/> on a fresh initial state.</summary>
    /// <param name="game">The game.</param>
    /// <param name="serialized">Space-separated actions.</param>
    /// <returns>The restored state.</returns>
    /// <exception cref="FormatException">A token is not an integer, an action is illegal, or the history runs past the end of the game.</exception>
    public static GameState ReplayHistory(IGame game, string serialized)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(serialized);
        GameState state = game.NewInitialState();
        string[] tokens = serialized.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var actions = new int[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!int.TryParse(tokens[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out actions[i]))
            {
                throw new FormatException($"Token {i} ('{tokens[i]}') of a serialised {game.Type.ShortName} state is not an integer action.");
            }
        }

        int position = 0;
        try
        {
            while (position < actions.Length)
            {
                if (state.IsTerminal)
                {
                    throw new FormatException($"The serialised {game.Type.ShortName} history continues past the end of the game at token {position}.");
                }

                if (state.IsSimultaneousNode)
                {
                    if (position + game.NumPlayers > actions.Length)
                    {
                        throw new FormatException($"The serialised {game.Type.ShortName} history ends inside a joint move at token {position}.");
                    }

                    state.ApplyActions(actions.AsSpan(position, game.NumPlayers));
                    position += game.NumPlayers;
                }
                else
                {
                    state.ApplyAction(actions[position]);
                    position++;
                }
            }
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The serialised {game.Type.ShortName} history has an illegal action at token {position}: {e.Message}", e);
        }

        return state;
    }

    /// <inheritdoc />
    public override string ToString() => ObservationString(0);

    /// <summary>Writes the legal actions of <paramref name="player"/>, who is known to move here.</summary>
    /// <param name="player">The player to move (any player at a simultaneous node).</param>
    /// <param name="destination">The output buffer.</param>
    /// <returns>The number of actions written.</returns>
    protected abstract int DoLegalActions(int player, Span<int> destination);

    /// <summary>Applies one action at a sequential or chance node; legality is already checked.</summary>
    /// <param name="action">The action.</param>
    protected abstract void DoApplyAction(int action);

    /// <summary>Applies a joint action at a simultaneous node; legality is already checked.</summary>
    /// <param name="actions">One action per player.</param>
    protected virtual void DoApplyActions(ReadOnlySpan<int> actions) =>
        throw new InvalidOperationException($"{Game.Type.ShortName} has no simultaneous nodes.");

    /// <summary>Writes the outcomes of an explicit chance node.</summary>
    /// <param name="destination">The output buffer.</param>
    /// <returns>The number of outcomes.</returns>
    protected virtual int DoChanceOutcomes(Span<ChanceOutcome> destination) =>
        throw new InvalidOperationException($"{Game.Type.ShortName} does not list chance outcomes ({Game.Type.ChanceMode}).");

    /// <summary>Chooses a chance action; by default samples from <see cref="DoChanceOutcomes"/>.</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>The chosen chance action, which the caller then applies.</returns>
    protected virtual int DoSampleChance(ref AgoraRandom rng)
    {
        Span<ChanceOutcome> outcomes = Game.MaxChanceOutcomes <= 64 ? stackalloc ChanceOutcome[Game.MaxChanceOutcomes] : new ChanceOutcome[Game.MaxChanceOutcomes];
        int n = DoChanceOutcomes(outcomes);
        double u = rng.NextDouble();
        double cumulative = 0;
        for (int i = 0; i < n; i++)
        {
            cumulative += outcomes[i].Probability;
            if (u < cumulative)
            {
                return outcomes[i].Action;
            }
        }

        return outcomes[n - 1].Action;
    }

    private void EnsureLegal(int player, int action)
    {
        if (player == PlayerIds.Chance && Game.Type.ChanceMode == ChanceMode.SampledStochastic)
        {
            // A sampled node has no outcome list to check against; the game validates its own draws.
            return;
        }

        int size = Math.Max(Game.NumDistinctActions, Game.MaxChanceOutcomes);
        Span<int> legal = size <= 256 ? stackalloc int[size] : new int[size];
        int n = LegalActions(player, legal);
        if (legal[..n].IndexOf(action) < 0)
        {
            string who = player == PlayerIds.Chance ? "chance" : $"player {player}";
            throw new ArgumentOutOfRangeException(nameof(action), action, $"Action {action} is not legal for {who} in {Game.Type.ShortName} at move {MoveNumber}.");
        }
    }

    private void BeginMove() => Returns(_returnsBeforeLastMove);

    private void EndMove()
    {
        MoveNumber++;
        Returns(_returnsNow);
    }
}
