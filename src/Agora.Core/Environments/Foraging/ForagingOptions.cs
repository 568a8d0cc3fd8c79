namespace Agora.Core.Environments.Foraging;

/// <summary>
/// The configuration of a Level-Based Foraging environment: lb-foraging 2.0's constructor arguments plus one switch per
/// upstream quirk. The defaults are those of lb-foraging's registered v3 environments on an 8×8 field with 2 players
/// and 2 foods (<c>Foraging-8x8-2p-2f-v3</c>), with every quirk as upstream.
/// </summary>
/// <remarks>
/// Each property checks its own range when set; <see cref="Validate"/> checks the combinations (called by
/// <see cref="ForagingEnv"/>'s constructor). Levels are scalars shared by all players or foods; lb-foraging also accepts
/// per-player and per-food lists, which Agora does not yet.
/// </remarks>
public sealed record ForagingOptions
{
    private const int MaxDimension = 1000;
    private readonly int _rows = 8;
    private readonly int _cols = 8;
    private readonly int _players = 2;
    private readonly int _maxNumFood = 2;
    private readonly int _minPlayerLevel = 1;
    private readonly int _maxPlayerLevel = 2;
    private readonly int _minFoodLevel = 1;
    private readonly int? _maxFoodLevel;
    private readonly int _sight = 8;
    private readonly int _maxEpisodeSteps = 50;
    private readonly double _penalty;

    /// <summary>Field rows; 1 to 1000. Default 8.</summary>
    public int Rows { get => _rows; init => _rows = InRange(value, 1, MaxDimension, nameof(Rows)); }

    /// <summary>Field columns; 1 to 1000. Default 8.</summary>
    public int Cols { get => _cols; init => _cols = InRange(value, 1, MaxDimension, nameof(Cols)); }

    /// <summary>Number of players (agents); 1 to 64. Default 2.</summary>
    public int Players { get => _players; init => _players = InRange(value, 1, 64, nameof(Players)); }

    /// <summary>The number of foods spawned per episode (<c>max_num_food</c>; fewer if placement runs out of attempts); 0 to 64. Default 2.</summary>
    public int MaxNumFood { get => _maxNumFood; init => _maxNumFood = InRange(value, 0, 64, nameof(MaxNumFood)); }

    /// <summary>Lowest player level; at least 1. Default 1.</summary>
    public int MinPlayerLevel { get => _minPlayerLevel; init => _minPlayerLevel = InRange(value, 1, 1000, nameof(MinPlayerLevel)); }

    /// <summary>Highest player level (inclusive); at least 1. Default 2.</summary>
    public int MaxPlayerLevel { get => _maxPlayerLevel; init => _maxPlayerLevel = InRange(value, 1, 1000, nameof(MaxPlayerLevel)); }

    /// <summary>Lowest food level; at least 1. Default 1. Ignored under <see cref="ForceCoop"/> (foods then take the maximum).</summary>
    public int MinFoodLevel { get => _minFoodLevel; init => _minFoodLevel = InRange(value, 1, 100_000, nameof(MinFoodLevel)); }

    /// <summary>
    /// Highest food level (inclusive), or null (the default, as in every registered id) for "the sum of the up to three
    /// lowest player levels of the episode".
    /// </summary>
    public int? MaxFoodLevel { get => _maxFoodLevel; init => _maxFoodLevel = value is int v ? InRange(v, 1, 100_000, nameof(MaxFoodLevel)) : null; }

    /// <summary>Observation radius; 1 to 1000. Default 8 (the field size: full observability). The "-2s" ids use 2.</summary>
    public int Sight { get => _sight; init => _sight = InRange(value, 1, MaxDimension, nameof(Sight)); }

    /// <summary>Episode length; 1 to 1,000,000. Default 50, as in every registered id.</summary>
    public int MaxEpisodeSteps { get => _maxEpisodeSteps; init => _maxEpisodeSteps = InRange(value, 1, 1_000_000, nameof(MaxEpisodeSteps)); }

    /// <summary>Whether every food takes the maximum level so that no player can load alone (the "-coop" ids). Default false.</summary>
    public bool ForceCoop { get; init; }

    /// <summary>Whether loaders' rewards are divided by (Σ loader levels × Σ spawned food levels), so an episode sums to 1. Default true.</summary>
    public bool NormalizeReward { get; init; } = true;

