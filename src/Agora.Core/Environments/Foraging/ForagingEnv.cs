using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.Foraging;

/// <summary>
/// Level-Based Foraging as an <see cref="IParallelEnv"/>, faithful to lb-foraging 2.0 (commit 79f383b, the v3 ids):
/// players of levels 1..k walk a grid and load foods whose level is at most the sum of the levels of the adjacent
/// players that load them together.
/// </summary>
/// <remarks>
/// <para>
/// Albrecht &amp; Ramamoorthy (2013), "A game-theoretic model and best-response learning method for ad hoc
/// coordination in multiagent systems"; Papoudakis et al. (2021), "Benchmarking multi-agent deep reinforcement
/// learning algorithms in cooperative tasks" (the lb-foraging package). The rules, step order and quirks are those of
/// <c>lbforaging/foraging/environment.py</c>; see docs/lbf.md and the spec's §4. A step: (1) the step counter rises and
/// rewards are zeroed; (2) invalid actions become NONE (moves into food or off the field; LOAD with no adjacent food);
/// (3) every player claims a target cell (its own for NONE and LOAD) and exactly the players whose target nobody else
/// claims move there; (4) loaders are resolved in player-index order: the loaders adjacent to the food get
/// <c>level·food</c>, divided by <c>Σ loader levels · Σ spawned food</c> when normalised, if their levels sum to at least
/// the food's, else each loses <see cref="ForagingOptions.Penalty"/>; (5) the episode ends when no food is left or the
/// step limit is reached (reported as terminated, like upstream, unless
/// <see cref="ForagingOptions.TimeLimitAsTerminated"/> is off).
/// </para>
/// <para>
/// Randomness: spawning follows upstream's procedure draw for draw but with <see cref="AgoraRandom"/> in place of
/// numpy's PCG64, so episodes are not bit-identical to Python's; transitions from a given state are. Stepping, masks
/// and observations allocate nothing.
/// </para>
/// <para>
/// Global state (<see cref="WriteState"/>): the food level of every cell (row-major), then (row, col, level) of each
/// player, then the step counter.
/// </para>
/// </remarks>
public sealed partial class ForagingEnv : IParallelEnv
{
    private readonly int _rows;
    private readonly int _cols;
    private readonly int _players;
    private readonly int[] _field;
    private readonly int[] _playerRow;
    private readonly int[] _playerCol;
    private readonly int[] _playerLevel;
    private readonly int[] _foodRow;
    private readonly int[] _foodCol;
    private readonly int[] _act;
    private readonly int[] _targetRow;
    private readonly int[] _targetCol;
    private readonly bool[] _moves;
    private readonly bool[] _loading;
    private readonly int[] _order;
    private readonly double[] _reward;
    private AgoraRandom _rng;
    private int _foodSlots;
    private int _foodLeft;
    private int _step;
    private double _foodSpawned;
    private bool _over;
    private bool _ready;

    /// <summary>Creates an environment; call <see cref="Reset"/> (or <see cref="LoadState(ForagingState)"/>) before stepping.</summary>
    /// <param name="options">The configuration; validated here.</param>
    /// <exception cref="ArgumentException">The configuration is impossible.</exception>
    public ForagingEnv(ForagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _rows = options.Rows;
        _cols = options.Cols;
        _players = options.Players;
        _field = new int[_rows * _cols];
        _playerRow = new int[_players];
        _playerCol = new int[_players];
        _playerLevel = new int[_players];
        _foodRow = new int[Math.Max(options.MaxNumFood, 1)];
        _foodCol = new int[_foodRow.Length];
        _act = new int[_players];
        _targetRow = new int[_players];
        _targetCol = new int[_players];
        _moves = new bool[_players];
        _loading = new bool[_players];
        _order = new int[_players];
        _reward = new double[_players];
        _spawnLevelOrder = new int[Math.Max(_players, options.MaxNumFood)];
        _sortedLevels = new int[_players];
        _playerRow.AsSpan().Fill(-1);
        _playerCol.AsSpan().Fill(-1);
        ObservationSize = ForagingObservationLayout.Size(options);
        ObservationSpace = ForagingObservationLayout.Space(options);
        StateSize = _field.Length + (3 * _players) + 1;
    }

    /// <summary>Creates the environment that lb-foraging registers under <paramref name="id"/>.</summary>
    /// <param name="id">A v3 id such as <c>Foraging-8x8-2p-2f-v3</c>.</param>
    /// <returns>The environment.</returns>
    /// <exception cref="ArgumentException">The id is not one lb-foraging registers.</exception>
    public static ForagingEnv FromId(string id) => new(ForagingId.Parse(id));

    /// <summary>The configuration.</summary>
    public ForagingOptions Options { get; }

    /// <inheritdoc />
    public int NumAgents => _players;

    /// <inheritdoc />
    public int ObservationSize { get; }

    /// <inheritdoc />
    public int NumActions => 6;

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(6);

    /// <summary>Steps taken in this episode.</summary>
    public int CurrentStep => _step;

