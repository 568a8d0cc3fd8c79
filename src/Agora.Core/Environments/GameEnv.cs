using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments;

/// <summary>Presents any <see cref="IGame"/> as an <see cref="IParallelEnv"/>, with chance resolved automatically.</summary>
/// <remarks>
/// <para>
/// At a simultaneous node every agent acts; at a sequential node only the player to move acts and the other actions
/// are ignored. Chance nodes are sampled by an <see cref="AutoChance"/> whose generator is seeded in
/// <see cref="Reset"/>, so the same seed and actions give the same episode. An agent's reward is the change in its
/// game return over the step (its own move plus any chance moves that follow), so rewards always sum to the returns.
/// All agents are terminated together at a terminal node; the game itself never truncates.
/// </para>
/// <para>
/// Observations are the game's observation tensors; the global state is every player's information-state tensor,
/// concatenated by player. Resetting allocates a new initial state (the game contract has no in-place reset);
/// stepping allocates nothing.
/// </para>
/// </remarks>
public sealed class GameEnv : IParallelEnv
{
    private readonly int[] _jointAction;
    private readonly double[] _returnsBefore;
    private readonly double[] _returnsAfter;
    private readonly AutoChance _chance = new(new AgoraRandom(0));
    private GameState? _state;

    /// <summary>Wraps <paramref name="game"/>.</summary>
    /// <param name="game">The game; at least one player and one action.</param>
    public GameEnv(IGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        Game = game;
        NumAgents = game.NumPlayers;
        ObservationSize = game.ObservationTensorSize;
        NumActions = game.NumDistinctActions;
        StateSize = game.NumPlayers * game.InformationStateTensorSize;
        ObservationSpace = Box.Unbounded(ObservationSize);
        ActionSpace = new Discrete(NumActions);
        _jointAction = new int[NumAgents];
        _returnsBefore = new double[NumAgents];
        _returnsAfter = new double[NumAgents];
    }

    /// <summary>The wrapped game.</summary>
    public IGame Game { get; }

    /// <summary>The current state, for inspection; do not modify it.</summary>
    /// <exception cref="InvalidOperationException">Before the first <see cref="Reset"/>.</exception>
    public GameState State => _state ?? throw new InvalidOperationException("Call Reset before using the environment.");

    /// <inheritdoc />
    public int NumAgents { get; }

    /// <inheritdoc />
    public int ObservationSize { get; }

    /// <inheritdoc />
    public int NumActions { get; }

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; }

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        _chance.Reseed(new AgoraRandom(seed));
        _state = Game.NewInitialState();
        _chance.Resolve(_state);
    }

    /// <inheritdoc />
    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        GameState state = State;
        if (state.IsTerminal)
        {
            throw new InvalidOperationException("The episode is over; call Reset.");
        }

        state.Returns(_returnsBefore);
        int player = state.CurrentPlayer;
        if (player == PlayerIds.Simultaneous)
        {
            actions[..NumAgents].CopyTo(_jointAction);
            state.ApplyActions(_jointAction);
        }
        else
        {
            state.ApplyAction(actions[player]);
        }

        _chance.Resolve(state);
        state.Returns(_returnsAfter);
        bool done = state.IsTerminal;
        for (int p = 0; p < NumAgents; p++)
        {
            rewards[p] = (float)(_returnsAfter[p] - _returnsBefore[p]);
            terminated[p] = done;
            truncated[p] = false;
        }
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        GameState state = State;
        for (int p = 0; p < NumAgents; p++)
        {
            state.ObservationTensor(p, destination.Slice(p * ObservationSize, ObservationSize));
        }
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination)
    {
        GameState state = State;
        for (int p = 0; p < NumAgents; p++)
        {
            // LegalActionsMask returns nothing for players who do not move here, so their rows stay false.
            state.LegalActionsMask(p, destination.Slice(p * NumActions, NumActions));
        }
    }

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination)
    {
        int current = State.CurrentPlayer;
        for (int p = 0; p < NumAgents; p++)
        {
            destination[p] = current == PlayerIds.Simultaneous || current == p;
        }
    }

    /// <inheritdoc />
    public void WriteState(Span<float> destination)
    {
        GameState state = State;
        int size = Game.InformationStateTensorSize;
        for (int p = 0; p < NumAgents; p++)
        {
            state.InformationStateTensor(p, destination.Slice(p * size, size));
        }
    }
}