    /// <summary>Reward subtracted from each player of a failed load; 0 to 1e6. Default 0.</summary>
    public double Penalty
    {
        get => _penalty;
        init => _penalty = double.IsFinite(value) && value >= 0 && value <= 1e6
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Penalty), value, $"{nameof(Penalty)} must be between 0 and 1e6; got {value}.");
    }

    /// <summary>Whether player levels appear in vector observations (<c>observe_agent_levels</c>). Default true.</summary>
    public bool ObserveAgentLevels { get; init; } = true;

    /// <summary>Vector (default) or grid-layer observations.</summary>
    public ForagingObservationMode ObservationMode { get; init; } = ForagingObservationMode.Vector;

    /// <summary>Quirk 1: invalid actions become NONE (default, as upstream) or throw.</summary>
    public InvalidActionMode InvalidActions { get; init; } = InvalidActionMode.NoOp;

    /// <summary>Quirk 2: the time limit is reported as terminated (default, as upstream) rather than truncated.</summary>
    public bool TimeLimitAsTerminated { get; init; } = true;

    /// <summary>
    /// Quirk 3: a player may move into the cell of a player whose own move failed in a collision, so two players end
    /// on one cell (default true, as upstream). False also blocks such a move.
    /// </summary>
    public bool ChainCollisionOverlap { get; init; } = true;

    /// <summary>
    /// Quirk 4: near the top or left border a player sees other players up to 2·sight cells away (default true, as
    /// upstream). False limits player visibility to the same (2·sight+1)² square as food.
    /// </summary>
    public bool PlayerVisibilityLeak { get; init; } = true;

    /// <summary>Quirk 5: the order in which loaders are resolved; player-index order by default.</summary>
    public LoadOrder LoadOrder { get; init; } = LoadOrder.PlayerIndex;

    /// <summary>The number of cells.</summary>
    public int Cells => Rows * Cols;

    /// <summary>The observation bound on food levels: <see cref="MaxFoodLevel"/>, or else the sum of the three lowest maximum player levels.</summary>
    public int FoodLevelBound => MaxFoodLevel ?? (Math.Min(Players, 3) * MaxPlayerLevel);

    /// <summary>Checks the combinations of settings that no single property can.</summary>
    /// <exception cref="ArgumentException">The configuration is impossible; the message names the settings.</exception>
    public void Validate()
    {
        if (MinPlayerLevel > MaxPlayerLevel)
        {
            throw new ArgumentException($"MinPlayerLevel {MinPlayerLevel} exceeds MaxPlayerLevel {MaxPlayerLevel}.");
        }

        if (MaxFoodLevel is int max && MinFoodLevel > max)
        {
            throw new ArgumentException($"MinFoodLevel {MinFoodLevel} exceeds MaxFoodLevel {max}.");
        }

        if (Players > Cells)
        {
            throw new ArgumentException($"Players {Players} exceed the {Rows}x{Cols} field's {Cells} cells.");
        }

        if (MaxNumFood > 0 && (Rows < 3 || Cols < 3))
        {
            throw new ArgumentException($"Food is never placed on the border, so a {Rows}x{Cols} field (fewer than 3 rows or columns) cannot hold MaxNumFood {MaxNumFood}.");
        }

        // At most four players can stand next to a food, so a food above the best four levels can never be loaded.
        int reachable = Math.Min(Players, 4) * MaxPlayerLevel;
        int lowest = ForceCoop ? (MaxFoodLevel ?? 0) : MinFoodLevel;
        if (MaxNumFood > 0 && lowest > reachable)
        {
            string which = ForceCoop ? $"ForceCoop food level {lowest} (= MaxFoodLevel)" : $"MinFoodLevel {lowest}";
            throw new ArgumentException($"{which} exceeds {reachable}, the most that the at most four players adjacent to a food can reach ({Players} players of level ≤ {MaxPlayerLevel}).");
        }

        if (ObservationMode == ForagingObservationMode.Grid && (long)(2 * Sight + 1) * (2 * Sight + 1) * 3 > 1_000_000)
        {
            throw new ArgumentException($"Sight {Sight} makes grid observations of more than 1,000,000 floats.");
        }
    }

    private static int InRange(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}; got {value}.");
}