    /// <summary>Whether the episode has ended.</summary>
    public bool IsOver => _over;

    /// <summary>The sum of the food levels spawned this episode (the reward normaliser).</summary>
    public double FoodSpawned => _foodSpawned;

    /// <summary>The food level at (row, col); 0 for none.</summary>
    /// <param name="row">The row.</param>
    /// <param name="col">The column.</param>
    /// <returns>The level.</returns>
    public int FoodAt(int row, int col) => _field[(row * _cols) + col];

    /// <summary>Player <paramref name="player"/>'s (row, col).</summary>
    /// <param name="player">The player index.</param>
    /// <returns>The position.</returns>
    public (int Row, int Col) PositionOf(int player) => (_playerRow[player], _playerCol[player]);

    /// <summary>Player <paramref name="player"/>'s level.</summary>
    /// <param name="player">The player index.</param>
    /// <returns>The level.</returns>
    public int LevelOf(int player) => _playerLevel[player];

    /// <inheritdoc />
    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        if (!_ready || _over)
        {
            throw new InvalidOperationException(_ready ? "The episode is over; call Reset." : "Call Reset before stepping.");
        }

        if (actions.Length != _players || rewards.Length != _players || terminated.Length != _players || truncated.Length != _players)
        {
            throw new ArgumentException($"Expected buffers of {_players} entries.", nameof(actions));
        }

