using System.Globalization;
using System.Text;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Testing;

/// <summary>
/// Random-playout checks of the <see cref="IGame"/>/<see cref="GameState"/> contract that any game author can run,
/// in the spirit of PettingZoo's <c>api_test</c>.
/// </summary>
/// <remarks>
/// <para>At every node of every playout it checks:</para>
/// <list type="bullet">
/// <item>the node kind is allowed by the <see cref="GameType"/> (no simultaneous nodes in a sequential game, no chance in a deterministic one);</item>
/// <item>every player who acts has a non-empty, strictly increasing list of legal actions in [0, NumDistinctActions), and players who do not act have none;</item>
/// <item>explicit chance outcomes are distinct actions in [0, MaxChanceOutcomes) with probabilities in (0, 1] summing to 1;</item>
/// <item>a clone is independent: advancing it leaves the original's serialisation and returns unchanged;</item>
/// <item>Serialize → DeserializeState → Serialize is the identity and keeps the current player and returns;</item>
/// <item>observation and information-state tensors have exactly their declared size, every entry written and finite
/// (the buffer is pre-filled with NaN, so an entry left unwritten fails), and the strings are non-null;</item>
/// <item>the per-move rewards add up to the returns.</item>
/// </list>
/// <para>At terminal nodes: returns within [MinUtility, MaxUtility], summing to 0 for zero-sum and equal for
/// identical-interest games, and no more than MaxGameLength player moves. Finally each playout is repeated from the
/// same seed and must give the same history and returns.</para>
/// </remarks>
public static class GameConformance
{
    private const double Tolerance = 1e-9;

    /// <summary>Runs <paramref name="playouts"/> random playouts of <paramref name="game"/> and checks the contract.</summary>
    /// <param name="game">The game under test.</param>
    /// <param name="playouts">The number of playouts; positive.</param>
    /// <param name="seed">The seed; playout i uses <c>AgoraRandom.DeriveSeed(seed, i)</c>.</param>
    /// <exception cref="ConformanceException">A check failed; the message names the game, the playout and the history.</exception>
    public static void Check(IGame game, int playouts = 100, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(playouts);
        CheckMetadata(game);
        for (int i = 0; i < playouts; i++)
        {
            ulong playoutSeed = AgoraRandom.DeriveSeed(seed, i);
            string first = Playout(game, playoutSeed, i, check: true);
            string second = Playout(game, playoutSeed, i, check: false);
            if (first != second)
            {
                throw new ConformanceException($"{game.Type.ShortName}: playout {i} is not reproducible from its seed: '{first}' then '{second}'.");
            }
        }
    }

    private static void CheckMetadata(IGame game)
    {
        string name = game.Type.ShortName;
        Require(game.NumPlayers >= game.Type.MinPlayers && game.NumPlayers <= game.Type.MaxPlayers, name, $"NumPlayers {game.NumPlayers} is outside [{game.Type.MinPlayers}, {game.Type.MaxPlayers}].");
        Require(game.NumDistinctActions > 0, name, "NumDistinctActions must be positive.");
        Require(game.MinUtility <= game.MaxUtility, name, $"MinUtility {game.MinUtility} exceeds MaxUtility {game.MaxUtility}.");
        Require(game.ObservationTensorSize >= 0 && game.InformationStateTensorSize >= 0, name, "tensor sizes must be non-negative.");
        Require((game.Type.ChanceMode == ChanceMode.Deterministic) == (game.MaxChanceOutcomes == 0), name, $"MaxChanceOutcomes is {game.MaxChanceOutcomes} but the chance mode is {game.Type.ChanceMode}.");
    }

    private static string Playout(IGame game, ulong seed, int index, bool check)
    {
        var rng = new AgoraRandom(seed);
        GameState state = game.NewInitialState();
        int n = game.NumPlayers;
        var legal = new int[Math.Max(game.NumDistinctActions, game.MaxChanceOutcomes)];
        var joint = new int[n];
        var rewards = new double[n];
        var rewardSums = new double[n];
        int playerMoves = 0;
        int totalMoves = 0;
        int moveLimit = 1000 + (100 * (game.MaxGameLength + 1));
        try
        {
            while (true)
            {
                if (check)
                {
                    CheckNode(game, state, ref rng, legal);
                }

                if (state.IsTerminal)
                {
                    break;
                }

                if (++totalMoves > moveLimit)
                {
                    throw Fail(game, index, state, $"the game did not end within {moveLimit} moves.");
                }

                if (state.IsChanceNode)
                {
                    state.SampleChance(ref rng);
                }
                else if (state.IsSimultaneousNode)
                {
                    for (int p = 0; p < n; p++)
                    {
                        joint[p] = PickLegal(state, p, legal, ref rng);
                    }

                    state.ApplyActions(joint);
                    playerMoves++;
                }
                else
                {
                    state.ApplyAction(PickLegal(state, state.CurrentPlayer, legal, ref rng));
                    playerMoves++;
                }

                state.Rewards(rewards);
                for (int p = 0; p < n; p++)
                {
                    rewardSums[p] += rewards[p];
                }
            }

            if (check)
            {
                CheckTerminal(game, state, index, playerMoves, rewardSums);
            }
        }
        catch (ConformanceException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw Fail(game, index, state, $"the game threw {e.GetType().Name}: {e.Message}", e);
        }

        return $"{state.Serialize()} | {FormatReturns(state.Returns())}";
    }

