using Agora.Core.Agents;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated;

/// <summary>Presents a <see cref="Strategy"/> as an <see cref="IAgent"/> for one seat of a repeated
/// <see cref="MatrixGame"/> run through <see cref="Environments.GameEnv"/>, so fixed strategies, learners, neural and
/// LLM players share one interface.</summary>
/// <remarks>
/// <para>
/// Expected observation (the <see cref="MatrixGame"/> observation tensor): <c>rows·columns</c> floats holding a one-hot
/// of the previous joint action at <c>row·columns + column</c> (all zeros before the first round), then the fraction of
/// rounds played. The agent decodes the previous joint action from the one-hot, appends it to its own copy of both
/// histories, and asks the strategy for the next move; an all-zero one-hot starts a new match (the strategy is reset
/// and re-seeded from the agent's generator). The strategy is told the game's <see cref="MatrixGame.Rounds"/> as the
/// length and no noise.
/// </para>
/// <para>Each batch row is one copy of the game with its own strategy clone and histories. Allocation happens only when
/// a new row appears or a match is longer than the buffers.</para>
/// </remarks>
public sealed class StrategyAgent : IAgent
{
    private readonly Strategy _prototype;
    private readonly MatrixGame _game;
    private readonly int _seat;
    private readonly MatchInfo _info;
    private readonly List<Row> _rows = [];
    private AgoraRandom _random;

    /// <summary>Creates the adapter.</summary>
    /// <param name="strategy">The strategy (cloned per row).</param>
    /// <param name="game">The repeated game.</param>
    /// <param name="seat">0 (rows) or 1 (columns).</param>
    public StrategyAgent(Strategy strategy, MatrixGame game, int seat)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(game);
        (_prototype, _game, _seat) = (strategy, game, seat);
        _info = new MatchInfo(game, seat, game.Rounds, 0);
        _random = new AgoraRandom(0);
    }

    /// <inheritdoc />
    public string Name => _prototype.Name;

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        _random = new AgoraRandom(seed);
        _rows.Clear();
    }

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        int cells = _game.Rows * _game.Columns;
        int size = observations.Length / Math.Max(1, actions.Length);
        while (_rows.Count < actions.Length)
        {
            _rows.Add(new Row(_prototype.Clone(), _game.Rounds));
        }

        for (int i = 0; i < actions.Length; i++)
        {
            ReadOnlySpan<float> observation = observations.Slice(i * size, size);
            int joint = observation[..cells].IndexOf(1f);
            Row row = _rows[i];
            if (joint < 0)
            {
                row.Start(_info, _random.Split());
            }
            else
            {
                int r = joint / _game.Columns;
                int c = joint % _game.Columns;
                row.Append(_seat == 0 ? r : c, _seat == 0 ? c : r);
            }

            actions[i] = row.Next();
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        // The histories are rebuilt from observations, which carry the same information.
    }

    private sealed class Row(Strategy strategy, int capacity)
    {
        private int[] _own = new int[Math.Max(1, capacity)];
        private int[] _opponent = new int[Math.Max(1, capacity)];
        private int _length;
        private int _ownCooperations;
        private int _opponentCooperations;
        private AgoraRandom _random;

        public void Start(MatchInfo info, AgoraRandom random)
        {
            strategy.Reset(info);
            (_length, _ownCooperations, _opponentCooperations, _random) = (0, 0, 0, random);
        }

        public void Append(int own, int opponent)
        {
            if (_length == _own.Length)
            {
                Array.Resize(ref _own, _own.Length * 2);
                Array.Resize(ref _opponent, _opponent.Length * 2);
            }

            _own[_length] = own;
            _opponent[_length] = opponent;
            _length++;
            _ownCooperations += own == 0 ? 1 : 0;
            _opponentCooperations += opponent == 0 ? 1 : 0;
        }

        public int Next() => strategy.Move(new PlayHistory(_own.AsSpan(0, _length), _opponent.AsSpan(0, _length), _ownCooperations, _opponentCooperations), ref _random);
    }
}
