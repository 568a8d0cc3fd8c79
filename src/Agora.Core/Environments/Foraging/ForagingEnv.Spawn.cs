using Agora.Core.Randomness;

namespace Agora.Core.Environments.Foraging;

/// <summary>Reset and spawning, following lb-foraging's <c>reset</c>, <c>spawn_players</c> and <c>spawn_food</c>.</summary>
public sealed partial class ForagingEnv
{
    private const int SpawnAttempts = 1000;
    private readonly int[] _spawnLevelOrder;
    private readonly int[] _sortedLevels;

    /// <inheritdoc />
    /// <remarks>
    /// Players first: a level-bound permutation is drawn (upstream permutes per-player bounds; with shared bounds it only
    /// consumes draws), then each player in turn takes up to 1000 uniform cells until one holds no food and no other
    /// player's current position (players not yet placed keep last episode's cell, as upstream), then a uniform level.
    /// Then foods: a permutation, then up to 1000 attempts in total at interior cells with no food in the 3×3 box, none on
    /// the radius-2 cross and no player. Under force-coop, or when no food range is set, food levels equal the maximum
    /// (the sum of the three lowest player levels when <see cref="ForagingOptions.MaxFoodLevel"/> is null).
    /// </remarks>
    public void Reset(ulong seed)
    {
        _rng = new AgoraRandom(seed);
        _field.AsSpan().Clear();
        SpawnPlayers();
        SpawnFood();
        _step = 0;
        _over = false;
        _ready = true;
    }

    private void SpawnPlayers()
    {
        Permute(_players);
        for (int p = 0; p < _players; p++)
        {
            bool placed = false;
            for (int attempt = 0; attempt < SpawnAttempts && !placed; attempt++)
            {
                int r = _rng.NextInt(_rows);
                int c = _rng.NextInt(_cols);
                if (IsEmpty(r, c))
                {
                    (_playerRow[p], _playerCol[p]) = (r, c);
                    placed = true;
                }
            }

            // Upstream would keep a stale (or, in the first episode, no) position here; take the first free cell instead.
            for (int cell = 0; !placed && cell < _field.Length; cell++)
            {
                if (IsEmpty(cell / _cols, cell % _cols))
                {
                    (_playerRow[p], _playerCol[p]) = (cell / _cols, cell % _cols);
                    placed = true;
                }
            }

            _playerLevel[p] = _rng.NextInt(Options.MinPlayerLevel, Options.MaxPlayerLevel + 1);
        }
    }

    private void SpawnFood()
    {
        int foods = Options.MaxNumFood;
        int max = Options.MaxFoodLevel ?? SumOfThreeLowestLevels();
        // Upstream fails (numpy ValueError) when the minimum exceeds the player sum; clamp instead.
        int min = Options.ForceCoop ? max : Math.Min(Options.MinFoodLevel, max);
        Permute(foods);
        int count = 0;
        for (int attempt = 0; attempt < SpawnAttempts && count < foods; attempt++)
        {
            int r = _rng.NextInt(1, _rows - 1);
            int c = _rng.NextInt(1, _cols - 1);
            if (FoodNearby(r, c) || !IsEmpty(r, c))
            {
                continue;
            }

            _field[(r * _cols) + c] = min == max ? min : _rng.NextInt(min, max + 1);
            count++;
        }

        IndexFoods();
    }

    /// <summary>Rebuilds the row-major food list, the count of foods left and the spawned sum from the field.</summary>
    private void IndexFoods()
    {
        _foodSlots = 0;
        _foodLeft = 0;
        long sum = 0;
        for (int cell = 0; cell < _field.Length; cell++)
        {
            if (_field[cell] > 0)
            {
                _foodRow[_foodSlots] = cell / _cols;
                _foodCol[_foodSlots] = cell % _cols;
                _foodSlots++;
                _foodLeft++;
                sum += _field[cell];
            }
        }

        _foodSpawned = sum;
    }

    // Upstream takes min/max bounds through np_random.permutation(n); shared scalar bounds make it draw-only.
    private void Permute(int n)
    {
        Span<int> order = _spawnLevelOrder.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        _rng.Shuffle(order);
    }

    private int SumOfThreeLowestLevels()
    {
        _playerLevel.AsSpan().CopyTo(_sortedLevels);
        _sortedLevels.AsSpan().Sort();
        int sum = 0;
        for (int i = 0; i < Math.Min(3, _players); i++)
        {
            sum += _sortedLevels[i];
        }

        return sum;
    }

    // Any food in the 3×3 box or on the plus-shaped cross of radius 2 (upstream's two neighborhood checks).
    private bool FoodNearby(int r, int c)
    {
        for (int rr = Math.Max(r - 1, 0); rr <= Math.Min(r + 1, _rows - 1); rr++)
        {
            for (int cc = Math.Max(c - 1, 0); cc <= Math.Min(c + 1, _cols - 1); cc++)
            {
                if (_field[(rr * _cols) + cc] != 0)
                {
                    return true;
                }
            }
        }

        return (r >= 2 && _field[((r - 2) * _cols) + c] != 0) || (r + 2 < _rows && _field[((r + 2) * _cols) + c] != 0)
            || (c >= 2 && _field[(r * _cols) + c - 2] != 0) || (c + 2 < _cols && _field[(r * _cols) + c + 2] != 0);
    }

    // No food and no player on the cell, counting every player's current position as upstream does (-1 = never placed).
    private bool IsEmpty(int r, int c)
    {
        if (_field[(r * _cols) + c] != 0)
        {
            return false;
        }

        for (int p = 0; p < _players; p++)
        {
            if (_playerRow[p] == r && _playerCol[p] == c)
            {
                return false;
            }
        }

        return true;
    }
}