    private static void CheckNode(IGame game, GameState state, ref AgoraRandom rng, int[] legal)
    {
        string name = game.Type.ShortName;
        int current = state.CurrentPlayer;
        bool valid = (current >= 0 && current < game.NumPlayers) || current is PlayerIds.Chance or PlayerIds.Simultaneous or PlayerIds.Terminal;
        Require(valid, name, $"CurrentPlayer {current} is not a player or a PlayerIds value.", state);
        Require(current != PlayerIds.Simultaneous || game.Type.Dynamics == Dynamics.Simultaneous, name, "a simultaneous node in a game declared sequential.", state);
        Require(current != PlayerIds.Chance || game.Type.ChanceMode != ChanceMode.Deterministic, name, "a chance node in a game declared deterministic.", state);

        if (current == PlayerIds.Chance && game.Type.ChanceMode == ChanceMode.ExplicitStochastic)
        {
            CheckChanceOutcomes(game, state);
        }
        else if (current != PlayerIds.Chance)
        {
            for (int p = 0; p < game.NumPlayers; p++)
            {
                bool acts = current == PlayerIds.Simultaneous || current == p;
                int count = state.LegalActions(p, legal);
                Require(!acts || count > 0, name, $"player {p} must act but has no legal actions.", state);
                Require(acts || count == 0, name, $"player {p} does not act here but has {count} legal actions.", state);
                for (int i = 0; i < count; i++)
                {
                    Require(legal[i] >= 0 && legal[i] < game.NumDistinctActions, name, $"legal action {legal[i]} of player {p} is outside [0, {game.NumDistinctActions}).", state);
                    Require(i == 0 || legal[i] > legal[i - 1], name, $"legal actions of player {p} are not strictly increasing.", state);
                    Require(game.ActionToString(p, legal[i]) is not null, name, "ActionToString returned null.", state);
                }
            }
        }

        CheckTensors(game, state);
        CheckRoundTrip(game, state);
        if (!state.IsTerminal)
        {
            // Advance a clone with a forked stream so the playout's own stream is untouched.
            AgoraRandom cloneRng = rng.Fork(0xC10E);
            CheckCloneIndependence(game, state, ref cloneRng, legal);
        }
    }

    private static void CheckChanceOutcomes(IGame game, GameState state)
    {
        string name = game.Type.ShortName;
        ChanceOutcome[] outcomes = state.ChanceOutcomes();
        Require(outcomes.Length > 0, name, "a chance node has no outcomes.", state);
        double total = 0;
        var seen = new HashSet<int>();
        foreach (ChanceOutcome outcome in outcomes)
        {
            Require(outcome.Probability > 0 && outcome.Probability <= 1, name, $"chance outcome {outcome.Action} has probability {outcome.Probability}.", state);
            Require(outcome.Action >= 0 && outcome.Action < game.MaxChanceOutcomes, name, $"chance action {outcome.Action} is outside [0, {game.MaxChanceOutcomes}).", state);
            Require(seen.Add(outcome.Action), name, $"chance action {outcome.Action} is listed twice.", state);
            total += outcome.Probability;
        }

        Require(Math.Abs(total - 1) <= Tolerance, name, $"chance probabilities sum to {total.ToString("R", CultureInfo.InvariantCulture)}, not 1.", state);
    }

    private static void CheckTensors(IGame game, GameState state)
    {
        string name = game.Type.ShortName;
        var observation = new float[game.ObservationTensorSize];
        var information = new float[game.InformationStateTensorSize];
        for (int p = 0; p < game.NumPlayers; p++)
        {
            Array.Fill(observation, float.NaN);
            Array.Fill(information, float.NaN);
            try
            {
                state.ObservationTensor(p, observation);
                state.InformationStateTensor(p, information);
            }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
            {
                throw new ConformanceException($"{name}: a tensor of player {p} does not fit its declared size ({game.ObservationTensorSize}, {game.InformationStateTensorSize}) at history '{state.Serialize()}': {e.Message}", e);
            }

            RequireFinite(observation, name, $"observation tensor of player {p}", state);
            RequireFinite(information, name, $"information-state tensor of player {p}", state);
            Require(state.ObservationString(p) is not null && state.InformationStateString(p) is not null, name, $"a string view of player {p} is null.", state);
        }
    }