        ValidateActions(actions);
        _step++;
        _reward.AsSpan().Clear();
        MovePlayers();
        ResolveLoads();
        bool cleared = _foodLeft == 0;
        bool timeUp = _step >= Options.MaxEpisodeSteps;
        _over = cleared || timeUp;
        bool asTerminated = cleared || (timeUp && Options.TimeLimitAsTerminated);
        for (int i = 0; i < _players; i++)
        {
            rewards[i] = (float)_reward[i];
            terminated[i] = _over && asTerminated;
            truncated[i] = _over && !asTerminated;
        }
    }

    /// <summary>The rewards of the latest step in double precision, as lb-foraging computes them.</summary>
    /// <param name="destination">A buffer of <see cref="NumAgents"/> entries.</param>
    public void WriteRewards(Span<double> destination) => _reward.AsSpan().CopyTo(destination);

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination)
    {
        Span<bool> masks = destination[..(_players * 6)];
        if (_over)
        {
            masks.Clear();
            return;
        }

        int[] field = _field;
        int cols = _cols;
        for (int p = 0; p < _players; p++)
        {
            int r = _playerRow[p];
            int c = _playerCol[p];
            int cell = (r * cols) + c;
            Span<bool> m = masks.Slice(p * 6, 6);
            m[0] = true;
            m[1] = r > 0 && field[cell - cols] == 0;
            m[2] = r < _rows - 1 && field[cell + cols] == 0;
            m[3] = c > 0 && field[cell - 1] == 0;
            m[4] = c < cols - 1 && field[cell + 1] == 0;
            m[5] = AdjacentFood(r, c) > 0;
        }
    }

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[.._players].Fill(!_over);

    /// <inheritdoc />
    public void WriteState(Span<float> destination)
    {
        for (int i = 0; i < _field.Length; i++)
        {
            destination[i] = _field[i];
        }

        int o = _field.Length;
        for (int p = 0; p < _players; p++)
        {
            destination[o++] = _playerRow[p];
            destination[o++] = _playerCol[p];
            destination[o++] = _playerLevel[p];
        }

        destination[o] = _step;
    }

    /// <summary>Whether <paramref name="action"/> is valid for <paramref name="player"/> now (lb-foraging's <c>_is_valid_action</c>).</summary>
    /// <param name="player">The player index.</param>
    /// <param name="action">The action, 0..5.</param>
    /// <returns>Whether it is valid; moves must stay on the field and not enter food; LOAD needs adjacent food.</returns>
    public bool IsValid(int player, int action)
    {
        int r = _playerRow[player];
        int c = _playerCol[player];
        return action switch
        {
            0 => true,
            1 => r > 0 && _field[((r - 1) * _cols) + c] == 0,
            2 => r < _rows - 1 && _field[((r + 1) * _cols) + c] == 0,
            3 => c > 0 && _field[(r * _cols) + c - 1] == 0,
            4 => c < _cols - 1 && _field[(r * _cols) + c + 1] == 0,
            5 => AdjacentFood(r, c) > 0,
            _ => false,
        };
    }

    // lb-foraging's adjacent_food: the four neighbours with indices clamped at the border (so a border player counts its own cell).
    private int AdjacentFood(int r, int c) =>
        _field[(Math.Max(r - 1, 0) * _cols) + c] + _field[(Math.Min(r + 1, _rows - 1) * _cols) + c]
        + _field[(r * _cols) + Math.Max(c - 1, 0)] + _field[(r * _cols) + Math.Min(c + 1, _cols - 1)];

    private void ValidateActions(ReadOnlySpan<int> actions)
    {
        for (int i = 0; i < _players; i++)
        {
            int a = actions[i];
            if ((uint)a > 5)
            {
                throw new ArgumentOutOfRangeException(nameof(actions), a, $"Player {i}'s action {a} is not one of 0..5 (lb-foraging raises ValueError too).");
            }

            if (!IsValid(i, a))
            {
                if (Options.InvalidActions == InvalidActionMode.Throw)
                {
                    throw new InvalidOperationException($"Player {i}'s action {(ForagingAction)a} is not valid at ({_playerRow[i]}, {_playerCol[i]}).");
                }

                a = 0;
            }

            _act[i] = a;
        }
    }

    private void MovePlayers()
    {
        for (int i = 0; i < _players; i++)
        {
            int r = _playerRow[i];
            int c = _playerCol[i];
            switch (_act[i])
            {
                case 1: r--; break;
                case 2: r++; break;
                case 3: c--; break;
                case 4: c++; break;
            }

            _targetRow[i] = r;
            _targetCol[i] = c;
        }

        // A target claimed by exactly one player is taken; a shared target is taken by nobody (upstream's collision map).
        for (int i = 0; i < _players; i++)
        {
            bool alone = true;
            for (int j = 0; j < _players && alone; j++)
            {
                alone = j == i || _targetRow[j] != _targetRow[i] || _targetCol[j] != _targetCol[i];
            }

            _moves[i] = alone;
        }

        if (!Options.ChainCollisionOverlap)
        {
            BlockMovesIntoStayers();
        }

        for (int i = 0; i < _players; i++)
        {
            if (_moves[i])
            {
                _playerRow[i] = _targetRow[i];
                _playerCol[i] = _targetCol[i];
            }
        }
    }

    // Without the overlap quirk, a move into the cell of a player that ends up staying fails as well, until nothing changes.
    private void BlockMovesIntoStayers()
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 0; i < _players; i++)
            {
                if (!_moves[i] || (_targetRow[i] == _playerRow[i] && _targetCol[i] == _playerCol[i]))
                {
                    continue;
                }

                for (int j = 0; j < _players; j++)
                {
                    bool stays = !_moves[j] || (_targetRow[j] == _playerRow[j] && _targetCol[j] == _playerCol[j]);
                    if (j != i && stays && _playerRow[j] == _targetRow[i] && _playerCol[j] == _targetCol[i])
                    {
                        _moves[i] = false;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private void ResolveLoads()
    {
        bool any = false;
        for (int i = 0; i < _players; i++)
        {
            _loading[i] = _act[i] == 5;
            _order[i] = i;
            any |= _loading[i];
        }

        if (!any)
        {
            return;
        }

        if (Options.LoadOrder == LoadOrder.Random)
        {
            _rng.Shuffle(_order.AsSpan());
        }

        for (int k = 0; k < _players; k++)
        {
            int i = _order[k];
            if (!_loading[i])
            {
                continue;
            }

            if (!TryAdjacentFoodLocation(_playerRow[i], _playerCol[i], out int fr, out int fc))
            {
                _loading[i] = false;
                continue;
            }

            int food = _field[(fr * _cols) + fc];
            int levelSum = 0;
            for (int j = 0; j < _players; j++)
            {
                if ((_loading[j] || j == i) && IsAdjacent(j, fr, fc))
                {
                    levelSum += _playerLevel[j];
                }
            }

            bool loaded = levelSum >= food;
            for (int j = 0; j < _players; j++)
            {
                if ((_loading[j] || j == i) && IsAdjacent(j, fr, fc))
                {
                    _loading[j] = false;
                    _reward[j] = loaded
                        ? Options.NormalizeReward ? (double)_playerLevel[j] * food / ((double)levelSum * _foodSpawned) : (double)_playerLevel[j] * food
                        : _reward[j] - Options.Penalty;
                }
            }

            if (loaded)
            {
                _field[(fr * _cols) + fc] = 0;
                _foodLeft--;
            }
        }
    }

    private bool IsAdjacent(int player, int row, int col)
    {
        int dr = Math.Abs(_playerRow[player] - row);
        int dc = Math.Abs(_playerCol[player] - col);
        return (dr == 1 && dc == 0) || (dc == 1 && dr == 0);
    }

    // lb-foraging's adjacent_food_location: N, S, W, E; its "row > 1" / "col > 1" bounds are kept (food never lies on row or column 0).
    private bool TryAdjacentFoodLocation(int r, int c, out int fr, out int fc)
    {
        (fr, fc) = (r, c);
        if (r > 1 && _field[((r - 1) * _cols) + c] > 0)
        {
            fr = r - 1;
        }
        else if (r < _rows - 1 && _field[((r + 1) * _cols) + c] > 0)
        {
            fr = r + 1;
        }
        else if (c > 1 && _field[(r * _cols) + c - 1] > 0)
        {
            fc = c - 1;
        }
        else if (c < _cols - 1 && _field[(r * _cols) + c + 1] > 0)
        {
            fc = c + 1;
        }
        else
        {
            return false;
        }

        return true;
    }
}