    private static void CheckRoundTrip(IGame game, GameState state)
    {
        string name = game.Type.ShortName;
        string text = state.Serialize();
        GameState restored;
        try
        {
            restored = game.DeserializeState(text);
        }
        catch (Exception e)
        {
            throw new ConformanceException($"{name}: DeserializeState failed on its own serialisation '{text}': {e.Message}", e);
        }

        Require(restored.Serialize() == text, name, $"Serialize → DeserializeState → Serialize gave '{restored.Serialize()}'.", state);
        Require(restored.CurrentPlayer == state.CurrentPlayer, name, $"the restored state has current player {restored.CurrentPlayer}, not {state.CurrentPlayer}.", state);
        Require(SameReturns(restored.Returns(), state.Returns()), name, $"the restored state has returns {FormatReturns(restored.Returns())}, not {FormatReturns(state.Returns())}.", state);
    }

    private static void CheckCloneIndependence(IGame game, GameState state, ref AgoraRandom rng, int[] legal)
    {
        string name = game.Type.ShortName;
        string before = state.Serialize();
        double[] returnsBefore = state.Returns();
        GameState clone = state.Clone();
        Require(clone.Serialize() == before, name, "a fresh clone serialises differently from its original.", state);
        if (clone.IsChanceNode)
        {
            clone.SampleChance(ref rng);
        }
        else if (clone.IsSimultaneousNode)
        {
            var joint = new int[game.NumPlayers];
            for (int p = 0; p < joint.Length; p++)
            {
                joint[p] = PickLegal(clone, p, legal, ref rng);
            }

            clone.ApplyActions(joint);
        }
        else
        {
            clone.ApplyAction(PickLegal(clone, clone.CurrentPlayer, legal, ref rng));
        }

        Require(state.Serialize() == before, name, $"advancing a clone changed the original to '{state.Serialize()}'.", state);
        Require(SameReturns(state.Returns(), returnsBefore), name, "advancing a clone changed the original's returns.", state);
        Require(clone.Serialize() != before, name, "an applied action is missing from the clone's serialisation.", state);
    }

    private static void CheckTerminal(IGame game, GameState state, int index, int playerMoves, double[] rewardSums)
    {
        double[] returns = state.Returns();
        double sum = 0;
        for (int p = 0; p < returns.Length; p++)
        {
            if (returns[p] < game.MinUtility - Tolerance || returns[p] > game.MaxUtility + Tolerance)
            {
                throw Fail(game, index, state, $"player {p}'s return {returns[p]} is outside [{game.MinUtility}, {game.MaxUtility}].");
            }

            if (Math.Abs(returns[p] - rewardSums[p]) > 1e-6)
            {
                throw Fail(game, index, state, $"player {p}'s rewards sum to {rewardSums[p]} but the return is {returns[p]}.");
            }

            sum += returns[p];
        }

        if (game.Type.Utility == Utility.ZeroSum && Math.Abs(sum) > 1e-6)
        {
            throw Fail(game, index, state, $"a zero-sum game ended with returns summing to {sum}.");
        }

        if (game.Type.Utility == Utility.Identical && returns.Any(r => Math.Abs(r - returns[0]) > 1e-6))
        {
            throw Fail(game, index, state, $"an identical-interest game ended with returns {FormatReturns(returns)}.");
        }

        if (playerMoves > game.MaxGameLength)
        {
            throw Fail(game, index, state, $"{playerMoves} player moves exceed MaxGameLength {game.MaxGameLength}.");
        }
    }

    private static int PickLegal(GameState state, int player, int[] legal, ref AgoraRandom rng)
    {
        int count = state.LegalActions(player, legal);
        if (count == 0)
        {
            throw new ConformanceException($"{state.Game.Type.ShortName}: player {player} must act but has no legal actions at history '{state.Serialize()}'.");
        }

        return legal[rng.NextInt(count)];
    }

    private static void RequireFinite(float[] values, string name, string what, GameState state)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw new ConformanceException($"{name}: entry {i} of the {what} is {values[i]} (unwritten or not finite) at history '{state.Serialize()}'.");
            }
        }
    }

    private static void Require(bool condition, string name, string message, GameState? state = null)
    {
        if (!condition)
        {
            string where = state is null ? string.Empty : $" (history '{state.Serialize()}')";
            throw new ConformanceException($"{name}: {message}{where}");
        }
    }

    private static ConformanceException Fail(IGame game, int playout, GameState state, string message, Exception? inner = null)
    {
        string text = $"{game.Type.ShortName}, playout {playout}, history '{SafeSerialize(state)}': {message}";
        return inner is null ? new ConformanceException(text) : new ConformanceException(text, inner);
    }

    private static string SafeSerialize(GameState state)
    {
        try
        {
            return state.Serialize();
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return "<unserialisable>";
        }
    }

    private static bool SameReturns(double[] a, double[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].CompareTo(b[i]) != 0)
            {
                return false;
            }
        }

        return a.Length == b.Length;
    }

    private static string FormatReturns(double[] returns)
    {
        var builder = new StringBuilder();
        foreach (double r in returns)
        {
            builder.Append(r.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
        }

        return builder.ToString().TrimEnd();
    }
}
